import { describe, expect, it } from "vitest";
import { answerCue, statesPlan } from "../../src/answer/cues.js";
import { analyzeQuestion } from "../../src/answer/question.js";

describe("answerCue for 'who' questions", () => {
  const q = analyzeQuestion("Who led the talks?");
  const isPerson = (w: string) => ["umerov", "rustem"].includes(w);

  it("GIVEN a sentence naming a person THEN it holds the answer", () => {
    expect(answerCue("person", "On Sunday Rustem Umerov led the talks.", q.terms, undefined, isPerson)).toBe(1);
    expect(answerCue("person", "The talks were led by Marco Rubio.", q.terms, undefined, isPerson)).toBe(1);
  });

  it("GIVEN only places, nationalities and days capitalised THEN no person is named", () => {
    expect(answerCue("person", "WASHINGTON – American and Ukrainian negotiators met in Florida on Sunday.", q.terms, undefined, isPerson)).toBe(0);
  });
});

describe("statesPlan", () => {
  it("GIVEN plans and expectations THEN true; 'the next administration' THEN false", () => {
    expect(statesPlan("The working groups would meet again next week.")).toBe(true);
    expect(statesPlan("The next round is due in Abu Dhabi.")).toBe(true);
    expect(statesPlan("A new round would take place in the near future.")).toBe(true);
    expect(statesPlan("A promise can be withdrawn by the next administration.")).toBe(false);
  });
});

describe("questions asking for plans", () => {
  it.each(["What was planned after the first round?", "what will Budanov do first in his new job", "What's next after Geneva?"])(
    "GIVEN %j THEN plans are wanted and the words asking for them never block",
    (text) => {
      const q = analyzeQuestion(text);
      expect(q.want).toBe("next");
      for (const t of q.terms) if (["planned", "next", "first", "do"].includes(t.word)) expect(t.soft).toBe(true);
    },
  );
});
