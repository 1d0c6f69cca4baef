/**
 * "What did X say in <place>": the place of the saying must be in the quote, next to it or in the story's lead —
 * not only somewhere in a story about another round. And a span that says when ("could take a few weeks", "two
 * days later") is no length of a meeting, while "after five hours of talks" is.
 */
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/question.js";
import { answerCue } from "../../src/answer/cues.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

describe("spans that are no lengths", () => {
  const q = analyzeQuestion("how long did the meeting last");
  it.each([
    ['Trump said it could take "a few weeks" to know whether a deal will happen.', 0],
    ["They met again two days later.", 0],
    ["A new round is due within days.", 0],
    ["After five hours of talks the envoys spoke to the press.", 1],
    ["The meeting lasted about three hours.", 1],
  ])("GIVEN %j THEN the length cue is %d", (text, cue) => {
    expect(answerCue("duration", text, q.terms)).toBe(cue);
  });
});

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "lake-round",
    [
      "The third round of harbour talks ended in Geneva on Wednesday.",
      "",
      'After the second day, Mayor Borrow told journalists that the talks had been "difficult but useful."',
      "",
      "The delegations left the city on Thursday morning.",
      "",
      "The first two rounds were held in Abu Dhabi in January.",
    ].join("\n"),
    { title: "Harbour talks end in Geneva", published: "2026-02-19T09:00:00+01:00", source: "Test Wire" },
  );
});

it("GIVEN 'what did X say in <place>' and X speaking only in a story of another place THEN not found", async () => {
  const a = await engine().answer("what did Borrow say in Abu Dhabi");
  expect(a.found).toBe(false);
});

it("GIVEN the place the story is about THEN X's words there are quoted", async () => {
  const a = await engine().answer("what did Borrow say in Geneva");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/difficult but useful/);
});
