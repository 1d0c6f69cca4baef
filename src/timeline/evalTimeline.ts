/**
 * The timeline's measure: does each dated event of the seed article land on the right date? `npm run eval`
 * prints the summary line.
 */
import { loadCorpus } from "../corpus/loadCorpus.js";
import type { CorpusSnapshot } from "../types.js";
import { snapshotOfArticles } from "./corpusSnapshot.js";
import { timeline } from "./timeline.js";

export const SEED_ARTICLE_ID = "000_6ebb02524a7f715b";

/** Each dated event of the seed article (published Sunday 2025-11-30, US Eastern): where in it, and its span. */
export const SEED_EXPECTED: readonly { sentence: string; expression: string; date: string; end?: string }[] = [
  { sentence: "The negotiations on Sunday in Miami", expression: "on Sunday", date: "2025-11-30" },
  { sentence: "present that document to Putin on Tuesday", expression: "on Tuesday", date: "2025-12-02" },
  { sentence: "That will continue later this week", expression: "later this week", date: "2025-12-01", end: "2025-12-06" },
  { sentence: "he resigned on Friday", expression: "on Friday", date: "2025-11-28" },
  { sentence: "texted associates on Sunday", expression: "on Sunday", date: "2025-11-30" },
  { sentence: "arrived in Miami on Saturday", expression: "on Saturday", date: "2025-11-29" },
  { sentence: "During talks in Geneva last Sunday", expression: "last Sunday", date: "2025-11-23" },
  { sentence: "close the gaps on those last two issues on Sunday", expression: "on Sunday", date: "2025-11-30" },
  { sentence: "But Trump said last week", expression: "last week", date: "2025-11-23", end: "2025-11-29" },
  { sentence: "Zelensky said on Saturday", expression: "on Saturday", date: "2025-11-29" },
  { sentence: "saying Thursday that Russia", expression: "Thursday", date: "2025-11-27" },
];

export interface TimelineEvalResult {
  correct: number;
  total: number;
  misses: { sentence: string; expression: string; expected: string; got: string }[];
}

/** Checks the seed article's events in `snapshot` against `SEED_EXPECTED`. */
export function evalTimeline(snapshot: CorpusSnapshot): TimelineEvalResult {
  const events = timeline(snapshot).events;
  const misses: TimelineEvalResult["misses"] = [];
  for (const row of SEED_EXPECTED) {
    const expected = span(row.date, row.end ?? row.date);
    const placed = events
      .filter((e) => e.expressions.includes(row.expression))
      .filter((e) => e.quotes.some((q) => q.articleId === SEED_ARTICLE_ID && q.text.includes(row.sentence)))
      .map((e) => span(e.date, e.end));
    if (!placed.includes(expected)) {
      misses.push({ sentence: row.sentence, expression: row.expression, expected, got: placed.join(", ") || "not placed" });
    }
  }
  return { correct: SEED_EXPECTED.length - misses.length, total: SEED_EXPECTED.length, misses };
}

/** The eval script's line: "timeline: 11/11 seed events on the right date" (and each miss). */
export async function evalTimelineSummary(corpusDir: string): Promise<string> {
  const { articles } = await loadCorpus(corpusDir);
  if (!articles.some((a) => a.id === SEED_ARTICLE_ID)) return `timeline: seed article ${SEED_ARTICLE_ID} not in ${corpusDir}, not measured`;
  const r = evalTimeline(snapshotOfArticles(articles));
  const misses = r.misses.map((m) => `\n  MISS "${m.sentence}" (${m.expression}): expected ${m.expected}, got ${m.got}`);
  return `timeline: ${r.correct}/${r.total} seed events on the right date${misses.join("")}`;
}

function span(start: string, end: string): string {
  return start === end ? start : `${start}..${end}`;
}
