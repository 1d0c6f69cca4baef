/**
 * The corpus file format: one Markdown file per article, YAML front matter between `---` lines, then the body.
 *
 * ```
 * ---
 * title: 'U.S. and Ukraine "made additional progress" on Trump''s peace plan, Rubio says'
 * source: Axios
 * published: 2025-11-30T20:00:00-05:00   (or a date alone, 2025-11-30, when the time is unknown)
 * url: https://…            (optional, http or https)
 * author: Jane Doe          (optional)
 * note: anything            (optional, a maintainer's note)
 * dateline: KYIV (AP)       (optional, cut from the first sentence on import)
 * also_published_by:        (optional, outlets that carried the same story)
 *   - The Example Times
 * other: …                  (other keys are allowed and ignored)
 * ---
 *
 * The body…
 * ```
 *
 * The body is what every quote's offsets point into, so it is defined exactly:
 * - a UTF-8 byte order mark at the start of the file is not part of anything;
 * - the front matter opens with the first line `---` and closes with the next line that is `---` or `...`
 *   (trailing spaces allowed; LF or CRLF line ends);
 * - the body is everything after the closing line, minus the blank lines that lead it and minus all trailing
 *   whitespace (`String.prototype.trimEnd`). Nothing else is changed: not line ends, not inner blank lines, not
 *   indentation of the first text line.
 *
 * The front matter is read with the YAML failsafe schema, so every scalar stays the string the author wrote: a
 * `published` value keeps its offset (no Date conversion), `title: 1984` is the title "1984".
 *
 * Why not gray-matter: it turns `---js` front matter into `eval`, silently takes an unclosed block as all-metadata,
 * converts dates, and caches parsed objects by content (shared mutable results).
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import type { Article, ArticleMeta } from "../types.js";

/** A corpus file that cannot be used, and why. `message` is one line naming the file (and the field). */
export interface CorpusProblem {
  /** Path of the file (as given to `parseArticle`, absolute when it comes from `loadCorpus`). */
  file: string;
  /** The front-matter key at fault; absent for whole-file problems (no front matter, bad YAML, bad encoding). */
  field?: string;
  message: string;
}

export type ParseResult = { ok: true; article: Article } | { ok: false; problem: CorpusProblem };

/** The metadata a file carries (everything of `ArticleMeta` but the id, which is the file name). */
export type ArticleFields = Omit<ArticleMeta, "id">;

export const PUBLISHED_EXPECTED =
  "an ISO 8601 date-time with offset, e.g. 2025-11-30T20:00:00-05:00, or a date alone such as 2025-11-30";

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** True when `value` is a real calendar date-time in ISO 8601 extended form with `Z` or a `±hh:mm` offset. */
export function isIsoDateTimeWithOffset(value: string): boolean {
  const m = ISO_WITH_OFFSET.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second = "0", offH = "0", offM = "0"] = m.slice(1).map((s) => s ?? "0");
  const y = Number(year), mo = Number(month), d = Number(day);
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return (
    mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth &&
    Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 &&
    Number(offH) <= 14 && Number(offM) <= 59
  );
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})(?:Z|[+-](\d{2}):(\d{2}))?$/;

/**
 * The calendar date of a `published` value without a time of day ("2025-12-03", "2025-12-03+02:00"), or
 * undefined. The zone of a date alone changes nothing a reader sees, so the date is what is kept.
 */
export function dateOnly(value: string): string | undefined {
  const m = DATE_ONLY.exec(value.trim());
  if (!m) return undefined;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return undefined;
  if (m[4] !== undefined && (Number(m[4]) > 14 || Number(m[5]) > 59)) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function describePublished(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) {
    return `must be ${PUBLISHED_EXPECTED} (the offset or Z is missing)`;
  }
  return `must be ${PUBLISHED_EXPECTED}`;
}

const text = (field: string) =>
  z.string({ error: `${field} must be text` }).trim();

const optionalText = (field: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), text(field).optional());

/** The front-matter schema. Unknown keys are accepted and dropped. */
export const articleFieldsSchema = z.object({
  title: text("title").min(1, "title must not be empty"),
  source: text("source").min(1, "source (the outlet) must not be empty"),
  published: z
    .string({ error: `published must be ${PUBLISHED_EXPECTED}` })
    .trim()
    .check((ctx) => {
      if (!isIsoDateTimeWithOffset(ctx.value) && dateOnly(ctx.value) === undefined) {
        ctx.issues.push({ code: "custom", message: `published ${describePublished(ctx.value)}`, input: ctx.value });
      }
    }),
  url: optionalText("url").check((ctx) => {
    if (ctx.value !== undefined && !isHttpUrl(ctx.value)) {
      ctx.issues.push({ code: "custom", message: "url must be an http:// or https:// address", input: ctx.value });
    }
  }),
  author: optionalText("author"),
  note: optionalText("note"),
  dateline: optionalText("dateline"),
  also_published_by: z.preprocess(
    (v) => (v === "" || v === null ? undefined : typeof v === "string" ? [v] : v),
    z.array(text("also_published_by").min(1), { error: "also_published_by must be a list of outlet names" }).optional(),
  ),
});

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
  } catch {
    return false;
  }
}

