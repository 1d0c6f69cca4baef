/** The timeline's tuning knobs: one typed object of defaults, merged with what a caller passes. */

export interface TimelineTuning {
  /** Longest one-line summary of an event, in characters. Sensible: 80–200. */
  summaryMaxLength: number;
  /**
   * Two reports of the same span are the same event when the content words of their sentences (the date
   * expression left out) overlap by at least this Jaccard similarity. Lower merges more. Sensible: 0.35–0.7.
   */
  mergeJaccard: number;
  /**
   * …or when the shorter one is nearly contained in the longer (shared words / words of the shorter) by at least
   * this much, counted only when both have `mergeMinTerms` content words or more. Sensible: 0.7–1.
   */
  mergeContainment: number;
  mergeMinTerms: number;
  /** Words a first sentence needs to count as the article's lead (shorter ones are taglines). Sensible: 5–15. */
  leadMinWords: number;
  /** Hits asked of the engine's hybrid search for a topic. Sensible: 20–200. */
  topicSearchK: number;
  /** Widest span kept, in days: "last year" says little about order. Sensible: 31–400. */
  maxSpanDays: number;
  /** Entries of the summary when the caller names no other number (`--max`). Sensible: 8–25. */
  summaryMax: number;
  /** Widest span a summary entry may have, in days: wider ones ("last month", "in 2024") are background. Sensible: 3–10. */
  summaryMaxSpanDays: number;
  /**
   * Two events of the same span are one happening when their sentences agree at least this much (Dice measure on
   * words weighted by how few reports use them). Lower gathers more. Sensible: 0.2–0.5.
   */
  happeningSimilarity: number;
  /** The same for events of different spans (Friday's resignation, Saturday's appointment). Sensible: 0.4–0.8. */
  happeningSimilarityAcrossDays: number;
  /**
   * Two groups join only if the mean agreement of all their members' pairs is at least this share of the pair
   * that joins them: a guard against chaining. Sensible: 0.2–0.6.
   */
  happeningCohesion: number;
  /** The days a happening's one-day reports may cover, less one (the Miami talks of 4–6 Dec: 2). Sensible: 0–3. */
  happeningDays: number;
  /** A sentence holding at least this share of the headline's words counts as the article's news. Sensible: 0.4–0.8. */
  headlineShare: number;
  /** Weight of a lead that names no date (placed on its publication day), against 1 for one that does. Sensible: 0.4–1. */
  undatedLeadWeight: number;
  /** Sentences up to this index (0 = first) count as the top of the story. Sensible: 2–5. */
  earlySentences: number;
  /** Each entry already chosen on a day a candidate covers multiplies its claim by this. Sensible: 0.3–0.9. */
  sameDayPenalty: number;
}

export const TIMELINE_DEFAULTS: Readonly<TimelineTuning> = Object.freeze({
  summaryMaxLength: 160,
  mergeJaccard: 0.5,
  mergeContainment: 0.8,
  mergeMinTerms: 6,
  leadMinWords: 8,
  topicSearchK: 50,
  maxSpanDays: 366,
  summaryMax: 15,
  summaryMaxSpanDays: 7,
  happeningSimilarity: 0.18,
  happeningSimilarityAcrossDays: 0.4,
  happeningCohesion: 0.35,
  happeningDays: 2,
  headlineShare: 0.5,
  earlySentences: 3,
  undatedLeadWeight: 0.6,
  sameDayPenalty: 0.6,
});
