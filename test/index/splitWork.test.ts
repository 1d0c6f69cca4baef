/**
 * A build tokenises each body once (src/index/splitWork.ts): each sentence's terms are taken from the body's tokens,
 * and the entity index counts the same tokens. The result is what tokenising each sentence, and each text, by
 * itself gives.
 */
import { describe, expect, it } from "vitest";
import { EntityIndex } from "../../src/entities/EntityIndex.js";
import { encodeTokens, tokensOf } from "../../src/index/sentenceTokens.js";
import { splitArticle, splitChunk, wholeArticle } from "../../src/index/splitWork.js";
import { splitSentences } from "../../src/text/sentences.js";
import { lexicalTerms } from "../../src/text/terms.js";

const bodies = [
  "Envoy Kirill Dmitriev met U.S. officials in Miami. He said the U.S. would help.\n\nZelensky's aide, Andriy Yermak, resigned on Friday! Was it the raid? Nobody knows.",
  // One run of 2,000 letters: cut between letters, so a token runs across sentence ends.
  `Start here. ${"x".repeat(2000)} and then the end.`,
  // Long runs without sentence punctuation, cut at commas and spaces.
  Array.from({ length: 120 }, (_, i) => `item ${i} of the list, with Sec. of State Marco Rubio`).join(" "),
  "- A bullet point with Gen. Andrii Hnatov\n- another one about the E.U.\n1. a numbered one: don't stop’s here",
  "",
  "Ceasefire.",
];

describe("splitArticle", () => {
  for (const [n, body] of bodies.entries()) {
    it(`GIVEN body ${n} THEN each sentence's terms are those of the sentence tokenised by itself`, () => {
      const sentences = splitSentences(body);
      const { spans, terms } = splitArticle(body);
      expect([...spans]).toEqual(sentences.flatMap((s) => [s.start, s.end]));
      expect(terms).toEqual(sentences.map((s) => lexicalTerms(body.slice(s.start, s.end)).join(" ")));
    });
  }
});

describe("splitArticle's whole-article test", () => {
  const cases = [
    ...bodies,
    "Talks resumed. Photo: Reuters\nThen more.",
    "The U.S. envoy met Mr. Witkoff.",
    "Ukraine’s envoy, and the US one. Then ^ more",
  ];
  for (const [n, body] of cases.entries()) {
    it(`GIVEN body ${n} THEN whole exactly when the body's encoded tokens are its sentences' one after another`, () => {
      const encoded = splitSentences(body).map((s) => encodeTokens(tokensOf(body.slice(s.start, s.end))));
      expect(splitArticle(body).whole).toBe(wholeArticle(body, encoded.filter((e) => e !== "")));
    });
  }
});

describe("splitChunk", () => {
  it("GIVEN articles THEN the entity index is the one built from their texts alone", () => {
    const articles = bodies.map((body, i) => ({ title: `Talks in Geneva ${i}`, body }));
    expect(splitChunk(articles).entities).toEqual(EntityIndex.build(articles).toJSON());
  });
});
