/** The timeline as plain text, for the CLI and the terminal chat: grouped by day, each event with its quotes. */
import { formatPublished } from "../engine/leadIn.js";
import type { Quote } from "../types.js";
import type { Timeline, TimelineEvent } from "./types.js";

/**
 * `allHint` is the adapter's own words for the full list ("npm run timeline -- --all"), printed under a summary
 * that leaves events out.
 */
export function formatTimelineText(t: Timeline, allHint?: string): string {
  if (t.refusal) return t.refusal.message;
  const lines = [heading(t)];
  if (t.events.length === 0) {
    lines.push("", emptyReason(t));
    return lines.join("\n");
  }
  for (const g of t.groups) {
    lines.push("", g.label);
    for (const e of g.events) {
      lines.push(`  • ${e.text}`);
      if (t.summary) {
        lines.push(`      ${reportedBy(e)}`);
        const q = e.quotes[0]!;
        lines.push(`      “${q.text}”`, `        — ${citation(q)}`);
        continue;
      }
      for (const q of e.quotes) lines.push(`      “${q.text}”`, `        — ${citation(q)}`);
    }
  }
  if (t.summary && t.total > t.events.length && allHint) lines.push("", allHint);
  return lines.join("\n");
}

/** "Reported by Northline, Kyiv Daily and 3 more (6 articles)". */
export function reportedBy(e: TimelineEvent): string {
  const shown = e.outlets.slice(0, 2).join(", ");
  const more = e.outlets.length - 2;
  const outlets = more > 0 ? `${shown} and ${more} more` : e.outlets.join(" and ");
  return `Reported by ${outlets} (${e.articles} article${e.articles === 1 ? "" : "s"})`;
}

/** "Axios, “Headline”, 30 Nov 2025, https://…" (the date the article gives, in its own time zone). */
export function citation(q: Quote): string {
  return [q.source, `“${q.title}”`, formatPublished(q.published), q.url].filter(Boolean).join(", ");
}

function heading(t: Timeline): string {
  const n = t.events.length;
  if (t.summary) {
    const of = t.total > n ? ` of ${t.total}` : "";
    return `Timeline of the talks: the ${n} key event${n === 1 ? "" : "s"}${of} from ${t.articles} article${t.articles === 1 ? "" : "s"}${describeFilters(t)}`;
  }
  const filters = [
    t.topic ? `about “${t.topic}”` : "",
    t.from || t.to ? `${t.from ?? "…"} to ${t.to ?? "…"}` : "",
  ].filter(Boolean);
  const articles = `${t.articles} article${t.articles === 1 ? "" : "s"}`;
  return `Timeline of the talks: ${n} event${n === 1 ? "" : "s"} from ${articles}${filters.length ? ` (${filters.join(", ")})` : ""}`;
}

function describeFilters(t: Timeline): string {
  const filters = [
    t.topic ? `about “${t.topic}”` : "",
    t.from || t.to ? `${t.from ?? "…"} to ${t.to ?? "…"}` : "",
  ].filter(Boolean);
  return filters.length ? ` (${filters.join(", ")})` : "";
}

function emptyReason(t: Timeline): string {
  if (t.articles === 0) return "The corpus has no articles yet.";
  if (t.topic) return `No dated event in the articles is about “${t.topic}”${t.from || t.to ? " in that period" : ""}.`;
  if (t.from || t.to) return "No dated event in the articles falls in that period.";
  return "No dated event in the articles.";
}
