/**
 * Discord's size limits and the one way we shorten text to fit them: at a sentence boundary, never mid-word.
 */
import { splitSentences } from "../../text/sentences.js";

/** Limits of the Discord API (characters unless stated). Exceeding any of them makes the request fail with 50035. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthor: 256,
  /** Title + description + field names and values + footer + author name, over all embeds of a message. */
  embedTotal: 6000,
  buttonLabel: 80,
  buttonsPerRow: 5,
  customId: 100,
} as const;

export const ELLIPSIS = "…";

/**
 * Measures text as Discord will count it (e.g. after escaping). It must never count fewer characters than the text
 * has (escaping only adds), which lets every cut start from a prefix of at most `max` characters: cutting costs
 * O(max · log max) whatever the length of the text, so a 10 MB quote is as cheap to fit as a short one.
 */
export type Measure = (s: string) => number;

const byLength: Measure = (s) => s.length;
/** Text looked at beyond `max` so the sentence boundary at the cut is seen as in the whole text. */
const LOOKAHEAD = 256;

/**
 * Shortens `text` to at most `max` characters (after `measure`, e.g. escaping), keeping whole sentences and ending
 * with "…". Falls back to a word boundary when even the first sentence is too long, and to a hard cut (never
 * splitting a surrogate pair) when a single word is.
 */
export function cutAtSentence(text: string, max: number, measure: Measure = byLength): string {
  if (fits(text, max, measure)) return text;
  if (max <= ELLIPSIS.length) return "";
  const head = text.slice(0, max + LOOKAHEAD);
  // Sentence ends that could fit in raw characters; the longest whose measured cut fits wins (binary search:
  // a longer prefix never measures shorter).
  const ends = splitSentences(head)
    .map((s) => s.end)
    .filter((end) => end + ELLIPSIS.length <= max);
  const candidate = (i: number) => head.slice(0, ends[i]).trimEnd() + ELLIPSIS;
  const best = lastFitting(ends.length, (i) => measure(candidate(i)) <= max);
  return best >= 0 ? candidate(best) : cutAtWord(text, max, measure);
}

/** Shortens `text` to at most `max` characters at a word boundary, ending with "…". */
export function cutAtWord(text: string, max: number, measure: Measure = byLength): string {
  if (fits(text, max, measure)) return text;
  if (max <= ELLIPSIS.length) return "";
  const head = text.slice(0, max);
  // Cut points: after each word (before a space) in the raw-fitting head; a hard cut when there is no space in the
  // second half of what would fit (one giant word).
  const ends: number[] = [];
  for (let i = 1; i < head.length; i++) if (head[i] === " " && head[i - 1] !== " ") ends.push(i);
  const candidate = (end: number) => safeSlice(head, end).trimEnd() + ELLIPSIS;
  const best = lastFitting(ends.length, (i) => measure(candidate(ends[i]!)) <= max);
  const limit = max - ELLIPSIS.length;
  if (best >= 0 && ends[best]! > limit / 2) return candidate(ends[best]!);
  // No word boundary late enough: cut hard at the longest prefix that fits.
  const hard = lastFitting(limit + 1, (n) => measure(candidate(n)) <= max);
  if (hard > 0) return candidate(hard);
  return best >= 0 ? candidate(ends[best]!) : "";
}

/** Whether `text` fits as is; a text longer than `max` never does (measure never shortens), and is not measured. */
function fits(text: string, max: number, measure: Measure): boolean {
  return text.length <= max && measure(text) <= max;
}

/** The largest i in [0, n) with ok(i), for ok true up to some point and false after; -1 when none. */
function lastFitting(n: number, ok: (i: number) => boolean): number {
  let lo = 0;
  let hi = n - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** `text.slice(0, end)` without leaving half of a surrogate pair at the end. */
function safeSlice(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, end - 1) : text.slice(0, end);
}
