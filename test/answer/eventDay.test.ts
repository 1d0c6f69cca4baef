/**
 * Questions placed in time by another event ("what did X claim the day after A and B met in C"): the event's day
 * comes from the articles, shifted by the connector; the answer is the sentence of that day, not another day's
 * sentence sharing more words. Chat abbreviations of titles and "what cut of" questions ride along here.
 */
import { describe, expect, it } from "vitest";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";
import { analyzeQuestion } from "../../src/answer/question.js";
import { answerCue } from "../../src/answer/cues.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "accord",
    [
      "The two mayors met in Portsmouth on Sunday to sign the harbour accord.",
      "",
      "On Monday, the fishing council accused the mayors of selling out the fleet.",
      "",
      "The accord runs for five years.",
    ].join("\n"),
    { title: "Harbour accord signed", published: "2025-12-30T09:00:00+00:00", source: "Test Wire" },
  );
  writeArticle(
    corpus,
    "accounts",
    [
      // More of the question's words, and of another time: the mayors met in Portsmouth before, in the spring.
      "The fishing council claimed the mayors who met in Portsmouth last spring had ignored the fleet.",
      "",
      "The authority denied it.",
    ].join("\n"),
    { title: "Fishing council and port clash", published: "2025-12-10T09:00:00+00:00", source: "Other Wire" },
  );
});

describe("a question placed in time by another event", () => {
  it("GIVEN 'the day after <event>' THEN the clause is found with its offset", () => {
    const q = analyzeQuestion("what did the fishing council claim the day after the mayors met in Portsmouth");
    expect(q.timeAnchor?.text).toBe("the mayors met in Portsmouth");
    expect([q.timeAnchor?.from, q.timeAnchor?.to]).toEqual([1, 1]);
    expect(analyzeQuestion("what did the council claim after the mayors met in Portsmouth").timeAnchor).toBeUndefined();
  });

  it("GIVEN the event dated in the articles THEN the sentence of the day after is quoted first", async () => {
    const a = await engine().answer("what did the fishing council claim the day after the mayors met in Portsmouth");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(/^On Monday, the fishing council accused the mayors/);
  });
});

describe("chat abbreviations and parts of a whole", () => {
  it("GIVEN 'FM' / 'PM' for a title THEN the title is read; '3 pm' stays a clock time", () => {
    expect(analyzeQuestion("what did the estonian FM say").text).toBe("what did the estonian foreign minister say");
    expect(analyzeQuestion("the uk pm's view on troops").text).toBe("the uk prime minister's view on troops");
    expect(analyzeQuestion("did they meet at 3 pm").text).toBe("did they meet at 3 pm");
  });

  it("GIVEN 'what cut of' THEN a percentage is wanted", () => {
    expect(analyzeQuestion("what cut of the contract value did suppliers hand over").want).toBe("percent");
  });

  it("GIVEN 'how much did X pay' THEN a number of people is no amount of money", () => {
    const terms = analyzeQuestion("how much did moldova pay for the power").terms;
    expect(answerCue("count", "Moldova, a country of about 2.4 million people, imports power.", terms)).toBe(0);
    expect(answerCue("count", "Moldova paid about €40 million for the power.", terms)).toBe(1);
    expect(answerCue("count", "The scheme was worth about one hundred million dollars.", terms)).toBe(1);
  });
});
