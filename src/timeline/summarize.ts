/**
 * The timeline as a summary: the most salient happenings, at most `max`, in date order. Background (a span wider
 * than a week: "in July", "since 2022", "last month") never makes it; several happenings on one day can, but each
 * one already chosen on a day lowers the next one's claim to that day (date-wise selection, as timeline
 * summarisation does it), so the summary spreads over the dates the reporting dwells on.
 */
import type { Report } from "./articleEvents.js";
import { daysBetween, formatSpan } from "./calendar.js";
import { gatherHappenings } from "./happenings.js";
import { reportWeight, scoreHappening, type Scored } from "./salience.js";
import type { TimelineTuning } from "./tuning.js";
import type { TimelineEvent } from "./types.js";
import { withoutDateline } from "../text/dateline.js";

export function summarize(events: Report[][], max: number, tuning: TimelineTuning): TimelineEvent[] {
  const dated = events.filter((e) => daysBetween(e[0]!.start, e[0]!.end) + 1 <= tuning.summaryMaxSpanDays);
  const scored = gatherHappenings(dated, tuning)
    .map((h) => scoreHappening(h, tuning))
    .filter((s) => daysBetween(s.start, s.end) + 1 <= tuning.summaryMaxSpanDays);
  return select(scored, max, tuning).map((s) => toSummaryEvent(s, tuning));
}

/**
 * Greedy by score, each pick on a day already chosen counting less: adjacent days are not penalised, as the talks
 * often ran on consecutive days (a resignation on Friday, a new negotiator on Saturday, talks on Sunday).
 */
function select(scored: Scored[], max: number, tuning: TimelineTuning): Scored[] {
  const left = [...scored];
  const chosen: Scored[] = [];
  while (chosen.length < max && left.length > 0) {
    let best = 0;
    let bestValue = -1;
    left.forEach((s, i) => {
      const near = chosen.filter((c) => c.start <= s.end && s.start <= c.end).length;
      const value = s.score * tuning.sameDayPenalty ** near;
      if (value > bestValue) [best, bestValue] = [i, value];
    });
    chosen.push(left.splice(best, 1)[0]!);
  }
  return chosen.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || b.score - a.score);
}

function toSummaryEvent(s: Scored, tuning: TimelineTuning): TimelineEvent {
  const central = mostCentral(s.ranked, tuning);
  const seen = new Set<string>();
  const reports = [central, ...s.ranked].filter((r) => {
    const key = `${r.quote.articleId}:${r.quote.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    date: s.start,
    end: s.end,
    label: formatSpan(s.start, s.end),
    text: withoutDateline(central.text),
    quotes: reports.map((r) => r.quote),
    expressions: [...new Set(s.ranked.map((r) => r.expression))],
    outlets: s.outlets,
    articles: s.articles,
  };
}

/**
 * The report that says what most of the others say (summed word overlap with them), its weight breaking ties:
 * the line a reader would pick as "what happened".
 */
function mostCentral(reports: Report[], tuning: TimelineTuning): Report {
  let best = reports[0]!;
  let bestValue = -1;
  for (const x of reports) {
    let overlap = 0;
    for (const y of reports) {
      if (x === y) continue;
      let shared = 0;
      for (const t of x.terms) if (y.terms.has(t)) shared++;
      const union = x.terms.size + y.terms.size - shared;
      overlap += union > 0 ? shared / union : 0;
    }
    const value = overlap + reportWeight(x, tuning);
    if (value > bestValue) [best, bestValue] = [x, value];
  }
  return best;
}

