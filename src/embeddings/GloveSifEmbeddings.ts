/**
 * The offline embedder: GloVe 100-d word vectors combined into sentence vectors with SIF (see sif.ts).
 * No key, no network; ~200 ms to load the compiled cache, then tens of thousands of sentences a second.
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { Logger } from "../log.js";
import type { EmbedderId, OnProgress } from "../types.js";
import { type GloveVectors, loadGloveVectors } from "./gloveCache.js";
import { SIF_DEFAULTS, sifWeights } from "./sif.js";
import { wordTokens } from "./tokenize.js";

export const GLOVE_SIF_NAME = "glove-sif";

/**
 * LangChain's embeddings interface, implemented directly: the `Embeddings` base class adds a retrying request queue
 * for remote providers, which a local lookup does not need (and its import is on every start's path).
 */
export class GloveSifEmbeddings implements EmbeddingsInterface {
  /** What an index built by this embedder records; another id on load means a full re-index. */
  readonly id: EmbedderId;
  private readonly weights: Float32Array;
  private readonly common: Float32Array;
  private readonly acc: Float64Array;

  constructor(private readonly vectors: GloveVectors) {
    this.id = { name: GLOVE_SIF_NAME, model: vectors.model, dimensions: vectors.dims };
    this.weights = sifWeights(vectors.size, SIF_DEFAULTS.a);
    this.common = vectors.commonComponent;
    this.acc = new Float64Array(vectors.dims);
  }

  /** Loads (compiling on first use) the GloVe cache in `cacheDir`. */
  static async load(options: { cacheDir: string; onProgress?: OnProgress; logger?: Logger }): Promise<GloveSifEmbeddings> {
    return new GloveSifEmbeddings(await loadGloveVectors(options));
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((text) => Array.from(this.embed(text)));
  }

  async embedQuery(document: string): Promise<number[]> {
    return Array.from(this.embed(document));
  }

  /**
   * The vectors of `documents` back to back in one array (row i at i · dimensions): what the index build inserts.
   * The same numbers as embedDocuments, without a JavaScript array of doubles per text to build and collect.
   */
  embedFlat(documents: string[]): Float32Array {
    const dims = this.vectors.dims;
    const out = new Float32Array(documents.length * dims);
    documents.forEach((text, i) => this.embedInto(text, out, i * dims));
    return out;
  }

  /**
   * The unit-length SIF vector of `text`, synchronously. Words not in the vocabulary are skipped; a text with no
   * known word gets the common component itself: a fixed unit vector orthogonal to every other output, so it is
   * similar to nothing (cosine 0) rather than NaN or arbitrarily close to something.
   */
  embed(text: string): Float32Array {
    const out = new Float32Array(this.vectors.dims);
    this.embedInto(text, out, 0);
    return out;
  }

  /** Writes the vector of `text` (see embed) into `out` from `offset`. */
  private embedInto(text: string, out: Float32Array, offset: number): void {
    const { vectors, weights, common, acc } = this;
    acc.fill(0);
    let known = 0;
    for (const token of wordTokens(text, vectors)) {
      const row = vectors.lookup(token);
      if (row < 0) continue;
      vectors.accumulate(row, weights[row]!, acc);
      known++;
    }
    if (known === 0) return void out.set(common, offset);
    let projection = 0;
    for (let d = 0; d < acc.length; d++) projection += acc[d]! * common[d]!;
    let norm = 0;
    for (let d = 0; d < acc.length; d++) {
      acc[d]! -= projection * common[d]!;
      norm += acc[d]! * acc[d]!;
    }
    norm = Math.sqrt(norm);
    // Only a text made of the common direction alone lands here; it gets the same answer as an unknown text.
    if (!(norm > 1e-9)) return void out.set(common, offset);
    for (let d = 0; d < acc.length; d++) out[offset + d] = acc[d]! / norm;
  }
}
