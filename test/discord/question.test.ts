import { describe, expect, it } from "vitest";
import { DEFAULT_BOT_SETTINGS, type BotContext } from "../../src/discord/context.js";
import { Cooldowns } from "../../src/discord/Cooldowns.js";
import { Conversations } from "../../src/engine/conversation.js";
import { InFlight } from "../../src/discord/InFlight.js";
import { checkQuestion, questionFromMention } from "../../src/discord/question.js";
import { silentLogger } from "../../src/log.js";
import { fakeEngine, testConfig } from "./support.js";

function ctx(cooldownSeconds = 0): BotContext {
  return {
    config: testConfig(),
    engine: fakeEngine(),
    logger: silentLogger,
    settings: DEFAULT_BOT_SETTINGS,
    commands: new Map(),
    cooldowns: new Cooldowns(cooldownSeconds),
    inFlight: new InFlight(),
    conversations: new Conversations(),
  };
}

describe("checkQuestion", () => {
  it("GIVEN empty or invisible-only input THEN refuses with the core's explanation", () => {
    for (const raw of ["", "   ", "\u200b\u200b", "\u2060\u200d\ufeff", "\u0000\u0007"]) {
      const check = checkQuestion(ctx(), raw, "u");
      expect(check).toMatchObject({ ok: false, id: "question.empty" });
    }
  });

  it("GIVEN a question over the one question limit THEN refuses with the core's message; exactly the limit is accepted", () => {
    const check = checkQuestion(ctx(), "why ".repeat(100), "u");
    expect(check).toEqual({ ok: false, id: "question.too-long", message: "That question is 399 characters long; please ask in at most 300 characters." });
    expect(checkQuestion(ctx(), "w".repeat(301), "u")).toMatchObject({ ok: false, id: "question.too-long" });
    expect(checkQuestion(ctx(), "w".repeat(300), "u")).toEqual({ ok: true, text: "w".repeat(300) });
  });

  it("GIVEN the /ask option THEN its max length is the same limit the core checks", async () => {
    const { default: ask } = await import("../../src/discord/commands/ask.js");
    const { ANSWER_TUNING } = await import("../../src/retrieval/tuning.js");
    const option = ask.data.options!.find((o) => o.name === "question") as { max_length?: number };
    expect(option.max_length).toBe(ANSWER_TUNING.maxQuestionLength);
  });

  it("GIVEN a cooldown THEN the second question is refused politely and the first is cleaned", () => {
    const c = ctx(30);
    expect(checkQuestion(c, "  Why did\u200b Yermak resign? ", "u")).toEqual({ ok: true, text: "Why did Yermak resign?" });
    expect(checkQuestion(c, "And Umerov?", "u")).toMatchObject({ ok: false, id: "question.cooldown", message: expect.stringMatching(/wait 30 seconds/) });
  });
});

describe("questionFromMention", () => {
  it("GIVEN the bot's user and role mentions anywhere THEN removes them and keeps everything else", () => {
    expect(questionFromMention("<@111> why did <@222> say @everyone <@&333>? <@!111>", "111", "333")).toBe("why did <@222> say @everyone ?");
  });
});
