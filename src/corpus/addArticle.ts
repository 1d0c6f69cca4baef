/**
 * Imports one raw article (HTML or text) into the corpus: extract, check, complete the metadata, write the file.
 * Refusals are values (`{ ok: false }`) with one line naming the field or the reason; `npm run add-article` is a
 * thin shell around `addArticle`.
 */
import { randomBytes } from "node:crypto";
import { link, open, readdir, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { fsProblem } from "../fsProblem.js";
import { InternalError } from "../errors.js";
import type { Article } from "../types.js";
import { normalizeBody, parseArticle, sha256, validateFields, type ArticleFields } from "./article.js";
import { extract, type InputFormat } from "./extract.js";
import { articleFileName, formatArticle } from "./formatArticle.js";
import { loadCorpus } from "./loadCorpus.js";

export type MetaField = keyof ArticleFields;

/** What `ask` is asked: the field, why (missing or the validation message) and the value found, if any. */
export interface FieldRequest {
  field: MetaField;
  problem: string;
  found?: string;
}

export interface AddArticleOptions {
  /** The raw input: an HTML page or plain text. */
  raw: string;
  /** Skips format detection. */
  format?: InputFormat;
  /** Metadata given by the user (flags): wins over what the input carries. */
  given?: Partial<ArticleFields>;
  corpusDir: string;
  /**
   * Asks a person for a missing or invalid field and resolves to the answer; an empty answer drops an optional
   * field and gives up on a required one. Without `ask`, missing or invalid metadata is refused.
   */
  ask?: (request: FieldRequest) => Promise<string>;
}

export type AddArticleResult =
  | { ok: true; file: string; article: Article }
  | { ok: false; reason: "empty" | "duplicate" | "metadata"; field?: MetaField; message: string };

const MAX_ASKS = 20;

/**
 * Adds an article to `corpusDir`. Refuses an input with no text, a text already in the corpus (same body), and
 * missing or invalid metadata (after asking, when `ask` is given). The file is written atomically under a new
 * name (`articleFileName`) and never replaces an existing one. Throws `UserError` (`corpus.missing`) when the
 * folder does not exist.
 */
export async function addArticle(options: AddArticleOptions): Promise<AddArticleResult> {
  const extracted = extract(options.raw, options.format);
  const body = normalizeBody(extracted.body);
  if (body === "") {
    return { ok: false, reason: "empty", message: "add-article: no article text found in the input" };
  }
  const corpus = await loadCorpus(options.corpusDir);
  const bodyHash = sha256(body);
  const same = corpus.articles.find((a) => sha256(a.body) === bodyHash);
  if (same) {
    return {
      ok: false,
      reason: "duplicate",
      message: `add-article: this text is already in the corpus as ${path.basename(same.file)}`,
    };
  }
  const fields = await completeFields({ ...extracted.meta, ...defined(options.given ?? {}) }, options.ask);
  if (!fields.ok) return fields;

  const dir = path.resolve(options.corpusDir);
  const text = formatArticle(fields.fields, body);
  const { file } = await writeNewFile(dir, (taken) => articleFileName(fields.fields, taken), text);
  const parsed = parseArticle(file, text);
  if (!parsed.ok) throw new InternalError(`add-article: wrote a file that does not parse: ${parsed.problem.message}`);
  return { ok: true, file, article: parsed.article };
}

async function completeFields(
  start: Partial<ArticleFields>,
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
    if (answer === "" && (field === "title" || field === "source" || field === "published")) {
      return { ...refuse, message: `add-article: ${check.message} — pass it as --${field}` };
    }
    fields[field] = answer === "" ? undefined : answer;
  }
}

function defined(given: Partial<ArticleFields>): Partial<ArticleFields> {
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<ArticleFields>;
}

/**
 * Writes `text` to a temporary dotfile (ignored by the loader), flushes it, then links it under the chosen name:
 * `link` fails instead of replacing a file that appeared meanwhile, and then the next free name is chosen.
 */
async function writeNewFile(
  dir: string,
  chooseName: (taken: string[]) => string,
  text: string,
): Promise<{ file: string }> {
  const tmp = path.join(dir, `.add-article-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await open(tmp, "wx");
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (err) {
    // A full disk fails the write after the file exists: it must not stay in the corpus.
    await unlink(tmp).catch(() => undefined);
    throw fsProblem("add-article", err, dir, "nothing was added") ?? err;
  }
  try {
    const taken = await readdir(dir);
    for (let attempt = 0; attempt < 100; attempt++) {
      const file = path.join(dir, chooseName(taken));
      try {
        await link(tmp, file);
        return { file };
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === "EEXIST") {
          taken.push(path.basename(file));
          continue;
        }
        if (code === "EPERM" || code === "ENOTSUP" || code === "EXDEV") {
          // File systems without hard links: rename is still atomic, the name was free a moment ago.
          await rename(tmp, file);
          return { file };
        }
        throw fsProblem("add-article", err, dir, "nothing was added") ?? err;
      }
    }
    throw new InternalError(`add-article: no free file name in ${dir}`);
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}
