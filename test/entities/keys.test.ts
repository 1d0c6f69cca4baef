/**
 * A text's keys read token by token: the ranking joins the bags of neighbouring sentences instead of reading the
 * joined text again, which is exact unless an alias phrase runs from one text into the next.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { aliasHits, aliasMayContinue, textKeys, tokensKeys, wordInfo } from "../../src/entities/keys.js";
import { nameKey } from "../../src/entities/names.js";
import { STOP_WORDS, stem, tokens } from "../../src/text/terms.js";

/** Sentences of the team's test articles (a rough split is enough: any texts will do). */
function sentences(): string[] {
  const dir = path.resolve("eval/news/dev");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .flatMap((f) => readFileSync(path.join(dir, f), "utf8").split(/(?<=[.!?])\s+|\n+/))
    .filter((s) => s.trim() !== "");
}

describe("GIVEN two texts joined by a space", () => {
  it("THEN their keys are the union of each text's keys whenever no alias phrase may continue past the first", () => {
    const all = sentences();
    let compared = 0;
    for (let i = 0; i + 1 < all.length; i++) {
      const [a, b] = [all[i]!, all[i + 1]!];
      if (aliasMayContinue(tokens(a))) continue;
      expect(textKeys(`${a} ${b}`), `${a} | ${b}`).toEqual(new Set([...textKeys(a), ...textKeys(b)]));
      compared++;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("THEN a phrase split between them ('…at the White' + 'House aides…') is flagged, and only the joined text has its group", () => {
    const [a, b] = ["Officials gathered at the White", "House aides said the meeting went well."];
    expect(aliasMayContinue(tokens(a))).toBe(true);
    expect(aliasMayContinue(tokens(b))).toBe(false);
    expect(textKeys(`${a} ${b}`).has("g:us")).toBe(true);
    expect(new Set([...textKeys(a), ...textKeys(b)]).has("g:us")).toBe(false);
  });
});

describe("GIVEN a word", () => {
  it("THEN its WordInfo holds what the keys were computed from: its stem, the stop-word list, its name key", () => {
    for (const word of ["zelenskyy", "resigned", "the", "said", "u.s.", "constructor", "kyiv"]) {
      const w = wordInfo(word);
      const k = nameKey(word);
      expect(w).toEqual({ word, stem: stem(word), stop: STOP_WORDS.has(word), stemKey: `s:${stem(word)}`, nameKey: k === undefined ? undefined : `n:${k}`, aliasLength: expect.any(Number) });
    }
  });

  it("THEN its WordInfo knows the longest alias phrase it starts, and alias groups found over WordInfos are those found over tokens", () => {
    expect(wordInfo("white").aliasLength).toBe(2);
    expect(wordInfo("kremlin").aliasLength).toBe(1);
    expect(wordInfo("said").aliasLength).toBe(0);
    const toks = tokens("Officials at the White House and the Kremlin said Palm Beach talks with the United States went on.");
    expect(aliasHits(toks.map((t) => wordInfo(t.word)))).toEqual(aliasHits(toks));
    expect(aliasHits(toks).map((h) => h.length)).toEqual([2, 1, 2, 2]);
  });

  it("THEN the keys of a text read with a pass over its words are the text's keys, and the pass sees every token", () => {
    const text = "Zelenskyy's envoy met the U.S. team at the White House; Ölüdeniz and élan are not names here.";
    const seen: string[] = [];
    expect(tokensKeys(tokens(text), (w) => seen.push(w.word))).toEqual(textKeys(text));
    expect(seen).toEqual(tokens(text).map((t) => t.word));
  });
});
