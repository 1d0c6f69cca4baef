/**
 * Sentence splitting with exact character offsets into an article body, so every quote maps back to its place.
 *
 * The body is first cut into blocks (paragraphs, list items, headings) because a sentence never crosses a block
 * and the list marker ("- ", "• ", "1. ") or heading marker is not part of any sentence. Inside a block,
 * `sentence-splitter` (textlint) finds the boundaries; we then undo its splits after abbreviations such as
 * "Ambassador to the U.S. Olha Stefanishyna", where the next word is a name rather than a sentence start.
 */
import { split as splitText } from "sentence-splitter";
import "./abbrMarker.js"; // 5–6× faster splitting, same sentences (see there)
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

/**
 * Longest sentence kept whole, in characters. An article that is one long paragraph without sentence punctuation
 * would otherwise be one "sentence" of a megabyte, and every later step (ranking, the timeline, a quote in Discord)
 * pays for its length. Longer runs are split at clause boundaries, else between words. Sensible range 400–1,000.
 */
export const MAX_SENTENCE_CHARS = 600;
/** A piece split off a long run is at least this long, so a split never leaves a two-word fragment. */
const MIN_PIECE_CHARS = 200;
/** Clause boundaries, strongest first: the cut goes after the mark (which stays with the left piece). */
const CLAUSE_MARKS = [";", ":", ",", "—", "–"];

/**
 * Splits `body` into sentences; `body.slice(s.start, s.end)` is each sentence, trimmed, marker-free, and at most
 * `MAX_SENTENCE_CHARS` long.
 */
export function splitSentences(body: string): SentenceSpan[] {
  return splitUncapped(body).flatMap((span) => capSpan(body, span));
}

/**
 * Splits a span longer than `MAX_SENTENCE_CHARS` into pieces at the last clause boundary (the strongest mark found)
 * of each window, else at the last space, else hard (never inside a surrogate pair). Linear in the span's length.
 */
export function capSpan(body: string, span: SentenceSpan, max = MAX_SENTENCE_CHARS): SentenceSpan[] {
  if (span.end - span.start <= max) return [span];
  const pieces: SentenceSpan[] = [];
  let start = span.start;
  while (span.end - start > max) {
    const cut = clauseCut(body, start, start + max) ?? wordCut(body, start, start + max) ?? hardCut(body, start + max);
    const piece = trimSpan(body, start, cut);
    if (piece) pieces.push(piece);
    start = cut;
  }
  const last = trimSpan(body, start, span.end);
  if (last) pieces.push(last);
  return pieces;
}

/** The end (exclusive) of the last clause mark in (start + MIN_PIECE_CHARS, limit] followed by a space or a dash. */
function clauseCut(body: string, start: number, limit: number): number | undefined {
  for (const mark of CLAUSE_MARKS) {
    for (let i = limit - 1; i >= start + MIN_PIECE_CHARS; i--) {
      if (body[i] !== mark) continue;
      const dash = mark === "—" || mark === "–";
      if (dash || /\s/.test(body[i + 1] ?? " ")) return i + 1;
    }
  }
  return undefined;
}

/** The position of the last space in (start + MIN_PIECE_CHARS, limit]. */
function wordCut(body: string, start: number, limit: number): number | undefined {
  for (let i = limit; i > start + MIN_PIECE_CHARS; i--) if (/\s/.test(body[i]!)) return i;
  return undefined;
}

