/**
 * The summary's `--json` contract (the default):
 * `{ events: [{ date, end?, label, text, outlets: [..], articles: n, quotes: [...] }], total: n }` in date order,
 * `total` being how many events the full list has. `--all` prints the full list in the contract it always had:
 * `{ events: [{ date: "YYYY-MM-DD", text, quotes: [{ text, articleId, title, source, url, published }] }] }`
 * in date order. A span ("later this week") gives its first day as `date` and adds `end` (its last day) and
 * `label` ("1–6 Dec 2025"); a single day has neither. `url` is null when the article has no link.
 */
import type { Quote } from "../types.js";
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

export interface TimelineSummaryJson {
  events: {
    date: string;
    end?: string;
    label: string;
    text: string;
    outlets: string[];
    articles: number;
    quotes: TimelineJson["events"][number]["quotes"];
  }[];
  total: number;
}

/** The summary's contract for a summary, the full list's for the full list. */
export function timelineJson(t: Timeline): TimelineJson | TimelineSummaryJson {
  if (t.summary) {
    return {
      events: t.events.map((e) => ({
        date: e.date,
        ...(e.end !== e.date ? { end: e.end } : {}),
        label: e.label,
        text: e.text,
        outlets: e.outlets,
        articles: e.articles,
        quotes: e.quotes.map(quoteJson),
      })),
      total: t.total,
    };
  }
  return fullJson(t);
}

function fullJson(t: Timeline): TimelineJson {
  return {
    events: t.events.map((e) => ({
      date: e.date,
      ...(e.end !== e.date ? { end: e.end, label: e.label } : {}),
      text: e.text,
      quotes: e.quotes.map(quoteJson),
    })),
  };
}

function quoteJson(q: Quote): TimelineJson["events"][number]["quotes"][number] {
  return { text: q.text, articleId: q.articleId, title: q.title, source: q.source, url: q.url ?? null, published: q.published };
}
