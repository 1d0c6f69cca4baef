/** The body as a list of blocks (paragraphs and list items) before it is written out as Markdown-ish text. */

export interface Block {
  kind: "p" | "li";
  /** The block's text; a paragraph may keep line breaks of its source, an item never starts with its bullet. */
  text: string;
}

/**
 * Writes blocks as the body: paragraphs separated by a blank line, list items as `- ` lines, consecutive items
 * on consecutive lines, a blank line between a list and a paragraph.
 */
export function blocksToBody(blocks: readonly Block[]): string {
  let out = "";
  let prev: Block["kind"] | undefined;
  for (const b of blocks) {
    const text = b.kind === "li" ? `- ${b.text}` : b.text;
    if (prev !== undefined) out += prev === "li" && b.kind === "li" ? "\n" : "\n\n";
    out += text;
    prev = b.kind;
  }
  return out;
}

/**
 * Cleans one line of text: no-break spaces become spaces, invisible characters (zero-width, soft hyphen, BOM)
 * go, runs of spaces and tabs become one space, ends trimmed. Letters, punctuation and quotes are never changed.
 */
export function cleanLine(line: string): string {
  return line
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[ \t\f\v]+/g, " ")
    .trim();
}
