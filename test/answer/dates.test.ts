import { describe, expect, it } from "vitest";
import { daysIn } from "../../src/answer/dates.js";

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
