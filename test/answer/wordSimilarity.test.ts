import { describe, expect, it } from "vitest";
import type { GloveVectors } from "../../src/embeddings/gloveCache.js";
import { GloveWordSimilarity } from "../../src/answer/wordSimilarity.js";
import { loadConfig } from "../../src/config.js";
import { loadGloveVectors } from "../../src/embeddings/gloveCache.js";

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

describe("GloveWordSimilarity.bestSimilarity", () => {
  it("GIVEN a word and a list of words, some unknown THEN it is exactly the best of similarity over the list, 0 when none is known", async () => {
    const s = new GloveWordSimilarity(await loadGloveVectors({ cacheDir: loadConfig().cacheDir }));
    const bag = ["resigned", "stepped", "banana", "zzqxnotaword", "minister", "quitting", "talks"];
    for (const word of ["quit", "resign", "fruit", "negotiations", "zzqxnotaword"]) {
      const expected = Math.max(0, ...bag.map((w) => s.similarity(word, w) ?? 0));
      expect(s.bestSimilarity(word, s.wordList(bag)), word).toBe(expected);
    }
    expect(s.bestSimilarity("quit", s.wordList(["zzqxnotaword"]))).toBe(0);
    expect(s.bestSimilarity("quit", s.wordList(["resigned"]))).toBeGreaterThan(0.5);
  });
});
