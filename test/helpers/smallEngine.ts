/**
 * An answer engine over a few articles of a test's own words, built before the test file's cases and closed after:
 * the set-up every ranking test repeats (a temporary corpus and index, the real engine, offline).
 */
import { afterAll, beforeAll } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createEngine } from "../../src/engine/createEngine.js";
import type { AnswerEngine } from "../../src/engine/AnswerEngine.js";
import { tempDirs, type TempDirs } from "./tempCorpus.js";

/** Registers the engine's set-up and tear-down; the returned function gives the engine inside a case. */
export function useSmallCorpus(write: (corpusDir: string) => void): () => AnswerEngine {
  let dirs: TempDirs | undefined;
  let engine: AnswerEngine | undefined;
  beforeAll(async () => {
    dirs = tempDirs({ seed: false });
    write(dirs.corpus);
    engine = await createEngine(loadConfig({ env: { CORPUS_DIR: dirs.corpus, INDEX_DIR: dirs.index } }), { watch: false });
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
    dirs?.cleanup();
  });
  return () => {
    if (!engine) throw new Error("the engine is built in beforeAll");
    return engine;
  };
}
