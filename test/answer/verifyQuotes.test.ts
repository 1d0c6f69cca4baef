import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { locateVerbatim, verifyQuotes } from "../../src/answer/verifyQuotes.js";
import type { ArticleMeta, Passage } from "../../src/types.js";
import { captureLogger as captureLoggerAt } from "../helpers/captureLogger.js";

const ID = "000_6ebb02524a7f715b";
const FILE = new URL(`../../corpus/${ID}.md`, import.meta.url);
/** The seed article's body: everything after the front matter. */
const body = readFileSync(FILE, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
const meta: ArticleMeta = {
  id: ID,
  title: `U.S. and Ukraine "made additional progress" on Trump's peace plan, Rubio says`,
  source: "Axios",
  published: "2025-11-30T20:00:00-05:00",
};
const articles = new Map([[ID, meta]]);

/** A passage from `first` to the end of `last` (both literal text of the body). */
function passage(first: string, last: string): Passage {
  const start = body.indexOf(first);
  const end = body.indexOf(last, start) + last.length;
  if (start < 0 || end < start + last.length) throw new Error(`fixture: not in the body: ${first} / ${last}`);
  return { articleId: ID, fromSentence: 0, toSentence: 0, start, end, text: body.slice(start, end) };
}

const passages = [
  passage("The latest: After five hours", 'were "productive and successful."'),
  passage("Between the lines:", 'he was "going to the front" in eastern Ukraine.'),
];

const captureLogger = () => captureLoggerAt("debug");

describe("verifyQuotes", () => {
  it("GIVEN an exact quote THEN its offsets map back into the article body", () => {
    const text = "We had a very productive session.";
    const { verified, rejected } = verifyQuotes([{ passage: 1, text }], passages, articles);
    expect(rejected).toEqual([]);
    const q = verified[0]!.quote;
    expect(q.text).toBe(text);
    expect(body.slice(q.start, q.end)).toBe(text);
    expect(q.start).toBe(body.indexOf(text));
    expect(q).toMatchObject({ articleId: ID, source: "Axios", title: meta.title, published: meta.published });
    expect(verified[0]!.passage).toBe(1);
  });

  it("GIVEN a quote with different whitespace and curly quotes THEN it verifies and the text is the article's own", () => {
    const model = "Rubio  added that “there is more work\nto be done” and stressed";
    const { verified } = verifyQuotes([{ passage: 1, text: model }], passages, articles);
    const q = verified[0]!.quote;
    expect(q.text).toBe('Rubio added that "there is more work to be done" and stressed');
    expect(body.slice(q.start, q.end)).toBe(q.text);
  });

  it("GIVEN a quote spanning a line break and a bullet THEN it maps to the body with the article's line break", () => {
    const model = "without taking questions. - “We had a very productive session.";
    const { verified } = verifyQuotes([{ passage: 1, text: model }], passages, articles);
    const q = verified[0]!.quote;
    expect(q.text).toBe('without taking questions.\n\n- "We had a very productive session.');
    expect(body.slice(q.start, q.end)).toBe(q.text);
  });

  it("GIVEN typographic apostrophes and dashes THEN they match straight ones", () => {
    const article = "long seen as the second-most powerful person in Ukraine's government";
    const span = locateVerbatim(article, "the second–most powerful person in Ukraine’s");
    expect(article.slice(span!.start, span!.end)).toBe("the second-most powerful person in Ukraine's");
  });

  it("GIVEN a quote wrapped in its own quotation marks THEN the marks are ignored", () => {
    const { verified } = verifyQuotes([{ passage: 2, text: "“he resigned on Friday after anti-corruption authorities raided his home”" }], passages, articles);
    expect(verified[0]!.quote.text).toBe("he resigned on Friday after anti-corruption authorities raided his home");
  });

  it("GIVEN a changed word THEN the quote is dropped and logged with its text and passage", () => {
    const { logger, lines } = captureLogger();
    const fabricated = "We had a very successful session.";
    const { verified, rejected } = verifyQuotes([{ passage: 1, text: fabricated }], passages, articles, { logger });
    expect(verified).toEqual([]);
    expect(rejected).toEqual([{ passage: 1, text: fabricated, reason: "not-verbatim" }]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, passage: 1, text: fabricated, reason: "not-verbatim" });
  });

  it("GIVEN a real quote cited to the wrong passage THEN it is dropped", () => {
    const { verified, rejected } = verifyQuotes([{ passage: 2, text: "We had a very productive session." }], passages, articles);
    expect(verified).toEqual([]);
    expect(rejected[0]!.reason).toBe("not-verbatim");
  });

  it("GIVEN a passage number that does not exist THEN the quote is dropped", () => {
    const quotes = [0, 3, 1.5, -1].map((passage) => ({ passage, text: "We had a very productive session." }));
    const { verified, rejected } = verifyQuotes(quotes, passages, articles);
    expect(verified).toEqual([]);
    expect(rejected.map((r) => r.reason)).toEqual(Array(4).fill("no-such-passage"));
  });

  it("GIVEN a quote of a word or two THEN it is dropped as too short", () => {
    const { verified, rejected } = verifyQuotes(
      [{ passage: 1, text: "Rubio said" }, { passage: 2, text: "the front" }, { passage: 1, text: "productive and successful" }],
      passages,
      articles,
    );
    expect(rejected.map((r) => r.reason)).toEqual(["too-short", "too-short"]);
    expect(verified.map((v) => v.quote.text)).toEqual(["productive and successful"]);
  });

  it("GIVEN a quote joining two spans with an ellipsis THEN each span is verified on its own", () => {
    const model = "We had a very productive session... make Ukraine safe forever";
    const { verified } = verifyQuotes([{ passage: 1, text: model }], passages, articles);
    expect(verified.map((v) => v.quote.text)).toEqual(["We had a very productive session", "make Ukraine safe forever"]);
    for (const { quote } of verified) expect(body.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it("GIVEN an ellipsis joining a real span to an invented one THEN only the real span stays", () => {
    const { verified, rejected } = verifyQuotes(
      [{ passage: 1, text: "We had a very productive session … and Russia agreed to everything" }],
      passages,
      articles,
    );
    expect(verified.map((v) => v.quote.text)).toEqual(["We had a very productive session"]);
    expect(rejected).toEqual([{ passage: 1, text: "and Russia agreed to everything", reason: "not-verbatim" }]);
  });

  it("GIVEN the same words quoted twice THEN the second is dropped as a duplicate", () => {
    const text = "We had a very productive session.";
    const { verified, rejected } = verifyQuotes([{ passage: 1, text }, { passage: 1, text: "a very productive session" }], passages, articles);
    expect(verified).toHaveLength(1);
    expect(rejected[0]!.reason).toBe("duplicate");
  });
});
