/**
 * The benchmark's corpora, written afresh under the bench folder on every run (the incremental step edits them),
 * and the two edits it times: one article added, one changed.
 */
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArticle } from "../corpus/article.js";
import { formatArticle } from "../corpus/formatArticle.js";
import { isArticleFileName } from "../corpus/loadCorpus.js";
import { seededRandom, shuffled } from "./random.js";
import { loadSpeeches, replicateCorpus, writeSpeechCorpus } from "./sotu.js";

export interface CorpusSpec {
  /** Short name: folder names and JSON keys. */
  name: string;
  /** Column heading of the table. */
  label: string;
  /** Writes the corpus into `dir` (an empty or stale folder). */
  prepare(dir: string): Promise<void>;
}

/** The project's own corpus, copied so the benchmark's edits never touch it. */
export function seedCorpus(sourceDir: string): CorpusSpec {
  return {
    name: "seed",
    label: "seed",
    prepare: async (dir) => {
      await emptyFolder(dir);
      for (const name of (await readdir(sourceDir)).filter(isArticleFileName)) await copyFile(path.join(sourceDir, name), path.join(dir, name));
    },
  };
}

/** All 233 addresses. */
export function speechCorpus(): CorpusSpec {
  return { name: "speeches", label: "speeches", prepare: async (dir) => void (await writeSpeechCorpus(dir)) };
}

/** Every `every`-th address (the quick run's "small slice"). */
export function speechSlice(every: number): CorpusSpec {
  return {
    name: "speech-slice",
    label: `speeches/${every}`,
    prepare: async (dir) => void (await writeSpeechCorpus(dir, loadSpeeches().filter((_, i) => i % every === 0))),
  };
}

/** The addresses `times` times over (see replicateCorpus). */
export function replicatedSpeeches(times: number, seed: number): CorpusSpec {
  return {
    name: `speeches-x${times}`,
    label: `speeches ×${times}`,
    prepare: async (dir) => {
      const source = `${dir}.source`;
      await writeSpeechCorpus(source);
      await replicateCorpus(source, dir, times, seed);
      await rm(source, { recursive: true, force: true });
    },
  };
}

/** The article the edits start from: the median one by size, so the timing is of a typical article. */
export async function medianArticle(dir: string): Promise<string> {
  const names = (await readdir(dir)).filter(isArticleFileName).sort();
  const sized = await Promise.all(names.map(async (name) => ({ name, size: (await stat(path.join(dir, name))).size })));
  sized.sort((a, b) => a.size - b.size || (a.name < b.name ? -1 : 1));
  const median = sized[Math.floor(sized.length / 2)];
  if (!median) throw new Error(`bench: ${dir} has no article`);
  return median.name;
}

/** Adds a new article: the median one's paragraphs, shuffled, under a new id and title. Returns its file name. */
export async function addOneArticle(dir: string, seed: number): Promise<string> {
  const base = await readArticle(dir, await medianArticle(dir));
  const paragraphs = base.body.split(/\n{2,}/);
  const body = paragraphs.length > 1 ? shuffled(paragraphs, seededRandom(seed)).join("\n\n") : `${base.body}\n\nAdded by the benchmark.`;
  const name = "zz-bench-added.md";
  const { title, source, published } = base;
  await writeFile(path.join(dir, name), formatArticle({ title: `${title} (added by the benchmark)`, source, published }, body));
  return name;
}

/** Changes the median article: one paragraph appended. Returns its file name. */
export async function changeOneArticle(dir: string): Promise<string> {
  const name = await medianArticle(dir);
  const file = path.join(dir, name);
  await writeFile(file, `${(await readFile(file, "utf8")).trimEnd()}\n\nThis paragraph was added by the benchmark to change the article.\n`);
  return name;
}

export async function countArticles(dir: string): Promise<number> {
  return (await readdir(dir)).filter(isArticleFileName).length;
}

async function readArticle(dir: string, name: string) {
  const parsed = parseArticle(name, await readFile(path.join(dir, name)));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.article;
}

async function emptyFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
}
