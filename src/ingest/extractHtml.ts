/**
 * An HTML page → body and metadata, with Mozilla Readability on a linkedom document.
 *
 * The page's own metadata is read first (`pageMeta.ts`: JSON-LD, Open Graph, canonical link, `<time>`); Readability
 * then finds the story (dropping navigation, ads, related links) and fills in what the page did not say.
 * The story's HTML is then written as text: paragraphs and headings as paragraphs, list items as `- ` lines,
 * `<br>` as a line break, no tags, entities decoded; images, captions, scripts and forms are left out; finally
 * the boilerplate lines of `boilerplate.ts` and the page furniture of `furniture.ts` are dropped as in plain text,
 * with every block equal to a headline of the page.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { blocksToBody, cleanLine, type Block } from "./blocks.js";
import { dropBoilerplate } from "./boilerplate.js";
import type { ExtractHints, Extracted } from "./extract.js";
import { canBeTitle, isTitleAgain, removeFurniture, type FurnitureContext } from "./furniture.js";
import { normalizeDateTime, readPageMeta } from "./pageMeta.js";

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

export function extractHtml(html: string, hints: ExtractHints = {}): Extracted {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const doc = document as unknown as Document;
  // Readability mutates the document: everything read from the page itself is read first.
  const page = readPageMeta(doc, hints.baseUrl);
  const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  const root = parsed?.content ?? doc.body;
  const source = page.source ?? clean(parsed?.siteName);
  const author = page.author ?? clean(parsed?.byline)?.replace(/^by\s+/i, "");
  const ctx: FurnitureContext = { author: hints.author ?? author, source: hints.source ?? source, title: undefined };
  // The title is never a banner, a byline or a caption: the first candidate that can be one.
  const title = [...page.titles, clean(parsed?.title)].find((t) => canBeTitle(t, ctx));
  const headlines = [hints.title, title, ...page.titles].filter((t): t is string => t !== undefined);
  const blocks = dropBoilerplate(root ? toBlocks(root) : [], (b) => b.text).filter(
    (b) => !headlines.some((h) => isTitleAgain(b.text, h)),
  );
  const { kept, dateline } = removeFurniture(blocks, (b) => b.text, (b, text) => ({ ...b, text }), { ...ctx, title: hints.title ?? title });

  const meta: Extracted["meta"] = {};
  if (title) meta.title = title;
  if (source) meta.source = source;
  const published = page.published ?? normalizeDateTime(clean(parsed?.publishedTime));
  if (published) meta.published = published;
  if (page.url) meta.url = page.url;
  if (author && author.length <= 120) meta.author = author;
  if (dateline) meta.dateline = dateline;
  return { format: "html", body: blocksToBody(kept.filter((b) => b.text !== "")), meta };
}

function clean(value: string | null | undefined): string | undefined {
  const v = value ? cleanLine(value.replace(/\s+/g, " ")) : "";
  return v === "" ? undefined : v;
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
