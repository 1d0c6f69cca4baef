/**
 * Session 14: wording of many outlets that the engine read wrong — "the American side" against another side's
 * delegation, "the Russian MoD", "the bloc", chat's "when r", "sit down", "step down", "safety assurances", "ballistic ones", an
 * institution speaking for its country ("Russia's defence ministry said"), a quote going on in the next sentence of
 * the paragraph, a phone call that cannot last weeks, and a plan of another number of points. Our own words
 * throughout; people are made up (places are the alias table's where a test needs one).
 */
import { describe, expect, it } from "vitest";
import { answerCue, givesCause, speakerCue } from "../../src/answer/cues.js";
import { analyzeQuestion } from "../../src/answer/question.js";
import { namesOtherSideOnly, sideAsked, sidesNamed } from "../../src/answer/sides.js";
import { synonymous } from "../../src/text/synonyms.js";
import { stem } from "../../src/text/terms.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const words = (q: string) => analyzeQuestion(q).terms.map((t) => t.word);

describe("question analysis and cues", () => {
  it("GIVEN 'the American side' THEN that side is asked; a sentence naming only another side's delegation names the wrong one", () => {
    expect(sideAsked("who headed the american side at the swiss talks")).toBe("g:us");
    expect(sideAsked("who led the talks")).toBeUndefined();
    expect([...sidesNamed("Russia's delegation was led by Medinsky; the Ukrainian negotiating team by Umerov.")].sort()).toEqual(["g:russia", "g:ukraine"]);
    expect(namesOtherSideOnly("Kostyukov, who led the Russian delegation, flew home.", "g:us")).toBe(true);
    expect(namesOtherSideOnly("Yermak led the Ukrainian team, which sat down with an American delegation.", "g:us")).toBe(false);
    expect(namesOtherSideOnly("The talks ended late.", "g:us")).toBe(false);
  });

  it("GIVEN 'the Russian MoD', chat's 'when r', 'sit down', 'step down' THEN the ministry, 'are', a meeting, a resignation", () => {
    expect(words("what did the russian MoD say about the swap")).toEqual(expect.arrayContaining(["defence", "ministry"]));
    expect(words("what did the russian MoD say about the swap")).not.toContain("mod");
    expect(words("when r the talks in alpstadt")).not.toContain("r");
    expect(words("r they meeting again")).not.toContain("r");
    expect(words("where did pierce and orlan sit down in december")).not.toContain("sit");
    expect(words("why did vyrii step down")).toContain("resign");
    expect(words("why did vyrii step down")).not.toContain("step");
    // "Get their hotline back" is restoring it, which the stories call re-establishing it.
    expect(words("did the two militaries get their hotline back")).toContain("restore");
    expect(words("did the two militaries get their hotline back")).not.toContain("back");
    expect(synonymous(stem("restore"), stem("re-established"))).toBe(true);
    // "Pull in" money is raising it; "knock out the lights" is cutting the power.
    expect(words("how much is nordland hoping to pull in for rebuilding")).toContain("raise");
    expect(words("did sudland knock out the lights in portville")).toEqual(expect.arrayContaining(["cut", "power"]));
    // "The bloc" is the EU; "xmas" is Christmas.
    expect(analyzeQuestion("what did the bloc decide on the loan").terms.find((t) => t.word === "bloc")?.keys).toContain("g:eu");
    expect(words("what did the union decide just before xmas")).toContain("christmas");
  });

  it("GIVEN 'safety assurances', 'hopes', a kickback 'racket', 'ballistic ones' THEN the stories' words meet them, and 'ones' is no topic", () => {
    expect(synonymous(stem("safety"), stem("security"))).toBe(true);
    expect(synonymous(stem("hopes"), stem("ambition"))).toBe(true);
    expect(synonymous(stem("racket"), stem("scheme"))).toBe(true);
    expect(synonymous(stem("skimmed"), stem("laundered"))).toBe(true);
    expect(synonymous(stem("sat"), stem("welcomed"))).toBe(false);
    expect(synonymous(stem("meet"), stem("welcomed"))).toBe(true);
    expect(synonymous(stem("break"), stem("pause"))).toBe(true);
    expect(synonymous(stem("dream"), stem("ambition"))).toBe(true);
    expect(synonymous(stem("portfolio"), stem("post"))).toBe(true);
    expect(synonymous(stem("headcount"), stem("personnel"))).toBe(true);
    const ones = analyzeQuestion("how many of the missiles were ballistic ones").terms.find((t) => t.word === "ones");
    expect(ones?.topic ?? false).toBe(false);
  });

  it("GIVEN 'Russia's defence ministry said' THEN Russia speaks through it; 'Orlan's critics argued' is not Orlan", () => {
    expect(speakerCue("Russia's defence ministry said in a statement that 157 servicemen had come home.", undefined, ["g:russia"])).toBe(1);
    expect(speakerCue("Russia's foreign ministry said the talks had been useful.", undefined, ["g:russia"])).toBe(1);
    expect(speakerCue("Orlan's critics argued that the deal was a mistake.", undefined, ["n:orlan"])).toBeLessThan(1);
  });

  it("GIVEN 'why was X searched' THEN 'the search was part of an investigation' gives the reason; 'part of the team' does not", () => {
    expect(givesCause('The search was part of "Operation Harbour", a bureau investigation into an alleged kickback scheme.')).toBe(true);
    expect(givesCause("He was part of the team in Alpstadt.")).toBe(false);
  });

  it("GIVEN 'how long was the phone call' THEN weeks of diplomacy are no answer; hours are", () => {
    const terms = analyzeQuestion("how long was pierce's phone call with volkov before the harbour meeting").terms;
    expect(answerCue("duration", "The meeting came at the end of a frantic six weeks of diplomacy.", terms)).toBe(0);
    expect(answerCue("duration", "Pierce spoke to Volkov by phone for more than two hours on Sunday.", terms)).toBe(1);
  });
});

