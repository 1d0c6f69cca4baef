/**
 * Session 9: kinds of question from four sets written blind at the session's start — "which US general" (a person,
 * named beside the title; the country before the role says which), "what did Professor X say about the 95 per cent
 * figure" (a statement; the title and "per cent" never block), chat shorthand ("abt", "rn"), "what did Brussels
 * agree" (the verb is no qualifier of the name), an aside saying what the answer is not, "where was X when he said"
 * (the place of the saying, a place the question does not name), "The talks took place at …" (the event of the
 * sentence before), and a day's session lasting hours. Our own words throughout.
 */
import { describe, expect, it } from "vitest";
import { answerCue } from "../../src/answer/cues.js";
import { analyzeQuestion } from "../../src/answer/question.js";
import { splitSentences } from "../../src/text/sentences.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const term = (question: string, word: string) => analyzeQuestion(question).terms.find((t) => t.word === word);

describe("question analysis", () => {
  it("GIVEN 'which US general' or 'what official' THEN a person is wanted, as for 'who'", () => {
    expect(analyzeQuestion("which US general was at the talks in the capital").want).toBe("person");
    expect(analyzeQuestion("what official said the talks were useful").want).toBe("person");
    expect(analyzeQuestion("which city hosted the talks").want).not.toBe("person");
  });

  it("GIVEN 'what did X say about the 95 per cent figure' THEN a statement; 'what percentage did X say' still a percentage", () => {
    const q = analyzeQuestion("what did professor tanabe say about the 95 per cent figure");
    expect(q.want).toBe("statement");
    expect(q.terms.find((t) => t.word === "figure")!.topic).toBe(false);
    expect(q.terms.find((t) => t.word === "cent" || t.word === "per cent")!.soft).toBe(true);
    expect(analyzeQuestion("what percentage of the guarantees did the president say were agreed").want).toBe("percent");
  });

  it("GIVEN a title before a name ('Professor Tanabe') THEN the title need not be written in the answer", () => {
    expect(term("what did Professor Tanabe say about the plan", "professor")!.role).toBeUndefined();
    expect(term("what did the professor say about the plan", "professor")!.role).toBe(true);
  });

  it("GIVEN chat shorthand THEN the words it stands for", () => {
    expect(analyzeQuestion("what did he say abt the drones").text).toBe("what did he say about the drones");
    expect(analyzeQuestion("is there a ceasefire rn").text).toBe("is there a ceasefire right now");
    expect(analyzeQuestion("talks w/ the americans, did u hear").text).toBe("talks with the americans, did you hear");
    // "U.S." is not "you".
    expect(analyzeQuestion("what did the U.S. offer").text).toBe("what did the U.S. offer");
  });

  it("GIVEN 'what did Brussels agree on money' THEN 'agree' is the question's verb, not a word qualifying the name", () => {
    expect(term("what did Brussels agree on money for the country", "agree")!.soft).toBe(false);
    // "Brussels diplomats": a word after a place's name still qualifies it.
    expect(term("what did Brussels diplomats tell reporters", "diplomats")!.soft).toBe(true);
  });

  it("GIVEN 'the chief of the general staff, not the defence minister' THEN the aside after 'not the' is no term", () => {
    const words = analyzeQuestion("who's the country's top general? chief of the general staff i mean, not the defence minister").terms.map((t) => t.word);
    expect(words).not.toContain("minister");
    expect(words).not.toContain("defence");
    expect(words).not.toContain("mean");
    expect(words).toContain("staff");
  });

  it("GIVEN 'where was X when he said' THEN the place asked is of the saying; 'the residence Russia says…' is not", () => {
    expect(analyzeQuestion("in which city was Volkov when he said the plan could be a basis for a deal?").placeOfSaying).toBe(true);
    expect(analyzeQuestion("where's the residence that Nordland says was attacked").placeOfSaying).toBeUndefined();
  });
});

