/**
 * The offline answer: the best one to three sentences of the articles, verbatim, ranked by how much of the
 * question they cover (exact stems, or GloVe paraphrases such as "quit" ~ "resigned"), their similarity to the
 * question, and whether they hold the kind of thing asked for (a name for "who", a date for "when", …).
 *
 * "Not found" is decided by coverage, not by similarity alone: a question about "the French president" must not
 * be answered with a quote about the Russian one, even though "president" and "plan" are all over the corpus.
 */
import { quoteOf } from "../corpus/quote.js";
import type { IndexStore } from "../index/IndexStore.js";
import type { Candidate } from "../retrieval/hybridSearch.js";
import { ANSWER_TUNING } from "../retrieval/tuning.js";
import { STOP_WORDS, stem, tokens } from "../text/terms.js";
import type { Article, IndexedSentence, Quote } from "../types.js";
import type { AnalyzedQuestion, QuestionKind, QuestionTerm } from "./question.js";

/** Word-to-word similarity (GloVe cosine); undefined when either word is unknown. */
export interface WordSimilarity {
  similarity(a: string, b: string): number | undefined;
  /** Similarity of a phrase (its words' vectors summed) to one word: "Russian president" ~ "Putin". */
  phraseSimilarity?(phrase: string[], word: string): number | undefined;
}

export interface RankedSentence {
  sentence: IndexedSentence;
  score: number;
  coverage: number;
  /** Every name, place and topic noun of the question appears in this sentence's article (or a close paraphrase). */
  entitiesPresent: boolean;
  stems: Set<string>;
}

export interface ExtractiveResult {
  found: boolean;
  quotes: Quote[];
  ranked: RankedSentence[];
}

interface WordBag {
  words: Set<string>;
  stems: Set<string>;
}

export class ExtractiveRanker {
  private readonly articleBags = new Map<string, WordBag>();
  private readonly idfCache = new Map<string, number>();

  constructor(
    private readonly store: IndexStore,
    private readonly words?: WordSimilarity,
  ) {}

  answer(question: AnalyzedQuestion, candidates: Candidate[]): ExtractiveResult {
    const simCache = new Map<string, number>();
    const ranked = candidates
      .map((c) => this.rank(question, c, simCache))
      .sort((a, b) => b.score - a.score || a.sentence.label - b.sentence.label);
    const best = ranked[0];
    if (!best || !this.qualifies(best, question) ) return { found: false, quotes: [], ranked };
    const chosen: RankedSentence[] = [best];
    for (const r of ranked.slice(1)) {
      if (chosen.length >= ANSWER_TUNING.maxQuotes) break;
      if (r.score < best.score * ANSWER_TUNING.secondQuoteRatio) break;
      if (!this.qualifies(r, question, 0.8)) continue;
      if (chosen.some((c) => overlap(c.stems, r.stems) > 0.6)) continue;
      chosen.push(r);
    }
    return { found: true, quotes: chosen.map((r) => this.quote(r.sentence)), ranked };
  }

  private qualifies(r: RankedSentence, q: AnalyzedQuestion, slack = 1): boolean {
    if (!r.entitiesPresent) return false;
    if (r.score < ANSWER_TUNING.minScore * slack) return false;
    if (q.terms.length === 0) return true;
    return r.coverage >= ANSWER_TUNING.minCoverage * slack;
  }

  quote(s: IndexedSentence): Quote {
    return quoteOf(this.store.article(s.articleId)!, s);
  }