describe("answers", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "sides",
      [
        "The Russian delegation in Alpstadt, which sat down with the Americans, was led by Admiral Boris Kostin, head of military intelligence, who flew in from the capital on Monday.",
        "",
        "The American side was again led by special envoy Tom Pierce and his deputy Ann Reyes.",
        "",
        "Talks in Alpstadt ran for two days.",
      ].join("\n"),
      { title: "Alpstadt round ends", published: "2026-02-18T20:00:00+01:00", source: "Test Wire" },
    );
    writeArticle(
      corpus,
      "venue",
      [
        "GENEVA - The third round ended on Wednesday without a breakthrough.",
        "",
        "Both sides said little beyond a promise to meet again. Officials described the mood as tense.",
        "",
        "Medin held a separate meeting with the Nordland negotiators, lasting about two hours, at the Lakeview hotel before he flew home.",
        "",
        "The land question remains the hardest. Nordland will not give up the east, its officials say.",
        "",
        "The round before, in Abu Dhabi, had ended with a swap of prisoners.",
      ].join("\n"),
      { title: "Geneva round ends", published: "2026-02-18T21:00:00+01:00", source: "Test Monitor" },
    );
    writeArticle(
      corpus,
      "draft",
      [
        "GENEVA - A draft for ending the war has reached Kyiv, officials said on Friday. Its authors are not named.",
        "",
        "Diplomats in Geneva were cautious. Several said the text was still changing.",
        "",
        "The plan would:",
        "",
        "- limit Ukraine's armed forces to 600,000 troops;",
        "- rule out Ukraine's membership of the alliance.",
        "",
        "The text was written by American envoys over several weeks.",
      ].join("\n"),
      { title: "What the draft says", published: "2025-11-21T12:00:00+01:00", source: "Test Wire" },
    );
    writeArticle(
      corpus,
      "room",
      [
        "SUDGRAD - Volkov received the Westland envoys Tom Pierce and Ann Reyes late on Tuesday in the Citadel, for about five hours.",
        "",
        "Pierce had first come to Sudgrad in November, spokesman Oleg Marin said.",
        "",
        "The talks were described as useful by both sides. No date was set for a summit.",
        "",
        "Igor Ushko, who sat in on the meeting alongside the fund chief Kirill Dorin, told reporters that no compromise had been found.",
      ].join("\n"),
      { title: "Volkov receives the envoys", published: "2025-12-03T01:00:00+03:00", source: "Test Agency" },
    );
    writeArticle(
      corpus,
      "plans",
      [
        "President Orlan has presented a 20-point draft framework in Portville, his office said.",
        "",
        "The earlier text was drafted by envoy Tom Pierce. Army Secretary Dan Rowe carried the 28-point plan to Portville and walked Orlan through it on Thursday.",
      ].join("\n"),
      { title: "Two plans", published: "2025-12-24T10:00:00+02:00", source: "Test Daily" },
    );
    writeArticle(
      corpus,
      "forum",
      [
        "Speaking at an investment forum on Tuesday, Volkov said Sudland had no plans to fight Nordland's allies. \"But if they want to fight and start, we are ready right now,\" the Sudland leader said.",
        "",
        "Volkov also accused the allies of obstructing the talks.",
      ].join("\n"),
      { title: "Volkov warns the allies", published: "2025-12-02T18:00:00+03:00", source: "Test Agency" },
    );
  });

  it("GIVEN 'who headed the American side' THEN the sentence leading that side, not the other side's delegation", async () => {
    const a = await engine().answer("who headed the american side at the alpstadt talks");
    expect(a.quotes[0]?.text).toContain("Tom Pierce");
  });

  it("GIVEN 'which hotel were the X talks held in' THEN a hotel of a story naming X only in passing is another venue", async () => {
    expect(analyzeQuestion("which hotel were the abu dhabi talks held in").want).toBe("place");
    const abu = await engine().answer("which hotel were the abu dhabi talks held in");
    expect(abu.quotes.map((q) => q.text)).toEqual([]);
    expect(abu.found).toBe(false);
    const geneva = await engine().answer("which hotel were the geneva talks held in");
    expect(geneva.quotes[0]?.text).toContain("Lakeview hotel");
    // ("After the Abu Dhabi talks" says when: the venue asked is of another round.)
    expect((await engine().answer("which hotel was the round after the abu dhabi talks held in")).found).toBe(true);
  });

  it("GIVEN 'under the US draft, how big could Ukraine's army be' THEN a list item of the plan answers without naming the US", async () => {
    const a = await engine().answer("under the american draft how big could ukraine's army be");
    expect(a.quotes.map((q) => q.text).join(" ")).toContain("600,000");
  });

  it("GIVEN 'the 28 point plan' THEN a sentence about a 20-point draft is about another document; 'brought' meets 'carried'", async () => {
    expect(analyzeQuestion("who brought the 28 point plan to portville").planPoints).toBe("28");
    const a = await engine().answer("who brought the 28 point plan to portville");
    expect(a.quotes[0]?.text).toContain("Dan Rowe carried");
    expect(a.quotes.map((q) => q.text).join(" ")).not.toContain("20-point");
  });

  it("GIVEN 'what was X's message to the allied leaders' THEN what X said, whether or not it names the leaders", async () => {
    expect(analyzeQuestion("what was volkov's message to the allied leaders").want).toBe("statement");
    const a = await engine().answer("what was volkov's message to the allied leaders");
    expect(a.found).toBe(true);
    expect(a.quotes.map((q) => q.text).join(" ")).toContain("no plans to fight");
  });

  it("GIVEN 'who else was in the room when X met Y' THEN the one who sat in alongside, though he shares few words with it", async () => {
    expect(analyzeQuestion("who else was in the room when volkov met pierce and reyes").companions).toBe(true);
    expect(analyzeQuestion("who met volkov").companions).toBeUndefined();
    const a = await engine().answer("who else was in the room when volkov met pierce and reyes");
    expect(a.quotes[0]?.text).toContain("sat in on the meeting alongside");
  });

  it("GIVEN 'what did X warn about' THEN his own words in the next sentence of the paragraph come with the reported ones", async () => {
    const a = await engine().answer("what did volkov say about fighting the allies");
    const quote = a.quotes.find((q) => q.text.includes("no plans to fight"));
    expect(quote?.text).toContain("we are ready right now");
  });
});
