/**
 * Checks the quotes a chat model returns against the passages they cite, and maps each one that is verbatim back
 * to exact character offsets in its article body. A verified quote's `text` is the article's own characters
 * (`body.slice(start, end)`), never the model's copy.
 *
 * "Verbatim" allows only differences a model cannot help making when it copies text:
 * - whitespace (runs of spaces, line breaks, no-break spaces count as one space; zero-width characters are ignored);
 * - typographic vs straight double quotes, apostrophes and dashes (“ ” „ → ", ‘ ’ → ', – — − → -), and "…" vs "...";
 * - quotation marks the model wrapped around the whole quote.
 * Anything else (a changed word, different case, a paraphrase) is not verbatim, and the quote is dropped.
 *
 * Ellipses: a quote that joins two spans with "..." (or "…") is not one contiguous span of the article. It is split
 * at the ellipsis and each piece is verified as a quote of its own (pieces too short to stand alone are dropped), so
 * nothing shown to a reader implies words are adjacent when they are not.
 */
import { quoteOf } from "../corpus/quote.js";
import type { Logger } from "../log.js";
import type { ArticleMeta, Passage, Quote } from "../types.js";

/** A quote as the model wrote it: the passage number it cites (1-based, as numbered in the prompt) and its words. */
export interface ModelQuote {
  passage: number;
  text: string;
}

/** Tuning of the verifier. */
export interface VerifyOptions {
  /**
   * Fewest words a quote must have (letters/digits runs). Shorter quotes ("the war") match by accident and say
   * nothing on their own. Sensible range 3–6.
   */
  minWords: number;
  /** Fewest non-space characters a quote must have, for the same reason ("of the U.S." is 3 words). Range 10–30. */
  minChars: number;
}

export const VERIFY_DEFAULTS: VerifyOptions = { minWords: 3, minChars: 15 };

export type RejectReason = "no-such-passage" | "too-short" | "not-verbatim" | "unknown-article" | "duplicate";

export interface RejectedQuote {
  passage: number;
  text: string;
  reason: RejectReason;
}

export interface VerifiedQuote {
  /** The passage number the model cited (1-based). */
  passage: number;
  quote: Quote;
}

export interface VerifyResult {
  /** Verified quotes, in the model's order, without overlaps. */
  verified: VerifiedQuote[];
  rejected: RejectedQuote[];
}

/**
 * Verifies `quotes` against `passages` (numbered from 1 in the order given). Rejections are returned and logged at
 * warn level with the model's text and the passage number; nothing throws.
 */
export function verifyQuotes(
  quotes: readonly ModelQuote[],
  passages: readonly Passage[],
  articles: ReadonlyMap<string, ArticleMeta>,
  options: Partial<VerifyOptions> & { logger?: Logger } = {},
): VerifyResult {
  const opts = { ...VERIFY_DEFAULTS, ...options };
  const verified: VerifiedQuote[] = [];
  const rejected: RejectedQuote[] = [];
  const reject = (q: ModelQuote, reason: RejectReason) => {
    rejected.push({ passage: q.passage, text: q.text, reason });
    const level = reason === "duplicate" ? "debug" : "warn";
    options.logger?.[level](
      { passage: q.passage, text: q.text.slice(0, 300), reason },
      `answer: dropped a quote the model attributed to passage ${q.passage} (${reason})`,
    );
  };

  for (const q of quotes) {
    const passage = Number.isInteger(q.passage) ? passages[q.passage - 1] : undefined;
    if (!passage || q.passage < 1) {
      reject(q, "no-such-passage");
      continue;
    }
    const meta = articles.get(passage.articleId);
    if (!meta) {
      reject(q, "unknown-article");
      continue;
    }
    for (const piece of quotePieces(q.text, passage.text)) {
      const pq = { passage: q.passage, text: piece };
      const span = locateVerbatim(passage.text, piece);
      if (!span) {
        reject(pq, "not-verbatim");
        continue;
      }
      const text = passage.text.slice(span.start, span.end);
      if (!longEnough(text, opts)) {
        reject(pq, "too-short");
        continue;
      }
      const start = passage.start + span.start;
      const end = passage.start + span.end;
      if (verified.some((v) => v.quote.articleId === meta.id && v.quote.start < end && start < v.quote.end)) {
        reject(pq, "duplicate");
        continue;
      }
      verified.push({ passage: q.passage, quote: quoteOf(meta, { text, start, end }) });
    }
  }
  return { verified, rejected };
}

/**
 * Where `needle` occurs verbatim in `haystack` (modulo whitespace, typographic punctuation and wrapping quotation
 * marks), as offsets into `haystack`; undefined when it does not, or when `needle` is empty.
 */
export function locateVerbatim(haystack: string, needle: string): { start: number; end: number } | undefined {
  const h = normalize(haystack);
  const whole = normalize(needle).text;
  // The quote as written first (its quotation marks may be the article's), then without marks at its ends.
  for (const n of [whole, stripWrappingQuotes(whole)]) {
    const at = n === "" ? -1 : h.text.indexOf(n);
    if (at >= 0) return { start: h.map[at]!, end: h.map[at + n.length - 1]! + 1 };
  }
  return undefined;
}

/** The pieces of a quote to verify: the whole quote when it is verbatim as is, else its ellipsis-free pieces. */
function quotePieces(text: string, passageText: string): string[] {
  if (locateVerbatim(passageText, text)) return [text];
  const pieces = normalize(text)
    .text.split(/\.{3,}/)
    .map((p) => stripWrappingQuotes(p))
    .filter((p) => p !== "");
  return pieces.length > 1 ? pieces : [text];
}

function longEnough(text: string, opts: VerifyOptions): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const chars = text.replace(/\s+/g, "").length;
  return words >= opts.minWords && chars >= opts.minChars;
}


const DOUBLE_QUOTES = /[“”„‟«»″〝〞＂]/;
const SINGLE_QUOTES = /[‘’‚‛′＇`´]/;
const DASHES = /[‐‑‒–—―−﹘﹣－]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

/**
 * Canonical form used for matching, with `map[i]` = index in `text` of the character that produced `norm[i]`.
 * Whitespace runs become one space; leading and trailing whitespace are dropped.
 */
export function normalize(text: string): { text: string; map: number[] } {
  let out = "";
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (INVISIBLE.test(c)) continue;
    if (/\s/.test(c)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (out !== "") {
        out += " ";
        map.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    const canon = c === "…" ? "..." : DOUBLE_QUOTES.test(c) ? '"' : SINGLE_QUOTES.test(c) ? "'" : DASHES.test(c) ? "-" : c;
    out += canon;
    for (let k = 0; k < canon.length; k++) map.push(i);
  }
  return { text: out, map };
}

/** Drops quotation marks (and the spaces next to them) at either end: models often wrap a quote in its own marks. */
function stripWrappingQuotes(normalized: string): string {
  return normalized.replace(/^["' ]+/, "").replace(/["' ]+$/, "");
}
