import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createEmbeddings } from "../../src/embeddings/createEmbeddings.js";
import { IndexStore } from "../../src/index/IndexStore.js";
import { reindex } from "../../src/index/reindex.js";
import { hybridSearch } from "../../src/retrieval/hybridSearch.js";
import { tempDirs, type TempDirs } from "../helpers/tempCorpus.js";

let dirs: TempDirs;
let store: IndexStore;
let embeddings: Awaited<ReturnType<typeof createEmbeddings>>["embeddings"];

beforeAll(async () => {
  dirs = tempDirs();
  const config = loadConfig({ env: { CORPUS_DIR: dirs.corpus, INDEX_DIR: dirs.index, CACHE_DIR: inject("gloveCacheDir") } });
  const created = await createEmbeddings(config);
  embeddings = created.embeddings;
  await reindex({ corpusDir: dirs.corpus, indexDir: dirs.index, embeddings, embedder: created.id });
  store = await IndexStore.load(dirs.index, created.id);
}, 120_000);
afterAll(() => dirs?.cleanup());

describe("hybridSearch", () => {
  it("GIVEN a store with its graph file's vectors THEN no vector is copied out of the graph, and the cosines are exact", async () => {
    const getPoint = vi.spyOn(store, "vector");
    const found = await hybridSearch(store, embeddings, "Why did Yermak resign?", { k: 10 });
    expect(getPoint).not.toHaveBeenCalled();
    getPoint.mockRestore();
    const q = await embeddings.embedQuery("Why did Yermak resign?");
    const norm = Math.sqrt(q.reduce((s, x) => s + x * x, 0));
    for (const c of found) {
      const v = store.vector(c.sentence.label);
      expect(c.dense).toBe(v.reduce((s, x, i) => s + (q[i]! / norm) * x, 0));
    }
  });

  it("GIVEN a store without them, and two questions with the same candidates THEN each stored vector is read from the index once, and the cosines are exact", async () => {
    const stored = vi.spyOn(store, "storedVector").mockReturnValue(undefined);
    const getPoint = vi.spyOn(store, "vector");
    const first = await hybridSearch(store, embeddings, "Why did Yermak resign?", { k: 10 });
    const reads = getPoint.mock.calls.length;
    expect(reads).toBe(first.length);
    const again = await hybridSearch(store, embeddings, "Why did Yermak resign?", { k: 10 });
    expect(getPoint.mock.calls.length).toBe(reads);
    expect(again.map((c) => [c.sentence.label, c.dense])).toEqual(first.map((c) => [c.sentence.label, c.dense]));
    // The cosine from the cached copy is the one the index's own vector gives.
    const q = await embeddings.embedQuery("Why did Yermak resign?");
    getPoint.mockRestore();
    stored.mockRestore();
    const norm = Math.sqrt(q.reduce((s, x) => s + x * x, 0));
    for (const c of first) {
      const v = store.vector(c.sentence.label);
      expect(c.dense).toBe(v.reduce((s, x, i) => s + (q[i]! / norm) * x, 0));
    }
  });
});
