import { describe, expect, it } from "vitest";
import { synonymous, synonymsOf } from "../../src/text/synonyms.js";
import { stem } from "../../src/text/terms.js";

describe("news synonyms", () => {
  it("GIVEN words of one group THEN they meet, by stem", () => {
    expect(synonymous(stem("spy"), stem("intelligence"))).toBe(true);
    expect(synonymous(stem("cap"), stem("limits"))).toBe(true);
    // "reopen links between their armed forces" / "restore military-to-military dialogue"
    expect(synonymous(stem("links"), stem("dialogue"))).toBe(true);
    expect(synonymous(stem("contacts"), stem("channel"))).toBe(true);
    expect(synonymsOf(stem("ceasefire"))).toContain(stem("truce"));
    expect(synonymous(stem("write"), stem("drawn"))).toBe(true); // "help write the plan" / "the plan was drawn up"
    expect(synonymous(stem("blocking"), stem("obstacles"))).toBe(true);
    expect(synonymous(stem("swap"), stem("exchange"))).toBe(true);
  });

  it("GIVEN a word in two groups THEN it meets both groups' words, and the two groups stay apart", () => {
    // "truce" is a ceasefire and a pause ("the cold-weather pause"); "pause" is also a halt.
    expect(synonymous(stem("truce"), stem("ceasefire"))).toBe(true);
    expect(synonymous(stem("truce"), stem("pause"))).toBe(true);
    expect(synonymous(stem("pause"), stem("halt"))).toBe(true);
    expect(synonymous(stem("ceasefire"), stem("halt"))).toBe(false);
    expect(synonymsOf(stem("truce"))).not.toContain(stem("truce"));
  });

  it("GIVEN a corruption case or a home in other words THEN they meet", () => {
    expect(synonymous(stem("kickback"), stem("corruption"))).toBe(true);
    expect(synonymous(stem("bribery"), stem("kickbacks"))).toBe(true);
    expect(synonymous(stem("house"), stem("residence"))).toBe(true);
    // "Why did Belgium block the loan": it refused, objected, resisted.
    expect(synonymous(stem("block"), stem("refused"))).toBe(true);
    // "abandon its ambition of alliance membership" / "give up its bid to join NATO"
    expect(synonymous(stem("ambition"), stem("bid"))).toBe(true);
    expect(synonymous(stem("membership"), stem("join"))).toBe(true);
    expect(synonymous(stem("blocked"), stem("resistance"))).toBe(true);
    expect(synonymous(stem("home"), stem("flat"))).toBe(true);
    // "killed in the attack on Putin's residence" is not met by "apartment blocks were left without heat".
    expect(synonymous(stem("residence"), stem("apartment"))).toBe(false);
  });

  it("GIVEN words of different groups or none THEN they do not", () => {
    expect(synonymous(stem("ceasefire"), stem("peace"))).toBe(false);
    expect(synonymous(stem("weather"), stem("climate"))).toBe(false);
    expect(synonymsOf(stem("football"))).toEqual([]);
  });
});
