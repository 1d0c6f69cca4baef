import { describe, expect, it } from "vitest";
import { isStopWord, wordTokens } from "../../src/embeddings/tokenize.js";

const vocabulary = new Set(["cease-fire", "well-known"]);
const vocab = { lookup: (w: string) => (vocabulary.has(w) ? 1 : -1) };

describe("wordTokens", () => {
  it("GIVEN mixed case and punctuation THEN lowercase words only", () => {
    expect(wordTokens("Trump's envoy, Steve Witkoff, met Putin (again)!")).toEqual([
      "trump", "envoy", "steve", "witkoff", "met", "putin", "again",
    ]);
  });

  it("GIVEN U.S. or US THEN the country, not the pronoun", () => {
    expect(wordTokens("The U.S. and US officials told us.")).toEqual(["the", "usa", "and", "usa", "officials", "told", "us"]);
    expect(wordTokens("U.S.-Russia talks")).toEqual(["usa", "russia", "talks"]);
    expect(wordTokens("in Washington, D.C., at 9 a.m.")).toEqual(["in", "washington", "dc", "at", "9", "am"]);
  });

  it("GIVEN abbreviations with a dot THEN the dot goes", () => {
    expect(wordTokens("Gen. Budanov and Sen. Rubio, Ph.D.")).toEqual(["gen", "budanov", "and", "sen", "rubio", "phd"]);
  });

  it("GIVEN possessives and contractions THEN base words", () => {
    expect(wordTokens("Ukraine’s plan isn't Russia's; they can't and won't, we're sure")).toEqual([
      "ukraine", "plan", "is", "not", "russia", "they", "can", "not", "and", "will", "not", "we", "are", "sure",
    ]);
  });

  it("GIVEN hyphenated compounds THEN kept when the vocabulary has them, split otherwise", () => {
    expect(wordTokens("a cease-fire and a 28-point peace-plan", vocab)).toEqual([
      "a", "cease-fire", "and", "a", "28", "point", "peace", "plan",
    ]);
    expect(wordTokens("a cease-fire")).toEqual(["a", "cease", "fire"]);
  });

  it("GIVEN numbers THEN kept, thousands separators removed", () => {
    expect(wordTokens("1,000 troops, 3.5 billion, in 2025 and 2023,2024")).toEqual([
      "1000", "troops", "3.5", "billion", "in", "2025", "and", "2023", "2024",
    ]);
  });

  it("GIVEN accents and typographic dashes THEN ASCII-folded words, dashes split", () => {
    expect(wordTokens("Zürich — Genève–Kyiv")).toEqual(["zurich", "geneve", "kyiv"]);
  });

  it("GIVEN a backtick for an apostrophe in otherwise plain ASCII THEN read as the apostrophe", () => {
    expect(wordTokens("Putin`s envoy didn`t come")).toEqual(["putin", "envoy", "did", "not", "come"]);
  });

  it("GIVEN nothing wordy THEN no tokens", () => {
    expect(wordTokens("")).toEqual([]);
    expect(wordTokens(" \n\t — … !!! ")).toEqual([]);
  });
});

describe("isStopWord", () => {
  it("GIVEN function words THEN true; GIVEN content words and negations THEN false", () => {
    expect(["the", "of", "us", "was", "which"].every(isStopWord)).toBe(true);
    expect(["minister", "resigned", "not", "no", "usa"].some(isStopWord)).toBe(false);
  });

  it("GIVEN words that are names of Object's own properties after an apostrophe THEN they are ordinary words", () => {
    expect(wordTokens("o'constructor d'hasOwnProperty")).toEqual(["o", "constructor", "d", "hasownproperty"]);
  });
});
