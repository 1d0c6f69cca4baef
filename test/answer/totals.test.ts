/**
 * Quantities as stories write them: numbers in words ("fifteen years"), totals "since" a point in time whose words
 * are no topic ("in total since the full-scale invasion" / "since February 2022"); and a short misspelt surname.
 */
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/question.js";
import { answerCue, countsNear } from "../../src/answer/cues.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

describe("numbers in words", () => {
  it("GIVEN 'how many years' THEN 'fifteen years' and 'sixty drones' are numbers", () => {
    const years = analyzeQuestion("how many years of guarantees are on offer");
    expect(years.want).toBe("duration");
    expect(answerCue("duration", "The guarantees would run for fifteen years.", years.terms)).toBe(1);
    expect(answerCue("duration", "The guarantees would run for a long time.", years.terms)).toBe(0);
    const drones = analyzeQuestion("how many drones were shot down");
    expect(answerCue("count", "Sixty drones were shot down.", drones.terms)).toBe(1);
  });
});

describe("a count next to the counted thing", () => {
  it.each([
    ["Russia launched a large overnight attack with drones and missiles, leaving at least one person dead.", false],
    ["Russia fired 91 long-range drones at the residence.", true],
    ["Ukraine said 84 of the drones were shot down.", true],
    ["The prisoners, 1,200 in all, were freed.", true],
    ["The soldiers came home.", true], // the counted word is not written: a synonym may have met it
  ])("GIVEN %j THEN a number counts the drones/prisoners: %s", (text, near) => {
    const counted = /prisoner/.test(text) ? "prisoner" : "drone";
    expect(countsNear(text, counted)).toBe(near);
  });
});

describe("totals since a point in time", () => {
  it("GIVEN 'in total since the full scale invasion' THEN those words are soft, the giver is not", () => {
    const q = analyzeQuestion("how much has Canada given Ukraine in total since the full scale invasion");
    for (const w of ["total", "full", "scale", "invasion"]) expect(q.terms.find((t) => t.word === w)?.soft, w).toBe(true);
    expect(q.terms.find((t) => t.word === "canada")!.soft).toBe(false);
  });
});

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "summit",
    [
      "Chancellor Friedrich Merz hosted the summit in Berlin on Monday.",
      "",
      '"For the first time, there is a real chance of a ceasefire," Merz said at a joint press conference.',
      "",
      "Canada has committed more than $22 billion in assistance to Ukraine since February 2022.",
    ].join("\n"),
    { title: "Berlin summit", published: "2025-12-16T09:00:00+01:00", source: "Test Wire" },
  );
});

it("GIVEN a surname misspelt by one letter ('mertz') THEN it is the person of the corpus", async () => {
  const a = await engine().answer("what did mertz say in berlin about a ceasefire?");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/real chance of a ceasefire/);
});

it("GIVEN a total since the invasion THEN the figure since February 2022 is quoted", async () => {
  const a = await engine().answer("how much has canada given ukraine in total since the full scale invasion");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/\$22 billion/);
});
