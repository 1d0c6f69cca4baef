/**
 * Session 8, second batch: a date stated in the next sentence of the story ("The meeting took place on Tuesday
 * evening"), a yes/no question's "after …" clause that only sets the scene, a length given by its end ("until
 * February 1"), "the oldest was 59", a motive as a reason ("fearing …"), "what's the idea for". Our own words.
 */
import { describe, expect, it } from "vitest";
import { answerCue, CAUSE } from "../../src/answer/cues.js";
import { analyzeQuestion } from "../../src/answer/question.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

describe("cues", () => {
  it("GIVEN 'meant to last until February 1' THEN it answers how long", () => {
    expect(answerCue("duration", "The pause had been meant to last until February 1.", [])).toBe(1);
    expect(answerCue("duration", "The envoys met in the capital on Tuesday.", [])).toBe(0);
  });
  it("GIVEN a sentence dated only by its dateline or its saying THEN half a date cue, unless the saying is asked", () => {
    expect(answerCue("date", "The talks were useful, his spokesman told reporters on Wednesday.", [])).toBe(0.5);
    expect(answerCue("date", "MOSCOW, March 4 (Test Wire) - The talks in the Kremlin were useful, officials said.", [])).toBe(0.5);
    expect(answerCue("date", "The meeting took place on Tuesday evening.", [])).toBe(1);
    const said = analyzeQuestion("when did the spokesman make his statement").terms;
    expect(answerCue("date", "The talks were useful, his spokesman told reporters on Wednesday.", said)).toBe(1);
  });
  it("GIVEN 'one exchange at a time' or 'First, …' THEN no count; 'the second round' still counts rounds", () => {
    const prisoners = analyzeQuestion("how many prisoners were swapped").terms;
    expect(answerCue("count", "It has been built deliberately, one exchange of prisoners at a time.", prisoners)).toBe(0);
    expect(answerCue("count", "First, that no deal forced on Ukraine will bring security.", prisoners)).toBe(0);
    expect(answerCue("count", "The sides swapped 157 prisoners each.", prisoners)).toBe(1);
    expect(answerCue("count", "It was the second round of talks.", analyzeQuestion("how many rounds were held").terms)).toBe(1);
  });
  it("GIVEN a counted noun met by a synonym THEN the number must count that word ('air force … 38 missiles' counts no troops)", async () => {
    const { countsNear } = await import("../../src/answer/cues.js");
    expect(countsNear("Ukraine's air force said it had intercepted 38 of the missiles.", "forc")).toBe(false);
    expect(countsNear("The draft would have capped Ukraine's armed forces at six lakh personnel.", "forc")).toBe(true);
    expect(countsNear("The plan keeps the armed forces at about 800,000 in peacetime.", "forc")).toBe(true);
  });
  it("GIVEN 'any news on a deadline' THEN a date is wanted, 'deadline' never blocks, and 'by June' answers best", () => {
    const q = analyzeQuestion("any news on a deadline from the americans for a deal?");
    expect(q.want).toBe("date");
    expect(q.terms.find((t) => t.word === "deadline")!.soft).toBe(true);
    expect(analyzeQuestion("what's the latest deadline the us wants for a deal").want).toBe("date");
    expect(answerCue("date", "The Americans want to finish everything by June, he told reporters.", q.terms)).toBe(1);
    expect(answerCue("date", "The talks ended in Geneva on Wednesday.", q.terms)).toBe(0.5);
  });
  it("GIVEN 'at the end of January', 'the newer version of the plan' THEN 'end' is a date word and 'version' no topic", () => {
    const q = analyzeQuestion("what did trump say about the pause at the end of january");
    expect(q.terms.find((t) => t.word === "end")!.date).toBe(true);
    expect(analyzeQuestion("under the newer version of the plan how big can the army be").terms.find((t) => t.word === "version")!.topic).toBe(false);
  });
  it("GIVEN 'how much money did Putin offer', 'the case that brought down X', 'at the center of' THEN no verb or frame word is a topic", () => {
    expect(analyzeQuestion("how much money did Putin offer to the board").terms.find((t) => t.word === "offer")!.topic).toBe(false);
    const q = analyzeQuestion("which company is at the center of the corruption case that brought down Yermak?");
    expect(q.terms.find((t) => t.word === "brought")!.topic).toBe(false);
    expect(q.terms.find((t) => t.word === "center")!.topic).toBe(false);
  });
  it("GIVEN 'the oldest of them was 59' THEN an age", () => {
    expect(answerCue("age", "The oldest of them was 59 and the youngest 23.", [])).toBe(1);
  });
  it("GIVEN 'fearing it would be left with the risk' THEN a reason", () => {
    expect(CAUSE.test("The port city resisted the plan, fearing it would be left alone with the risk.")).toBe(true);
  });
  it("GIVEN 'what's the idea for X' THEN 'idea' is no topic", () => {
    expect(analyzeQuestion("what's the idea for a buffer zone in the draft").terms.find((t) => t.word === "idea")!.topic).toBe(false);
  });
  it("GIVEN a yes/no question with 'after seeing X' THEN those words set the scene", () => {
    const q = analyzeQuestion("did the Americans go on to Kyiv after seeing Putin in December");
    expect(q.terms.find((t) => t.word === "putin")!.setting).toBe(true);
    expect(q.terms.find((t) => t.word === "kyiv")!.setting).toBeUndefined();
  });
});

