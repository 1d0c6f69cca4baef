/**
 * Builds the engine from configuration: the embedder, the word vectors, the index (built on first use when
 * missing), and the chat model when one is configured.
 */
import type { Config } from "../config.js";
import { GloveWordSimilarity } from "../answer/wordSimilarity.js";
import { createEmbeddings } from "../embeddings/createEmbeddings.js";
import { loadGloveVectors } from "../embeddings/gloveCache.js";
import { IndexLoadError } from "../errors.js";
import { IndexStore } from "../index/IndexStore.js";
import { silentLogger, type Logger } from "../log.js";
import type { OnProgress } from "../types.js";
import { AnswerEngine } from "./AnswerEngine.js";

export interface CreateEngineOptions {
  logger?: Logger;
  /** "auto" (default) builds the index when there is none; "never" fails with index.missing. */
  build?: "auto" | "never";
  onProgress?: OnProgress;
  /** Watch the index folder and swap in new builds (default true). */
  watch?: boolean;
  /** Use only one half of the hybrid retrieval (evaluation). */
  halves?: { dense: boolean; lexical: boolean };
}

export async function createEngine(config: Config, options: CreateEngineOptions = {}): Promise<AnswerEngine> {
  const logger = options.logger ?? silentLogger;
  const { embeddings, id } = await createEmbeddings(config, { logger });
  // Word vectors serve paraphrase matching whatever the embedder; without them matching is by stems only.
  const words = await loadGloveVectors({ cacheDir: config.cacheDir, logger, onProgress: options.onProgress }).catch((err: unknown) => {
    logger.warn({ err }, "answer: word vectors unavailable, matching words exactly only");
    return undefined;
  });
  let store: IndexStore;
  try {
    store = await IndexStore.load(config.indexDir, id);
  } catch (err) {
    if (!(err instanceof IndexLoadError) || err.id !== "index.missing" || options.build === "never") throw err;
    logger.info({ indexDir: config.indexDir }, "index: none yet, building it from the corpus");
    // The builder (corpus reader, YAML, sentence splitter, lock) is imported only when there is something to build.
    const { reindex } = await import("../index/reindex.js");
    const summary = await reindex({
      corpusDir: config.corpusDir,
      indexDir: config.indexDir,
      embeddings,
      embedder: id,
      onProgress: options.onProgress,
      logger,
    });
    for (const p of summary.problems) logger.warn({ file: p.file }, p.message);
    for (const w of summary.warnings) logger.warn(w);
    store = await IndexStore.load(config.indexDir, id);
  }
  // Loaded only with a chat model: @langchain/openai and its client take ~0.5 s to import.
  const chat = config.llm ? { model: (await import("../answer/chatModel.js")).createChatModel(config.llm), config: config.llm } : undefined;
  const engine = new AnswerEngine({
    store,
    indexDir: config.indexDir,
    embeddings,
    embedder: id,
    words: words && new GloveWordSimilarity(words),
    chat,
    logger,
    halves: options.halves,
  });
  if (options.watch !== false) engine.watch();
  return engine;
}
