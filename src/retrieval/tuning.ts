/**
 * Retrieval and answer-ranking knobs, one typed object of defaults. Tuned on kinds of question (see
 * ../shared/eval/README.md), not on particular strings.
 */
export const RETRIEVAL_TUNING = {
  /** How deep each half (dense, lexical) is read before fusion. Range 20–200. */
  depth: 50,
  /** The k of reciprocal rank fusion: higher flattens the rank curve. 60 is the paper's value. Range 10–100. */
  rrfK: 60,
  /** Fused candidates considered for quoting. Range 10–100. */
  candidates: 40,
  /** Sentences a second BM25 query in synonyms adds to the candidates (src/retrieval/hybridSearch.ts). Range 0–20. */
  synonymHits: 8,
} as const;

export const ANSWER_TUNING = {
  /** Weight of question-term coverage in a sentence's quoting score. */
  coverageWeight: 0.55,
  /** Names and places weigh this much more than other words of the question. Range 1–2. */
  entityWeight: 1.5,
  /** Credit for a name the quote leaves out but its article states ("Yermak … he resigned"). Range 0.3–0.8. */
  entityInArticle: 0.4,
  /** Weight of the sentence's cosine similarity to the question. */
  denseWeight: 0.3,
  /** Weight of the answer-type cue (a name for "who", a date for "when", …). */
  cueWeight: 0.15,
  /**
   * Weight of a specific cue (a clock time for "what time", an age for "how old", the speaker for "what did X
   * say"): a short sentence holding the asked thing must beat a long lead repeating the question. Range 0.15–0.4.
   */
  strongCueWeight: 0.3,
  /** Weight of how much of the question the sentence's whole article covers (the article that best covers it). */
  articleWeight: 0.1,
  /**
   * Weight of the question's words in the quote's headline and lead (what the story is about): "What did Yermak
   * say after the Geneva talks?" is answered from the story about Geneva. Range 0–0.2.
   */
  headWeight: 0.1,
  /** A sentence right under a page's own question ("Why Budanov?") that asks what the user asks. */
  headingAnswerWeight: 0.3,
  /** Added for a yes/no "still" question to a sentence telling a change ("expired", "was over", "resigned"). */
  statusChangeWeight: 0.1,
  /** Added for "what happened to X" to a sentence telling X's change ("resigned", "was dismissed"): what is asked. */
  fateWeight: 0.2,
  /** "Which club hosted…": a sentence writing a name beside the asked kind ("the Shell Bay club"). Range 0–0.3. */
  namedKindWeight: 0.15,
  /** A sentence naming another side of the talks and not the asked one ("the Russian delegation" for "the American side"). */
  otherSideFactor: 0.85,
  /** For "what's next after X": credit for X in the quote's headline or lead rather than the quote. Range 0.4–1. */
  nextInHead: 0.8,
  /**
   * Added for the newest of the retrieved articles (0 for the oldest, in proportion to dates between) when the
   * question asks about now, the latest or next. Range 0–0.3.
   */
  recencyWeight: 0.15,
  /**
   * Added when a sentence names the day the question is placed on by another event ("the day after Trump and
   * Zelensky met"; see eventDay.ts): the day is what the question's event words stand for. Range 0–0.3.
   */
  eventDayWeight: 0.15,
  /** A further quote from an already quoted article competes at this fraction of its score. Range 0.7–1. */
  sameArticleFactor: 0.95,
  /** Two words of at least this GloVe cosine count as a paraphrase of each other ("quit" ~ "resigned"). 0.45–0.7. */
  wordSimilarity: 0.55,
  /**
   * A name or place in the question must appear in the quoted article, or a word at least this close
   * ("Florida" ~ "Miami" 0.81; "French" ~ "Russian" 0.64 must not pass). Range 0.7–0.85.
   */
  entitySimilarity: 0.75,
  /**
   * A topic noun of the question absent from the article must have a word at least this close in the quote or its
   * neighbours ("army" ~ "military" 0.86, "deal" ~ "agreement" 0.86 pass; "ceasefire" ~ "peace" 0.73, "match" ~
   * "team" 0.66, "population" ~ "people" 0.60 do not). Range 0.65–0.85.
   */
  topicSimilarity: 0.75,
  /** A two-word phrase of the question matches one word at least this close ("Russian president" ~ "Putin" 0.74). */
  phraseSimilarity: 0.68,
  /**
   * Least quoting score (coverage, similarity and answer cue together) of the best sentence. Every answerable
   * question of eval/ scores 0.55 or more; loose matches such as "how many soldiers died" ~ "military chief" 0.36.
   */
  minScore: 0.45,
  /** Least weighted coverage of the question's words by the best sentence for an answer to be given. 0.3–0.7. */
  minCoverage: 0.45,
  /** Extra quotes must score at least this fraction of the best one. Range 0.5–0.95. */
  secondQuoteRatio: 0.7,
  /**
   * The answering sentence may score this fraction of the top-ranked one, when that one fails a condition. 0.9 until
   * session 8: on the 24 news sets 0.8 turns six false "not found" into answers (two of them right) for one more
   * wrong answer to an unanswerable question; 0.7 changes nothing more. Range 0.7–0.95.
   */
  bestBelowTop: 0.8,
  /** At most this many quotes. */
  maxQuotes: 3,
  /**
   * Questions longer than this are refused with a message (characters, after cleaning). The one limit of every
   * adapter: Discord's /ask option, mentions, the terminal chat and `npm run ask`. A question is a sentence or two.
   */
  maxQuestionLength: 300,
} as const;
