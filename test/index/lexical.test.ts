import { describe, expect, it } from "vitest";
import { documentFrequency, loadLexicalIndex, newLexicalIndex, saveLexicalIndex } from "../../src/index/lexical.js";
import { lexicalTerms } from "../../src/text/terms.js";

const DOCS = [
  { id: 0, text: "Russia and Ukraine agreed to a prisoner swap." },
  { id: 1, text: "The talks in Miami were very productive, Rubio said." },
  { id: 2, text: "Territory and security guarantees remain unresolved." },
  { id: 3, text: "Umerov led the Ukrainian delegation to the talks." },
  { id: 7, text: "The constructor of the toString method is not a word." },
];

const results = (index: ReturnType<typeof newLexicalIndex>, q: string) => index.search(q).map((r) => [r.id, r.score.toFixed(9)]);

describe("lexical index save/load", () => {
  it("GIVEN an index with a discarded document THEN the compact form loads back with the same results and counts", () => {
    const index = newLexicalIndex();
    index.addAll(DOCS);
    index.discard(2);
    const loaded = loadLexicalIndex(saveLexicalIndex(index));
    for (const q of ["talks", "Ukraine prisoner swap", "security guarantees", "constructor toString"]) {
      expect(results(loaded, q)).toEqual(results(index, q));
    }
    expect(loaded.documentCount).toBe(index.documentCount);
    expect(loaded.dirtCount).toBe(index.dirtCount);
    // The loaded index keeps working: add, discard, vacuum.
    loaded.add({ id: 9, text: "A new prisoner exchange was announced." });
    loaded.discard(0);
    expect(loaded.search("prisoner").map((r) => r.id)).toEqual([9]);
  });

  it("GIVEN MiniSearch's own JSON (builds written before the compact form) THEN it still loads", () => {
    const index = newLexicalIndex();
    index.addAll(DOCS);
    const loaded = loadLexicalIndex(JSON.stringify(index));
    expect(results(loaded, "talks")).toEqual(results(index, "talks"));
  });

  it("GIVEN discarded documents THEN documentFrequency counts what a one-term search finds", () => {
    const index = newLexicalIndex();
    index.addAll(DOCS);
    index.discard(3);
    for (const word of ["talks", "prisoner", "Ukrainian", "constructor", "absent"]) {
      const term = lexicalTerms(word)[0]!;
      expect(documentFrequency(index, term)).toBe(index.search(term).length);
    }
  });
});
