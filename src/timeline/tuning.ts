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
}

export const TIMELINE_DEFAULTS: Readonly<TimelineTuning> = Object.freeze({
  summaryMaxLength: 160,
  mergeJaccard: 0.5,
  mergeContainment: 0.8,
  mergeMinTerms: 6,
  leadMinWords: 8,
  topicSearchK: 50,
  maxSpanDays: 366,
});
