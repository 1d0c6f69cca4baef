/**
 * Corroboration names other outlets reporting a quote, found by a nearest-sentence search a quote (most of its
 * time). With no other outlet in the corpus there is nothing to find: no search is made, and the answer is the same.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Corroborator, type CorroborationView } from "../../src/answer/corroborate.js";
import { loadConfig } from "../../src/config.js";
import { createEmbeddings } from "../../src/embeddings/createEmbeddings.js";
import { IndexStore } from "../../src/index/IndexStore.js";
import { reindex } from "../../src/index/reindex.js";
import { quoteOf } from "../../src/corpus/quote.js";
import type { Answer } from "../../src/types.js";
import { writeArticle } from "../helpers/tempCorpus.js";

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "talks-corroborate-search-"));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const STRIKE = "A Russian missile strike on Dnipro on Tuesday killed 23 people, regional governor Serhiy Lysak said.";
const RESTATED = "Regional governor Serhiy Lysak said a Russian missile strike on Dnipro on Tuesday killed 23 people.";

/** A store of two articles reporting one strike, by `sources`, and a view of it that counts the searches. */
async function storeOf(name: string, sources: [string, string]): Promise<{ view: CorroborationView; searches: () => number; answer: Answer }> {
  const corpus = path.join(root, name);
  const indexDir = path.join(root, `${name}-index`);
  mkdirSync(corpus);
  writeArticle(corpus, "a1", `${STRIKE}\n\nRescue teams worked through the night.`, { source: sources[0], title: "Strike on Dnipro" });
  writeArticle(corpus, "a2", `${RESTATED}\n\nThe city mourned.`, { source: sources[1], title: "Dnipro mourns" });
  const config = loadConfig({ env: { CORPUS_DIR: corpus, INDEX_DIR: indexDir } });
  const { embeddings, id } = await createEmbeddings(config);
  await reindex({ corpusDir: corpus, indexDir, embeddings, embedder: id });
  const store = await IndexStore.load(indexDir, id);
  let searches = 0;
  const view: CorroborationView = {
    article: (articleId) => store.article(articleId),
    sentencesOf: (articleId) => store.snapshot().sentencesOf(articleId),
    similarSentences: (label, k) => {
      searches++;
      return store.similarSentences(label, k);
    },
    isName: (word) => store.entities.isName(word),
    sources: () => store.snapshot().articles.map((a) => a.source),
  };
  const first = store.snapshot().sentencesOf("a1")[0]!;
  const quote = quoteOf(store.article("a1")!, first);
  return { view, searches: () => searches, answer: { found: true, answer: "", quotes: [quote], mode: "extractive" } };
}

describe("GIVEN a quote and another article restating it", () => {
  it("THEN from another outlet it is found by a search and named as publishing it too (the same words)", async () => {
    const { view, searches, answer } = await storeOf("two-outlets", ["Alpha Wire", "Beta News"]);
    const out = new Corroborator(view).corroborate(answer);
    expect(searches()).toBe(1);
    expect(out.quotes[0]!.alsoPublishedBy).toEqual(["Beta News"]);
  }, 60_000);

  it("THEN from the same outlet (the only one of the corpus) no search is made and the answer is unchanged", async () => {
    const { view, searches, answer } = await storeOf("one-outlet", ["Alpha Wire", "Alpha Wire"]);
    const out = new Corroborator(view).corroborate(answer);
    expect(searches()).toBe(0);
    expect(out).toEqual(answer);
    // Without the list of outlets the search is made, and finds nothing to add either.
    const { sources: _sources, ...unlisted } = view;
    expect(new Corroborator(unlisted).corroborate(answer)).toEqual(answer);
    expect(searches()).toBe(1);
  }, 60_000);
});
