/**
 * The ranker's caches (word bags of sentences, their neighbours and whole articles) change how fast an answer
 * comes, never what it says: a bound on the article bags gives the same ranking as keeping them all, and a
 * re-indexed article is answered from its new wording, not from a bag of the build before.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractiveRanker } from "../../src/answer/extractive.js";
import { analyzeQuestion } from "../../src/answer/question.js";
import { GloveWordSimilarity } from "../../src/answer/wordSimilarity.js";
import { loadConfig } from "../../src/config.js";
import { createEmbeddings } from "../../src/embeddings/createEmbeddings.js";
import { loadGloveVectors } from "../../src/embeddings/gloveCache.js";
import { createEngine } from "../../src/engine/createEngine.js";
import { IndexStore } from "../../src/index/IndexStore.js";
import { reindex } from "../../src/index/reindex.js";
import { hybridSearch } from "../../src/retrieval/hybridSearch.js";
import { RETRIEVAL_TUNING } from "../../src/retrieval/tuning.js";
import { writeArticle } from "../helpers/tempCorpus.js";

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "talks-ranker-caches-"));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const QUESTIONS = [
  "Who led the Ukrainian delegation in Berlin?",
  "How long did the first round of talks last?",
  "What did Witkoff say after the meeting?",
  "Where will the next round of talks be held?",
  "Did Putin meet Witkoff?",
  "What is in the 20-point plan?",
];

describe("GIVEN a ranker whose article bags are bounded to about one article", () => {
  it("THEN it ranks every candidate of every question exactly as a ranker keeping every article's bag, cold or warm", async () => {
    const corpus = path.join(root, "news");
    const indexDir = path.join(root, "news-index");
    cpSync(path.resolve("eval/news/dev"), corpus, { recursive: true });
    const config = loadConfig({ env: { CORPUS_DIR: corpus, INDEX_DIR: indexDir } });
    const { embeddings, id } = await createEmbeddings(config);
    await reindex({ corpusDir: corpus, indexDir, embeddings, embedder: id });
    const store = await IndexStore.load(indexDir, id);
    const words = new GloveWordSimilarity(await loadGloveVectors({ cacheDir: config.cacheDir }));
    const kept = new ExtractiveRanker(store, words);
    const bounded = new ExtractiveRanker(store, words, 1);
    // Twice round: the second time the kept ranker answers from its caches (bags, similarities), the bounded one
    // rebuilds its article bags; a warm answer must equal the cold one of the first round.
    const cold = new Map<string, unknown>();
    for (const question of [...QUESTIONS, ...QUESTIONS]) {
      const q = analyzeQuestion(question, store.entities);
      const candidates = await hybridSearch(store, embeddings, question, { k: RETRIEVAL_TUNING.candidates, expand: (found) => kept.anchored(q, found) });
      expect(bounded.anchored(q, candidates.map((c) => c.sentence))).toEqual(kept.anchored(q, candidates.map((c) => c.sentence)));
      const [a, b] = [kept.answer(q, candidates), bounded.answer(q, candidates)];
      const view = (r: typeof a) => r.ranked.map((x) => [x.sentence.label, x.score, x.coverage, x.entitiesPresent, x.furniture, x.speaking]);
      expect(view(b), question).toEqual(view(a));
      expect(b.quotes, question).toEqual(a.quotes);
      if (cold.has(question)) expect([view(a), a.quotes], `${question} (warm)`).toEqual(cold.get(question));
      else cold.set(question, [view(a), a.quotes]);
    }
  }, 120_000);
});

describe("GIVEN an answered question and its article re-indexed with other wording", () => {
  it("THEN the engine answers from the new wording, never from a word bag of the previous build", async () => {
    const corpus = path.join(root, "changing");
    const indexDir = path.join(root, "changing-index");
    const article = (city: string) =>
      writeArticle(corpus, "talks", `The two delegations met in ${city} on Sunday for five hours of talks.\n\nBoth sides called the meeting useful.`, {
        source: "Test Wire",
        title: "Delegations meet",
      });
    cpSync(path.resolve("corpus"), corpus, { recursive: true });
    article("Geneva");
    const engine = await createEngine(loadConfig({ env: { CORPUS_DIR: corpus, INDEX_DIR: indexDir, LLM: "off" } }), { watch: false });
    try {
      const before = await engine.answer("Where did the two delegations meet?");
      expect(before.quotes[0]?.text).toMatch(/met in Geneva/);
      article("Istanbul");
      await engine.reindexFrom(corpus);
      const after = await engine.answer("Where did the two delegations meet?");
      expect(after.found).toBe(true);
      expect(after.quotes[0]?.text).toMatch(/met in Istanbul/);
      expect(after.quotes.some((q) => /met in Geneva/.test(q.text))).toBe(false);
    } finally {
      await engine.close();
    }
  }, 120_000);
});
