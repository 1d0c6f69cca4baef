/**
 * Sentence splitting with exact character offsets into an article body, so every quote maps back to its place.
 *
 * The body is first cut into blocks (paragraphs, list items, headings) because a sentence never crosses a block
 * and the list marker ("- ", "• ", "1. ") or heading marker is not part of any sentence. Inside a block,
 * `sentence-splitter` (textlint) finds the boundaries; we then undo its splits after abbreviations such as
 * "Ambassador to the U.S. Olha Stefanishyna", where the next word is a name rather than a sentence start.
 */
import { split as splitText } from "sentence-splitter";
import type { SentenceSpan } from "../types.js";

/** Abbreviations after which a capitalised name usually continues the sentence. */
const ABBREVIATIONS = new Set(
  [
    "u.s.", "u.k.", "u.n.", "e.u.", "d.c.", "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "sen.", "rep.", "gov.",
    "lt.", "col.", "sgt.", "capt.", "maj.", "adm.", "cmdr.", "st.", "jr.", "sr.", "no.", "vs.", "v.", "rev.", "hon.",
    "pres.", "sec.", "amb.", "dept.", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
    "inc.", "corp.", "co.", "ltd.", "mt.", "ft.", "approx.", "est.",
  ],
);

/** Words that start a new sentence even after an abbreviation ("…with the U.S. He said…"). */
const SENTENCE_STARTERS = new Set(
  [
    "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "but",
    "and", "or", "so", "yet", "in", "on", "at", "for", "if", "when", "while", "after", "before", "as", "his", "her",
    "its", "their", "our", "my", "what", "why", "how", "who", "where", "then", "still", "meanwhile", "however",
    "also", "both", "all", "some", "many", "most", "one", "no", "not", "to", "with", "by", "from",
  ],
);

const BLOCK_MARKER = /^[ \t]*(?:[-*+•▪◦]|\d{1,3}[.)]|#{1,6})[ \t]+/;

/** Splits `body` into sentences; `body.slice(s.start, s.end)` is each sentence, trimmed, marker-free. */
export function splitSentences(body: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const block of blocks(body)) {
    const text = body.slice(block.start, block.end);
    let pending: SentenceSpan | undefined;
    for (const node of splitText(text)) {
      if (node.type !== "Sentence") continue;
      const span = trimSpan(body, block.start + node.range[0], block.start + node.range[1]);
      if (!span) continue;
      if (pending && continuesAfterAbbreviation(body, pending, span)) {
        pending = { start: pending.start, end: span.end };
        continue;
      }
      if (pending) out.push(pending);
      pending = span;
    }
    if (pending) out.push(pending);
  }
  return out;
}

/** Paragraphs and list items: runs of lines separated by blank lines or starting with a list/heading marker. */
function blocks(body: string): SentenceSpan[] {
  const result: SentenceSpan[] = [];
  let current: SentenceSpan | undefined;
  let offset = 0;
  for (const line of body.split("\n")) {
    const lineStart = offset;
    const lineEnd = offset + line.length;
    offset = lineEnd + 1;
    if (line.trim() === "") {
      if (current) result.push(current);
      current = undefined;
      continue;
    }
    const marker = BLOCK_MARKER.exec(line);
    if (marker) {
      if (current) result.push(current);
      current = { start: lineStart + marker[0].length, end: lineEnd };
      // A heading is a block of its own; a list item may continue on the following lines.
      if (marker[0].trimStart().startsWith("#")) {
        result.push(current);
        current = undefined;
      }
      continue;
    }
    current = current ? { start: current.start, end: lineEnd } : { start: lineStart, end: lineEnd };
  }
  if (current) result.push(current);
  return result;
}

function trimSpan(body: string, start: number, end: number): SentenceSpan | undefined {
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

function continuesAfterAbbreviation(body: string, prev: SentenceSpan, next: SentenceSpan): boolean {
  const lastWord = body.slice(prev.start, prev.end).split(/\s+/).pop()!.toLowerCase();
  if (!ABBREVIATIONS.has(lastWord)) return false;
  const firstWord = /^[\p{L}'’]+/u.exec(body.slice(next.start, next.end))?.[0] ?? "";
  if (firstWord === "") return false;
  return !SENTENCE_STARTERS.has(firstWord.toLowerCase());
}
