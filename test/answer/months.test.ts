/**
 * A month in the question ("in December", "the January round") is met by a sentence about that month: one naming
 * it or one of its days, or one in a story of that month — not only by a sentence that writes the month's name.
 * Two stories of our own words, a month apart, in which the same official says different things.
 */
import { describe, expect, it } from "vitest";
import { monthsOf } from "../../src/answer/dates.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

describe("monthsOf", () => {
  it("GIVEN a sentence naming a month or a day THEN that month; naming none THEN its story's (and the month before early in a month)", () => {
    expect(monthsOf("Ushakov said in December that talks would go on.", "2026-01-24T10:00:00Z", new Set())).toEqual(new Set([12]));
    expect(monthsOf("The talks resumed.", "2026-01-24T10:00:00Z", new Set(["01-23"]))).toEqual(new Set([1]));
    expect(monthsOf("The talks resumed.", "2026-01-24T10:00:00Z", new Set())).toEqual(new Set([1]));
    expect(monthsOf("The talks resumed.", "2026-02-02T10:00:00Z", new Set())).toEqual(new Set([2, 1]));
    // "may" and "march" in lower case are words, not months.
    expect(monthsOf("Troops may march on.", "2026-01-24T10:00:00Z", new Set())).toEqual(new Set([1]));
  });
});

describe("GIVEN the same official quoted in two months", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "december_readout",
      [
        "Kremlin aide Yuri Ushakov said the meeting with the American envoys had been useful, but that no compromise on territory had been found.",
        "",
        "The envoys left Moscow late at night after five hours of talks.",
      ].join("\n"),
      { title: "Kremlin says no compromise yet after envoys' visit", published: "2025-12-03T08:00:00+03:00", source: "Test Wire" },
    );
    writeArticle(
      corpus,
      "january_readout",
      [
        "Kremlin aide Yuri Ushakov said the talks had been frank, and that a security working group would meet in Abu Dhabi.",
        "",
        "The envoys left Moscow shortly after midnight.",
      ].join("\n"),
      { title: "Kremlin says security group to meet in Abu Dhabi", published: "2026-01-23T08:00:00+03:00", source: "Other Wire" },
    );
  });

  it.each([
    ["what did ushakov say about the talks in december", /no compromise on territory/],
    ["What did Ushakov say about the meeting with the envoys in January?", /security working group/],
  ])("%j THEN the story of that month is quoted first", async (q, re) => {
    const a = await engine().answer(q);
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(re);
  });

  it("GIVEN a month no story or sentence is about THEN not found: another month's words answer another question", async () => {
    const a = await engine().answer("what did ushakov say about the talks in february");
    expect(a.found).toBe(false);
  });

  it("GIVEN the month as a deadline ('done by February') THEN it is not when the asked thing happened", async () => {
    const a = await engine().answer("did ushakov say the talks could be done by february");
    expect(a.found).toBe(true);
  });
});
