import { describe, expect, it } from "vitest";
import { tokens } from "../../src/text/terms.js";

describe("GIVEN a text with abbreviations, possessives and curly apostrophes", () => {
  it("THEN each token is the word as written, lower-cased, possessive removed and abbreviations unified, with its offsets", () => {
    const text = "The U.S.-Ukraine talks: Russia’s envoy, the US and UK teams, O’Neill's aide and the constructor.";
    expect(tokens(text).map((t) => [t.raw, t.word, text.slice(t.start, t.end)])).toEqual([
      ["The", "the", "The"],
      ["U.S.", "usa", "U.S."],
      ["Ukraine", "ukraine", "Ukraine"],
      ["talks", "talks", "talks"],
      ["Russia’s", "russia", "Russia’s"],
      ["envoy", "envoy", "envoy"],
      ["the", "the", "the"],
      ["US", "usa", "US"],
      ["and", "and", "and"],
      ["UK", "uk", "UK"],
      ["teams", "teams", "teams"],
      ["O’Neill's", "o'neill", "O’Neill's"],
      ["aide", "aide", "aide"],
      ["and", "and", "and"],
      ["the", "the", "the"],
      ["constructor", "constructor", "constructor"],
    ]);
  });

  it("THEN a second call starts from the beginning of its own text (the expression is shared between calls)", () => {
    expect(tokens("Kyiv and Moscow").map((t) => t.word)).toEqual(["kyiv", "and", "moscow"]);
    expect(tokens("Geneva").map((t) => t.start)).toEqual([0]);
    expect(tokens("")).toEqual([]);
  });
});
