/**
 * Reads the corpus folder. A bad file never stops the others: it becomes a `CorpusProblem` (the re-index names it,
 * goes on, and exits non-zero at the end).
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { UserError } from "../errors.js";
import type { Article } from "../types.js";
import { parseArticle, sha256, type CorpusProblem, type ParseResult } from "./article.js";

export interface LoadedCorpus {
  /** Newest first (by the instant `published` denotes), then by id. */
  articles: Article[];
  problems: CorpusProblem[];
  /** Lines about articles that are indexed but look wrong (a `published` in the future). */
  warnings: string[];
}

/** A `published` this far past now is a typo (a year, a month), not a clock a little ahead: say so, index it anyway. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** The warning line for an article published in the future, or undefined. */
export function futurePublishedWarning(article: { id: string; published: string }, now = Date.now()): string | undefined {
  if (Date.parse(article.published) <= now + FUTURE_SLACK_MS) return undefined;
  return `corpus: ${article.id}.md: published ${article.published} is in the future — indexed anyway; check the date`;
}

/** True for the files of a corpus folder that hold articles: `*.md`, but not `README.md` nor dotfiles (temp files). */
export function isArticleFileName(name: string): boolean {
  return name.endsWith(".md") && !name.startsWith(".") && name.toLowerCase() !== "readme.md";
}

/**
 * Loads every article of `dir`.
 *
 * A missing folder (or a file where the folder should be) throws a `UserError` (`corpus.missing`): carrying on with
 * an empty corpus would make a re-index drop every article from the index. An existing but empty folder is simply
 * an empty corpus.
 *
 * Two files with the same body are a problem: the one whose id sorts first is kept, the other is left out (an
 * article indexed twice would crowd answers with duplicate quotes).
 */
export async function loadCorpus(dir: string, now = Date.now()): Promise<LoadedCorpus> {
  const root = path.resolve(dir);
  const names = await listArticleFiles(root);
  const results = await Promise.all(names.map((name) => readArticleFile(path.join(root, name))));
  const problems: CorpusProblem[] = [];
  const read: { article: Article; bodyHash: string }[] = [];
  for (const r of results) {
    if (r.ok) read.push({ article: r.article, bodyHash: sha256(r.article.body) });
    else problems.push(r.problem);
  }
  const articles = keepFirstOfEachBody(read, problems);
  problems.sort(byFile);
  const warnings = articles.map((a) => futurePublishedWarning(a, now)).filter((w): w is string => w !== undefined);
  return { articles: sortNewestFirst(articles), problems, warnings };
}

/**
 * The articles (in file order) whose body no earlier one has; each other one becomes a problem naming the file kept.
 * `bodyHash` is `sha256` of the body.
 */
export function keepFirstOfEachBody<T extends { id: string; file: string }>(read: { article: T; bodyHash: string }[], problems: CorpusProblem[]): T[] {
  const byBody = new Map<string, T>();
  const articles: T[] = [];
  for (const { article, bodyHash } of read) {
    const first = byBody.get(bodyHash);
    if (first) {
      problems.push({
        file: article.file,
        field: "body",
        message: `corpus: ${article.id}.md: same text as ${first.id}.md, left out (delete one of them)`,
      });
      continue;
    }
    byBody.set(bodyHash, article);
    articles.push(article);
  }
  return articles;
}

/** Sorted file names of the article files in `dir`; throws `UserError` when `dir` is not a folder. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const root = path.resolve(dir);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new UserError(
      "corpus.missing",
      `corpus: ${root} is not a folder — create it, or point CORPUS_DIR or --corpus at the articles`,
      { dir: root },
    );
  }
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && isArticleFileName(e.name))
    .map((e) => e.name)
    .sort(compareIds);
}

/** Reads and parses one corpus file; an unreadable file is a problem like a malformed one. */
export async function readArticleFile(file: string): Promise<ParseResult> {
  try {
    return parseArticle(file, await readFile(file));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? String(err);
    return { ok: false as const, problem: { file, message: `corpus: ${path.basename(file)}: cannot be read (${reason})` } };
  }
}

/** Newest first; equal instants by id, so the order never depends on the file system. A date alone counts as its UTC midnight. */
export function sortNewestFirst<T extends { id: string; published: string }>(articles: T[]): T[] {
  return [...articles].sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || compareIds(a.id, b.id));
}

/** Problems in the order of their files (the order the files are read in). */
export function byFile(a: CorpusProblem, b: CorpusProblem): number {
  return compareIds(a.file, b.file);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