function hardCut(body: string, at: number): number {
  const code = body.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

function splitUncapped(body: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const block of blocks(body)) {
    const text = body.slice(block.start, block.end);
    let pending: SentenceSpan | undefined;
    const pieces = splitText(text)
      .filter((node) => node.type === "Sentence")
      .flatMap((node) => splitAfterNumbers(body, block.start + node.range[0], block.start + node.range[1]));
    for (const piece of pieces) {
      let span = trimSpan(body, piece.start, piece.end);
      if (!span) continue;
      // "**And the territory?**": the splitter ends the sentence at its question mark and opens the next on the
      // closing stars. They close the sentence before.
      const closing = pending ? CLOSING_EMPHASIS.exec(body.slice(span.start, span.end)) : null;
      if (pending && closing) {
        pending = { start: pending.start, end: span.start + closing[1]!.length };
        span = trimSpan(body, span.start + closing[0].length, span.end);
        if (!span) continue;
      }
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

/**
 * A number ending a sentence, then the next one's capital: "…had been whittled down to 19. The most sensitive issues…"
 * (the splitter reads "19." as an ordinal and runs on). Not a month after it: "on 3. February" is one date.
 */
const NUMBER_ENDS = /(?<=(?:^|[\s(])[$€£]?\d[\d,]*(?:\.\d+)?%?)\.(?=\s+["“‘]?\p{Lu})(?!\s+["“‘]?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/gu;

/** A word and a number, all there is before the number's full stop: "Point 1.", "Step 2.", "No. 3." */
const LABEL_NUMBER = /^\s*\p{Lu}[\p{L}.]*\s+\d{1,3}$/u;

/** The span [start, end) of `body` cut after each number that ends a sentence in it (see NUMBER_ENDS). */
function splitAfterNumbers(body: string, start: number, end: number): SentenceSpan[] {
  const text = body.slice(start, end);
  const out: SentenceSpan[] = [];
  let from = 0;
  for (const m of text.matchAll(NUMBER_ENDS)) {
    // ("Point 1. Ukraine keeps its army": a label's number opens the sentence; so does a heading's, "### 1. The Russian
    // is coming".)
    const before = text.slice(from, m.index);
    if (LABEL_NUMBER.test(before) || !/\p{L}/u.test(before)) continue;
    out.push({ start: start + from, end: start + m.index + 1 });
    from = m.index + 1;
  }
  out.push({ start: start + from, end });
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
    if (BOLD_LINE.test(line)) {
      if (current) result.push(current);
      result.push({ start: lineStart, end: lineEnd });
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

/** Whether a line break stands between two sentences of `body`: the second opens a line (a paragraph, an item). */
export function breaksLine(body: string, before: { end: number }, after: { start: number }): boolean {
  return body.slice(before.end, after.start).includes("\n");
}

/** A numbered heading's opening: "**4.", "__2)". */
const NUMBER_IN_EMPHASIS = /^(?:\*\*|__)\d{1,3}[.)]$/;
/**
 * A line in bold and nothing else ("**4. "Constructive" — Rustem Umerov (Thursday)**"): a heading, which never runs
 * on into the line under it, blank line or not.
 */
const BOLD_LINE = /^[ \t]*(?:\*\*[^*\n]+\*\*|__[^_\n]+__)[ \t]*$/;

/** Markdown emphasis closing at a span's start ("** Yes."), then a space or the span's end. */
const CLOSING_EMPHASIS = /^(\*\*|__|\*|_)(?:\s+|$)/;

/**
 * The version of the splitting rules: stored sentences are offsets into bodies, so an index built by other rules is
 * rebuilt (it is part of the tables' fingerprint, src/entities/tablesFingerprint.ts).
 */
export const SENTENCE_RULES_VERSION = 5;

function trimSpan(body: string, start: number, end: number): SentenceSpan | undefined {
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * What follows a clock time's "a.m." / "p.m." within the sentence ("ended after 2 a.m. Moscow time, Ushakov said"):
 * a time zone, or any lower-case word ("3 p.m. local time"). Any other capital after it starts a sentence ("…at 9 a.m. The talks…").
 */
const TIME_ZONE_AFTER = /^(?:[\p{Lu}][\p{L}'’-]* time\b|(?:GMT|UTC|CET|CEST|EET|EEST|MSK|GST|BST|ET|EST|EDT|CT|CST|PT|PST|PDT)\b)/u;

function continuesAfterAbbreviation(body: string, prev: SentenceSpan, next: SentenceSpan): boolean {
  // "**4. The deadline — Zelensky (Friday)**": a numbered heading's number is no sentence of its own.
  if (NUMBER_IN_EMPHASIS.test(body.slice(prev.start, prev.end))) return true;
  // "…at the VTB Russia Calling! investment forum", "\"Enough!\" he said": after "!" or "?" a lower-case word goes on
  // with the same sentence.
  if (/[!?]["”’']?$/.test(body.slice(prev.start, prev.end)) && /^\p{Ll}/u.test(body[next.start]!)) return true;
  // ("**Gen. Andriy Hnatov**", "(Sen. Jim Risch": the abbreviation behind Markdown's or a bracket's opening marks.)
  const lastWord = body.slice(prev.start, prev.end).split(/\s+/).pop()!.toLowerCase().replace(/^[*_(\[“"‘]+/, "");
  if (lastWord === "a.m." || lastWord === "p.m.") return /^\p{Ll}/u.test(body[next.start]!) || TIME_ZONE_AFTER.test(body.slice(next.start, next.end));
  if (!ABBREVIATIONS.has(lastWord)) return false;
  const firstWord = /^[\p{L}'’]+/u.exec(body.slice(next.start, next.end))?.[0] ?? "";
  // ("**Nov. 27** — Thanksgiving", "No. 5": an abbreviation's number goes on with it.)
  if (firstWord === "") return /^\d/.test(body[next.start]!);
  return !SENTENCE_STARTERS.has(firstWord.toLowerCase());
}
