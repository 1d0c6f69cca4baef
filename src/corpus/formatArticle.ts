/** Writes articles in the corpus file format (see `article.ts`): the inverse of `parseArticle`. */
import { stringify as toYaml } from "yaml";
import { normalizeBody, type ArticleFields } from "./article.js";

/**
 * Serialises metadata and body into a corpus file: `parseArticle(name, formatArticle(meta, body))` gives back the
 * same fields and `normalizeBody(body)`. `extra` keys (e.g. `note`) follow the known ones and cannot replace them.
 *
 * Values are quoted as YAML 1.1 would need (so `2025-11-30T20:00:00-05:00`, `yes` or `null` stay strings even for
 * a YAML 1.1 reader such as gray-matter), and long lines are never folded.
 */
export function formatArticle(meta: ArticleFields, body: string, extra: Record<string, string> = {}): string {
  const ordered: Record<string, string | string[]> = { title: meta.title, source: meta.source, published: meta.published };
  if (meta.url !== undefined) ordered.url = meta.url;
  if (meta.author !== undefined) ordered.author = meta.author;
  if (meta.dateline !== undefined) ordered.dateline = meta.dateline;
  if (meta.alsoPublishedBy?.length) ordered.also_published_by = meta.alsoPublishedBy;
  if (meta.note !== undefined) ordered.note = meta.note;
  const data: Record<string, string> = {};
  for (const [k, v] of Object.entries(extra)) if (!(k in KNOWN) && !(k in ordered)) data[k] = v;
  const yaml = toYaml({ ...ordered, ...data }, { version: "1.1", lineWidth: 0 });
  return `---\n${yaml}---\n\n${normalizeBody(body)}\n`;
}

/** Keys `extra` can never set (the front matter's own fields); `note` and `dateline` it may, when `meta` has none. */
const KNOWN = { title: 1, source: 1, published: 1, url: 1, author: 1, also_published_by: 1 } as const;

/**
 * A file name for a new article: `<published date>_<slug of the title>.md`, e.g.
 * `2025-11-30_us-and-ukraine-made-additional-progress-on-trumps-peace-plan.md`. The date is the calendar date as
 * written in `published` (the author's own offset), so the name depends only on the metadata. When the name is
 * already in `taken` (compared case-insensitively, for case-insensitive file systems) `-2`, `-3`… is appended.
 */
export function articleFileName(meta: Pick<ArticleFields, "title" | "published">, taken: Iterable<string> = []): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = `${meta.published.slice(0, 10)}_${slugify(meta.title)}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.md` : `${base}-${n}.md`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

const MAX_SLUG = 60;

/** Lower-case ASCII letters and digits joined by `-`, at most 60 characters, cut at a word boundary. */
export function slugify(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "") // "Trump's" → trumps, "U.S." → us
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than dropped.
  if (!slug && words[0]) slug = words[0].slice(0, MAX_SLUG);
  return slug || "article";
}
