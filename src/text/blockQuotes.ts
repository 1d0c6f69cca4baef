/**
 * Block quotes in stories: a statement, a Telegram post or a decree quoted in full under the line that introduces it
 * ("His statement, which we transcribe in full from the recording, took about twenty seconds:" and then
 * '> "As you know, the negotiations lasted two days. … They were difficult, but businesslike."'). Every sentence of
 * the quote is the words of whom the introducing line names.
 */

import { opensList } from "./lists.js";
import { lineStart } from "./furniture.js";

/** The most sentences of one block quote read back to its introducing line. */
const MAX_QUOTE_SENTENCES = 12;

/** Whether the line at `start` is a Markdown block quote ("> …"). */
function quotedLine(body: string, start: number): boolean {
  let i = start;
  while (body[i] === " " || body[i] === "\t") i++;
  return body[i] === ">";
}

/**
 * The index of the sentence introducing the block quote that sentence `index` is in: the last sentence before the
 * quote, when it ends on a colon. Undefined when the sentence is in no block quote or nothing introduces it.
 */
export function blockQuoteIntro(body: string, sentences: readonly { start: number; end: number; text: string }[], index: number): number | undefined {
  const s = sentences[index];
  if (!s || !quotedLine(body, lineStart(body, s.start))) return undefined;
  for (let i = index - 1; i >= 0 && i >= index - MAX_QUOTE_SENTENCES; i--) {
    if (quotedLine(body, lineStart(body, sentences[i]!.start))) continue;
    return opensList(sentences[i]!.text) ? i : undefined;
  }
  return undefined;
}
