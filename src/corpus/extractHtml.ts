/**
 * An HTML page → body and metadata, with Mozilla Readability on a linkedom document.
 *
 * Readability finds the story (dropping navigation, ads, related links) and reads title, byline, site name and
 * publication time (JSON-LD, Open Graph, meta tags). The link comes from `<link rel="canonical">` or `og:url`.
 * The story's HTML is then written as text: paragraphs and headings as paragraphs, list items as `- ` lines,
 * `<br>` as a line break, no tags, entities decoded; images, captions, scripts and forms are left out; finally
 * the boilerplate lines of `boilerplate.ts` are dropped as in plain text.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { blocksToBody, cleanLine, type Block } from "./blocks.js";
import { dropBoilerplate } from "./boilerplate.js";
import type { Extracted } from "./extract.js";

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "MAIN", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TR",
  "UL",
]);
const SKIP_TAGS = new Set([
  "AUDIO", "BUTTON", "CANVAS", "EMBED", "FIGCAPTION", "FORM", "IFRAME", "IMG", "INPUT", "NAV", "NOSCRIPT", "OBJECT",
  "PICTURE", "SCRIPT", "SELECT", "STYLE", "SVG", "TEMPLATE", "TEXTAREA", "VIDEO",
]);
const ELEMENT = 1;
const TEXT = 3;

export function extractHtml(html: string): Extracted {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const doc = document as unknown as Document;
  const url = pageUrl(doc);
  const fallbackTime = doc.querySelector("time[datetime]")?.getAttribute("datetime") ?? undefined;
  // Readability mutates the document: everything read from the page itself is read above.
  const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  const root = parsed?.content ?? doc.body;
  let blocks = dropBoilerplate(root ? toBlocks(root) : [], (b) => b.text);
  const title = clean(parsed?.title);
  if (title && blocks[0]?.text === title) blocks = blocks.slice(1);

  const meta: Extracted["meta"] = {};
  if (title) meta.title = title;
  const source = clean(parsed?.siteName);
  if (source) meta.source = source;
  const published = normalizeDateTime(clean(parsed?.publishedTime) ?? clean(fallbackTime));
  if (published) meta.published = published;
  if (url) meta.url = url;
  const author = clean(parsed?.byline)?.replace(/^by\s+/i, "");
  if (author && author.length <= 120) meta.author = author;
  return { format: "html", body: blocksToBody(blocks), meta };
}

function clean(value: string | null | undefined): string | undefined {
  const v = value ? cleanLine(value.replace(/\s+/g, " ")) : "";
  return v === "" ? undefined : v;
}

function pageUrl(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute("href"),
    doc.querySelector('meta[property="og:url"]')?.getAttribute("content"),
  ];
  for (const c of candidates) {
    const v = c?.trim();
    if (v && /^https?:\/\//i.test(v)) return v;
  }
  return undefined;
}

/** `+0000` offsets get their colon and a space between date and time becomes `T`; anything else is kept as is. */
export function normalizeDateTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return value
    .trim()
    .replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/, "$1T$2")
    .replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
}

/** Walks the story's DOM and collects its paragraphs and list items. */
function toBlocks(root: Node): Block[] {
  const blocks: Block[] = [];
  let buffer = "";
  let kind: Block["kind"] = "p";
  const flush = () => {
    const lines = buffer.split("\n").map(cleanLine).filter(Boolean);
    if (lines.length) blocks.push({ kind, text: lines.join("\n") });
    buffer = "";
  };
  const walk = (node: Node, inItem: boolean) => {
    if (node.nodeType === TEXT) {
      buffer += (node.nodeValue ?? "").replace(/[ \t\n\r\f]+/g, " ");
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === "BR") {
      buffer += "\n";
      return;
    }
    if (tag === "LI") {
      const outer = kind;
      flush();
      kind = "li";
      for (const child of Array.from(node.childNodes)) walk(child, true);
      flush();
      kind = outer;
      return;
    }
    // Inside a list item, nested paragraphs stay part of the item; a nested list starts new items.
    const breaks = BLOCK_TAGS.has(tag) && !(inItem && tag !== "UL" && tag !== "OL");
    if (breaks) flush();
    else if (inItem && BLOCK_TAGS.has(tag)) buffer += " ";
    if (tag === "TD" || tag === "TH") buffer += " ";
    for (const child of Array.from(node.childNodes)) walk(child, inItem);
    if (breaks) flush();
  };
  walk(root, false);
  flush();
  return blocks;
}
