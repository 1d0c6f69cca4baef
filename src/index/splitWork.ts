/**
 * The per-article work a build can hand to a worker thread: sentence spans, each sentence's index terms and tokens.
 * Splitting (sentence-splitter) and term extraction are most of a full build's CPU time; both are pure functions of
 * the article's text.
 */
import { EntityIndex, type EntityIndexJson } from "../entities/EntityIndex.js";
import { splitSentences } from "../text/sentences.js";
import { termsOfTokens, tokens, type Token } from "../text/terms.js";
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

/**
 * A chunk of articles: each one's split, and the entity index of them all. Each body is tokenised once, for the
 * sentences' terms and the entity index alike.
 */
export function splitChunk(articles: { title: string; body: string }[]): { splits: SplitArticle[]; entities: EntityIndexJson } {
  const bodyTokens = articles.map((a) => tokens(a.body));
  return { splits: articles.map((a, i) => splitArticle(a.body, bodyTokens[i])), entities: EntityIndex.build(articles, bodyTokens).toJSON() };
}

/** `toks`, when given, are `tokens(body)`. */
export function splitArticle(body: string, toks: Token[] = tokens(body)): SplitArticle {
  const sentences = splitSentences(body);
  const spans = new Uint32Array(sentences.length * 2);
  const terms: string[] = [];
  const encoded: string[] = [];
  // The sentences' tokens one after another, for the whole-article test (wholeArticle's, without encoding the body
  // again: a tenth of the split thread's work).
  const joined: Token[] = [];
  let t = 0;
  sentences.forEach((s, i) => {
    spans[2 * i] = s.start;
    spans[2 * i + 1] = s.end;
    while (t < toks.length && toks[t]!.end <= s.start) t++;
    let end = t;
    while (end < toks.length && toks[end]!.end <= s.end) end++;
    // The body's tokens inside the sentence are the sentence's own tokens, unless one runs across its start or end
    // (a long run cut between letters): then the sentence is tokenised by itself. One tokenisation serves both the
    // index terms and the stored tokens.
    const crosses = (t < toks.length && toks[t]!.start < s.start) || (end < toks.length && toks[end]!.start < s.end);
    const own = crosses ? tokens(body.slice(s.start, s.end)) : toks.slice(t, end);
    terms.push(termsOfTokens(own).join(" "));
    const e = encodeTokens({ words: own.map((x) => x.word), capitalised: own.map((x) => capitalised(x.raw)) });
    encoded.push(e);
    for (const x of own) joined.push(x);
    t = end;
  });
  return { spans, terms, tokens: encoded, whole: sameTokens(toks, joined) };
}

/**
 * Whether two token lists encode alike (the same words, capitalised alike): what comparing their encodeTokens strings
 * tells, since a token word is never empty and holds neither a space nor "^".
 */
function sameTokens(a: Token[], b: Token[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.word !== b[i]!.word || capitalised(a[i]!.raw) !== capitalised(b[i]!.raw)) return false;
  }
  return true;
}

/**
 * Whether `body`'s tokens are its sentences' (`encoded`, empty ones left out) one after another: then the answer
 * makes the article's bag from the stored tokens. Not so when the splitter leaves words between sentences (a
 * caption) or cuts inside a token ("U." | "S."); checked, not assumed.
 */
export function wholeArticle(body: string, encoded: string[], toks: Token[] = tokens(body)): boolean {
  return encodeTokens({ words: toks.map((t) => t.word), capitalised: toks.map((t) => capitalised(t.raw)) }) === encoded.join(" ");
}
