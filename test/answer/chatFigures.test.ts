/**
 * Session 8's first rules, from four sets written by writers who never saw the engine: numbers typed in words,
 * the figure's multiplier and currency, "POWs", "in charge of", "Xmas", a speaker in apposition who "also spoke
 * of", "spoke" that is no statement, a plural role, and a name in apposition to the kind asked ("which probe").
 * Our own words.
 */
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/question.js";
import { speakerCue } from "../../src/answer/cues.js";
import { numberWordsToDigits } from "../../src/text/numberWords.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

describe("numbers typed in words", () => {
  it.each([
    ["was it three hundred and fourteen prisoners", "was it 314 prisoners"],
    ["one hundred fifty-seven soldiers", "157 soldiers"],
    ["ninety billion euros", "90 billion euros"],
    ["one billion dollars", "1 billion dollars"],
    ["four thousand prisoners", "4,000 prisoners"],
    ["no one said two things", "no one said two things"],
  ])("GIVEN %j THEN %j", (text, digits) => {
    expect(numberWordsToDigits(text)).toBe(digits);
  });

  it("GIVEN 'was it ninety billion euros' THEN the number, multiplier and currency help but never block, and 'in total' is no topic", () => {
    const q = analyzeQuestion("how much are eu leaders lending ukraine, was it ninety billion euros?");
    for (const w of ["90", "billion", "euros"]) expect(q.terms.find((t) => t.word === w)!.soft).toBe(true);
    const r = analyzeQuestion("was it three hundred and fourteen prisoners swapped in total or more?");
    expect(r.terms.find((t) => t.word === "314")).toBeDefined();
    expect(r.terms.find((t) => t.word === "total")!.soft).toBe(true);
  });
});

describe("chat words", () => {
  it("GIVEN 'POWs', 'in charge of', 'xmas' THEN prisoners, heading, Christmas", () => {
    expect(analyzeQuestion("how many POWs were freed").terms.map((t) => t.word)).toContain("prisoners");
    expect(analyzeQuestion("who's in charge of the fund").terms.map((t) => t.word)).not.toContain("charge");
    expect(analyzeQuestion("what happened before xmas").terms.map((t) => t.word)).toContain("christmas");
  });
});

describe("speaker cues", () => {
  const umerov = ["s:umerov"];
  it("GIVEN 'X, <apposition>, also spoke of …' THEN X speaks", () => {
    expect(speakerCue("Chief negotiator Rustem Umerov, secretary of the security council, also spoke of constructive talks.", undefined, umerov)).toBe(1);
  });
  it("GIVEN 'X and Y spoke before the meeting' THEN no statement of X's", () => {
    expect(speakerCue("Umerov and Witkoff spoke before the meeting.", undefined, umerov)).toBeLessThan(0.6);
    expect(speakerCue("Umerov spoke to reporters after the meeting.", undefined, umerov)).toBe(1);
  });
  it("GIVEN 'none of the delegation heads spoke' THEN not the one head asked about", () => {
    expect(speakerCue("None of the delegation heads spoke to reporters as they left.", undefined, ["s:budanov"], new Set(["s:head"]))).toBeLessThan(0.6);
  });
});

describe("which probe", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "raid",
      [
        "Detectives of the anti-graft bureau searched the flat of the chief of staff on Friday morning, hours before he resigned from his post.",
        "",
        "The chief of staff confirmed the raid on his flat in a short post and said he was cooperating.",
        "",
        "According to people familiar with the case, the raid is connected to Operation Lantern, the bureau's investigation into kickbacks at the grid operator.",
      ].join("\n"),
      { title: "Chief of staff quits after raid", published: "2026-03-06T18:00:00+01:00", source: "Test Wire" },
    );
  });

  it("GIVEN 'which probe was the raid on his flat part of' THEN the sentence naming the investigation is quoted", async () => {
    expect(analyzeQuestion("the raid on the chief of staff's flat - which probe was it part of?").whNamed).toBe("probe");
    const a = await engine().answer("the raid on the chief of staff's flat - which probe was it part of?");
    expect(a.found).toBe(true);
    expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/Operation Lantern/);
  });
});

describe("capitals for their countries", () => {
  it.each([["bratislava", "slovakia"], ["budapest", "hungary"], ["doha", "qatar"], ["prague", "czech republic"]])("GIVEN %j THEN it names %j", async (capital, country) => {
    const { aliasHits } = await import("../../src/entities/keys.js");
    const { tokens } = await import("../../src/text/terms.js");
    const a = aliasHits(tokens(capital)).map((h) => h.hit.direct);
    expect(a.length).toBeGreaterThan(0);
    expect(aliasHits(tokens(country)).map((h) => h.hit.direct)).toContain(a[0]);
  });
});
