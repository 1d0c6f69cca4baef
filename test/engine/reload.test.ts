import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createEmbeddings } from "../../src/embeddings/createEmbeddings.js";
import { createEngine } from "../../src/engine/createEngine.js";
import type { AnswerEngine } from "../../src/engine/AnswerEngine.js";
import { reindex } from "../../src/index/reindex.js";
import { PRISONER_BODY, tempDirs, writeArticle, type TempDirs } from "../helpers/tempCorpus.js";

let dirs: TempDirs;
let engine: AnswerEngine;
let config: ReturnType<typeof loadConfig>;

beforeAll(async () => {
  dirs = tempDirs();
  config = loadConfig({ env: { CORPUS_DIR: dirs.corpus, INDEX_DIR: dirs.index } });
  engine = await createEngine(config, { watch: false });
  engine.watch(50);
});
afterAll(async () => {
  await engine?.close();
  dirs?.cleanup();
});

describe("GIVEN a running engine and a re-index that publishes a new build", () => {
  it("THEN questions keep being answered during the swap and the new article is answered after it", async () => {
    expect(engine.info().articles).toBe(1);
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    const { embeddings, id } = await createEmbeddings(config);
    let stop = false;
    const answers: boolean[] = [];
    const asking = (async () => {
      while (!stop) {
        answers.push((await engine.answer("Why did Yermak resign?")).found);
        await new Promise((r) => setImmediate(r)); // let the re-index and the file watcher run
      }
    })();
    await reindex({ corpusDir: dirs.corpus, indexDir: dirs.index, embeddings, embedder: id });
    const deadline = Date.now() + 5_000;
    while (engine.info().articles !== 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    stop = true;
    await asking;
    expect(engine.info().articles).toBe(2);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every(Boolean)).toBe(true);
    const a = await engine.answer("How many prisoners were exchanged?");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(/150 prisoners/);
  });

  it("THEN a damaged new build is not swapped in and the engine keeps answering from the old one", async () => {
    const before = engine.info().builtAt;
    const { promises: fs } = await import("node:fs");
    const path = await import("node:path");
    // Point CURRENT at a build that has no manifest (as a crashed writer would leave it, were it ever published).
    await fs.mkdir(path.join(dirs.index, "builds", "broken"), { recursive: true });
    await fs.writeFile(path.join(dirs.index, "CURRENT"), "broken\n");
    await engine.reload();
    expect(engine.info().builtAt).toBe(before);
    expect((await engine.answer("Why did Yermak resign?")).found).toBe(true);
  });
});
