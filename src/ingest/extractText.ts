/**
 * Plain text (a page copied from a news reader, or a text file) → body.
 *
 * 1. Line ends become `\n`; each line is cleaned (`cleanLine`).
 * 2. Boilerplate lines go (`boilerplate.ts`): noise anywhere, and everything after a stop line such as
 *    "Related Stories" once the story has begun.
 * 3. Lines are grouped into blocks at blank lines. A line starting with a bullet (`•`, `·`, `▪`, `◦`, `‣`, `●`,
 *    `*`, `-`) is a list item; an indented line right after an item continues it.
 * 4. A paragraph whose lines are all short (≤ 100 characters: hard-wrapped text) is joined into one line with
 *    spaces; a paragraph with a long line is taken to be one paragraph per line.
 * 5. Header: a first block made only of short labels (outlet, section: "Axios", "World") is dropped when a
 *    headline follows; a label that appears twice there (logo text + name) is proposed as the `source`.
 *    Headline: a first line that does not end like a sentence (no final `.`), can be a title (`canBeTitle`: not a
 *    banner, byline, prompt or caption) and is followed by more text is taken out of the body and proposed as the
 *    `title`, with the outlet and section lines of its block. When the title is given (`hints.title`), the first
 *    line is dropped only when it IS that title: story text is never lost to a guess.
 * 6. Page furniture (`furniture.ts`) goes before the header is read, so a banner or a byline is never the title;
 *    a dateline is cut off the first story paragraph and returned as `dateline`.
 */
import { blocksToBody, cleanLine, type Block } from "./blocks.js";
import { dropBoilerplate } from "./boilerplate.js";
import type { ExtractHints, Extracted } from "./extract.js";
import { canBeTitle, isFurniture, isTitleAgain, removeFurniture, type FurnitureContext } from "./furniture.js";

const BULLET = /^[ \t]*[•·▪◦‣●*-][ \t]+/;
const INDENTED = /^(?: {2,}|\t)/;
const WRAP_WIDTH = 100;

interface Line {
  raw: string;
  text: string;
}

interface TextBlock {
  kind: Block["kind"];
  lines: string[];
}

export function extractText(raw: string, hints: ExtractHints = {}): Extracted {
  const ctx: FurnitureContext = { ...hints, title: undefined };
  const lines = raw
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l): Line => ({ raw: l, text: cleanLine(l) }));
  // A furniture line becomes a blank line: what stood above and below it are not one paragraph.
  const story = dropBoilerplate(lines, (l) => l.text).map((l) =>
    l.text !== "" && isFurniture(l.text, ctx) ? { raw: "", text: "" } : l,
  );
  const blocks = groupBlocks(story);
  const { title, source, rest } = takeHeader(blocks, hints);
  const known = hints.title ?? title;
  const body = rest
    .map((b) => ({ ...b, lines: b.lines.filter((l) => !isTitleAgain(l, known)) }))
    .filter((b) => b.lines.length > 0);
  const { kept, dateline } = removeFurniture(
    body,
    (b) => b.lines[0]!,
    (b, first) => ({ ...b, lines: first === "" ? b.lines.slice(1) : [first, ...b.lines.slice(1)] }),
    { ...ctx, title: known },
  );
  const meta: Extracted["meta"] = {};
  if (title) meta.title = title;
  if (source) meta.source = source;
  if (dateline) meta.dateline = dateline;
  return { format: "text", body: blocksToBody(kept.filter((b) => b.lines.length > 0).flatMap(toBlocks)), meta };
}

function groupBlocks(lines: readonly Line[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  for (const line of lines) {
    if (line.text === "") {
      current = undefined;
    } else if (BULLET.test(line.raw)) {
      current = { kind: "li", lines: [line.raw.replace(BULLET, "").trim()].map(cleanLine) };
      blocks.push(current);
    } else if (current?.kind === "li" && INDENTED.test(line.raw)) {
      current.lines.push(line.text);
    } else if (current?.kind === "p" && !breaksBefore(current.lines[current.lines.length - 1]!, line.text)) {
      current.lines.push(line.text);
    } else {
      current = { kind: "p", lines: [line.text] };
      blocks.push(current);
    }
  }
  return blocks.filter((b) => b.lines.join("") !== "");
}

/**
 * A short line without final punctuation before a longer one is a heading or a dateline, not a hard-wrapped line
 * (wrapped lines are all about as long as the wrap width): the next line starts a new paragraph.
 */
function breaksBefore(prev: string, next: string): boolean {
  return !/[.,;:!?"”’)]$/.test(prev) && prev.length < 0.6 * next.length && /^[\p{Lu}"“\p{N}]/u.test(next);
}

function toBlocks(b: TextBlock): Block[] {
  if (b.kind === "li") return [{ kind: "li", text: b.lines.join(" ") }];
  if (b.lines.some((l) => l.length > WRAP_WIDTH)) return b.lines.map((text) => ({ kind: "p", text }));
  return [{ kind: "p", text: b.lines.join(" ") }];
}

function takeHeader(blocks: TextBlock[], hints: ExtractHints): { title?: string; source?: string; rest: TextBlock[] } {
  let i = 0;
  let source: string | undefined;
  const first = blocks[0];
  if (first?.kind === "p" && first.lines.every(isLabel) && blocks.length > 2 && isHeadline(blocks[1]!.lines[0], hints)) {
    source = first.lines.find((l, j) => first.lines.indexOf(l) !== j);
    i = 1;
  }
  const block = blocks[i];
  if (!block || block.kind !== "p" || blocks.length <= i + 1) return { source, rest: blocks.slice(i) };
  const head = block.lines[0]!;
  if (hints.title !== undefined) {
    // The title is known: the first line goes only when it is that title, never as a guess.
    if (!isTitleAgain(head, hints.title)) return { source, rest: blocks.slice(i) };
  } else if (!isHeadline(head, hints) || (block.lines.length > 1 && !block.lines.slice(1).every(isLabel))) {
    return { source, rest: blocks.slice(i) };
  }
  // The headline's own block may go on with outlet or section labels ("Reuters", "World"): they go with it.
  return { title: head, source, rest: blocks.slice(i + 1) };
}

/** An outlet or section name: a few words, not a sentence. */
function isLabel(line: string): boolean {
  return line.length <= 40 && line.split(" ").length <= 4 && !/[.!?:;,"”]$/.test(line);
}

function isHeadline(line: string | undefined, hints: ExtractHints): boolean {
  if (!line || /[.:;,]$/.test(line)) return false;
  if (hints.source && (line.endsWith(` ${hints.source}`) || line.startsWith(`${hints.source} `))) return false; // "<name> <outlet>"
  return canBeTitle(line, { ...hints, title: undefined });
}
