import { describe, expect, it } from "vitest";
import { evalTimeline, SEED_EXPECTED } from "../../src/timeline/evalTimeline.js";
import { seedArticle, snapshotOf } from "./snapshot.js";

describe("evalTimeline", () => {
  it("GIVEN the seed article THEN every dated event is on its expected date", () => {
    expect(evalTimeline(snapshotOf([seedArticle()]))).toEqual({ correct: SEED_EXPECTED.length, total: SEED_EXPECTED.length, misses: [] });
  });

  it("GIVEN the seed with a publication date a day later THEN the misses name the sentence, the expected and the placed date", () => {
    const shifted = { ...seedArticle(), published: "2025-12-01T20:00:00-05:00" };
    const r = evalTimeline(snapshotOf([shifted]));
    expect(r.correct).toBeLessThan(r.total);
    expect(r.misses).toContainEqual({ sentence: "During talks in Geneva last Sunday", expression: "last Sunday", expected: "2025-11-23", got: "2025-11-30" });
  });
});
