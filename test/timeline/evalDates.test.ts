/** Date precision/recall/F1 of the summary against a reference timeline (src/timeline/evalDates.ts). */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evalTimelineDates, evalTimelineDatesSummary, scoreDates, withinADay } from "../../src/timeline/evalDates.js";
import { tempDirs, writeArticle } from "../helpers/tempCorpus.js";

describe("scoreDates", () => {
  it("GIVEN entries a day off, inside a range, a week-long span and one far away THEN only the first two count", () => {
    const ref = [
      { date: "2025-11-23", event: "Geneva" },
      { date: "2025-12-04", end: "2025-12-06", event: "Miami" },
      { date: "2025-12-28", event: "Mar-a-Lago" },
    ];
    expect(withinADay({ date: "2025-11-24" }, ref[0]!)).toBe(true);
    expect(withinADay({ date: "2025-11-25" }, ref[0]!)).toBe(false);
    expect(withinADay({ date: "2025-12-05", end: "2025-12-07" }, ref[1]!)).toBe(true);
    expect(withinADay({ date: "2025-11-17", end: "2025-11-23" }, ref[0]!)).toBe(false);
    const s = scoreDates([{ date: "2025-11-24" }, { date: "2025-12-05" }, { date: "2025-11-17", end: "2025-11-23" }, { date: "2025-10-01" }], ref);
    expect([s.matched, s.entries, s.covered, s.references]).toEqual([2, 4, 2, 3]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect(s.missed.map((r) => r.event)).toEqual(["Mar-a-Lago"]);
  });
});

describe("evalTimelineDates", () => {
  const dirs = tempDirs({ seed: false });
  afterAll(() => dirs.cleanup());

  it("GIVEN a corpus folder and its reference file THEN the summary is scored; a missing folder is said, not thrown", async () => {
    writeArticle(dirs.corpus, "a", "Negotiators met in Geneva on Sunday and produced a refined framework.", {
      source: "Wire", published: "2025-11-23T20:00:00+01:00",
    });
    writeArticle(dirs.corpus, "b", "Andriy Yermak resigned on Friday after a search of his home. The war began in February 2022.", {
      source: "Kyiv Daily", published: "2025-11-29T09:00:00+02:00",
    });
    const ref = path.join(dirs.root, "ref.json");
    writeFileSync(ref, JSON.stringify([{ date: "2025-11-23", event: "Geneva" }, { date: "2025-11-28", event: "Yermak resigns" }, { date: "2025-12-02", event: "Kremlin" }]));
    const s = await evalTimelineDates(dirs.corpus, ref);
    expect([s.entries, s.matched, s.covered]).toEqual([2, 2, 2]);
    expect(await evalTimelineDatesSummary(dirs.corpus, ref)).toMatch(/^timeline dates \(ref\.json\): 2 entries, 2\/3 key dates covered, 2\/2 entries within a day of one \(P 100%, R 67%, F1 80%\)\n  MISSED 2025-12-02 Kremlin$/);
    expect(await evalTimelineDatesSummary(path.join(dirs.root, "nope"), ref)).toMatch(/not found, not measured$/);
  });
});
