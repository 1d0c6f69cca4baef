/**
 * The timeline of the talks: dated events from the articles, in date order, grouped by day, each with its cited
 * quotes. A pure function of a corpus snapshot, so the CLI, the terminal chat and Discord share it.
 */
import type { CorpusSnapshot } from "../types.js";
import { daysBetween, formatSpan, isDay } from "./calendar.js";
import { articleEventsCached, type Report } from "./articleEvents.js";
import { mergeReports } from "./merge.js";
import { summarize } from "./summarize.js";
import { lexicalTopicFilter, topicTerms } from "./topic.js";
import { TIMELINE_DEFAULTS } from "./tuning.js";
import type { Timeline, TimelineEvent, TimelineGroup, TimelineOptions } from "./types.js";

/**
 * Events of every article of `snapshot`, filtered by `options`. Options a person typed wrong come back as
 * `refusal` with no events, never as an exception.
 */
export function timeline(snapshot: CorpusSnapshot, options: TimelineOptions = {}): Timeline {
  const given = { from: options.from, to: options.to, topic: options.topic };
  const articles = snapshot.articles.length;
  const refusal = timelineRefusal(options);
  if (refusal) return { events: [], groups: [], ...given, articles, total: 0, summary: false, refusal };
  const tuning = { ...TIMELINE_DEFAULTS, ...options.tuning };
  const reports = snapshot.articles.flatMap((a) => articleEventsCached(a, snapshot.sentencesOf(a.id), tuning));
  const about = options.topicFilter ?? (options.topic ? lexicalTopicFilter(options.topic) : undefined);
  // Filters apply before selection, so a summary about a topic or a period summarises that part.
  const kept = mergeReports(reports, tuning)
    .filter((group) => !about || group.some((r) => about(r.sentence)))
    .filter((g) => (!options.from || g[0]!.end >= options.from) && (!options.to || g[0]!.start <= options.to));
  const summary = options.max !== undefined;
  const events = summary ? summarize(kept, Math.max(1, Math.trunc(options.max!)), tuning) : kept.map(toEvent).sort(byDate);
  return { events, groups: groupBySpan(events), ...given, articles, total: kept.length, summary };
}

/** Why `options` cannot be used (a malformed day, a topic with no word…), or undefined when they can. */
export function timelineRefusal(options: TimelineOptions): Timeline["refusal"] {
  for (const field of ["from", "to"] as const) {
    const value = options[field];
    if (value !== undefined && !isDay(value)) {
      return {
        id: `timeline.${field}`,
        message: `timeline: "${field}" must be a day written YYYY-MM-DD, such as 2025-11-30 (got "${value.slice(0, 40)}")`,
      };
    }
  }
  if (options.from && options.to && options.from > options.to) {
    return { id: "timeline.range", message: `timeline: "from" (${options.from}) is after "to" (${options.to}) — swap them` };
  }
  if (options.topic !== undefined && !options.topicFilter && topicTerms(options.topic).length === 0) {
    return {
      id: "timeline.topic",
      message: `timeline: the topic "${options.topic.slice(0, 40)}" has no word to look for — name a person, place or subject, such as "security guarantees"`,
    };
  }
  return undefined;
}

function toEvent(reports: Report[]): TimelineEvent {
  const first = reports[0]!;
  return {
    date: first.start,
    end: first.end,
    label: formatSpan(first.start, first.end),
    text: first.text,
    quotes: reports.map((r) => r.quote),
    expressions: [...new Set(reports.map((r) => r.expression))],
    outlets: [...new Set(reports.map((r) => r.quote.source))],
    articles: new Set(reports.map((r) => r.quote.articleId)).size,
  };
}

/** By first day; a day before a span starting on it (shorter first); then by the first report's publication. */
function byDate(a: TimelineEvent, b: TimelineEvent): number {
  return (
    a.date.localeCompare(b.date) ||
    daysBetween(a.date, a.end) - daysBetween(b.date, b.end) ||
    Date.parse(a.quotes[0]!.published) - Date.parse(b.quotes[0]!.published) ||
    a.quotes[0]!.articleId.localeCompare(b.quotes[0]!.articleId) ||
    a.quotes[0]!.start - b.quotes[0]!.start
  );
}

function groupBySpan(events: TimelineEvent[]): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const e of events) {
    const last = groups.at(-1);
    if (last && last.date === e.date && last.end === e.end) last.events.push(e);
    else groups.push({ date: e.date, end: e.end, label: e.label, events: [e] });
  }
  return groups;
}
