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
  for (let i = 0; i < 200; i++) {
    const body = Array.from({ length: 30 }, (_, j) => `${sentences[(i + j) % 5]!.replace(".", "")} (report ${i}-${j}).`).join("\n\n");
    writeArticle(dirs.corpus, `bulk_${String(i).padStart(3, "0")}`, body);
  }
});
afterAll(() => dirs?.cleanup());

function startReindex() {
  return spawn(process.execPath, ["--import", "tsx", "scripts/reindex.ts", "--corpus", dirs.corpus, "--index", dirs.index], {
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Starts a re-index and kills it (SIGKILL) as soon as it reports `phase` on stderr; resolves with what it printed. */
async function killDuring(phase: string): Promise<string> {
  const child = startReindex();
  let stderr = "";
  await new Promise<void>((resolve) => {
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      if (stderr.split("\n").some((line) => line.startsWith(phase))) child.kill("SIGKILL");
    });
    child.on("close", () => resolve());
  });
  return stderr;
}

describe("GIVEN a re-index killed at various moments", () => {
  // Each phase the script reports: reading, embedding, BM25, writing the new build, and after publishing it.
  it.each(["read corpus", "embed", "lexical index", "write", "done"])(
    "killed at %j THEN the index loads, whole (old or new), and answers",
    async (phase) => {
      const printed = await killDuring(phase);
      expect(printed).toContain(phase);
      const store = await IndexStore.load(dirs.index, embeddings.id);
      const expected = store.dir.endsWith(firstBuild) ? 1 : 201;
      expect(store.info().articles, `killed after: ${printed.trim().split("\n").pop()}`).toBe(expected);
      expect(store.lexicalSearch("Yermak resigned", 1)).toHaveLength(1);
    },
    60_000,
  );

  it("THEN the next re-index takes over the dead one's lock at once and completes", async () => {
    const s = await reindex({ corpusDir: dirs.corpus, indexDir: dirs.index, embeddings, embedder: embeddings.id, lockWaitMs: 1_000 });
    const store = await IndexStore.load(dirs.index, embeddings.id);
    expect(store.info().articles).toBe(201);
    expect(s.articles).toBe(201);
  }, 60_000);
});