  private rank(q: AnalyzedQuestion, c: Candidate, simCache: Map<string, number>): RankedSentence {
    const bag = bagOf(c.sentence.text);
    const context = this.contextBag(c.sentence);
    const article = this.articleBag(c.sentence.articleId);
    let covered = 0;
    let total = 0;
    let entitiesPresent = true;
    const phraseMatch = this.phraseMatches(q.terms, bag, article, simCache);
    for (const t of q.terms) {
      const weight = this.idf(t.stem) * (t.entity ? 1.5 : 1);
      total += weight;
      const viaPhrase = phraseMatch.get(t);
      if (viaPhrase !== undefined) {
        covered += weight * viaPhrase;
        continue;
      }
      const inSentence = this.match(t, bag, simCache);
      const inContext = 0.5 * this.match(t, context, simCache);
      let value = Math.max(inSentence, inContext);
      if (t.entity) {
        // A name may be established anywhere in the article ("Yermak … he resigned").
        const inArticle = Math.max(value, this.articleMatch(t, c.sentence.articleId, article, simCache));
        if (inArticle === 0) entitiesPresent = false;
        value = Math.max(value, 0.4 * inArticle);
      } else if (t.topic && !article.stems.has(t.stem) && Math.max(inSentence, 2 * inContext) < ANSWER_TUNING.topicSimilarity) {
        // A topic noun must be in the article, or paraphrased in the quote or next to it: a whole article holds
        // too many loosely similar words ("match" ~ "second" 0.67) to accept a paraphrase from anywhere in it.
        entitiesPresent = false;
      }
      covered += weight * value;
    }
    const coverage = total > 0 ? covered / total : 0;
    const cue = answerCue(q.kind, c.sentence.text, q.terms);
    const score =
      ANSWER_TUNING.coverageWeight * coverage + ANSWER_TUNING.denseWeight * Math.max(0, c.dense) + ANSWER_TUNING.cueWeight * cue;
    return { sentence: c.sentence, score, coverage, entitiesPresent, stems: bag.stems };
  }

  /**
   * A name and the noun after it in the question that together mean a word of the sentence
   * ("Russian president" ~ "Putin" 0.74, while "French president" ~ "Putin" is 0.53): both count as matched.
   */
  private phraseMatches(terms: QuestionTerm[], bag: WordBag, article: WordBag, simCache: Map<string, number>): Map<QuestionTerm, number> {
    const out = new Map<QuestionTerm, number>();
    const words = this.words;
    if (!words?.phraseSimilarity) return out;
    for (let i = 0; i + 1 < terms.length; i++) {
      const [a, b] = [terms[i]!, terms[i + 1]!];
      // A name qualifying a noun ("Russian president", "Ukrainian leader"): the pattern that names a person by role.
      // Other pairs ("ceasefire start" ~ "peace") drift too easily to be trusted.
      if (!a.entity || b.entity || !a.adjacentToNext) continue;
      if (bag.stems.has(a.stem) && bag.stems.has(b.stem)) continue;
      // The phrase's name must be in the article itself: "Russian president" may mean Putin in an article about
      // Russia, while "Chinese foreign (minister)" must not become "Russian" in an article that never names China.
      if ((a.entity && !article.stems.has(a.stem)) || (b.entity && !article.stems.has(b.stem))) continue;
      let best = 0;
      for (const w of bag.words) {
        const s = stem(w);
        if (s === a.stem || s === b.stem) continue;
        const key = `${a.word} ${b.word}\u0000${w}`;
        let sim = simCache.get(key);
        if (sim === undefined) {
          sim = words.phraseSimilarity([a.word, b.word], w) ?? 0;
          // The phrase must mean the word better than either of its words does alone ("football match" is no
          // closer to "club" than "football" is), or it is one word's similarity in disguise.
          const alone = Math.max(words.similarity(a.word, w) ?? 0, words.similarity(b.word, w) ?? 0);
          if (sim < alone + 0.03) sim = 0;
          simCache.set(key, sim);
        }
        best = Math.max(best, sim);
      }
      if (best >= ANSWER_TUNING.phraseSimilarity) {
        out.set(a, Math.max(out.get(a) ?? 0, best));
        out.set(b, Math.max(out.get(b) ?? 0, best));
      }
    }
    return out;
  }

  /**
   * `match` against a whole article, once per question: many candidates share an article, and an article holds
   * thousands of words (on the speech corpus this loop was most of the answer time; see npm run bench).
   */
  private articleMatch(t: QuestionTerm, articleId: string, article: WordBag, simCache: Map<string, number>): number {
    const key = `\u0001${articleId}\u0000${t.word}`;
    let value = simCache.get(key);
    if (value === undefined) {
      value = this.match(t, article, simCache);
      simCache.set(key, value);
    }
    return value;
  }

