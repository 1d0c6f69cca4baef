import { describe, expect, it } from "vitest";
import { daysIn, namesCalendarDay, publishedNear } from "../../src/answer/dates.js";

describe("daysIn", () => {
  it("GIVEN a date in any wording THEN the same day", () => {
    const ref = "2025-12-29T09:10:00+03:00";
    expect(daysIn("What happened on Dec 28?", ref)).toEqual(new Set(["12-28"]));
    expect(daysIn("the meeting on 28 December", ref)).toEqual(new Set(["12-28"]));
    expect(daysIn("what did Russia claim on 29/12", ref)).toEqual(new Set(["12-29"]));
  });

  it("GIVEN a weekday in a story THEN the day it names from the story's own publication day", () => {
    // Published on Monday 29 December: "on Sunday" is the 28th.
    expect(daysIn("Trump and Zelensky met on Sunday at Mar-a-Lago.", "2025-12-29T09:10:00+03:00")).toEqual(new Set(["12-28"]));
  });

  it("GIVEN a vague span THEN no particular day", () => {
    expect(daysIn("Talks went on through December and will continue in a few weeks.", "2025-12-29T09:10:00+03:00").size).toBe(0);
  });
});

describe("dates typed in chat", () => {
  it("GIVEN lower-case months and days THEN the same day as capitalised; 'may' and 'march' as verbs name none", () => {
    const ref = "2026-01-24T10:00:00+02:00";
    expect(daysIn("how many were killed in the february 3 strikes", ref)).toEqual(new Set(["02-03"]));
    expect(daysIn("what happened on 3 february", ref)).toEqual(new Set(["02-03"]));
    expect(daysIn("what did peskov say on feb 3", ref)).toEqual(new Set(["02-03"]));
    expect(daysIn("troops may march on", ref)).toEqual(new Set());
  });

  it("GIVEN a calendar day THEN namesCalendarDay; a weekday or 'last week' THEN not", () => {
    expect(namesCalendarDay("what did zelensky say on dec 28")).toBe(true);
    expect(namesCalendarDay("the 3rd of february")).toBe(true);
    expect(namesCalendarDay("what did he say on sunday")).toBe(false);
    expect(namesCalendarDay("what happened last week")).toBe(false);
  });

  it("GIVEN an article's publication THEN it may report a day from the day before to four days after", () => {
    const days = new Set(["02-03"]);
    expect(publishedNear("2026-02-03T22:00:00Z", days)).toBe(true);
    expect(publishedNear("2026-02-06T08:00:00Z", days)).toBe(true);
    expect(publishedNear("2026-01-24T08:00:00Z", days)).toBe(false);
    expect(publishedNear("2026-02-10T08:00:00Z", days)).toBe(false);
    // Across the new year.
    expect(publishedNear("2026-01-02T08:00:00Z", new Set(["12-30"]))).toBe(true);
  });
});
