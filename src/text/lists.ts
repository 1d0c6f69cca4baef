/**
 * Lists in stories: "According to the text, the plan would:" and then "— limit Ukraine's armed forces to 600,000;".
 * An item seldom repeats what its list is about (the plan, the draft): that is said once, in the line before it.
 */

import { breaksLine } from "./sentences.js";

/** A sentence that is an item of a list: it opens on a dash, a bullet or a number ("— limit…", "• 2026:", "3) …"). */
const LIST_ITEM = /^\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s+\S/;

/** The most sentences after an opening line read as its list. */
const MAX_LIST_ITEMS = 12;

/** A Markdown list marker ("- ", "* ", "1. ") that the sentence splitter left before a sentence, at its line's start. */
const MARKER_BEFORE = /(?:^|\n)[ \t]*(?:[-–—•*·▪►+]|\d{1,2}[.)])[ \t]+$/;

/** Whether the sentence starting at `start` of `body` is an item of a list (its marker in the text or before it). */
export function isListItem(body: string, start: number, text: string): boolean {
  return LIST_ITEM.test(text) || MARKER_BEFORE.test(body.slice(Math.max(0, start - 8), start));
}

/**
 * The indexes of the items after the opening line at `opener` (an item's further sentences, on its line, too), up
 * to MAX_LIST_ITEMS sentences.
 */
export function listItems(body: string, sentences: readonly { start: number; end: number; text: string }[], opener: number): number[] {
  const out: number[] = [];
  for (let i = opener + 1; i <= opener + MAX_LIST_ITEMS && sentences[i]; i++) {
    const s = sentences[i]!;
    const sameLine = i > opener + 1 && !breaksLine(body, sentences[i - 1]!, s);
    if (!sameLine && !isListItem(body, s.start, s.text)) break;
    out.push(i);
  }
  return out;
}

/** A sentence that opens a list: it ends on a colon. */
export function opensList(text: string): boolean {
  // ("**Key statements by Yuri Ushakov:**": the colon inside Markdown's emphasis.) Read from the end by hand: an
  // end-anchored regular expression tries every position of the sentence, and retrieval asks it of a dozen sentences
  // before each candidate.
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (text[i] === "*" || text[i] === "_") {
    const mark = text[i];
    i--;
    if (text[i] === mark) i--;
    while (i >= 0 && /\s/.test(text[i]!)) i--;
  }
  return text[i] === ":";
}

/**
 * The index of the line that opens the list `index` is an item of (the nearest line before it ending on a colon,
 * when the sentence is among its items), or undefined.
 */
export function listOpener(body: string, sentences: readonly { start: number; end: number; text: string }[], index: number): number | undefined {
  if (!sentences[index]) return undefined;
  for (let i = index - 1; i >= 0 && i >= index - MAX_LIST_ITEMS; i--) {
    if (opensList(sentences[i]!.text)) return listItems(body, sentences, i).includes(index) ? i : undefined;
  }
  return undefined;
}
