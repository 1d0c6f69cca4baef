/**
 * Stored user feedback behind one small interface: the answers given (so a button can refer to one by id), the
 * votes on them (one per user, a second click changes it), "wrong quote" reports, and what maintainers read back.
 * The SQLite driver lives only in SqliteFeedbackStore.ts; adapters and scripts see this.
 */

export type VoteValue = "up" | "down";

/** A quote as stored: where it is in its article, and what it said (articles may change after the answer). */
export interface StoredQuote {
  articleId: string;
  start: number;
  end: number;
  source: string;
  text: string;
}

/** An answer as given to a user, stored when it is sent. */
export interface AnswerRecord {
  question: string;
  answer: string;
  found: boolean;
  mode: "extractive" | "llm";
  /** The index build that answered (its folder name), so a maintainer can tell old answers from new. */
  build: string;
  quotes: StoredQuote[];
}

export type VoteOutcome =
  | { ok: true; vote: VoteValue; previous?: VoteValue }
  | { ok: false; reason: "unknown-answer" | "unavailable" };

export type ReportOutcome = { ok: true; again: boolean } | { ok: false; reason: "unknown-answer" | "unavailable" };

/** A stored answer with its votes and reports, for the maintainers' report. */
export interface AnswerFeedback extends AnswerRecord {
  id: number;
  /** ISO date-time the answer was given. */
  at: string;
  up: number;
  down: number;
  reports: number;
}

export interface FeedbackStore {
  /** False when feedback is switched off (DATA_DIR unusable): answers then carry no feedback buttons. */
  readonly enabled: boolean;
  /** Stores an answer and returns its id, or undefined when it could not be stored (logged). */
  recordAnswer(answer: AnswerRecord): number | undefined;
  /** One vote per user per answer, in one transaction: a second vote replaces the first. */
  vote(answerId: number, userId: string, vote: VoteValue): VoteOutcome;
  /** A user's "wrong quote" report of an answer (a second click by the same user is counted once). */
  report(answerId: number, userId: string): ReportOutcome;
  /** Answers given since `since` (ISO, inclusive; all when undefined) with their votes and reports, newest first. */
  answersSince(since?: string): AnswerFeedback[];
  close(): void;
}

/** Feedback switched off: answers are given without buttons, nothing is stored. */
export const DISABLED_FEEDBACK: FeedbackStore = {
  enabled: false,
  recordAnswer: () => undefined,
  vote: () => ({ ok: false, reason: "unavailable" }),
  report: () => ({ ok: false, reason: "unavailable" }),
  answersSince: () => [],
  close: () => undefined,
};
