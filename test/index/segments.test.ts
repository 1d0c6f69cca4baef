/**
 * Segments: a re-index writes only the new and changed articles; deletions and older versions are dead by the
 * manifest; BM25 scores with corpus-wide statistics whatever segment holds a sentence; identical sentences share one
 * vector; merges keep labels and drop the dead; an index of the previous format asks for --full.
 */
import { spawn } from "node:child_process";
import { promises as fs, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { GloveSifEmbeddings } from "../../src/embeddings/GloveSifEmbeddings.js";
import { IndexStore } from "../../src/index/IndexStore.js";
import { indexPaths } from "../../src/index/paths.js";
import { reindex } from "../../src/index/reindex.js";
import { INDEX_TUNING } from "../../src/index/tuning.js";
import { PRISONER_BODY, SANCTIONS_BODY, SEED_ID, tempDirs, writeArticle, type TempDirs } from "../helpers/tempCorpus.js";

let embeddings: GloveSifEmbeddings;
let dirs: TempDirs;
beforeAll(async () => {
  embeddings = await GloveSifEmbeddings.load({ cacheDir: inject("gloveCacheDir") });
});
afterEach(() => dirs?.cleanup());

const run = (extra: Partial<Parameters<typeof reindex>[0]> = {}) =>
  reindex({ corpusDir: dirs.corpus, indexDir: dirs.index, embeddings, embedder: embeddings.id, ...extra });
const load = () => IndexStore.load(dirs.index, embeddings.id);
const manifestOf = (build: string) => JSON.parse(readFileSync(path.join(indexPaths(dirs.index).build(build), "manifest.json"), "utf8"));
const articlesOf = (store: IndexStore, hits: { label: number }[]) => hits.map((h) => store.sentence(h.label)?.articleId);

describe("segments", () => {
  it("GIVEN one article added THEN the re-index writes a segment of its sentences only, and the old segment serves the rest", async () => {
    dirs = tempDirs();
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    const first = await run();
    writeArticle(dirs.corpus, "002_sanctions", SANCTIONS_BODY);
    const second = await run();
    const manifest = manifestOf(second.build);
    expect(manifest.segments.map((s: { name: string }) => s.name)).toEqual([first.build, second.build]);
    expect(manifest.segments[1].sentences).toBe(second.embedded);
    expect(readdirSync(indexPaths(dirs.index).build(second.build)).sort()).toEqual(["docstore.json", "entities.json", "lexical.json", "manifest.json", "tokens.json", "vectors.hnsw"]);
    const store = await load();
    expect(store.snapshot().articles.map((a) => a.id).sort()).toEqual([SEED_ID, "001_prisoners", "002_sanctions"]);
    expect(articlesOf(store, store.lexicalSearch("prisoners exchanged", 1))).toEqual(["001_prisoners"]);
    expect(articlesOf(store, store.lexicalSearch("Hungary sanctions", 1))).toEqual(["002_sanctions"]);
  });

  it("GIVEN an article deleted from an old segment THEN its sentences leave both halves, though the segment still holds them", async () => {
    dirs = tempDirs();
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    writeArticle(dirs.corpus, "002_sanctions", SANCTIONS_BODY);
    const first = await run();
    writeArticle(dirs.corpus, "003_new", "Talks resumed in Riyadh on Friday with a focus on energy infrastructure.");
    await run();
    await fs.rm(path.join(dirs.corpus, "002_sanctions.md"));
    const third = await run();
    expect(third.removed).toEqual(["002_sanctions"]);
    expect(manifestOf(third.build).segments[0].name).toBe(first.build);
    const store = await load();
    expect(store.article("002_sanctions")).toBeUndefined();
    expect(articlesOf(store, store.lexicalSearch("Hungary sanctions extension", 10))).not.toContain("002_sanctions");
    const dense = articlesOf(store, store.denseSearch(await embeddings.embedQuery(SANCTIONS_BODY), 50));
    expect(dense).not.toContain("002_sanctions");
    expect(dense.length).toBeGreaterThan(0);
    expect(store.termDocumentCount("hungari")).toBe(0);
  });

  it("GIVEN an article changed twice THEN only its last version is live, and the unchanged ones keep their labels", async () => {
    dirs = tempDirs();
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    await run();
    const before = await load();
    writeArticle(dirs.corpus, "001_prisoners", `${PRISONER_BODY}\n\nA further exchange is planned for January.`);
    expect(await run()).toMatchObject({ changed: ["001_prisoners"] });
    writeArticle(dirs.corpus, "001_prisoners", `${PRISONER_BODY}\n\nThe exchange planned for March was postponed.`);
    const third = await run();
    expect(third).toMatchObject({ changed: ["001_prisoners"], unchanged: 1 });
    expect(manifestOf(third.build).segments).toHaveLength(2); // the middle version's segment held nothing live
    const store = await load();
    const sentences = store.snapshot().sentencesOf("001_prisoners").map((s) => s.text);
    expect(sentences).toContain("The exchange planned for March was postponed.");
    expect(sentences).not.toContain("A further exchange is planned for January.");
    expect(store.lexicalSearch("January", 5)).toEqual([]);
    expect(articlesOf(store, store.lexicalSearch("March postponed", 1))).toEqual(["001_prisoners"]);
    expect(store.snapshot().sentencesOf(SEED_ID).map((s) => s.label)).toEqual(before.snapshot().sentencesOf(SEED_ID).map((s) => s.label));
    // Labels stay unique across segments.
    const labels = store.snapshot().articles.flatMap((a) => store.snapshot().sentencesOf(a.id).map((s) => s.label));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("GIVEN sentences in several segments THEN BM25 scores are those of one index of the same live sentences", async () => {
    dirs = tempDirs();
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    await run();
    writeArticle(dirs.corpus, "002_sanctions", SANCTIONS_BODY);
    writeArticle(dirs.corpus, "001_prisoners", `${PRISONER_BODY}\n\nTalks on sanctions and prisoners continue.`);
    await run();
    const segmented = await load();
    expect(segmented.segments.length).toBe(2);
    await run({ full: true });
    const single = await load();
    expect(single.segments.length).toBe(1);
    const byText = (store: IndexStore, q: string) => store.lexicalSearch(q, 20).map((h) => [store.sentence(h.label)!.text, h.score.toFixed(9)]);
    for (const q of ["sanctions prisoners talks", "Hungary", "exchange of prisoners"]) expect(byText(segmented, q)).toEqual(byText(single, q));
  });

  it("GIVEN identical sentences in several articles THEN one vector stands for them and a search returns every one", async () => {
    dirs = tempDirs();
    const shared = "Negotiators in Geneva agreed on a framework for a ceasefire.";
    writeArticle(dirs.corpus, "001_a", `${shared}\n\nThe first outlet added its own sentence.`);
    writeArticle(dirs.corpus, "002_b", `Another outlet opened differently.\n\n${shared}`);
    await run();
    const store = await load();
    const labels = ["001_a", "002_b"].map((id) => store.snapshot().sentencesOf(id).find((s) => s.text === shared)!.label);
    const query = await embeddings.embedQuery(shared);
    expect(store.densePoints(query, 1)).toHaveLength(1);
    expect(store.denseSearch(query, 1).map((h) => h.label).sort()).toEqual(labels.sort());
    expect(store.vector(labels[0]!)).toEqual(store.vector(labels[1]!));
    expect(store.points().getIdsList()).toHaveLength(store.info().sentences - 1);
  });

  it("GIVEN more segments than the policy allows THEN all but the largest are merged, labels kept; much dead THEN all are merged", async () => {
    dirs = tempDirs();
    writeArticle(dirs.corpus, "000_big", Array.from({ length: 40 }, (_, i) => `Sentence number ${i} of the big article about talks.`).join("\n\n"));
    await run();
    let last;
    for (let i = 1; i <= INDEX_TUNING.maxSegments; i++) {
      writeArticle(dirs.corpus, `00${i}_small`.slice(-9), `Small article ${i} about prisoner exchange number ${i}.`);
      last = await run();
    }
    expect(last!.merged).toBe(true);
    const store = await load();
    expect(store.segments.length).toBe(2);
    expect(store.info().articles).toBe(INDEX_TUNING.maxSegments + 2);
    expect(articlesOf(store, store.lexicalSearch("prisoner exchange number 3", 1))).toEqual(["003_small"]);
    // Old builds no longer used are pruned; the published build's segments are kept.
    const kept = readdirSync(indexPaths(dirs.index).builds);
    for (const s of store.manifest.segments) expect(kept).toContain(s.name);
    // Delete most of the sentences: dead above the threshold → one segment of the live ones.
    await fs.rm(path.join(dirs.corpus, "000_big.md"));
    const after = await run();
    expect(after.merged).toBe(true);
    const merged = await load();
    expect(merged.segments.length).toBe(1);
    expect(merged.manifest.segments[0]!.sentences).toBe(merged.info().sentences);
    expect(merged.snapshot().sentencesOf("003_small").map((s) => s.label)).toEqual(store.snapshot().sentencesOf("003_small").map((s) => s.label));
  });

  it("GIVEN an index of the previous format THEN loading gives the one-line --full hint", async () => {
    dirs = tempDirs();
    const s = await run();
    const file = path.join(indexPaths(dirs.index).build(s.build), "manifest.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"format": 3', '"format": 2'));
    await expect(load()).rejects.toThrow(/^index: format 2 found, this version reads format 3 — run npm run reindex -- --full$/);
    await expect(run()).resolves.toMatchObject({ full: true });
  });
});

describe("GIVEN a merge killed half-way", () => {
  it("THEN the build published before it serves, whole, and the next re-index merges", async () => {
    dirs = tempDirs();
    for (let i = 1; i <= INDEX_TUNING.maxSegments; i++) {
      writeArticle(dirs.corpus, `0${i}_small`, `Small article ${i} about prisoner exchange number ${i}.`);
      await run();
    }
    writeArticle(dirs.corpus, "10_small", "Small article 10 about a ceasefire in the east.");
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/reindex.ts", "--corpus", dirs.corpus, "--index", dirs.index], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    await new Promise<void>((resolve) => {
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        if (stderr.split("\n").some((line) => line.startsWith("merge"))) child.kill("SIGKILL");
      });
      child.on("close", () => resolve());
    });
    expect(stderr).toContain("merge");
    const store = await load();
    expect(store.info().articles).toBe(INDEX_TUNING.maxSegments + 2);
    expect(articlesOf(store, store.lexicalSearch("ceasefire east", 1))).toEqual(["10_small"]);
    const next = await run();
    expect(next.merged || (await load()).segments.length <= INDEX_TUNING.maxSegments).toBe(true);
    expect((await load()).info().articles).toBe(INDEX_TUNING.maxSegments + 2);
  }, 60_000);
});
