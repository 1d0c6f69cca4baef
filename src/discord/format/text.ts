/**
 * Small text helpers for Discord markdown: escaping article text, links only from article metadata, dates.
 */
/** Characters that start or end inline markdown anywhere in a line (and `[`/`]`, which make masked links). */
const INLINE_MARKDOWN = /[\\*_~`|[\]]/g;
/** Markdown that only counts at the start of a line: headings, subtext, lists, numbered lists, block quotes. */
const LINE_START_MARKDOWN = /^([ \t]*)(#|-#|[-+](?=[ \t])|\d+\.|>)/gm;

/**
 * Makes article (or engine) text safe to show as Discord markdown: it renders exactly as written (every markdown
 * character escaped with a backslash, which Discord shows as the character itself), and a URL inside it is not
 * turned into a link (an invisible word joiner after the scheme): links come only from an article's `url` metadata.
 *
 * Linear in the text's length on purpose: discord.js's `escapeMarkdown` uses look-behinds that rescan the text
 * before every position (quadratic: 40,000 characters took 2.5 s and blocked the bot).
 */
export function escapeText(text: string): string {
  return text
    .replace(INLINE_MARKDOWN, "\\$&")
    .replace(LINE_START_MARKDOWN, (_, indent: string, mark: string) =>
      /^\d/.test(mark) ? `${indent}${mark.slice(0, -1)}\\.` : `${indent}\\${mark}`,
    )
    .replace(/\b(https?):\/\//gi, "$1:\u2060//");
}

/** Folds line breaks so a quote stays one block quote line and a title stays one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/**
 * The article's link if it is a plain http(s) URL, normalised so it can sit inside `<…>` or `(…)`; otherwise
 * undefined. Links are only ever taken from article metadata, never from article or question text.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  if (parsed.username || parsed.password) return undefined;
  // URL serialisation percent-encodes spaces and `<>`; parentheses would end a masked link early.
  const href = parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29");
  return href.length <= 512 ? href : undefined;
}

/** The publication date as the outlet's calendar shows it ("30 Nov 2025"), shared with the terminal. */
export { formatPublished, outletOf } from "../../engine/leadIn.js";
