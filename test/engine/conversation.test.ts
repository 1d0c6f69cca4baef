import { describe, expect, it } from "vitest";
import { Conversations, resolveFollowUp } from "../../src/engine/conversation.js";
import type { ConversationTurn } from "../../src/types.js";

function turn(question: string, quote?: string): ConversationTurn {
  const quotes = quote ? [{ text: quote, articleId: "a", title: "t", source: "s", published: "2025-11-30", start: 0, end: quote.length }] : [];
  return { question, understood: question, answer: { found: quotes.length > 0, answer: "x", quotes }, at: 0 };
}

describe("resolveFollowUp", () => {
  it("GIVEN no history THEN the question is left as asked", () => {
    expect(resolveFollowUp("when was that?", [])).toEqual({ text: "when was that?" });
  });

  it("GIVEN 'when was that?' after a question about Yermak THEN his name and the topic are carried into it", () => {
    expect(resolveFollowUp("when was that?", [turn("Why did Yermak resign?")])).toEqual({ text: "when was that Yermak resign?", about: "Yermak resign" });
  });

  it("GIVEN a follow-up naming someone else THEN only the topic nouns carry over, not the previous speaker", () => {
    const r = resolveFollowUp("and what did Putin say about it?", [turn("What did Witkoff propose on the peace plan?")]);
    expect(r).toEqual({ text: "and what did Putin say about it peace plan?", about: "peace plan" });
  });

  it("GIVEN 'who else was there?' after a where-question THEN the city of the answer carries over, not the people named", () => {
    const r = resolveFollowUp("who else was there?", [turn("Where did Umerov meet Witkoff?", "The Ukrainian team met Witkoff in Miami on Sunday.")]);
    expect(r.about).toBe("meet Miami");
    expect(r.text).not.toMatch(/Umerov|Witkoff/);
  });

  it("GIVEN chatter that is no question THEN nothing is carried", () => {
    expect(resolveFollowUp("ok thanks", [turn("How long did the Kremlin meeting last?")])).toEqual({ text: "ok thanks" });
  });

  it("GIVEN a question that stands alone THEN nothing is carried", () => {
    expect(resolveFollowUp("What did Putin say about the peace plan?", [turn("Why did Yermak resign?")])).toEqual({ text: "What did Putin say about the peace plan?" });
  });

  it("GIVEN several turns THEN the follow-up is read against the last one as understood (chains of follow-ups)", () => {
    const previous = { ...turn("who was there?"), understood: "who was there Kremlin?" };
    expect(resolveFollowUp("how long did it last?", [turn("Why did Yermak resign?"), previous]).about).toBe("Kremlin");
  });
});

describe("Conversations", () => {
  it("GIVEN a sixth turn THEN the first is dropped (last 5 kept)", () => {
    const c = new Conversations();
    for (let i = 1; i <= 6; i++) c.record("t", turn(`question ${i}?`));
    expect(c.history("t").map((t) => t.question)).toEqual(["question 2?", "question 3?", "question 4?", "question 5?", "question 6?"]);
  });

  it("GIVEN 31 minutes without a turn THEN the conversation is forgotten; 29 minutes keeps it", () => {
    let now = 0;
    const c = new Conversations({}, () => now);
    c.record("a", turn("first?"));
    c.record("b", turn("first?"));
    c.link("m1", "a");
    now = 29 * 60_000;
    expect(c.history("a")).toHaveLength(1);
    c.record("a", turn("second?"));
    now = 29 * 60_000 + 31 * 60_000;
    expect(c.history("a")).toEqual([]);
    expect(c.keyOf("m1")).toBeUndefined();
    expect(c.has("b")).toBe(false);
  });

  it("GIVEN more conversations than the cap THEN the least recently used is dropped", () => {
    const c = new Conversations({ conversations: 2 });
    c.record("a", turn("a?"));
    c.record("b", turn("b?"));
    c.record("a", turn("a again?"));
    c.record("c", turn("c?"));
    expect([c.has("a"), c.has("b"), c.has("c")]).toEqual([true, false, true]);
  });

  it("GIVEN a message linked to a conversation THEN a reply to it finds that conversation; forget starts afresh", () => {
    const c = new Conversations();
    c.record("chain", turn("why?"));
    c.link("answer-1", "chain");
    expect(c.keyOf("answer-1")).toBe("chain");
    c.forget("chain");
    expect(c.keyOf("answer-1")).toBeUndefined();
  });
});
