/**
 * "Which club hosted the talks", "which hotel": the answer names a thing of that kind beside the noun ("the Harbour
 * Point club"), and beats a lead that repeats more of the question's words without naming it. Our own words.
 */
import { expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/question.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "harbour_talks",
    [
      "PORTVILLE, March 3 (Test Wire) - Negotiators for the two utilities met for five hours in Portville on Sunday in talks hosted by the city, officials said.",
      "",
      "The meeting was held at the Harbour Point club, a marina the mayor's brother owns.",
    ].join("\n"),
    { title: "Utility talks held in Portville", published: "2026-03-03T10:00:00+01:00", source: "Test Wire" },
  );
  writeArticle(
    corpus,
    "other_talks",
    [
      "Talks hosted by the regional council in Portville ended without a deal, the council said.",
      "",
      "The utilities' talks in Portville were hosted by the city for a second time.",
      "",
      "Portville has hosted talks between the utilities three times this year.",
    ].join("\n"),
    { title: "Council talks end without a deal", published: "2026-03-04T10:00:00+01:00", source: "Other Wire" },
  );
  const distractors: [string, string][] = [
    ["Third Wire", "The city hosted the Portville talks again on Tuesday, with both utilities' chiefs in the room."],
    ["Fourth Wire", "Portville's mayor said the talks his city hosted were the best chance of a deal this year."],
    ["Fifth Wire", "Officials in Portville said the hosted talks would resume after the holiday."],
  ];
  distractors.forEach(([outlet, sentence], n) =>
    writeArticle(corpus, `distractor_${n}`, sentence, { title: "Portville talks go on", published: "2026-03-05T10:00:00+01:00", source: outlet }),
  );
});

it("GIVEN 'which club' THEN the kind is asked, and not 'which soldiers'", () => {
  expect(analyzeQuestion("which club hosted the talks in Portville").whNamed).toBe("club");
  expect(analyzeQuestion("which soldiers were sent").whNamed).toBeUndefined();
});

it("GIVEN 'which club hosted the Portville talks' THEN the sentence naming the club is among the quotes", async () => {
  const a = await engine().answer("which club hosted the Portville talks");
  expect(a.found).toBe(true);
  expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/Harbour Point club/);
});
