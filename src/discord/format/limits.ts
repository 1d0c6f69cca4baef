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
 * Shortens `text` to at most `max` characters (after `measure`, e.g. escaping), keeping whole sentences and ending
 * with "…". Falls back to a word boundary when even the first sentence is too long, and to a hard cut (never
 * splitting a surrogate pair) when a single word is.
 */
export function cutAtSentence(text: string, max: number, measure: (s: string) => number = (s) => s.length): string {
  if (measure(text) <= max) return text;
  if (max <= ELLIPSIS.length) return "";
  const spans = splitSentences(text);
  for (let i = spans.length - 1; i >= 0; i--) {
    const candidate = text.slice(0, spans[i]!.end).trimEnd() + ELLIPSIS;
    if (measure(candidate) <= max) return candidate;
  }
  return cutAtWord(text, max, measure);
}

/** Shortens `text` to at most `max` characters at a word boundary, ending with "…". */
export function cutAtWord(text: string, max: number, measure: (s: string) => number = (s) => s.length): string {
  if (measure(text) <= max) return text;
  if (max <= ELLIPSIS.length) return "";
  // Start from a cut that is certainly short enough in raw characters, then back off to fit after `measure`.
  let end = Math.min(text.length, max - ELLIPSIS.length);
  while (end > 0) {
    const space = text.lastIndexOf(" ", end);
    const cut = space > end / 2 ? space : end;
    const candidate = safeSlice(text, cut).trimEnd() + ELLIPSIS;
    if (measure(candidate) <= max) return candidate;
    end = cut - 1;
  }
  return "";
}

/** `text.slice(0, end)` without leaving half of a surrogate pair at the end. */
function safeSlice(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, end - 1) : text.slice(0, end);
}
