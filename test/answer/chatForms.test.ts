/**
 * Chat forms of this round: "yrs"/"hrs", "who is X, <what the asker knows of him>", an analyst as a role, and
 * institutions by their acronyms (EUCOM, NSDC, HUR, SBU).
 */
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/question.js";
import { aliasHits } from "../../src/entities/keys.js";
import { tokens } from "../../src/text/terms.js";
import { ROLE_NOUNS } from "../../src/entities/roles.js";
import { stem } from "../../src/text/terms.js";

describe("chat forms", () => {
  it("GIVEN 'yrs' / 'hrs' THEN years / hours are asked", () => {
    expect(analyzeQuestion("how many yrs of guarantees").want).toBe("duration");
    expect(analyzeQuestion("how many hrs did they meet").text).toBe("how many hours did they meet");
  });

  it("GIVEN 'who is X, <description>' THEN the description's words are soft and X is not", () => {
    const q = analyzeQuestion("who is Mykola Horbach, the priest in the Ukrainian neighbourhood?");
    expect(q.terms.find((t) => t.word === "priest")!.soft).toBe(true);
    expect(q.terms.find((t) => t.word === "horbach")!.soft).toBe(false);
    expect(analyzeQuestion("who is the priest in the neighbourhood").terms.find((t) => t.word === "priest")).toBeDefined();
  });

  it("GIVEN 'in which district', 'the 64 year old woman', 'in return for' THEN none of those words is a required topic", () => {
    const q = analyzeQuestion("in which district of Kyiv did the 64 year old woman live");
    expect(q.kind).toBe("where");
    expect(q.terms.find((t) => t.word === "district")!.soft).toBe(true);
    expect(q.terms.find((t) => t.word === "old")).toBeUndefined();
    const r = analyzeQuestion("would Kyiv drop its bid in return for guarantees?");
    expect(r.terms.find((t) => t.word === "return")).toBeUndefined();
  });

  it("GIVEN a figure typed '$100m' or '90bn' THEN it helps but never blocks (stories write '100 million dollars')", () => {
    const q = analyzeQuestion("was the kickback scheme really $100m?");
    expect(q.terms.find((t) => t.word === "100m")!.soft).toBe(true);
    expect(analyzeQuestion("is the loan 90bn").terms.find((t) => t.word === "90bn")!.soft).toBe(true);
  });

  it("GIVEN chat spelling without apostrophes ('whats next', 'wheres', 'whos', 'didnt') THEN it reads as with them", () => {
    expect(analyzeQuestion("whats next after the geneva round").want).toBe("next");
    expect(analyzeQuestion("wheres the next round").kind).toBe("where");
    expect(analyzeQuestion("whos kostyukov").kind).toBe("who");
    const q = analyzeQuestion("why didnt the eu use the assets");
    expect(q.terms.map((t) => t.word)).not.toContain("didnt");
    expect(q.terms.map((t) => t.word)).toEqual(analyzeQuestion("why didn't the eu use the assets").terms.map((t) => t.word));
  });

  it("GIVEN an analyst THEN it is a role, as a minister is", () => {
    expect(ROLE_NOUNS.has(stem("analyst"))).toBe(true);
    expect(ROLE_NOUNS.has(stem("experts"))).toBe(true);
  });

  it.each([["eucom", "us european command"], ["nsdc", "national security and defence council"], ["hur", "defence intelligence of ukraine"], ["sbu", "security service of ukraine"]])(
    "GIVEN %j THEN it names the same institution as %j",
    (short, long) => {
      const a = aliasHits(tokens(short)).map((h) => h.hit.direct);
      const b = aliasHits(tokens(long)).map((h) => h.hit.direct);
      expect(a.length).toBeGreaterThan(0);
      expect(b).toContain(a[0]);
    },
  );
});
