/**
 * The vectors a build inserts (src/index/buildSegment.ts, embedBatch): the same numbers whether the embedder hands
 * them back to back (GloveSifEmbeddings.embedFlat) or one array per text (any LangChain embedder), checked alike.
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { GloveSifEmbeddings } from "../../src/embeddings/GloveSifEmbeddings.js";
import { embedBatch } from "../../src/index/buildSegment.js";

let glove: GloveSifEmbeddings;
beforeAll(async () => {
  glove = await GloveSifEmbeddings.load({ cacheDir: inject("gloveCacheDir") });
});

const texts = ["The delegation flew to Miami for talks.", "", "Зеленський", "Sanctions on Russian oil were extended.", "the of and"];

/** An embedder with only LangChain's interface, returning fixed vectors. */
function arrays(vectors: number[][]): EmbeddingsInterface {
  return { embedDocuments: async () => vectors, embedQuery: async () => vectors[0]! };
}

describe("embedBatch", () => {
  it("GIVEN the offline embedder THEN the vectors are embedDocuments', back to back", async () => {
    const flat = await embedBatch(glove, texts, 100);
    const rows = await glove.embedDocuments(texts);
    expect(flat).toHaveLength(texts.length * 100);
    rows.forEach((row, i) => expect(Array.from(flat.subarray(i * 100, (i + 1) * 100))).toEqual(row));
  });

  it("GIVEN an embedder returning one array per text THEN its numbers back to back, as 32-bit floats", async () => {
    const flat = await embedBatch(arrays([[0.1, 0.2], [0.3, 0.4]]), ["a", "b"], 2);
    expect(Array.from(flat)).toEqual([0.1, 0.2, 0.3, 0.4].map(Math.fround));
  });

  it("GIVEN a vector of the wrong length THEN an error naming both lengths", async () => {
    await expect(embedBatch(arrays([[0.1, 0.2], [0.3]]), ["a", "b"], 2)).rejects.toThrow("returned 1 dimensions, the index expects 2");
  });

  it("GIVEN fewer vectors than texts THEN an error", async () => {
    await expect(embedBatch(arrays([[0.1, 0.2]]), ["a", "b"], 2)).rejects.toThrow("returned 1 vectors for 2 texts");
  });
});
