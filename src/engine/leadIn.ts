/**
 * The words around the quotes, shared by every adapter (terminal, Discord, `ask`), so each says the same thing.
 */
import type { Quote } from "../types.js";

export const NOT_FOUND = "The articles I have don't say.";

/** "Axios, 30 Nov 2025:" for one source; "From 2 articles:" for several. */
export function leadIn(quotes: Quote[]): string {
  const ids = new Set(quotes.map((q) => q.articleId));
  if (ids.size === 1) {
    const q = quotes[0]!;
    return `${outletOf(q)} reported (${formatPublished(q.published)}):`;
  }
  return `From ${ids.size} articles:`;
}

/** The publication date in the article's own time zone, e.g. "30 Nov 2025" (the offset in the string is kept). */
export function formatPublished(published: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return published;
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}

/** The outlet with the others that carried the same story: "Reuters, also in The Example Times and Daily Test". */
export function outletOf(q: { source: string; alsoPublishedBy?: readonly string[] }): string {
  const others = q.alsoPublishedBy ?? [];
  if (others.length === 0) return q.source;
  const list = others.length === 1 ? others[0]! : `${others.slice(0, -1).join(", ")} and ${others[others.length - 1]}`;
  return `${q.source}, also in ${list}`;
}
