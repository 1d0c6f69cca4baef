/**
 * The one place that chooses the embeddings provider from configuration (STYLE.md rule 6): the offline GloVe/SIF
 * embedder by default, or an OpenAI-compatible server.
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { EmbedderId, OnProgress } from "../types.js";
import { GloveSifEmbeddings } from "./GloveSifEmbeddings.js";
import type { OpenAIEmbeddingsTuning } from "./OpenAICompatibleEmbeddings.js";

export interface CreatedEmbeddings {
  embeddings: EmbeddingsInterface;
  /** What an index built with `embeddings` records, and what loading one compares against. */
  id: EmbedderId;
}

export interface CreateEmbeddingsOptions {
  logger?: Logger;
  /** Reports the one-off GloVe cache compilation (offline provider, first run only). */
  onProgress?: OnProgress;
  /** Overrides of the OpenAI-compatible request tuning (tests use short timeouts). */
  openai?: Partial<OpenAIEmbeddingsTuning>;
}

/**
 * Builds the configured embedder and its id.
 *
 * For an OpenAI-compatible server the factory embeds one probe string before returning: the vector length is known
 * only from an answer, and the index needs the full id (dimensions included) before it embeds anything, to refuse an
 * index built by another embedder. The probe also reports a dead or misconfigured endpoint at start, with the fix,
 * rather than halfway through a re-index. It throws `EmbeddingsUnavailableError` (a `UserError`) when it fails.
 */
export async function createEmbeddings(config: Config, options: CreateEmbeddingsOptions = {}): Promise<CreatedEmbeddings> {
  const settings = config.embeddings;
  if (settings.provider === "offline") {
    const embeddings = await GloveSifEmbeddings.load({ cacheDir: config.cacheDir, onProgress: options.onProgress, logger: options.logger });
    options.logger?.debug({ embedder: embeddings.id }, "embeddings: offline GloVe/SIF");
    return { embeddings, id: embeddings.id };
  }
  // Imported only here: @langchain/openai takes ~0.5 s to load, which the offline start should not pay.
  const { OpenAICompatibleEmbeddings } = await import("./OpenAICompatibleEmbeddings.js");
  const embeddings = new OpenAICompatibleEmbeddings(settings, options.openai);
  const dimensions = await embeddings.probe();
  const id: EmbedderId = { name: "openai", model: settings.model, dimensions };
  options.logger?.info({ endpoint: embeddings.endpoint, embedder: id }, "embeddings: OpenAI-compatible server");
  return { embeddings, id };
}
