/**
 * The per-article work a build can hand to a worker thread: sentence spans, each sentence's index terms and tokens.
 * Splitting (sentence-splitter) and term extraction are most of a full build's CPU time; both are pure functions of
 * the article's text.
 */
import { EntityIndex, type EntityIndexJson } from "../entities/EntityIndex.js";
import { splitSentences } from "../text/sentences.js";
import { STOP_WORDS, stem, tokens } from "../text/terms.js";
import { capitalised } from "../entities/keys.js";
import { encodeTokens } from "./sentenceTokens.js";

export interface SplitArticle {
  /** start, end of each sentence. */
  spans: Uint32Array;
  /** Each sentence's index terms, joined by spaces (terms hold no space). */
  terms: string[];
  /** Each sentence's tokens (encodeTokens), stored so that answers need not tokenise (see sentenceTokens.ts). */
  tokens: string[];
  /** The body's tokens are its sentences' tokens one after another (nothing between or across sentences). */
  whole: boolean;
}

/** A chunk of articles: each one's split, and the entity index of them all. */
export function splitChunk(articles: { title: string; body: string }[]): { splits: SplitArticle[]; entities: EntityIndexJson } {
  return { splits: articles.map((a) => splitArticle(a.body)), entities: EntityIndex.build(articles).toJSON() };
}

export function splitArticle(body: string): SplitArticle {
  const sentences = splitSentences(body);
  const spans = new Uint32Array(sentences.length * 2);
  const terms: string[] = [];
  const encoded: string[] = [];
  const nonEmpty: string[] = [];
  sentences.forEach((s, i) => {
    spans[2 * i] = s.start;
    spans[2 * i + 1] = s.end;
    // One tokenisation for both: the index terms are lexicalTerms of the text, the stored tokens its tokens.
    const toks = tokens(body.slice(s.start, s.end));
    terms.push(toks.filter((t) => !STOP_WORDS.has(t.word)).map((t) => stem(t.word)).join(" "));
    const e = encodeTokens({ words: toks.map((t) => t.word), capitalised: toks.map((t) => capitalised(t.raw)) });
    encoded.push(e);
    if (e !== "") nonEmpty.push(e);
  });
  return { spans, terms, tokens: encoded, whole: wholeArticle(body, nonEmpty) };
}

/**
 * Whether `body`'s tokens are its sentences' (`encoded`, empty ones left out) one after another: then the answer
 * makes the article's bag from the stored tokens. Not so when the splitter leaves words between sentences (a
 * caption) or cuts inside a token ("U." | "S."); checked, not assumed.
 */
export function wholeArticle(body: string, encoded: string[]): boolean {
  const toks = tokens(body);
  return encodeTokens({ words: toks.map((t) => t.word), capitalised: toks.map((t) => capitalised(t.raw)) }) === encoded.join(" ");
}
