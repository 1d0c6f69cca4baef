/**
 * "The second round" is not "the first meeting": ordinals are distinct values, like dates, however close their word
 * vectors. A sentence naming another ordinal and not the asked one does not meet it. Our own words.
 */
import { expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/question.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "first",
    "The first trilateral meeting of the utilities in Portville on March 3 agreed to set up a working group on water prices.",
    { title: "Utilities meet in Portville", published: "2026-03-04T10:00:00+01:00", source: "Test Wire" },
  );
  writeArticle(
    corpus,
    "second",
    "At the second round in Portville, the utilities agreed to share the repair costs of the dam.",
    { title: "Utilities agree on dam repairs", published: "2026-03-12T10:00:00+01:00", source: "Other Wire" },
  );
});

it.each([
  ["what was agreed at the second round in portville", /second round/],
  ["what did the first round in portville agree", /first trilateral meeting/],
])("GIVEN %j THEN the sentence of that round is quoted first", async (q, re) => {
  const a = await engine().answer(q);
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(re);
});

it("GIVEN 'the 28 point plan' THEN the number names the plan: required and exact, no date", () => {
  const t = analyzeQuestion("who wrote the 28 point plan").terms.find((x) => x.word === "28")!;
  expect(t.date ?? false).toBe(false);
  expect(t.topic).toBe(true);
  expect(t.exact).toBe(true);
  expect(analyzeQuestion("what happened on the 28th").terms.find((x) => x.word === "28")?.topic ?? false).toBe(false);
});
