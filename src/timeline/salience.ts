/**
 * How much the reporting dwells on a happening. Each report weighs by where it stands in its article (the lead or
 * a sentence that repeats the headline is the article's news; a sentence deep in the body is background), by
 * whether its date is the article's own news day or a passing reference to an older one, and by how precise its
 * date is. A happening scores the sum, over the outlets that report it, of each outlet's best report: ten outlets
 * mentioning a meeting in passing outweigh none, but one outlet repeating itself ten times counts once.
 */
import type { Report } from "./articleEvents.js";
import { daysBetween, type Day } from "./calendar.js";
import type { Happening } from "./happenings.js";
import type { TimelineTuning } from "./tuning.js";

export function reportWeight(r: Report, tuning: TimelineTuning): number {
  // A lead without a date of its own is placed on its publication day by inference: an analysis piece's lead
  // is not news of that day as surely as one that says "on Sunday".
  const inferred = r.expression === "published" ? tuning.undatedLeadWeight : 1;
  return positionWeight(r, tuning) * newsDayWeight(r) * precisionWeight(r.start, r.end) * inferred;
}

/** The lead, or a sentence sharing most words of the headline: the article's news. Then early sentences, then the rest. */
function positionWeight(r: Report, tuning: TimelineTuning): number {
  if (r.lead || r.headlineShare >= tuning.headlineShare) return 1;
  return r.sentence.index <= tuning.earlySentences ? 0.8 : 0.6;
}

/**
 * The article's own news day (its publication day, or the day or two before for a story filed overnight) counts
 * in full; a date a week or more before it is a passing reference. An announced date ahead counts half: plans change.
 */
function newsDayWeight(r: Report): number {
  const back = daysBetween(r.end, r.newsDay);
  if (back >= 0 && back <= 2) return 1;
  if (back < 0) return -back <= 1 ? 1 : 0.5;
  // Older dates still count: that outlets keep referring back to a day is what marks it as a key date.
  if (back <= 7) return 0.8;
  return 0.6;
}

/** A day is a date; "later this week" is a hint of one. */
function precisionWeight(start: Day, end: Day): number {
  const days = daysBetween(start, end) + 1;
  if (days === 1) return 1;
  if (days <= 3) return 0.9;
  return 0.4;
}

export interface Scored {
  happening: Happening;
  score: number;
  /** The span shown: the best-supported one among its reports. */
  start: Day;
  end: Day;
  /** Outlets, the one with the weightiest report first. */
  outlets: string[];
  articles: number;
  /** Its reports, the weightiest first. */
  ranked: Report[];
}

export function scoreHappening(h: Happening, tuning: TimelineTuning): Scored {
  const weighted = h.reports.map((r) => ({ r, w: reportWeight(r, tuning) }));
  weighted.sort((a, b) => b.w - a.w || a.r.publishedAt - b.r.publishedAt);
  const bestByOutlet = new Map<string, number>();
  for (const { r, w } of weighted) {
    const outlet = r.quote.source || r.sentence.articleId;
    if (!bestByOutlet.has(outlet)) bestByOutlet.set(outlet, w);
  }
  const score = [...bestByOutlet.values()].reduce((a, b) => a + b, 0);
  const span = bestSpan(weighted);
  return {
    happening: h,
    score,
    ...span,
    outlets: [...bestByOutlet.keys()],
    articles: new Set(h.reports.map((r) => r.sentence.articleId)).size,
    ranked: weighted.map((x) => x.r),
  };
}

/** The span with the most support: per span, the sum over articles of each article's best report. */
function bestSpan(weighted: { r: Report; w: number }[]): { start: Day; end: Day } {
  const support = new Map<string, Map<string, number>>();
  for (const { r, w } of weighted) {
    const key = `${r.start}|${r.end}`;
    const perArticle = support.get(key) ?? new Map<string, number>();
    perArticle.set(r.sentence.articleId, Math.max(perArticle.get(r.sentence.articleId) ?? 0, w));
    support.set(key, perArticle);
  }
  let best = "";
  let bestScore = -1;
  for (const [key, perArticle] of support) {
    const s = [...perArticle.values()].reduce((a, b) => a + b, 0);
    if (s > bestScore) [best, bestScore] = [key, s];
  }
  const [start, end] = best.split("|") as [Day, Day];
  return { start, end };
}
