/**
 * Imports one raw article (HTML or text) into the corpus: extract, check, complete the metadata, write the file
 * with `corpus/`'s writer. Refusals are values (`{ ok: false }`) with one line naming the field or the reason;
 * `npm run add-article`, `import-feed` and the bot's feed schedule are thin callers.
 */
import path from "node:path";
import type { Article } from "../types.js";
import { normalizeBody, sha256, validateFields, type ArticleFields } from "../corpus/article.js";
import { loadCorpus } from "../corpus/loadCorpus.js";
import { writeArticle } from "../corpus/writeArticle.js";
import { looksBinary } from "./binary.js";
import { extract, type InputFormat } from "./extract.js";
import { findNearDuplicate } from "./nearDuplicate.js";
import { sameUrl } from "./urls.js";

/** The fields a person can be asked for (the derived `timeUnknown` and the recorded `alsoPublishedBy` are not). */
export type MetaField = "title" | "source" | "published" | "url" | "author" | "note";

/** What `ask` is asked: the field, why (missing or the validation message) and the value found, if any. */
export interface FieldRequest {
  field: MetaField;
  problem: string;
  found?: string;
}

export type GivenFields = Partial<Record<MetaField, string>>;

export interface AddArticleOptions {
  /** The raw input: an HTML page or plain text. */
  raw: string;
  /** Skips format detection. */
  format?: InputFormat;
  /** Metadata given by the user (flags): wins over what the input carries. */
  given?: GivenFields;
  /** Metadata to use when the input carries none (e.g. a feed entry's title and date). */
  defaults?: GivenFields;
  corpusDir: string;
  /**
   * Asks a person for a missing or invalid field and resolves to the answer; an empty answer drops an optional
   * field and gives up on a required one. Without `ask`, missing or invalid metadata is refused.
   */
  ask?: (request: FieldRequest) => Promise<string>;
  /** Replace the article that has the same canonical URL instead of refusing. */
  replace?: boolean;
  /** The address the page was fetched from: stored as `url` when the page names no canonical one. */
  fetchedFrom?: string;
}

export type AddArticleResult =
  | {
      ok: true;
      file: string;
      article: Article;
      /** "added" a new file, "replaced" the one with the same URL, or recorded the outlet on a "syndicated" copy. */
      outcome: "added" | "replaced" | "syndicated";
    }
  | { ok: false; reason: "empty" | "binary" | "duplicate" | "metadata"; field?: MetaField; message: string; file?: string };

const MAX_ASKS = 20;
const REQUIRED: readonly MetaField[] = ["title", "source", "published"];

/**
 * Adds an article to `corpusDir`. Refuses binary input, an input with no text, a URL already in the corpus (unless
 * `replace`), a text already in the corpus from the same outlet, and missing or invalid metadata (after asking,
 * when `ask` is given). The same story from another outlet (near-identical text) is not stored twice: the outlet
 * is added to the stored copy's `also_published_by`. Throws `UserError` (`corpus.missing`) when the folder does
 * not exist.
 */
export async function addArticle(options: AddArticleOptions): Promise<AddArticleResult> {
  if (looksBinary(options.raw)) {
    return { ok: false, reason: "binary", message: "add-article: the input is not text or HTML (binary data) — give an article page or a text file" };
  }
  const given = defined(options.given ?? {});
  const extracted = extract(options.raw, options.format, {
    title: given.title,
    source: given.source,
    author: given.author,
    ...(options.fetchedFrom ? { baseUrl: options.fetchedFrom } : {}),
  });
  const body = normalizeBody(extracted.body);
  if (body === "") {
    return { ok: false, reason: "empty", message: "add-article: no article text found in the input" };
  }
  const found: Record<string, string | undefined> = { ...extracted.meta };
  if (!found.url && options.fetchedFrom) found.url = options.fetchedFrom;
  const start = { ...defined(options.defaults ?? {}), ...found, ...given };

  const corpus = await loadCorpus(options.corpusDir);
  const sameLink = start.url ? corpus.articles.find((a) => a.url && sameUrl(a.url, start.url!)) : undefined;
  if (sameLink && !options.replace) {
    return {
      ok: false,
      reason: "duplicate",
      file: sameLink.file,
      message: `add-article: ${start.url} is already in the corpus as ${path.basename(sameLink.file)} — pass --replace to replace it`,
    };
  }
  const others = corpus.articles.filter((a) => a !== sameLink);
  const fields = await completeFields(start, options.ask);
  if (!fields.ok) return fields;

  const bodyHash = sha256(body);
  const copy = others.find((a) => sha256(a.body) === bodyHash) ?? findNearDuplicate(body, others)?.match;
  if (copy) return recordSyndication(copy, fields.fields, options.corpusDir);

  const written = await writeArticle(options.corpusDir, fields.fields, body, sameLink ? { replace: sameLink.file } : {});
  return { ok: true, ...written, outcome: sameLink ? "replaced" : "added" };
}

/** The stored copy gains the new outlet in `also_published_by`; a copy from the same outlet is a duplicate. */
async function recordSyndication(copy: Article, fields: ArticleFields, corpusDir: string): Promise<AddArticleResult> {
  const outlets = [copy.source, ...(copy.alsoPublishedBy ?? [])];
  if (outlets.some((o) => o.toLowerCase() === fields.source.toLowerCase())) {
    return {
      ok: false,
      reason: "duplicate",
      file: copy.file,
      message: `add-article: this text is already in the corpus as ${path.basename(copy.file)}`,
    };
  }
  const { id: _id, body, hash: _hash, file, ...meta } = copy;
  const updated: ArticleFields = { ...meta, alsoPublishedBy: [...(copy.alsoPublishedBy ?? []), fields.source] };
  const written = await writeArticle(corpusDir, updated, body, { replace: file });
  return { ok: true, ...written, outcome: "syndicated" };
}

async function completeFields(
  start: Record<string, string | undefined>,
  ask: AddArticleOptions["ask"],
): Promise<{ ok: true; fields: ArticleFields } | Extract<AddArticleResult, { ok: false }>> {
  const fields: Record<string, string | undefined> = { ...start };
  for (let asked = 0; ; asked++) {
    const check = validateFields(fields);
    if (check.ok) return check;
    const field = check.field as MetaField;
    const refuse = { ok: false as const, reason: "metadata" as const, field };
    if (!ask || asked >= MAX_ASKS) {
      return { ...refuse, message: `add-article: ${check.message} — pass it as --${field}` };
    }
    const found = fields[field];
    const answer = (await ask({ field, problem: check.message, ...(found ? { found } : {}) })).trim();
    if (answer === "" && REQUIRED.includes(field)) {
      return { ...refuse, message: `add-article: ${check.message} — pass it as --${field}` };
    }
    fields[field] = answer === "" ? undefined : answer;
  }
}

function defined(given: GivenFields): GivenFields {
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as GivenFields;
}
