import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GloveSifEmbeddings } from "../../src/embeddings/GloveSifEmbeddings.js";
import { IndexStore } from "../../src/index/IndexStore.js";
import { reindex } from "../../src/index/reindex.js";
import { tempDirs, writeArticle, type TempDirs } from "../helpers/tempCorpus.js";

/**
 * A re-index killed (SIGKILL) at any moment leaves the previous index loadable: the new build is published only by
 * the rename of CURRENT after every file is on disk.
 */
let dirs: TempDirs;
let embeddings: GloveSifEmbeddings;
let firstBuild: string;

beforeAll(async () => {
  embeddings = await GloveSifEmbeddings.load({ cacheDir: inject("gloveCacheDir") });
  dirs = tempDirs();
  firstBuild = (await reindex({ corpusDir: dirs.corpus, indexDir: dirs.index, embeddings, embedder: embeddings.id })).build;
  // Enough new text that the re-index takes a while (embedding, graph insertion, writing).
  const sentences = [
    "Negotiators met again in Geneva to discuss the security guarantees for Kyiv.",
    "The delegation arrived on Saturday and talks lasted late into the night.",
    "Officials said the sides remained divided over territory in the east.",
    "A senior official said a ceasefire could follow if the framework holds.",
    "Energy infrastructure and prisoner exchanges were also on the agenda.",
  ];
  for (let i = 0; i < 400; i++) {
    const body = Array.from({ length: 40 }, (_, j) => `${sentences[(i + j) % 5]!.replace(".", "")} (report ${i}-${j}).`).join("\n\n");
    writeArticle(dirs.corpus, `bulk_${String(i).padStart(3, "0")}`, body);
  }
});
afterAll(() => dirs?.cleanup());

function startReindex() {
  return spawn(process.execPath, ["--import", "tsx", "scripts/reindex.ts", "--corpus", dirs.corpus, "--index", dirs.index], {
    stdio: ["ignore", "pipe", "pipe"],
  });
}

describe("GIVEN a re-index killed at various moments", () => {
  it("THEN the previous index still loads and answers after every kill, and the next re-index completes", async () => {
    const outcomes: string[] = [];
    // Spread over start-up, reading, embedding, graph insertion and writing (about 7 s in all on a 2-core machine).
    for (const delayMs of [1500, 3000, 4200, 5500, 6500]) {
      const child = startReindex();
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      await new Promise((r) => setTimeout(r, delayMs));
      child.kill("SIGKILL");
      await new Promise((r) => child.on("close", r));
      // Where it was killed (its last progress line): shown if an assertion below fails.
      outcomes.push(stderr.trim().split("\n").pop() ?? "");
      const store = await IndexStore.load(dirs.index, embeddings.id);
      // Either the old build or a complete new one: never a half-written one.
      const expected = store.dir.endsWith(firstBuild) ? 1 : 401;
      expect(store.info().articles, `killed after: ${outcomes.join(" / ")}`).toBe(expected);
      expect(store.lexicalSearch("Yermak resigned", 1)).toHaveLength(1);
    }
    // The killed process's lock is taken over at once (its pid is gone); the next re-index completes.
    const s = await reindex({ corpusDir: dirs.corpus, indexDir: dirs.index, embeddings, embedder: embeddings.id, lockWaitMs: 1_000 });
    expect(s.articles).toBe(401);
    const store = await IndexStore.load(dirs.index, embeddings.id);
    expect(store.info().articles).toBe(401);
  }, 90_000);
});
