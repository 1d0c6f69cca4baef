/**
 * Temporary corpora and index folders for tests: the real seed article plus small articles written in the corpus
 * format by the real formatter.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatArticle } from "../../src/corpus/formatArticle.js";

export const SEED_ID = "000_6ebb02524a7f715b";

export interface TempDirs {
  root: string;
  corpus: string;
  index: string;
  cleanup: () => void;
}

export function tempDirs(options: { seed?: boolean } = {}): TempDirs {
  const root = mkdtempSync(path.join(tmpdir(), "talks-test-"));
  const corpus = path.join(root, "corpus");
  const index = path.join(root, "index");
  cpSync(path.resolve("corpus"), corpus, { recursive: true, filter: (src) => options.seed !== false || !src.endsWith(".md") });
  return { root, corpus, index, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Writes an article file into `dir` and returns its id. */
export function writeArticle(
  dir: string,
  id: string,
  body: string,
  meta: { title?: string; source?: string; published?: string; url?: string } = {},
): string {
  const text = formatArticle(
    {
      title: meta.title ?? `Test article ${id}`,
      source: meta.source ?? "Test Wire",
      published: meta.published ?? "2025-12-03T10:00:00+02:00",
      ...(meta.url ? { url: meta.url } : {}),
    },
    body,
  );
  writeFileSync(path.join(dir, `${id}.md`), text);
  return id;
}

export const PRISONER_BODY = [
  "Ukraine and Russia exchanged 150 prisoners of war on Wednesday in a swap mediated by the United Arab Emirates, officials in Kyiv said.",
  "",
  "The exchange was the largest since the summer, according to Ukraine's coordination headquarters for prisoners of war.",
].join("\n");

export const SANCTIONS_BODY = [
  "The European Union agreed on Thursday to extend its sanctions on Russian banks for another six months, diplomats in Brussels said.",
  "",
  "Hungary had threatened to block the extension but withdrew its objection late on Wednesday.",
].join("\n");