const REQUIRED = ["title", "source", "published"] as const;

/**
 * Validates front-matter data. On failure returns the first faulty field (required fields first, in file order)
 * and a message that starts with the field's name.
 */
export function validateFields(
  data: Record<string, unknown>,
): { ok: true; fields: ArticleFields } | { ok: false; field: string; message: string } {
  for (const key of REQUIRED) {
    const v = data[key];
    if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) {
      const hint = key === "published" ? ` (${PUBLISHED_EXPECTED})` : "";
      return { ok: false, field: key, message: `${key} is missing${hint}` };
    }
  }
  const parsed = articleFieldsSchema.safeParse(data);
  if (parsed.success) return { ok: true, fields: dropUndefined(parsed.data) };
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? "front matter");
  const message = issue.message.startsWith(field) ? issue.message : `${field} ${issue.message}`;
  return { ok: false, field, message };
}

function dropUndefined(f: z.infer<typeof articleFieldsSchema>): ArticleFields {
  const day = isIsoDateTimeWithOffset(f.published) ? undefined : dateOnly(f.published);
  const out: ArticleFields = { title: f.title, source: f.source, published: day ?? f.published };
  if (day !== undefined) out.timeUnknown = true;
  if (f.url !== undefined) out.url = f.url;
  if (f.author !== undefined) out.author = f.author;
  if (f.note !== undefined) out.note = f.note;
  if (f.dateline !== undefined) out.dateline = f.dateline;
  if (f.also_published_by?.length) out.alsoPublishedBy = [...new Set(f.also_published_by)];
  return out;
}

/** Leading blank lines removed, trailing whitespace removed: the one body normalisation (see the file comment). */
export function normalizeBody(raw: string): string {
  return raw.replace(/^(?:[ \t]*\r?\n)+/, "").trimEnd();
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** Splits a file into its raw YAML and its (normalised) body, or says why it cannot. */
export function splitFrontMatter(text: string): { ok: true; yaml: string; body: string } | { ok: false; message: string } {
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const open = OPEN.exec(src);
  if (!open) return { ok: false, message: "no front matter: the file must start with a line `---`" };
  const rest = src.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { ok: false, message: "front matter is not closed: add a line `---` after it" };
  return { ok: true, yaml: rest.slice(0, close.index), body: normalizeBody(rest.slice(close.index + close[0].length)) };
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Parses one corpus file. Never throws: a file that cannot be used is a `problem` whose message names the file and
 * the field, e.g. `corpus: 001_x.md: published must be an ISO 8601 date-time with offset, e.g. …`.
 * Pass the bytes when you have them (`hash` is over the file's bytes, and invalid UTF-8 is reported).
 */
export function parseArticle(file: string, content: string | Uint8Array): ParseResult {
  const name = path.basename(file);
  const fail = (message: string, field?: string): ParseResult => ({
    ok: false,
    problem: { file, ...(field === undefined ? {} : { field }), message: `corpus: ${name}: ${message}` },
  });
  let text: string;
  if (typeof content === "string") {
    text = content;
  } else {
    try {
      text = utf8.decode(content);
    } catch {
      return fail("is not valid UTF-8 text");
    }
  }
  const split = splitFrontMatter(text);
  if (!split.ok) return fail(split.message);
  let data: unknown;
  try {
    data = parseYaml(split.yaml, { schema: "failsafe" });
  } catch (err) {
    const detail = err instanceof YAMLParseError ? yamlErrorLine(err) : String(err);
    return fail(`front matter is not valid YAML: ${detail}`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== "object" || Array.isArray(data)) return fail("front matter must be `key: value` lines");
  const fields = validateFields(data as Record<string, unknown>);
  if (!fields.ok) return fail(fields.message, fields.field);
  if (split.body === "") return fail("body is empty: the article text goes after the closing `---`", "body");
  const id = name.replace(/\.md$/i, "");
  return { ok: true, article: { id, ...fields.fields, body: split.body, hash: sha256(content), file } };
}

function yamlErrorLine(err: YAMLParseError): string {
  const first = err.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  const line = err.linePos?.[0]?.line;
  // +1: the front matter starts on the file's second line.
  return line === undefined ? first : `${first} (line ${line + 1} of the file)`;
}
