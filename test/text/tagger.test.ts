/**
 * compromise's tagger is not on the start's path: createEngine resolves without it; a long-running adapter's
 * warm-up loads it once the process is idle (and close cancels a warm-up not yet run); a question asked sooner
 * loads it itself. Checked in require's cache, where it lives.
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
const idle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));
const engine = () => createEngine(loadConfig({ env: { CORPUS_DIR: dirs.corpus, INDEX_DIR: dirs.index, CACHE_DIR: inject("gloveCacheDir") } }), { watch: false });

describe("the question tagger", () => {
  it("GIVEN an engine just created THEN the tagger is not loaded; a warm-up closed before it ran loads nothing", async () => {
    const e = await engine();
    expect(taggerLoaded()).toBe(false);
    e.warmUp();
    await e.close();
    await idle();
    expect(taggerLoaded()).toBe(false);
  }, 60_000);

  it("GIVEN a warm-up THEN the tagger is loaded once the process is idle, and answers follow", async () => {
    const e = await engine();
    e.warmUp();
    expect(taggerLoaded()).toBe(false);
    await idle();
    expect(taggerLoaded()).toBe(true);
    expect((await e.answer("Why did Yermak resign?")).found).toBe(true);
    await e.close();
  }, 60_000);

  it("GIVEN a question THEN the tagger finds its nouns (loaded on demand)", () => {
    const terms = nlp("What did the finland's president say about the weather?").json() as { terms: { normal: string; tags: string[] }[] }[];
    const nouns = terms.flatMap((s) => s.terms.filter((t) => t.tags.includes("Noun")).map((t) => t.normal));
    expect(nouns).toEqual(["finland's", "president", "weather"]);
  });
});
