/**
 * Makes the model's short answer safe to show next to the verified quotes:
 * - A sentence that puts words in quotation marks that are not verbatim in any passage is removed: the answer must
 *   not carry fabricated quotation. If nothing is left, a neutral lead-in replaces it (the quotes speak for
 *   themselves).
 * - Citations `[n]` name passages in the prompt; the reader sees quotes. Each `[n]` is renumbered to the first shown
 *   quote taken from passage n, and dropped when no shown quote comes from it.
 * - Mentions and links are removed (src/text/modelProse.ts).
 * - The answer is capped in length (it is meant to be one or two sentences).
 */
import type { Logger } from "../log.js";
import type { Passage } from "../types.js";
import { stripMentionsAndLinks } from "../text/modelProse.js";
import { locateVerbatim } from "./verifyQuotes.js";

export const NEUTRAL_LEAD_IN = "Here is what the articles say:";
export const NOT_FOUND_TEXT = "The articles I have do not answer this.";
const MAX_ANSWER_CHARS = 600;
/** Only this much of the model's answer is looked at: it is capped to MAX_ANSWER_CHARS anyway. */
const MAX_INPUT_CHARS = 4 * MAX_ANSWER_CHARS;

/** Double-quoted spans (straight, curly, guillemets) and single-quoted spans that are not apostrophes. */
const QUOTED = /"([^"]+)"|“([^”]+)”|«([^»]+)»|(?<![\p{L}\p{N}])['‘]([^'‘’]+)['’](?![\p{L}\p{N}])/gu;

/**
 * Cleans `answer` as described above. `citations` maps a passage number to the 1-based position of the first shown
 * quote from it. `fallback` is used when nothing of the answer is left.
 */
export function cleanAnswerText(
  answer: string,
  passages: readonly Passage[],
  citations: ReadonlyMap<number, number>,
  options: { fallback: string; logger?: Logger },
): string {
  const kept = splitSentences(stripMentionsAndLinks(answer.slice(0, MAX_INPUT_CHARS))).filter((sentence) => {
    const fabricated = quotedSpans(sentence).find((q) => !passages.some((p) => locateVerbatim(p.text, q)));
    if (fabricated === undefined) return true;
    options.logger?.warn({ quoted: fabricated.slice(0, 300) }, "answer: removed a sentence of the model's answer quoting words no passage contains");
    return false;
  });
  const text = cap(renumberCitations(kept.join(" "), citations).replace(/\s+/g, " ").trim());
  return /[\p{L}\p{N}]/u.test(text) ? text : options.fallback;
}

function quotedSpans(sentence: string): string[] {
  return [...sentence.matchAll(QUOTED)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").trim()).filter((s) => s !== "");
}

/** Sentence boundaries good enough for one or two sentences of model prose (not for article text). */
function splitSentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?]["”’)\]]?)\s+(?=["“‘(\[]?[\p{Lu}\p{N}])/u)
    .filter((s) => s.trim() !== "");
}

function renumberCitations(text: string, citations: ReadonlyMap<number, number>): string {
  return text
    .replace(/\s*\[(\d+(?:\s*,\s*\d+)*)\]/g, (_, list: string) => {
      const shown = [...new Set(list.split(",").map((n) => citations.get(Number(n.trim()))))].filter((n) => n !== undefined);
      return shown.length > 0 ? ` [${shown.join(", ")}]` : "";
    })
    .replace(/\s+([.,;:!?])/g, "$1");
}

function cap(text: string): string {
  if (text.length <= MAX_ANSWER_CHARS) return text;
  const head = text.slice(0, MAX_ANSWER_CHARS);
  const stop = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "));
  return stop > MAX_ANSWER_CHARS / 3 ? head.slice(0, stop + 1) : `${head.replace(/\s+\S*$/, "")}…`;
}
