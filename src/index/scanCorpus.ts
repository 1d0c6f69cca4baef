/**
 * The corpus as a re-index needs it: every article's id, content hash and date, and in full only the articles it
 * will embed. What a file held is kept in a cache beside the index (statCache.ts, by the file's identity and times),
 * so an unchanged file is not read again: at ×10 reading and parsing 2,330 files was most of a one-article re-index.
 * Problems, warnings and duplicates are those loadCorpus reports.
 */
import path from "node:path";
import { sha256, type CorpusProblem } from "../corpus/article.js";
import { byFile, futurePublishedWarning, keepFirstOfEachBody, listArticleFiles, readArticleFile, sortNewestFirst } from "../corpus/loadCorpus.js";
import type { Article } from "../types.js";
import { StatCache } from "./statCache.js";

/** What a re-index needs of an article it does not embed. */
export interface CorpusEntry {
  id: string;
  /** Content hash of the file (Article.hash). */
  hash: string;
  published: string;
  file: string;
}

/** What the cache keeps of a file that parsed. */
interface Known {
  id: string;
  hash: string;
  bodyHash: string;
  published: string;
}

export interface ScannedCorpus {
  /** Newest first; an article is an `Article` (with its body) when `needed` said so. */
  articles: (CorpusEntry | Article)[];
  problems: CorpusProblem[];
  warnings: string[];
  /** Saves what was learned for the next scan (after the re-index is published); never throws. */
  save: () => Promise<boolean>;
}

/** Scans `dir`; `needed` says which articles must be read in full (those to embed). */
export async function scanCorpus(
  dir: string,
  cacheFile: string,
  needed: (entry: CorpusEntry) => boolean,
  now = Date.now(),
): Promise<ScannedCorpus> {
  const root = path.resolve(dir);
  const [names, cache] = await Promise.all([listArticleFiles(root), StatCache.open(cacheFile, isKnown)]);
  const problems: CorpusProblem[] = [];
  const results = await Promise.all(
    names.map(async (name) => {
      const file = path.join(root, name);
      const seen = await StatCache.observe(file);
      const known = seen && cache.get(file, seen);
      if (known && !needed({ ...known, file })) return { article: { id: known.id, hash: known.hash, published: known.published, file }, bodyHash: known.bodyHash };
      const parsed = await readArticleFile(file);
      if (!parsed.ok) {
        problems.push(parsed.problem);
        return undefined;
      }
      const { article } = parsed;
      const bodyHash = sha256(article.body);
      if (seen) cache.set(file, seen, { id: article.id, hash: article.hash, bodyHash, published: article.published });
      return { article: article as CorpusEntry | Article, bodyHash };
    }),
  );
  const articles = keepFirstOfEachBody(
    results.filter((r) => r !== undefined),
    problems,
  );
  problems.sort(byFile);
  const warnings = articles.map((a) => futurePublishedWarning(a, now)).filter((w): w is string => w !== undefined);
  return { articles: sortNewestFirst(articles), problems, warnings, save: () => cache.save() };
}

/** The article in full: the ones `needed` asked for are. */
export function isFull(a: CorpusEntry | Article): a is Article {
  return "body" in a;
}

function isKnown(v: unknown): v is Known {
  const k = v as Known;
  return (
    typeof v === "object" && v !== null &&
    typeof k.id === "string" && typeof k.hash === "string" && typeof k.bodyHash === "string" && typeof k.published === "string"
  );
}
