/**
 * A re-index does not read again what it read from unchanged files (corpus articles, kept segments: see
 * src/index/statCache.ts), and still sees every change: a same-size edit with its mtime set back included.
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, expect, inject, it } from "vitest";
import { GloveSifEmbeddings } from "../../src/embeddings/GloveSifEmbeddings.js";
import { IndexStore } from "../../src/index/IndexStore.js";
import type { Manifest } from "../../src/index/manifest.js";
import { indexPaths } from "../../src/index/paths.js";
import { reindex } from "../../src/index/reindex.js";
import { StatCache } from "../../src/index/statCache.js";
import { PRISONER_BODY, SANCTIONS_BODY, tempDirs, writeArticle, type TempDirs } from "../helpers/tempCorpus.js";

let embeddings: GloveSifEmbeddings;
let dirs: TempDirs;
beforeAll(async () => {
  embeddings = await GloveSifEmbeddings.load({ cacheDir: inject("gloveCacheDir") });
});
afterEach(() => dirs?.cleanup());

const run = (full = false) => reindex({ corpusDir: dirs.corpus, indexDir: dirs.index, embeddings, embedder: embeddings.id, full });
/** Files are trusted from the cache only once they were older than a clock tick when read. */
const settle = () => new Promise((r) => setTimeout(r, 150));

/** Rewrites `file` through `edit`, same size, and sets its times back to the nanosecond (touch -r). */
async function editKeepingTimes(file: string, edit: (text: string) => string): Promise<void> {
  const times = `${file}.times`;
  execFileSync("touch", ["-r", file, times]);
  const text = await fs.readFile(file, "utf8");
  const edited = edit(text);
  expect(edited).not.toBe(text);
  expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
  await fs.writeFile(file, edited);
  execFileSync("touch", ["-r", times, file]);
  await fs.rm(times);
}

it("GIVEN an article edited to the same size with its mtime set back after cached re-indexes THEN the re-index sees the change", async () => {
  dirs = tempDirs();
  writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
  writeArticle(dirs.corpus, "002_sanctions", SANCTIONS_BODY);
  await settle();
  await run();
  expect((await run()).unchanged).toBe(3); // the second re-index takes the articles from the cache
  await editKeepingTimes(path.join(dirs.corpus, "001_prisoners.md"), (t) => t.replace("150 prisoners", "151 prisoners"));
  const s = await run();
  expect(s).toMatchObject({ changed: ["001_prisoners"], added: [], removed: [], unchanged: 2 });
  const store = await IndexStore.load(dirs.index, embeddings.id);
  expect(store.article("001_prisoners")!.body).toContain("151 prisoners");
});

it("GIVEN a kept segment's file damaged (same size, mtime set back) after a re-index trusted its checksum THEN the next re-index finds it and rebuilds", async () => {
  dirs = tempDirs();
  writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
  const first = await run();
  await settle();
  writeArticle(dirs.corpus, "002_sanctions", SANCTIONS_BODY);
  // Checks the first build's files (old enough now) and caches their checksums; then trusts them.
  expect(await run()).toMatchObject({ full: false, added: ["002_sanctions"] });
  writeArticle(dirs.corpus, "003_more", "Talks resumed in Riyadh on Friday with a focus on energy infrastructure.");
  expect(await run()).toMatchObject({ full: false, added: ["003_more"] });
  await editKeepingTimes(path.join(indexPaths(dirs.index).build(first.build), "docstore.json"), (t) => t.replace("Wednesday", "Wednesdax"));
  await expect(IndexStore.load(dirs.index, embeddings.id)).rejects.toMatchObject({ id: "index.corrupt" });
  const again = await run();
  expect(again.full).toBe(true);
  const store = await IndexStore.load(dirs.index, embeddings.id);
  expect(store.article("001_prisoners")!.body).toContain("on Wednesday");
});

it("GIVEN a full build THEN it remembers its segment's checksums, so the next re-index does not read the segment again", async () => {
  dirs = tempDirs();
  writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
  const s = await run(true);
  const manifest = JSON.parse(await fs.readFile(path.join(indexPaths(dirs.index).build(s.build), "manifest.json"), "utf8")) as Manifest;
  const cache = await StatCache.open(indexPaths(dirs.index).checksumCache, (v: unknown): v is string => typeof v === "string");
  const [segment] = manifest.segments;
  for (const file of Object.keys(segment!.files)) {
    const where = path.join(indexPaths(dirs.index).build(segment!.name), file);
    expect(cache.get(where, (await StatCache.observe(where))!), file).toBe(segment!.sha256[file]);
  }
});
