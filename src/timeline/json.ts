/**
 * The `--json` contract other tools rely on:
 * `{ events: [{ date: "YYYY-MM-DD", text, quotes: [{ text, articleId, title, source, url, published }] }] }`
 * in date order. A span ("later this week") gives its first day as `date` and adds `end` (its last day) and
 * `label` ("1–6 Dec 2025"); a single day has neither. `url` is null when the article has no link.
 */
import type { Timeline } from "./types.js";

export interface TimelineJson {
  events: {
    date: string;
    end?: string;
    label?: string;
    text: string;
    quotes: { text: string; articleId: string; title: string; source: string; url: string | null; published: string }[];
  }[];
}

export function timelineJson(t: Timeline): TimelineJson {
  return {
    events: t.events.map((e) => ({
      date: e.date,
      ...(e.end !== e.date ? { end: e.end, label: e.label } : {}),
      text: e.text,
      quotes: e.quotes.map((q) => ({
        text: q.text,
        articleId: q.articleId,
        title: q.title,
        source: q.source,
        url: q.url ?? null,
        published: q.published,
      })),
    })),
  };
}
