import { describe, expect, it } from "vitest";
import { quoteOf, verbatimQuotes } from "../../src/corpus/quote.js";
import { captureLogger } from "../helpers/captureLogger.js";

const article = { id: "a1", title: "T", source: "S", published: "2025-11-30T20:00:00-05:00", body: "He resigned on Friday. Talks go on." };

describe("verbatimQuotes", () => {
  it("GIVEN quotes whose text is the article's text at their offsets THEN all are kept", () => {
    const q = quoteOf(article, { text: "He resigned on Friday.", start: 0, end: 22 });
    expect(verbatimQuotes([q], () => article.body)).toEqual([q]);
  });

  it("GIVEN a quote whose stored text no longer matches the article THEN it is left out and logged", () => {
    const good = quoteOf(article, { text: "Talks go on.", start: 23, end: 35 });
    const changed = quoteOf(article, { text: "He resigned on Monday.", start: 0, end: 22 });
    const shifted = quoteOf(article, { text: "He resigned on Friday.", start: 1, end: 23 });
    const unknown = { ...good, articleId: "gone" };
    const { logger, lines } = captureLogger();
    expect(verbatimQuotes([changed, good, shifted, unknown], (id) => (id === "a1" ? article.body : undefined), logger)).toEqual([good]);
    expect(lines.map((l) => [l.msg, l.quoted, l.found])).toEqual([
      ["answer: left out a quote that is not the article's text at its offsets", "He resigned on Monday.", "He resigned on Friday."],
      ["answer: left out a quote that is not the article's text at its offsets", "He resigned on Friday.", "e resigned on Friday. "],
      ["answer: left out a quote that is not the article's text at its offsets", "Talks go on.", null],
    ]);
  });
});
