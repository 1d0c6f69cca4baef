import { describe, expect, it } from "vitest";
import { buildWordTable, slotCount, WordTable } from "../../src/embeddings/wordTable.js";

const open = (words: string[]) => {
  const { blob, offsets, slots } = buildWordTable(words);
  return new WordTable(blob, offsets, slots);
};

describe("WordTable", () => {
  it("GIVEN words in ASCII and not THEN each finds its row and reads back", () => {
    const words = ["the", "kyiv", "zelenskyy", "“", "café", "東京", "a"];
    const t = open(words);
    words.forEach((w, row) => {
      expect(t.lookup(w)).toBe(row);
      expect(t.word(row)).toBe(w);
    });
  });

  it("GIVEN a word not in the table, a prefix or an extension of one THEN -1", () => {
    const t = open(["peace", "talks"]);
    for (const w of ["pea", "peaces", "Peace", "", "talks ", "cafe"]) expect(t.lookup(w)).toBe(-1);
    expect(t.word(2)).toBe("");
    expect(t.word(-1)).toBe("");
  });

  it("GIVEN a word listed twice THEN its last row, as a Map filled in order", () => {
    const t = open(["x", "y", "x"]);
    expect(t.lookup("x")).toBe(2);
    expect(t.lookup("y")).toBe(1);
  });

  it("GIVEN many words in a half-full table THEN every one is found (collisions probe on)", () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const t = open(words);
    expect(slotCount(words.length)).toBeGreaterThanOrEqual(2 * words.length);
    expect(words.every((w, row) => t.lookup(w) === row)).toBe(true);
    // Asked twice: the second answer comes from the memo and must agree.
    expect(words.every((w, row) => t.lookup(w) === row)).toBe(true);
    expect(t.lookup("w-none")).toBe(-1);
    expect(t.lookup("w-none")).toBe(-1);
  });
});
