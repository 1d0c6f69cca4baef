/** The timeline as plain text, for the CLI and the terminal chat: grouped by day, each event with its quotes. */
import { formatPublished } from "../engine/leadIn.js";
import type { Quote } from "../types.js";
import type { Timeline } from "./types.js";

export function formatTimelineText(t: Timeline): string {
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
      for (const q of e.quotes) lines.push(`      “${q.text}”`, `        — ${citation(q)}`);
    }
  }
  return lines.join("\n");
}

/** "Axios, “Headline”, 30 Nov 2025, https://…" (the date the article gives, in its own time zone). */
export function citation(q: Quote): string {
  return [q.source, `“${q.title}”`, formatPublished(q.published), q.url].filter(Boolean).join(", ");
}

function heading(t: Timeline): string {
  const n = t.events.length;
  const filters = [
    t.topic ? `about “${t.topic}”` : "",
    t.from || t.to ? `${t.from ?? "…"} to ${t.to ?? "…"}` : "",
  ].filter(Boolean);
  const articles = `${t.articles} article${t.articles === 1 ? "" : "s"}`;
  return `Timeline of the talks: ${n} event${n === 1 ? "" : "s"} from ${articles}${filters.length ? ` (${filters.join(", ")})` : ""}`;
}

function emptyReason(t: Timeline): string {
  if (t.articles === 0) return "The corpus has no articles yet.";
  if (t.topic) return `No dated event in the articles is about “${t.topic}”${t.from || t.to ? " in that period" : ""}.`;
  if (t.from || t.to) return "No dated event in the articles falls in that period.";
  return "No dated event in the articles.";
}
