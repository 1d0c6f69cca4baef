import { describe, expect, it } from "vitest";
import type { GloveVectors } from "../../src/embeddings/gloveCache.js";
import { GloveWordSimilarity } from "../../src/answer/wordSimilarity.js";

/** Word vectors that count how often a similarity is computed. */
function countingVectors(table: Record<string, number>): GloveVectors & { calls: number } {
  const v = {
    calls: 0,
    similarity(a: string, b: string) {
      v.calls++;
      return table[`${a} ${b}`];
    },
  };
  return v as unknown as GloveVectors & { calls: number };
}

describe("GloveWordSimilarity", () => {
  it("GIVEN the same word pairs asked again (a later question) THEN the vectors compute each pair once, same answers", () => {
    const vectors = countingVectors({ "quit resigned": 0.8, "quit banana": 0.1 });
    const s = new GloveWordSimilarity(vectors);
    const ask = () => [s.similarity("quit", "resigned"), s.similarity("quit", "banana"), s.similarity("quit", "nope")];
    expect(ask()).toEqual([0.8, 0.1, undefined]);
    expect(ask()).toEqual([0.8, 0.1, undefined]);
    expect(vectors.calls).toBe(3);
  });
});
