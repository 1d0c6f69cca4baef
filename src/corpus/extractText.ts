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
 *    Headline: a first one-line block that does not end like a sentence (no final `.`) and is followed by more
 *    text is taken out of the body and proposed as the `title`.
 */
import { blocksToBody, cleanLine, type Block } from "./blocks.js";
import { dropBoilerplate } from "./boilerplate.js";
import type { Extracted } from "./extract.js";

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

export function extractText(raw: string): Extracted {
  const lines = raw
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l): Line => ({ raw: l, text: cleanLine(l) }));
  const blocks = groupBlocks(dropBoilerplate(lines, (l) => l.text));
  const { title, source, rest } = takeHeader(blocks);
  const meta: Extracted["meta"] = {};
  if (title) meta.title = title;
  if (source) meta.source = source;
  return { format: "text", body: blocksToBody(rest.flatMap(toBlocks)), meta };
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
    } else if (current?.kind === "p") {
      current.lines.push(line.text);
    } else {
      current = { kind: "p", lines: [line.text] };
      blocks.push(current);
    }
  }
  return blocks.filter((b) => b.lines.join("") !== "");
}

function toBlocks(b: TextBlock): Block[] {
  if (b.kind === "li") return [{ kind: "li", text: b.lines.join(" ") }];
  if (b.lines.some((l) => l.length > WRAP_WIDTH)) return b.lines.map((text) => ({ kind: "p", text }));
  return [{ kind: "p", text: b.lines.join(" ") }];
}

function takeHeader(blocks: TextBlock[]): { title?: string; source?: string; rest: TextBlock[] } {
  let i = 0;
  let source: string | undefined;
  const first = blocks[0];
  if (first?.kind === "p" && first.lines.every(isLabel) && isHeadline(blocks[1]) && blocks.length > 2) {
    source = first.lines.find((l, j) => first.lines.indexOf(l) !== j);
    i = 1;
  }
  let title: string | undefined;
  const candidate = blocks[i];
  if (isHeadline(candidate) && blocks.length > i + 1) {
    title = candidate!.lines[0];
    i += 1;
  }
  return { title, source, rest: blocks.slice(i) };
}

/** An outlet or section name: a few words, not a sentence. */
function isLabel(line: string): boolean {
  return line.length <= 40 && line.split(" ").length <= 4 && !/[.!?:;,"”]$/.test(line);
}

function isHeadline(b: TextBlock | undefined): boolean {
  if (!b || b.kind !== "p" || b.lines.length !== 1) return false;
  const line = b.lines[0]!;
  return line.length <= 200 && line.includes(" ") && !/[.:;,]$/.test(line);
}