describe("answers", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "kremlin_meeting",
      [
        "MOSCOW, March 4 (Test Wire) - The talks between President Volkov and the envoys Harlan Pierce and Dana Whitby in the Kremlin were useful, Volkov's spokesman told reporters on Wednesday.",
        "",
        "The meeting took place on Tuesday evening and lasted about five hours.",
        "",
        "According to the adviser Yuri Sokol, the envoys would not go on to Kyiv; they were flying home to report to their president.",
      ].join("\n"),
      { title: "Kremlin calls talks with envoys useful", published: "2026-03-04T12:00:00+03:00", source: "Test Wire" },
    );
    writeArticle(
      corpus,
      "other",
      "Harlan Pierce and Dana Whitby will meet President Volkov, a senior official said on Friday, without giving a date.",
      { title: "Envoys to travel", published: "2026-02-27T12:00:00+00:00", source: "Other Wire" },
    );
  });

  it("GIVEN 'when did Volkov meet Pierce and Whitby' THEN the sentence dating the meeting is among the quotes", async () => {
    const a = await engine().answer("when did Volkov meet Pierce and Whitby");
    expect(a.found).toBe(true);
    expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/took place on Tuesday evening/);
  });

  it("GIVEN 'did the envoys go on to Kyiv after seeing Volkov' THEN the sentence saying they would not is quoted", async () => {
    const a = await engine().answer("did the envoys go on to Kyiv after seeing Volkov?");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(/would not go on to Kyiv/);
  });
});

describe("is X still", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "old",
      [
        "GENEVA, March 2 (Test Wire) - Arvid Stenholm, who is leading Nordland's negotiating team, arrived in Geneva on Sunday.",
        "",
        "Nordland's negotiating team is led by Arvid Stenholm, the head of the president's office.",
      ].join("\n"),
      { title: "Talks in Geneva", published: "2026-03-02T10:00:00+01:00", source: "Test Wire" },
    );
    writeArticle(
      corpus,
      "new",
      [
        "The president of Nordland named a new chief negotiator on Saturday.",
        "",
        "The decision followed the resignation of Arvid Stenholm as head of the president's office and of the negotiating team on Friday.",
      ].join("\n"),
      { title: "New negotiator for Nordland", published: "2026-03-08T10:00:00+01:00", source: "Other Wire" },
    );
  });

  it("GIVEN 'is Stenholm still leading the negotiating team' THEN the sentence telling of his resignation comes first", async () => {
    const a = await engine().answer("is Stenholm still leading Nordland's negotiating team?");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(/resignation of Arvid Stenholm/);
  });
});
