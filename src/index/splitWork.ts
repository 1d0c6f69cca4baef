/**
 * The per-article work a build can hand to a worker thread: sentence spans and each sentence's index terms.
 * Splitting (sentence-splitter) and term extraction are most of a full build's CPU time; both are pure functions of
 * the article's text.
 */
import { EntityIndex, type EntityIndexJson } from "../entities/EntityIndex.js";
import { splitSentences } from "../text/sentences.js";
import { lexicalTerms } from "../text/terms.js";

export interface SplitArticle {
  /** start, end of each sentence. */
  spans: Uint32Array;
  /** Each sentence's index terms, joined by spaces (terms hold no space). */
  terms: string[];
}

/** A chunk of articles: each one's split, and the entity index of them all. */
export function splitChunk(articles: { title: string; body: string }[]): { splits: SplitArticle[]; entities: EntityIndexJson } {
  return { splits: articles.map((a) => splitArticle(a.body)), entities: EntityIndex.build(articles).toJSON() };
}

export function splitArticle(body: string): SplitArticle {
  const sentences = splitSentences(body);
  const spans = new Uint32Array(sentences.length * 2);
  const terms: string[] = [];
  sentences.forEach((s, i) => {
    spans[2 * i] = s.start;
    spans[2 * i + 1] = s.end;
    terms.push(lexicalTerms(body.slice(s.start, s.end)).join(" "));
  });
  return { spans, terms };
}
