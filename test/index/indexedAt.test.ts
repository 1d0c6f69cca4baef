/**
 * Each article's `indexedAt` (when it first entered the index, what /whatsnew lists by) is set by the re-index and
 * survives incremental re-indexes, edits of the article and --full.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, expect, inject, it } from "vitest";
import { GloveSifEmbeddings } from "../../src/embeddings/GloveSifEmbeddings.js";
import { IndexStore } from "../../src/index/IndexStore.js";
import { FILES, type Manifest } from "../../src/index/manifest.js";
import { indexPaths } from "../../src/index/paths.js";
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

it("GIVEN a changed article THEN its first-indexed time comes from the manifest (the old segment's docstore is not parsed)", async () => {
  dirs = tempDirs();
  writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
  const { build } = await run();
  // The manifest is the one place the re-index reads it from: a time only the manifest has must come through.
  const file = path.join(indexPaths(dirs.index).build(build), FILES.manifest);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  expect(manifest.articles["001_prisoners"]!.indexedAt).toBe((await addedAt()).get("001_prisoners"));
  manifest.articles["001_prisoners"]!.indexedAt = "2020-01-02T03:04:05.000Z";
  manifest.articles[SEED_ID]!.indexedAt = null;
  writeFileSync(file, JSON.stringify(manifest));
  writeArticle(dirs.corpus, "001_prisoners", `${PRISONER_BODY}\n\nAn edit.`);
  writeArticle(dirs.corpus, SEED_ID, "The seed article, rewritten by the test.\n\nA second paragraph.");
  const s = await run();
  expect(s.changed.sort()).toEqual([SEED_ID, "001_prisoners"].sort());
  const after = await addedAt();
  expect(after.get("001_prisoners")).toBe("2020-01-02T03:04:05.000Z");
  // null: indexed before the time was recorded — unknown, not "now".
  expect(after.get(SEED_ID)).toBeUndefined();
});
