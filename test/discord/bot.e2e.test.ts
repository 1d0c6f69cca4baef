/**
 * End to end: the real discord.js client, the real engine (createEngine on the seed corpus, plus eleven small test
 * articles so /sources has two pages and titles with mentions), and the fake Discord on 127.0.0.1.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Config } from "../../src/config.js";
import { escapeText } from "../../src/discord/format/text.js";
import { CLOSING_MESSAGE, RESTARTING_MESSAGE } from "../../src/discord/question.js";
import { createEngine } from "../../src/engine/createEngine.js";
import type { Answer, Engine } from "../../src/types.js";
import { rateLimited, type RecordedRequest } from "../helpers/fakeDiscord.js";
import { TEST_TOKEN, sentMessages, startTestBot, testConfig, type TestBot } from "./support.js";

const QUESTION = "Why did Yermak resign?";
const EPHEMERAL = 64;
const SUPPRESS_EMBEDS = 4;

/** The real engine, with a way to hold an answer (shutdown tests) or make one fail (apology test). */
function controllable(real: Engine) {
  const control = { hold: undefined as Promise<void> | undefined, fail: false };
  const engine: Engine = {
    async answer(question, options) {
      if (control.fail) throw new Error("engine: simulated failure");
      if (control.hold) await control.hold;
      return real.answer(question, options);
    },
    search: (q, k) => real.search(q, k),
    snapshot: () => real.snapshot(),
    info: () => real.info(),
    close: async () => undefined,
  };
  return { engine, control };
}

function held(): { promise: Promise<void>; release: () => void } {
  let release!: () => void;
  const promise = new Promise<void>((r) => (release = r));
  return { promise, release };
}

let dir: string;
let config: Config;
let real: Awaited<ReturnType<typeof createEngine>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "talks-discord-e2e-"));
  const corpusDir = path.join(dir, "corpus");
  cpSync(path.resolve("corpus"), corpusDir, { recursive: true });
  for (let i = 1; i <= 11; i++) {
    const title = i === 1 ? "Weather report @everyone <@&456> <@123>" : `Regional weather outlook number ${i}`;
    writeFileSync(
      path.join(corpusDir, `test_${String(i).padStart(2, "0")}.md`),
      [
        "---",
        `title: '${title}'`,
        "source: Test Wire",
        `published: 2025-11-${String(i + 10).padStart(2, "0")}T08:00:00+02:00`,
        `url: https://example.org/weather/${i}`,
        "---",
        "",
        `Forecasters expect light snow in the northern hills on day ${i}. Farmers planned to harvest late cabbages before the frost.`,
        "",
      ].join("\n"),
    );
  }
  config = testConfig({ env: { CORPUS_DIR: corpusDir, INDEX_DIR: path.join(dir, "index"), CACHE_DIR: inject("gloveCacheDir"), LLM: "off" } });
  real = await createEngine(config, { build: "auto", watch: false });
}, 120_000);

