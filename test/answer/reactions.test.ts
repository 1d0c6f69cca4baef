/**
 * Question forms of this round: "X's response/reaction to Y" asks what X said; the clause describing the topic of a
 * say-question ("the investigators who searched his house") never blocks; "what temp was it" / "how cold" want a
 * temperature.
 */
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/question.js";
import { answerCue } from "../../src/answer/cues.js";

describe("reaction questions", () => {
  it.each(["and Zelensky response to russia's claim about the drones?", "what was Zelensky's reaction to the drone claim", "how did Zelensky react to the drone claim"])(
    "GIVEN %j THEN a statement by Zelensky is wanted and 'response'/'reaction' is no topic",
    (text) => {
      const q = analyzeQuestion(text);
      expect(q.kind).toBe("say");
      expect(q.want).toBe("statement");
      expect(q.terms.map((t) => t.word)).not.toContain("response");
      expect(q.terms.map((t) => t.word)).not.toContain("reaction");
      expect(q.speaker.map((i) => q.terms[i]!.word)).toEqual(["zelensky"]);
    },
  );
});

describe("a relative clause describing a say-question's topic", () => {
  it("GIVEN 'say about the investigators who searched his house' THEN the clause's words are soft, the topic is not", () => {
    const q = analyzeQuestion("what did Yermak say about the investigators who searched his house");
    const term = (w: string) => q.terms.find((t) => t.word === w)!;
    expect(term("searched").soft).toBe(true);
    expect(term("house").soft).toBe(true);
    expect(term("yermak").soft).toBe(false);
  });

  it("GIVEN a who-question's own clause THEN it stays required (only say-questions' topics are described)", () => {
    const q = analyzeQuestion("who is the general that led the delegation in Abu Dhabi");
    expect(q.terms.find((t) => t.word === "delegation")!.soft).toBe(false);
  });
});

describe("temperature questions", () => {
  it.each(["what temp was it in Zaporizhzhia that morning", "what temperature was it in Kyiv", "how cold was it in Kharkiv"])("GIVEN %j THEN a temperature is wanted", (text) => {
    const q = analyzeQuestion(text);
    expect(q.want).toBe("temperature");
    expect(q.terms.find((t) => t.word === "cold")).toBeUndefined();
  });

  it("GIVEN sentences with and without a temperature THEN only those with one hold the answer", () => {
    const terms = analyzeQuestion("what temp was it in Kyiv").terms;
    expect(answerCue("temperature", "It was -18°C in the city at 7 a.m.", terms)).toBe(1);
    expect(answerCue("temperature", "Temperatures fell to minus 15 overnight.", terms)).toBe(1);
    expect(answerCue("temperature", "People sat in flats at 12 degrees.", terms)).toBe(1);
    expect(answerCue("temperature", "Power cuts lasted up to 16 hours a day.", terms)).toBe(0);
  });
});
