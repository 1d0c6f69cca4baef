/**
 * "Who took over the water board from Sirko": the successor is told in many wordings — "which is now headed by X",
 * "the job Sirko is leaving will go to X" — besides "appointed" and "replaced". Our own words.
 */
import { expect, it } from "vitest";
import { answerCue } from "../../src/answer/cues.js";
import { analyzeQuestion } from "../../src/answer/question.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "move",
    [
      "On January 2, the mayor offered Ivan Sirko the post of head of the city office, after the previous head resigned.",
      "",
      "Sirko previously led the city water board, which is now headed by Oleh Marchuk.",
      "",
      "Sirko said he would keep working with the water board.",
    ].join("\n"),
    { title: "Sirko moves to city office", published: "2026-01-05T10:00:00+02:00", source: "Test Wire" },
  );
});

it("GIVEN 'now headed by', 'will go to' THEN a handover", () => {
  const q = analyzeQuestion("who took over the water board from sirko");
  for (const text of ["Sirko previously led the city water board, which is now headed by Oleh Marchuk.", "The water board job Sirko is leaving will go to Oleh Marchuk."]) {
    expect(answerCue("person", text, q.terms, { succession: true }), text).toBeGreaterThanOrEqual(0.5);
  }
});

it("GIVEN the successor told as 'now headed by X' THEN that sentence answers 'who took over from Sirko'", async () => {
  const a = await engine().answer("who took over the water board from sirko");
  expect(a.found).toBe(true);
  expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/now headed by Oleh Marchuk/);
});
