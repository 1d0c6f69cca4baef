/**
 * Follow-ups end to end: the real discord.js client against the fake Discord, the real engine on the team's
 * multi-outlet test articles (eval/news/dev). A reply to an answer and a plain message in the thread of
 * `/ask thread:true` are answered with the previous question's context, shown as "(about: …)"; each test first checks
 * that the question alone finds nothing, so the quote can only come from the carried context.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Config } from "../../src/config.js";
import { escapeText } from "../../src/discord/format/text.js";
import { createEngine } from "../../src/engine/createEngine.js";
import type { Answer } from "../../src/types.js";
import { startTestBot, testConfig, type TestBot } from "./support.js";

const EPHEMERAL = 64;
let dir: string;
let config: Config;
let real: Awaited<ReturnType<typeof createEngine>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "talks-followup-e2e-"));
  cpSync(path.resolve("eval/news/dev"), path.join(dir, "corpus"), { recursive: true });
  config = testConfig({ env: { CORPUS_DIR: path.join(dir, "corpus"), INDEX_DIR: path.join(dir, "index"), CACHE_DIR: inject("gloveCacheDir"), LLM: "off" } });
  real = await createEngine(config, { build: "auto", watch: false });
}, 120_000);

afterAll(async () => {
  await real?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the engine answers to `followUp` after `first`, and the proof that alone it finds nothing. */
async function expectedFollowUp(first: string, followUp: string): Promise<Answer> {
  expect((await real.answer(followUp)).found).toBe(false);
  const previous = await real.answer(first);
  const answer = await real.answer(followUp, { history: [{ question: first, understood: first, answer: previous, at: Date.now() }] });
  expect(answer.found).toBe(true);
  return answer;
}

const channelPosts = (t: TestBot, channelId: string) =>
  t.fake.requests.filter((r) => r.method === "POST" && r.path === `/channels/${channelId}/messages`);

describe("GIVEN the bot without the Message Content intent", () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ engine: real, config: structuredClone(config) });
  }, 60_000);
  afterAll(async () => t?.stop());

  it("THEN a reply to its answer is a follow-up: 'when was that?' after 'Why did Yermak resign?'", async () => {
    const expected = await expectedFollowUp("Why did Yermak resign?", "when was that?");
    t.fake.userMessage(`<@${t.fake.bot.id}> Why did Yermak resign?`);
    await t.fake.waitFor(() => channelPosts(t, t.fake.channel.id).length === 1);
    const answer = t.fake.botMessages.at(-1)!;
    // A reply pings the bot by default: Discord delivers its text without the intent.
    t.fake.userMessage("when was that?", t.fake.guild, { replyTo: answer });
    const reply = await t.fake.waitFor(() => channelPosts(t, t.fake.channel.id)[1]);
    expect(reply.body.message_reference.message_id).not.toBe(answer.id);
    const content = reply.body.content as string;
    expect(content.startsWith("(about: Yermak resign)\n")).toBe(true);
    expect(content).toContain(`> ${escapeText(expected.quotes[0]!.text).replace(/\n/g, " ")}`.slice(0, 80));
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });

    // A reply to the follow-up's answer continues the same chain.
    const second = t.fake.botMessages.at(-1)!;
    t.fake.userMessage("who replaced him?", t.fake.guild, { replyTo: second });
    const third = await t.fake.waitFor(() => channelPosts(t, t.fake.channel.id)[2]);
    expect(third.body.content).toMatch(/^\(about: Yermak/);
    expect(third.body.content).toContain("Umerov");
  });

  it("THEN a plain message in its thread arrives without text and the log says to switch the intent on", async () => {
    const i = t.fake.slashCommand("ask", { question: "How long did the Kremlin meeting last?", thread: true });
    const thread = await t.fake.waitFor(() => t.fake.threads[0]);
    const hint = await t.fake.waitFor(() => channelPosts(t, thread.id)[0]);
    expect(hint.body.content).toMatch(/^Reply to my answer or mention me here to ask a follow-up/);
    expect(thread.name).toBe("How long did the Kremlin meeting last?");
    expect(t.fake.originalMessage(i)!.id).toBe(thread.id);
    t.fake.userMessage("", t.fake.guild, { channelId: thread.id });
    await t.fake.waitFor(() => t.logs.records().find((l) => String(l.msg).startsWith("discord: a follow-up arrived without its text")));
    expect(t.logs.text()).toContain("set DISCORD_MESSAGE_CONTENT=true and switch the intent on in the Developer Portal");
    expect(channelPosts(t, thread.id)).toHaveLength(1);
  });

  it("THEN a private answer starts no conversation and private with thread is refused in one line", async () => {
    const i = t.fake.slashCommand("ask", { question: "Why did Yermak resign?", private: true });
    await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(i.token));
    await new Promise((r) => setTimeout(r, 200));
    // The answer is never read back, so nothing of it is remembered or linked.
    expect(t.fake.requestsFor(i).some((r) => r.method === "GET")).toBe(false);
    const both = t.fake.slashCommand("ask", { question: "Why did Yermak resign?", private: true, thread: true });
    const refused = await t.fake.waitForRequest((r) => r.path === `/interactions/${both.id}/${both.token}/callback`);
    expect(refused.body.data).toMatchObject({ content: "A thread is public: choose private or thread, not both.", flags: EPHEMERAL | 4 });
  });
});

describe("GIVEN the bot with DISCORD_MESSAGE_CONTENT=true", () => {
  let t: TestBot;
  beforeAll(async () => {
    const withIntent = structuredClone(config);
    withIntent.discord.messageContent = true;
    t = await startTestBot({ engine: real, config: withIntent, fake: { allowedIntents: -1 } });
  }, 60_000);
  afterAll(async () => t?.stop());

  it("THEN it asks for the intent, and /ask thread:true continues by plain messages in the thread: 'who was there?'", async () => {
    expect(t.fake.identifies[0]!.intents & (1 << 15)).toBe(1 << 15);
    const expected = await expectedFollowUp("How long did the Kremlin meeting last?", "who was there?");
    t.fake.slashCommand("ask", { question: "How long did the Kremlin meeting last?", thread: true });
    const thread = await t.fake.waitFor(() => t.fake.threads[0]);
    const hint = await t.fake.waitFor(() => channelPosts(t, thread.id)[0]);
    expect(hint.body.content).toMatch(/^Ask follow-up questions here \(no need to mention me\)/);
    t.fake.userMessage("who was there?", t.fake.guild, { channelId: thread.id });
    const reply = await t.fake.waitFor(() => channelPosts(t, thread.id)[1]);
    const content = reply.body.content as string;
    expect(content.startsWith("(about: Kremlin)\n")).toBe(true);
    expect(content).toContain(escapeText(expected.quotes[0]!.text.split("\n")[0]!).slice(0, 60));
    expect(content).toContain("Witkoff and Kushner met Putin in the Kremlin");
    // Chatter in the thread is not read as a follow-up (whatever the engine makes of it alone).
    t.fake.userMessage("ok thanks", t.fake.guild, { channelId: thread.id });
    await t.fake.waitFor(() => t.logs.records().filter((l) => l.msg === "discord: answered").length >= 3);
    await new Promise((r) => setTimeout(r, 200));
    expect(channelPosts(t, thread.id).slice(2).every((p) => !String(p.body.content).startsWith("(about:"))).toBe(true);
    expect(t.logs.records().filter((l) => l.msg === "discord: answered").at(-1)).toMatchObject({ followUp: false });
  });
});
