/**
 * The maintainers' report: the answers users voted down (with their quotes), the answers reported as quoting
 * wrongly, and the questions answered "not found" most often, grouped by similarity — the corpus's gaps to fill.
 *
 * Similar questions are grouped by their lexical terms (the stems BM25 indexes, question words left out): two
 * questions share a group when most of their terms are the same (Jaccard ≥ 0.5). Lexical terms rather than the
 * offline embedder: they need no word vectors to load, and unanswered questions are short and name their topic
 * ("Erdogan", "grain corridor"), which the terms keep and sentence vectors blur.
 */
import { QUESTION_WORDS, lexicalTerms } from "../text/terms.js";
import type { AnswerFeedback, FeedbackStore, StoredQuote } from "./FeedbackStore.js";

export interface ReportedAnswer {
  id: number;
  at: string;
  question: string;
  answer: string;
  mode: "extractive" | "llm";
  build: string;
  up: number;
  down: number;
  reports: number;
  quotes: StoredQuote[];
}

export interface UnansweredGroup {
  /** The most asked wording of the group. */
  question: string;
  /** How many times questions of the group were answered "not found". */
  count: number;
  /** The group's other wordings, most asked first. */
  variants: string[];
}

export interface FeedbackReport {
  since?: string;
  answers: number;
  votedDown: ReportedAnswer[];
  reported: ReportedAnswer[];
  unanswered: UnansweredGroup[];
}

/** Groups shown in the report. */
export const MAX_UNANSWERED_GROUPS = 20;
/** Share of terms two questions must have in common to be grouped. */
const SAME_QUESTION = 0.5;

export function feedbackReport(store: FeedbackStore, since?: string): FeedbackReport {
  const all = store.answersSince(since);
  const pick = (a: AnswerFeedback): ReportedAnswer => ({
    id: a.id,
    at: a.at,
    question: a.question,
    answer: a.answer,
    mode: a.mode,
    build: a.build,
    up: a.up,
    down: a.down,
    reports: a.reports,
    quotes: a.quotes,
  });
  return {
    ...(since ? { since } : {}),
    answers: all.length,
    votedDown: all.filter((a) => a.down > 0).sort((x, y) => y.down - y.up - (x.down - x.up) || y.at.localeCompare(x.at)).map(pick),
    reported: all.filter((a) => a.reports > 0).sort((x, y) => y.reports - x.reports || y.at.localeCompare(x.at)).map(pick),
    unanswered: groupQuestions(all.filter((a) => !a.found).map((a) => a.question)).slice(0, MAX_UNANSWERED_GROUPS),
  };
}

/** Questions grouped by shared lexical terms, largest group first. */
export function groupQuestions(questions: string[]): UnansweredGroup[] {
  const counts = new Map<string, number>();
  for (const q of questions) {
    const key = q.trim().replace(/\s+/g, " ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const groups: { terms: Set<string>; wordings: [string, number][] }[] = [];
  for (const [question, count] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const terms = termsOf(question);
    const group = groups.find((g) => jaccard(g.terms, terms) >= SAME_QUESTION);
    if (group) group.wordings.push([question, count]);
    else groups.push({ terms, wordings: [[question, count]] });
  }
  return groups
    .map((g) => ({ question: g.wordings[0]![0], count: g.wordings.reduce((n, [, c]) => n + c, 0), variants: g.wordings.slice(1).map(([q]) => q) }))
    .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question));
}

function termsOf(question: string): Set<string> {
  const asking = new Set([...QUESTION_WORDS].flatMap((w) => lexicalTerms(w)));
  return new Set(lexicalTerms(question.toLowerCase()).filter((t) => !asking.has(t)));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
