/** Raw input (an HTML page or plain text) → a clean body plus the metadata the input itself carries. */
import type { ArticleFields } from "../corpus/article.js";
import { extractHtml } from "./extractHtml.js";
import { extractText } from "./extractText.js";

export type InputFormat = "html" | "text";

export interface Extracted {
  format: InputFormat;
  /** The story as Markdown-ish text (see `blocksToBody`), ready to be written after the front matter. */
  body: string;
  /** Metadata found in the input, to be offered as defaults: not validated, any of it may be missing or wrong. */
  meta: Partial<Pick<ArticleFields, "title" | "source" | "published" | "url" | "author" | "dateline">>;
}

/** What the caller already knows (flags): the title decides which first line is the headline; see `furniture.ts`. */
export interface ExtractHints {
  title?: string;
  source?: string;
  author?: string;
  /** The address the page came from: relative canonical links resolve against it. */
  baseUrl?: string;
}

/** HTML when the input starts like a document or holds common HTML tags; plain text otherwise. */
export function detectFormat(raw: string): InputFormat {
  const head = raw.trimStart().slice(0, 1000);
  if (/^(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return "html";
  const tags = raw.match(/<\/?(p|div|article|body|head|br|span|a|h[1-6]|li|ul|section|meta)(\s[^>]*)?\/?>/gi);
  return tags && tags.length >= 3 ? "html" : "text";
}

/** Extracts the story from `raw`; `format` overrides detection. */
export function extract(raw: string, format: InputFormat = detectFormat(raw), hints: ExtractHints = {}): Extracted {
  return format === "html" ? extractHtml(raw, hints) : extractText(raw, hints);
}