afterAll(async () => {
  await real?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the bot on the real engine", () => {
  let t: TestBot;
  let ctl: ReturnType<typeof controllable>;
  let expected: Answer;

  beforeAll(async () => {
    ctl = controllable(real);
    expected = await real.answer(QUESTION);
    t = await startTestBot({
      engine: ctl.engine,
      config: structuredClone(config),
      settings: { shutdownGraceMs: 5_000 },
      // The very first REST call (GET /gateway/bot) is rate limited for a second.
      fake: { guilds: 1 },
      beforeStart: (fake) => fake.injectOnce(() => true, rateLimited(1)),
    });
  }, 60_000);

  afterAll(async () => {
    await t?.stop();
  });

  it("GIVEN a 429 with retry-after on the first REST call THEN the client waits it out and connects with the least intents", () => {
    const [first, second] = t.fake.requests;
    expect([first!.method, first!.path, first!.status]).toEqual(["GET", "/gateway/bot", 429]);
    expect([second!.method, second!.path, second!.status]).toEqual(["GET", "/gateway/bot", 200]);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    expect(t.logs.records().some((l) => l.msg === "discord: rate limited by Discord; waiting it out")).toBe(true);
    // Guilds + GuildMessages, no Message Content.
    expect(t.fake.identifies[0]!.intents).toBe(1 | 512);
    expect(second!.authorization).toBe(`Bot ${TEST_TOKEN}`);
  });

  it("GIVEN /ask THEN defers within 3 s, then edits in the verbatim quotes with their citations and no pings", async () => {
    expect(expected.found).toBe(true);
    const dispatched = Date.now();
    const i = t.fake.slashCommand("ask", { question: QUESTION });
    const defer = await t.fake.waitForRequest((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);
    expect(defer.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(defer.at - dispatched).toBeLessThan(3_000);
    expect(defer.status).toBe(204);

    const edit = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path === `/webhooks/${t.fake.application.id}/${i.token}/messages/@original`);
    expect(edit.status).toBe(200);
    const content = edit.body.content as string;
    expect(content.length).toBeLessThanOrEqual(2000);
    const articles = real.snapshot().articles;
    expected.quotes.forEach((q, n) => {
      // Verbatim: the quote is the article body at its offsets, and shown whole with its number.
      expect(articles.find((a) => a.id === q.articleId)!.body.slice(q.start, q.end)).toBe(q.text);
      expect(content).toContain(`> ${escapeText(q.text)} [${n + 1}]`);
    });
    expect(content).toContain(`“${escapeText(expected.quotes[0]!.title)}” — 30 Nov 2025`);
    expect(content.startsWith(escapeText(expected.answer))).toBe(true);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(edit.body.flags & SUPPRESS_EMBEDS).toBe(SUPPRESS_EMBEDS);
    expect(t.logs.records().some((l) => l.interactionId === i.id && l.msg === "discord: answered")).toBe(true);
  });

  it("GIVEN a mention of the bot THEN replies to that message with the answer", async () => {
    const msg = t.fake.userMessage(`<@${t.fake.bot.id}> ${QUESTION}`);
    const reply = await t.fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${t.fake.channel.id}/messages`);
    expect(reply.body.message_reference).toEqual({ message_id: msg.id, fail_if_not_exists: false });
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.content).toContain(`> ${escapeText(expected.quotes[0]!.text)} [1]`);
  });

  it("GIVEN /sources THEN lists the articles newest first, and the Next button pages through them", async () => {
    const i = t.fake.slashCommand("sources");
    const first = await t.fake.waitForRequest((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);
    expect(first.body.type).toBe(4);
    const embed = first.body.data.embeds[0];
    const lines = (embed.description as string).split("\n");
    expect(lines[0]).toMatch(/^1\. \*\*Axios\*\* · 30 Nov 2025 · \*U\.S\. and Ukraine/);
    expect(lines[1]).toBe("2. **Test Wire** · 21 Nov 2025 · [Regional weather outlook number 11](https://example.org/weather/11)");
    expect(embed.footer.text).toBe("Page 1 of 2 · 12 articles, newest first");
    const next = first.body.data.components[0].components[1];
    expect(next).toMatchObject({ label: "Next", custom_id: "sources:page:1" });

    const click = t.fake.clickButton(next.custom_id, t.fake.originalMessage(i)!);
    const update = await t.fake.waitForRequest((r) => r.path === `/interactions/${click.id}/${click.token}/callback`);
    expect(update.body.type).toBe(7);
    expect(update.body.data.embeds[0].footer.text).toBe("Page 2 of 2 · 12 articles, newest first");
    // The oldest test article's title holds @everyone and mentions: shown as text, pinging nobody.
    expect(update.body.data.embeds[0].description).toContain("[Weather report @everyone <@&456> <@123>](https://example.org/weather/1)");
    expect(update.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(update.body.data.components[0].components.map((b: { disabled?: boolean }) => b.disabled)).toEqual([false, true]);
  });

  it("GIVEN /help THEN shows privately what the bot does and when the index was built", async () => {
    const i = t.fake.slashCommand("help");
    const reply = await t.fake.waitForRequest((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    const unix = Math.floor(Date.parse(real.info().builtAt) / 1000);
    const fields = reply.body.data.embeds[0].fields as { name: string; value: string }[];
    expect(fields.find((f) => f.name === "Index last built")!.value).toContain(`<t:${unix}:F>`);
    expect(fields.find((f) => f.name === "Where my knowledge comes from")!.value).toMatch(/^12 articles from Axios, Test Wire/);
  });

  it("GIVEN an unknown command THEN answers privately instead of leaving the user without a response", async () => {
    const i = t.fake.slashCommand("nonexistent");
    const reply = await t.fake.waitForRequest((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);
    expect(reply.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL | SUPPRESS_EMBEDS, content: expect.stringMatching(/^I don't know \/nonexistent/) } });
  });

  it("GIVEN a 429 on the final edit THEN the REST client waits it out and the edit lands, no error", async () => {
    t.fake.injectOnce((r) => r.method === "PATCH", rateLimited(1));
    const i = t.fake.slashCommand("ask", { question: QUESTION });
    const ok = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(i.token) && r.status === 200);
    const edits = t.fake.requestsFor(i).filter((r) => r.method === "PATCH");
    expect(edits.map((r) => r.status)).toEqual([429, 200]);
    expect(edits[1]!.at - edits[0]!.at).toBeGreaterThanOrEqual(950);
    expect(ok.body.content).toContain(escapeText(expected.quotes[0]!.text));
  });

  it("GIVEN the engine fails after the defer THEN the reply becomes an apology with an error id that is in the log", async () => {
    ctl.control.fail = true;
    const i = t.fake.slashCommand("ask", { question: QUESTION });
    const edit = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(i.token));
    ctl.control.fail = false;
    const errorId = /error id `([0-9a-f]+)`/.exec(edit.body.content)![1];
    expect(t.logs.records().find((l) => l.errorId === errorId)).toMatchObject({ level: "error", interactionId: i.id });
  });

  it("GIVEN a shutdown in the middle of a question THEN new questions are turned away, the one in flight finishes, then the gateway closes", async () => {
    const gate = held();
    ctl.control.hold = gate.promise;
    const i = t.fake.slashCommand("ask", { question: QUESTION });
    await t.fake.waitForRequest((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);
    const stopping = t.bot.stop();
    const late = t.fake.slashCommand("ask", { question: "And who leads the talks now?" });
    const turnedAway = await t.fake.waitForRequest((r) => r.path === `/interactions/${late.id}/${late.token}/callback`);
    expect(turnedAway.body).toMatchObject({ type: 4, data: { content: CLOSING_MESSAGE, flags: EPHEMERAL | SUPPRESS_EMBEDS } });
    expect(t.fake.connections).toBe(1);
    gate.release();
    ctl.control.hold = undefined;
    await expect(stopping).resolves.toEqual({ finished: 1, aborted: 0 });
    const edit = t.fake.requestsFor(i).find((r) => r.method === "PATCH")!;
    expect(edit.body.content).toContain(escapeText(expected.quotes[0]!.text));
    await t.fake.waitFor(() => t.fake.connections === 0);
    expect(sentMessages(t.fake).every((m) => (m.body.allowed_mentions as { parse: unknown[] }).parse.length === 0)).toBe(true);
  });
});

describe("a shutdown that outlasts the grace period", () => {
  it("GIVEN a question still unanswered when the grace period ends THEN its user is told the bot is restarting and the bot stops", async () => {
    const ctl = controllable(real);
    const gate = held();
    ctl.control.hold = gate.promise;
    const t = await startTestBot({ engine: ctl.engine, config: structuredClone(config), settings: { shutdownGraceMs: 200 } });
    try {
      const i = t.fake.slashCommand("ask", { question: QUESTION });
      await t.fake.waitForRequest((r: RecordedRequest) => r.path.endsWith("/callback") && r.path.includes(i.id));
      await expect(t.bot.stop()).resolves.toEqual({ finished: 0, aborted: 1 });
      const edit = t.fake.requestsFor(i).find((r) => r.method === "PATCH")!;
      expect(edit.body.content).toBe(RESTARTING_MESSAGE);
      await t.fake.waitFor(() => t.fake.connections === 0);
    } finally {
      gate.release();
      await t.stop();
    }
  });
});

it("uses the real seed corpus", () => {
  expect(readdirSync(path.resolve("corpus")).some((f) => f.endsWith(".md"))).toBe(true);
  expect(real.snapshot().articles.map((a) => a.source)).toContain("Axios");
});