describe("cues", () => {
  it("GIVEN a where question THEN a place it does not name is a full cue, its own place half", () => {
    const q = analyzeQuestion("where in Florida did the delegation meet the envoy");
    expect(answerCue("place", "The delegation held five hours of talks in Florida on Sunday.", q.terms)).toBe(0.5);
    expect(answerCue("place", "The talks took place at the Shell Bay club in Hallandale Beach.", q.terms)).toBe(1);
  });

  it("GIVEN the place of a saying THEN a place beside the verb counts in full, one deep in what was said half", () => {
    const q = analyzeQuestion("in which city was Volkov when he said the plan could be a basis for a deal?");
    const cue = (text: string) => answerCue("place", text, q.terms, q.whRole, undefined, false, undefined, q.placeOfSaying);
    expect(cue("Volkov spoke to reporters on Thursday in Bishkek, where he was attending a summit.")).toBe(1);
    expect(cue("Volkov says a proposal drawn up by the envoys could serve as a basis for agreements to end the fighting in Nordland.")).toBe(0.5);
  });

  it("GIVEN 'how long did the talks go on on the Monday' THEN a day's length is in hours, not 'two days of talks'", () => {
    const terms = analyzeQuestion("how long did the berlin talks go on for on the monday").terms;
    expect(answerCue("duration", "Two days of talks in the capital ended on Monday evening with a dinner.", terms)).toBe(0);
    expect(answerCue("duration", "On Monday the talks went on for more than five hours.", terms)).toBe(1);
    expect(answerCue("duration", "Two days of talks in the capital ended on Monday evening.", analyzeQuestion("how long did the berlin talks last").terms)).toBe(1);
  });
});

describe("sentences", () => {
  it("GIVEN '!' inside a name ('the Russia Calling! forum') THEN a lower-case word after it goes on with the sentence", () => {
    const body = "Volkov told reporters at the Nordland Calling! investment forum that he was ready. Nobody knows more.";
    expect(splitSentences(body).map((s) => body.slice(s.start, s.end))).toEqual([
      "Volkov told reporters at the Nordland Calling! investment forum that he was ready.",
      "Nobody knows more.",
    ]);
  });
});

describe("answers", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "capital_talks",
      [
        "Delegations from Nordland, Sudland and the United States met again in the capital of Oskaria on Wednesday.",
        "",
        "The American side included envoy Harlan Pierce, Army Secretary Dale Morrow and General Corin Vask, the commander of US forces in Europe.",
        "",
        "Sudland's team was led by Admiral Pavel Ordin, the head of its military intelligence.",
      ].join("\n"),
      { title: "Three-way talks resume in Oskaria", published: "2026-02-05T12:00:00+00:00", source: "Test Wire" },
    );
    writeArticle(
      corpus,
      "florida",
      [
        "A Nordland delegation led by its new chief negotiator, Arvid Stenholm, held about five hours of talks with Secretary of State Mara Quill in Florida on Sunday.",
        "",
        "The talks took place at the Shell Bay club in Hallandale Beach, north of Miami.",
        "",
        "Quill told reporters afterwards that the session had been productive.",
      ].join("\n"),
      { title: "Nordland's new negotiator holds first talks in Florida", published: "2026-11-30T20:00:00-05:00", source: "Other Wire" },
    );
    writeArticle(
      corpus,
      "professor",
      [
        "President Halvard said the guarantees were 95% agreed.",
        "",
        "Professor Hiro Tanabe of the Kansai Institute said the gap between 95% and 100% should not be underestimated. \"In negotiations like this, the last five percent is where the whole war is,\" he said.",
      ].join("\n"),
      { title: "Guarantees '95% agreed'", published: "2026-12-29T09:00:00+09:00", source: "Third Daily" },
    );
  });

  it("GIVEN 'which US general was at the talks in Oskaria' THEN the general is quoted, not the other side's admiral", async () => {
    const a = await engine().answer("which US general was at the talks in Oskaria");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(/General Corin Vask/);
  });

  it("GIVEN 'where in Florida did they meet Quill' THEN the sentence about 'the talks' of the one before answers", async () => {
    const a = await engine().answer("where in florida did the Nordland team meet Quill after the change of negotiator");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(/Shell Bay club in Hallandale Beach/);
  });

  it("GIVEN 'what did Professor Tanabe say about the 95 per cent figure' THEN his words are quoted", async () => {
    const a = await engine().answer("what did professor tanabe say about the 95 per cent figure");
    expect(a.found).toBe(true);
    expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/last five percent is where the whole war is|gap between 95% and 100%/);
  });
});
