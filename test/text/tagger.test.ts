/**
 * compromise's tagger is not on the start's path: createEngine resolves without it, it loads as soon as the process
 * is idle, and a question asked before that loads it itself. Checked in require's cache, where it lives.
 */
import { createRequire } from "node:module";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createEngine } from "../../src/engine/createEngine.js";
import { nlp } from "../../src/text/tagger.js";
import { tempDirs } from "../helpers/tempCorpus.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const taggerLoaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => /node_modules\/compromise\//.test(file));

describe("the question tagger", () => {
  it("GIVEN an engine just created THEN the tagger is not loaded yet, and is once the process is idle", async () => {
    const env = { CORPUS_DIR: dirs.corpus, INDEX_DIR: dirs.index, CACHE_DIR: inject("gloveCacheDir") };
    const engine = await createEngine(loadConfig({ env }), { watch: false });
    expect(taggerLoaded()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(taggerLoaded()).toBe(true);
    const answer = await engine.answer("Why did Yermak resign?");
    expect(answer.found).toBe(true);
    await engine.close();
  }, 60_000);

  it("GIVEN a question THEN the tagger finds its nouns (loaded on demand)", () => {
    const terms = nlp("What did the finland's president say about the weather?").json() as { terms: { normal: string; tags: string[] }[] }[];
    const nouns = terms.flatMap((s) => s.terms.filter((t) => t.tags.includes("Noun")).map((t) => t.normal));
    expect(nouns).toEqual(["finland's", "president", "weather"]);
  });
});
