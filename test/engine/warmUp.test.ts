/**
 * A long-running adapter's warm-up (AnswerEngine.warmUp) leaves the date parser ready: V8 compiles a regular
 * expression to machine code on its second run (chrono's patterns: ~0.3 s), and reads two-byte text apart, so a
 * single read of the warm-up question left that cost to the first dated question or candidate sentence.
 */
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { EntityIndex } from "../../src/entities/EntityIndex.js";
import { daysIn } from "../../src/answer/dates.js";
import { loadConfig } from "../../src/config.js";
import { createEngine } from "../../src/engine/createEngine.js";
import { IndexStore } from "../../src/index/IndexStore.js";
import { PRISONER_BODY, SANCTIONS_BODY, tempDirs, writeArticle } from "../helpers/tempCorpus.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const idle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

function msOf(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

describe("the engine's warm-up", () => {
  it("GIVEN a warm-up THEN reading dates in new plain and two-byte sentences costs no compilation (well under 0.1 s each)", async () => {
    const engine = await createEngine(loadConfig({ env: { CORPUS_DIR: dirs.corpus, INDEX_DIR: dirs.index, CACHE_DIR: inject("gloveCacheDir") } }), { watch: false });
    engine.warmUp();
    await idle();
    const plain = msOf(() => daysIn("Why 1831 and in 1834 its vast?", "2025-12-03T10:00:00+02:00"));
    const wide = msOf(() => daysIn("The envoy\u2019s trip was 20 per cent longer than in 1834.", "2025-12-03T10:00:00+02:00"));
    await engine.close();
    // Without the warm-up's second reads these take ~0.3 s and ~0.05 s; with it, under a millisecond.
    expect(plain).toBeLessThan(100);
    expect(wide).toBeLessThan(100);
  }, 60_000);

  it("GIVEN a warm-up THEN the table of names one letter away is built then, not at a question", async () => {
    const prepare = vi.spyOn(EntityIndex.prototype, "prepareLooseSpellings");
    const engine = await createEngine(loadConfig({ env: { CORPUS_DIR: dirs.corpus, INDEX_DIR: dirs.index, CACHE_DIR: inject("gloveCacheDir") } }), { watch: false });
    engine.warmUp();
    await idle();
    await engine.close();
    expect(prepare).toHaveBeenCalledTimes(1);
    prepare.mockRestore();
  }, 60_000);

  it("GIVEN a warm-up THEN every article's word bag is built before it settles, a question then builds none, and a reload warms the new build", async () => {
    const own = tempDirs();
    try {
      writeArticle(own.corpus, "prisoners", PRISONER_BODY, { published: "2025-12-03T10:00:00+02:00" });
      writeArticle(own.corpus, "sanctions", SANCTIONS_BODY, { published: "2025-12-04T10:00:00+02:00" });
      const engine = await createEngine(loadConfig({ env: { CORPUS_DIR: own.corpus, INDEX_DIR: own.index, CACHE_DIR: inject("gloveCacheDir") } }), { watch: false });
      // A bag is built from the article's stored tokens: one read per article built.
      const built = vi.spyOn(IndexStore.prototype, "articleTokens");
      const ids = engine.snapshot().articles.map((a) => a.id);
      expect(ids.length).toBe(3);
      await engine.warmUp();
      expect(built.mock.calls.map(([id]) => id).sort()).toEqual([...ids].sort());
      built.mockClear();
      expect((await engine.answer("How many prisoners were exchanged?")).found).toBe(true);
      expect(built).not.toHaveBeenCalled();

      writeArticle(own.corpus, "talks", "Negotiators from Kyiv and Washington met in Geneva on Sunday to discuss a revised peace plan, officials said.", { published: "2025-12-05T10:00:00+02:00" });
      await engine.reindexFrom(own.corpus);
      await idle();
      expect(new Set(built.mock.calls.map(([id]) => id))).toEqual(new Set([...ids, "talks"]));
      built.mockRestore();
      await engine.close();
    } finally {
      own.cleanup();
    }
  }, 60_000);

  it("GIVEN a warm-up and a close before it ran THEN its promise settles and nothing is built", async () => {
    const engine = await createEngine(loadConfig({ env: { CORPUS_DIR: dirs.corpus, INDEX_DIR: dirs.index, CACHE_DIR: inject("gloveCacheDir") } }), { watch: false });
    const built = vi.spyOn(IndexStore.prototype, "articleTokens");
    const warmed = engine.warmUp();
    await engine.close();
    await expect(warmed).resolves.toBeUndefined();
    await idle();
    expect(built).not.toHaveBeenCalled();
    built.mockRestore();
  }, 60_000);
});
