import { describe, expect, it } from "vitest";
import { formatSpan, isDay } from "../../src/timeline/calendar.js";

describe("formatSpan", () => {
  it.each([
    ["2025-11-30", "2025-11-30", "Sun 30 Nov 2025"],
    ["2025-11-23", "2025-11-29", "week of 23 Nov 2025"],
    ["2025-12-01", "2025-12-06", "1–6 Dec 2025"],
    ["2025-10-21", "2025-10-31", "late Oct 2025"],
    ["2025-10-11", "2025-10-20", "mid-Oct 2025"],
    ["2025-12-01", "2025-12-10", "early Dec 2025"],
    ["2025-10-01", "2025-10-31", "Oct 2025"],
    ["2024-01-01", "2024-12-31", "2024"],
    ["2025-11-29", "2025-12-02", "29 Nov – 2 Dec 2025"],
    ["2025-12-29", "2026-01-02", "29 Dec 2025 – 2 Jan 2026"],
  ])("GIVEN %s..%s THEN %j", (start, end, label) => {
    expect(formatSpan(start, end)).toBe(label);
  });
});

describe("isDay", () => {
  it("GIVEN real and impossible days THEN only the real ones pass", () => {
    expect(["2025-11-30", "2024-02-29"].map(isDay)).toEqual([true, true]);
    expect(["2025-02-29", "2025-13-01", "30/11/2025", "2025-11-30T00:00"].map(isDay)).toEqual([false, false, false, false]);
  });
});
