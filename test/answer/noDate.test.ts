/**
 * "When is the next round?" when the newest story says no date has been set: that sentence is the answer there is,
 * and it must hold its own against sentences with a date that answer another question (an older plan).
 */
import { expect, it } from "vitest";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "harbour-talks",
    [
      "The harbour talks between the two towns ended on Wednesday after two days.",
      "",
      "The mayors said the sides had agreed to keep talking.",
      "",
      "No date has been set for the next round of harbour talks, the mayors' offices said.",
    ].join("\n"),
    { title: "Harbour talks end without a deal", published: "2025-12-19T10:00:00+01:00", source: "Test Wire" },
  );
  writeArticle(
    corpus,
    "fishing-quotas",
    [
      "The fishing council meets on Monday to share out the winter quotas.",
      "",
      "Last year's quotas were cut by a tenth.",
    ].join("\n"),
    { title: "Fishing council to meet", published: "2025-12-18T10:00:00+01:00", source: "Other Wire" },
  );
});

it("GIVEN a future 'when' question and a story saying no date is set THEN that sentence is quoted first", async () => {
  const a = await engine().answer("when is the next round of harbour talks?");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/^No date has been set for the next round/);
});

it("GIVEN a past 'when' question THEN 'no date' is no answer and the dated sentence wins", async () => {
  const a = await engine().answer("when did the harbour talks end?");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/ended on Wednesday/);
});
