/**
 * Lists in stories: "According to the text, the plan would:" and then "— limit Ukraine's armed forces to 600,000;".
 * An item seldom repeats what its list is about (the plan, the draft): that is said once, in the line before it.
 */

/** A sentence that is an item of a list: it opens on a dash, a bullet or a number ("— limit…", "• 2026:", "3) …"). */
export const LIST_ITEM = /^\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s+\S/;

/** A Markdown list marker ("- ", "* ", "1. ") that the sentence splitter left before a sentence, at its line's start. */
const MARKER_BEFORE = /(?:^|\n)[ \t]*(?:[-–—•*·▪►+]|\d{1,2}[.)])[ \t]+$/;

/** Whether the sentence starting at `start` of `body` is an item of a list (its marker in the text or before it). */
export function isListItem(body: string, start: number, text: string): boolean {
  return LIST_ITEM.test(text) || MARKER_BEFORE.test(body.slice(Math.max(0, start - 8), start));
}

/** A sentence that opens a list: it ends on a colon. */
export function opensList(text: string): boolean {
  return /:\s*$/.test(text);
}

/** The most items after an opening line read as its list. */
export const MAX_LIST_ITEMS = 12;

/**
 * The index of the line that opens the list `index` is an item of (walking back over the items before it), or
 * undefined when the sentence is no item or its list has no opening line.
 */
export function listOpener(body: string, sentences: readonly { start: number; text: string }[], index: number): number | undefined {
  const item = (i: number) => isListItem(body, sentences[i]!.start, sentences[i]!.text);
  if (!sentences[index] || !item(index)) return undefined;
  for (let i = index - 1; i >= 0 && i >= index - MAX_LIST_ITEMS; i--) {
    if (opensList(sentences[i]!.text)) return i;
    if (!item(i)) return undefined;
  }
  return undefined;
}
