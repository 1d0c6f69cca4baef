/**
 * Each article's `indexedAt` (when it first entered the index, what /whatsnew lists by) is set by the re-index and
 * survives incremental re-indexes, edits of the article and --full.
 */
import { afterEach, beforeAll, expect, inject, it } from "vitest";
import { GloveSifEmbeddings } from "../../src/embeddings/GloveSifEmbeddings.js";
import { IndexStore } from "../../src/index/IndexStore.js";
import { reindex } from "../../src/index/reindex.js";
import { PRISONER_BODY, SANCTIONS_BODY, SEED_ID, tempDirs, writeArticle, type TempDirs } from "../helpers/tempCorpus.js";

let embeddings: GloveSifEmbeddings;
let dirs: TempDirs;
beforeAll(async () => {
  embeddings = await GloveSifEmbeddings.load({ cacheDir: inject("gloveCacheDir") });
});
afterEach(() => dirs?.cleanup());

const run = (full = false) => reindex({ corpusDir: dirs.corpus, indexDir: dirs.index, embeddings, embedder: embeddings.id, full });
const addedAt = async () => new Map((await IndexStore.load(dirs.index, embeddings.id)).snapshot().articles.map((a) => [a.id, a.indexedAt]));

it("GIVEN articles added in two re-indexes THEN each keeps the time it was first indexed, through an edit and --full", async () => {
  dirs = tempDirs();
  writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
  const before = new Date().toISOString();
  await run();
  const first = await addedAt();
  expect(first.get(SEED_ID)! >= before).toBe(true);
  expect(first.get("001_prisoners")).toBe(first.get(SEED_ID));

  await new Promise((r) => setTimeout(r, 20));
  writeArticle(dirs.corpus, "002_sanctions", SANCTIONS_BODY);
  writeArticle(dirs.corpus, "001_prisoners", `${PRISONER_BODY}\n\nAn edit.`);
  await run();
  const second = await addedAt();
  expect(second.get("002_sanctions")! > first.get(SEED_ID)!).toBe(true);
  expect(second.get("001_prisoners")).toBe(first.get("001_prisoners"));
  expect(second.get(SEED_ID)).toBe(first.get(SEED_ID));

  await run(true);
  expect(await addedAt()).toEqual(second);
});