  /** 1 for the same stem; else the best word similarity above the paraphrase threshold; else 0. */
  private match(t: QuestionTerm, bag: WordBag, simCache: Map<string, number>): number {
    if (bag.stems.has(t.stem)) return 1;
    if (!this.words) return 0;
    const threshold = t.entity ? ANSWER_TUNING.entitySimilarity : ANSWER_TUNING.wordSimilarity;
    let best = 0;
    for (const w of bag.words) {
      const key = `${t.word}\u0000${w}`;
      let sim = simCache.get(key);
      if (sim === undefined) {
        sim = this.words.similarity(t.word, w) ?? 0;
        simCache.set(key, sim);
      }
      if (sim > best) best = sim;
    }
    return best >= threshold ? best : 0;
  }

  private contextBag(s: IndexedSentence): WordBag {
    const siblings = this.store.snapshot().sentencesOf(s.articleId);
    const text = [siblings[s.index - 1]?.text ?? "", siblings[s.index + 1]?.text ?? "", this.store.article(s.articleId)?.title ?? ""].join(" ");
    return bagOf(text);
  }

  private articleBag(id: string): WordBag {
    let bag = this.articleBags.get(id);
    if (!bag) {
      const a = this.store.article(id) as Article;
      bag = bagOf(`${a.title} ${a.body}`);
      this.articleBags.set(id, bag);
    }
    return bag;
  }

  /** Inverse document frequency over sentences: a word the corpus never uses weighs most. */
  private idf(term: string): number {
    let v = this.idfCache.get(term);
    if (v === undefined) {
      const n = this.store.info().sentences;
      const df = this.store.termDocumentCount(term);
      v = Math.log(1 + (n + 1) / (df + 1));
      this.idfCache.set(term, v);
    }
    return v;
  }
}

function bagOf(text: string): WordBag {
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const t of tokens(text)) {
    if (STOP_WORDS.has(t.word)) continue;
    words.add(t.word);
    stems.add(stem(t.word));
  }
  return { words, stems };
}

function overlap(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / Math.max(1, Math.min(a.size, b.size));
}

const WEEKDAY_OR_MONTH =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tomorrow|tonight|week|weekend|month|year|days?|\d{4})\b/i;
const NUMBER = /\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|million|billion|dozens?|several)\b/i;
const CAUSE = /\b(after|because|due to|since|as a result|amid|following|over|in response to|so that|in order to|prompted)\b/i;
const SAY = /["“”]|\b(said|says|told|added|noted|stressed|argued|claimed|warned|according to|statement)\b/i;
const PLAN = /\b(will|would|expected|plans?|wants?|hopes?|could|intends?|aims?|ready|willing|refuse[sd]?)\b/i;
const PLACE = /\b(in|at|to|from|near)\s+(the\s+)?(\p{Lu}[\p{L}'’-]+)/u;

/** How well a sentence holds the kind of thing asked for, 0–1. */
function answerCue(kind: QuestionKind, text: string, terms: QuestionTerm[]): number {
  switch (kind) {
    case "who":
      return hasNewName(text, terms) ? 1 : 0;
    case "when":
      return WEEKDAY_OR_MONTH.test(text) ? 1 : 0;
    case "where":
      return PLACE.test(text) ? 1 : 0;
    case "quantity":
      return NUMBER.test(text) ? 1 : 0;
    case "why":
      return CAUSE.test(text) ? 1 : 0;
    case "say":
      return SAY.test(text) ? 1 : 0;
    case "yesno":
      return PLAN.test(text) ? 0.5 : 0;
    default:
      return 0;
  }
}

/** A capitalised word (not sentence-initial) that the question did not already name. */
function hasNewName(text: string, terms: QuestionTerm[]): boolean {
  const named = new Set(terms.map((t) => t.word));
  const toks = tokens(text);
  return toks.some((t, i) => i > 0 && /^\p{Lu}\p{Ll}/u.test(t.raw) && !named.has(t.word) && !STOP_WORDS.has(t.word));
}
