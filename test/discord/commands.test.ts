/**
 * Command and mention handling with the real discord.js client against the fake Discord, and a small in-test
 * engine (the end-to-end test uses the real one).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { respond } from "../../src/discord/respond.js";
import { UserError } from "../../src/errors.js";
import { silentLogger } from "../../src/log.js";
import type { Answer } from "../../src/types.js";
import { MESSAGE_CONTENT_INTENT } from "../helpers/fakeDiscord.js";
import { TEST_TOKEN, article, fakeEngine, quote, sentMessages, startTestBot, type TestBot } from "./support.js";

const EPHEMERAL = 64;
const SUPPRESS_EMBEDS = 4;
const a1 = article(1);
const found: Answer = { found: true, answer: "Axios reported (29 Nov 2025):", quotes: [quote("He resigned on Friday after anti-corruption authorities raided his home.", a1)] };

describe("with a bot answering from a small engine", () => {
  let t: TestBot;
  let mode: "found" | "throw" | "refuse" | "hang" | "userError" = "found";
  const engine = fakeEngine({
    articles: [a1],
    answer: (_q, signal) => {
      if (mode === "throw") throw new Error("engine exploded");
      if (mode === "userError") throw new UserError("embeddings.failed", "embeddings: http://10.0.0.5:8080/v1 failed with HTTP 503: upstream text");
      if (mode === "refuse") return { found: false, answer: "", quotes: [], refusal: { id: "question.language", message: "Please ask in English." } };
      if (mode === "hang") return new Promise<Answer>((_r, reject) => signal?.addEventListener("abort", () => reject(signal.reason)));
      return found;
    },
  });

  beforeAll(async () => {
    t = await startTestBot({ engine, logLevel: "trace", settings: { answerTimeoutMs: 300 } });
  });
  afterEach(() => {
    mode = "found";
  });
  afterAll(async () => {
    await t.stop();
  });

  it("GIVEN an invisible-only question THEN replies privately at once with the explanation, without deferring or asking the engine", async () => {
    const before = engine.questions.length;
    const i = t.fake.slashCommand("ask", { question: "\u200b\u2060" });
    const cb = await t.fake.waitForRequest((r) => r.path.includes(i.id));
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.flags).toBe(EPHEMERAL | SUPPRESS_EMBEDS);
    expect(cb.body.data.content).toMatch(/^Please ask a question about the peace talks/);
    expect(engine.questions.length).toBe(before);
  });

  it("GIVEN private:true THEN the defer is ephemeral and the answer edits it", async () => {
    const i = t.fake.slashCommand("ask", { question: "Why did Yermak resign?", private: true });
    const cb = await t.fake.waitForRequest((r) => r.path.includes(i.id));
    expect(cb.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(i.token));
    expect(edit.body.content).toContain("> He resigned on Friday after anti-corruption authorities raided his home. [1]");
    expect(edit.body.components[0].components[0]).toMatchObject({ style: 5, url: "https://example.org/story-1" });
  });

  it("GIVEN the engine fails after the defer THEN the reply is edited into an apology whose error id is in the log", async () => {
    mode = "throw";
    const i = t.fake.slashCommand("ask", { question: "Why did Yermak resign?" });
    const edit = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(i.token));
    const errorId = /error id `([0-9a-f]{8})`/.exec(edit.body.content)?.[1];
    expect(errorId).toBeDefined();
    const line = t.logs.records().find((l) => l.errorId === errorId);
    expect(line).toMatchObject({ level: "error", interactionId: i.id, msg: "discord: answering failed", err: { message: "engine exploded" } });
  });

  it("GIVEN the engine throws an error whose message names an endpoint THEN the user sees only an apology with the error id; the message is in the log", async () => {
    mode = "userError";
    const i = t.fake.slashCommand("ask", { question: "Why did Yermak resign?" });
    const edit = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(i.token));
    expect(edit.body.content).toMatch(/^Sorry, something went wrong while answering\. .*error id `[0-9a-f]{8}`\.$/);
    expect(edit.body.content).not.toMatch(/10\.0\.0\.5|503|upstream/);
    const errorId = /error id `([0-9a-f]{8})`/.exec(edit.body.content)![1];
    expect(t.logs.records().find((l) => l.errorId === errorId)).toMatchObject({ interactionId: i.id, err: { message: expect.stringContaining("http://10.0.0.5:8080/v1") } });
  });

  it("GIVEN the engine takes longer than the answer deadline THEN the user gets an apology, not silence", async () => {
    mode = "hang";
    const i = t.fake.slashCommand("ask", { question: "Why did Yermak resign?" });
    const edit = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(i.token));
    expect(edit.body.content).toMatch(/^Sorry, something went wrong while answering/);
  });

  it("GIVEN the engine refuses the question THEN the public 'thinking' reply is deleted and the reason is sent privately", async () => {
    mode = "refuse";
    const i = t.fake.slashCommand("ask", { question: "¿Por qué dimitió Yermak?" });
    const followUp = await t.fake.waitForRequest((r) => r.method === "POST" && r.path.startsWith(`/webhooks/`) && r.path.includes(i.token));
    expect(followUp.body).toMatchObject({ content: "Please ask in English.", flags: EPHEMERAL | SUPPRESS_EMBEDS });
    expect(t.fake.requestsFor(i).map((r) => r.method)).toEqual(["POST", "DELETE", "POST"]);
  });

  it("GIVEN a mention whose question holds @everyone, a role and a user mention THEN replies to the message and pings nobody", async () => {
    const msg = t.fake.userMessage(`<@${t.fake.bot.id}> did @everyone hear what <@&456> and <@123> said?`);
    const reply = await t.fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${t.fake.channel.id}/messages` && r.body?.message_reference?.message_id === msg.id);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.flags).toBe(SUPPRESS_EMBEDS);
    expect(reply.body.content).toContain("[1]");
    expect(engine.questions.at(-1)).not.toContain(t.fake.bot.id);
    expect(t.fake.requests.some((r) => r.path === `/channels/${t.fake.channel.id}/typing`)).toBe(true);
  });

  it("GIVEN a mention of the bot's role instead of its user THEN answers too", async () => {
    const msg = t.fake.userMessage(`<@&${t.fake.botRole.id}> why did Yermak resign?`);
    const reply = await t.fake.waitForRequest((r) => r.body?.message_reference?.message_id === msg.id);
    expect(reply.body.content).toContain("He resigned on Friday");
  });

  it("GIVEN a bare mention THEN explains how to ask", async () => {
    const msg = t.fake.userMessage(`<@${t.fake.bot.id}>`);
    const reply = await t.fake.waitForRequest((r) => r.body?.message_reference?.message_id === msg.id);
    expect(reply.body.content).toMatch(/^Please ask a question about the peace talks/);
  });

  it("GIVEN a message that does not mention the bot THEN ignores it", async () => {
    const before = t.fake.requests.length;
    t.fake.userMessage("why did Yermak resign?");
    await new Promise((r) => setTimeout(r, 200));
    expect(t.fake.requests.length).toBe(before);
  });

  it("GIVEN an unknown button THEN says so privately", async () => {
    const i = t.fake.clickButton("nope:1", { id: "1", channel_id: t.fake.channel.id, content: "", author: t.fake.bot, embeds: [], components: [], attachments: [], timestamp: new Date().toISOString(), type: 0, flags: 0, mentions: [], mention_roles: [], pinned: false, tts: false, mention_everyone: false, edited_timestamp: null });
    const cb = await t.fake.waitForRequest((r) => r.path.includes(i.id));
    expect(cb.body).toMatchObject({ type: 4, data: { content: "This button no longer works.", flags: EPHEMERAL | SUPPRESS_EMBEDS } });
  });

  it("GIVEN a 10062 on the acknowledgement THEN logs it with the interaction id and sends nothing more", async () => {
    t.fake.injectOnce((r) => r.path.endsWith("/callback") && r.method === "POST", { status: 404, body: { message: "Unknown interaction", code: 10062 } });
    const i = t.fake.slashCommand("ask", { question: "Why did Yermak resign?" });
    await t.fake.waitFor(() => t.logs.records().find((l) => l.code === 10062 && l.interactionId === i.id));
    await new Promise((r) => setTimeout(r, 200));
    expect(t.fake.requestsFor(i)).toHaveLength(1);
  });

  it("GIVEN Discord rejects the final edit THEN the error (with its URL) is logged redacted and the user still gets an apology", async () => {
    t.fake.injectOnce((r) => r.method === "PATCH", { status: 400, body: { message: "Invalid Form Body", code: 50035 } });
    const i = t.fake.slashCommand("ask", { question: "Why did Yermak resign?" });
    await t.fake.waitFor(() => t.fake.requestsFor(i).filter((r) => r.method === "PATCH").length === 2);
    const [, apology] = t.fake.requestsFor(i).filter((r) => r.method === "PATCH");
    expect(apology!.body.content).toMatch(/^Sorry, something went wrong/);
    const line = t.logs.records().find((l) => l.interactionId === i.id && l.level === "error") as { err: { url: string; code: number } };
    expect(line.err).toMatchObject({ code: 50035, url: expect.stringContaining("/webhooks/") });
    expect(line.err.url).toContain("[redacted]");
  });

  it("GIVEN everything sent so far THEN every message carried allowed_mentions parse [] and the logs hold no token", () => {
    const sent = sentMessages(t.fake);
    expect(sent.length).toBeGreaterThan(5);
    for (const m of sent) expect(m.body.allowed_mentions, m.path).toMatchObject({ parse: [] });
    const text = t.logs.text();
    expect(text).not.toContain(TEST_TOKEN);
    for (const r of t.fake.requests) {
      const token = /^\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(r.path)?.[1];
      if (token) expect(text).not.toContain(token);
    }
  });
});

describe("with a cooldown", () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ engine: fakeEngine({ answer: () => found }), cooldownSeconds: 60 });
  });
  afterAll(async () => {
    await t.stop();
  });

  it("GIVEN a second /ask within the cooldown THEN answers privately how long to wait; a mention gets a ⏳ reaction", async () => {
    const first = t.fake.slashCommand("ask", { question: "Why did Yermak resign?" });
    await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(first.token));
    const second = t.fake.slashCommand("ask", { question: "And who leads now?" });
    const cb = await t.fake.waitForRequest((r) => r.path.includes(second.id));
    expect(cb.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL | SUPPRESS_EMBEDS, content: expect.stringMatching(/^You're asking quickly\. Please wait \d+ seconds/) } });
    const msg = t.fake.userMessage(`<@${t.fake.bot.id}> and now?`);
    const reaction = await t.fake.waitForRequest((r) => r.method === "PUT" && r.path.includes(`/messages/${msg.id}/reactions/`));
    expect(reaction.path).toContain("⏳");
  });
});

describe("with an answer channel", () => {
  let t: TestBot;
  const engine = fakeEngine();
  beforeAll(async () => {
    t = await startTestBot({ engine, fake: { allowedIntents: ~0 }, answerChannels: ["placeholder"] });
  });
  afterAll(async () => {
    await t.stop();
  });

  it("GIVEN answer channels THEN asks for the Message Content intent; without them only Guilds + GuildMessages", async () => {
    expect(t.fake.identifies[0]!.intents & MESSAGE_CONTENT_INTENT).toBe(MESSAGE_CONTENT_INTENT);
    const plain = await startTestBot();
    expect(plain.fake.identifies[0]!.intents).toBe(1 | 512);
    await plain.stop();
  });

  it("GIVEN a message in an answer channel without a mention THEN chatter gets no reply, a question gets one", async () => {
    t.bot.context.config.discord.answerChannels.push(t.fake.channel.id);
    const chatter = t.fake.userMessage("good morning everyone");
    const question = t.fake.userMessage("did the talks in Geneva end?");
    const reply = await t.fake.waitForRequest((r) => r.body?.message_reference?.message_id === question.id);
    expect(reply.body.content).toBe("The articles I have don't say.");
    expect(engine.questions).toEqual(["good morning everyone", "did the talks in Geneva end?"]);
    expect(t.fake.requests.some((r) => r.body?.message_reference?.message_id === chatter.id)).toBe(false);
  });
});

describe("respond", () => {
  it("GIVEN an interaction older than 14 minutes THEN sends nothing (the token is about to expire)", async () => {
    let called = false;
    const stale = {
      createdTimestamp: Date.now() - 14 * 60_000 - 1,
      deferred: true,
      replied: false,
      editReply: async () => {
        called = true;
      },
    };
    expect(await respond(stale as never, { content: "late" }, silentLogger)).toBe(false);
    expect(called).toBe(false);
  });
});
