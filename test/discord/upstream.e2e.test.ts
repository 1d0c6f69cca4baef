/**
 * End to end with upstream services that misbehave: the real discord.js client against the fake Discord, the real
 * engine with EMBEDDINGS=openai and a chat model, both served by the fake OpenAI server on 127.0.0.1.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig, type Config } from "../../src/config.js";
import { createEngine } from "../../src/engine/createEngine.js";
import type { AnswerEngine } from "../../src/engine/AnswerEngine.js";
import { startFakeOpenAI, type ChatHandler, type ChatRequest, type EmbeddingsHandler, type FakeOpenAI } from "../helpers/fakeOpenAI.js";
import { tempDirs, type TempDirs } from "../helpers/tempCorpus.js";
import { TEST_TOKEN, sentMessages, startTestBot, type TestBot } from "./support.js";

const QUESTION = "Why did Yermak resign?";

let dirs: TempDirs;
let openai: FakeOpenAI;
let engine: AnswerEngine;
let config: Config;
let t: TestBot;
let chat: ChatHandler = () => ({ status: 500 });
let embeddings: EmbeddingsHandler = () => "default";

beforeAll(async () => {
  openai = await startFakeOpenAI({ chat: (req, i) => chat(req, i), embeddings: (req, i) => embeddings(req, i) });
  dirs = tempDirs();
  config = loadConfig({
    env: {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_COOLDOWN_SECONDS: "0",
      CORPUS_DIR: dirs.corpus,
      INDEX_DIR: dirs.index,
      EMBEDDINGS: "openai",
      OPENAI_API_KEY: "sk-test-upstream-key-0123456789",
      OPENAI_BASE_URL: openai.url,
      OPENAI_CHAT_MODEL: "fake-chat",
      OPENAI_EMBEDDINGS_MODEL: "fake-embed",
      LLM_TIMEOUT_MS: "3000",
      LLM_MAX_RETRIES: "1",
      LOG_LEVEL: "info",
    },
  });
  engine = await createEngine(config, { watch: false });
  t = await startTestBot({ engine, config });
}, 120_000);

beforeEach(() => {
  chat = () => ({ status: 500 });
  embeddings = () => "default";
});

afterAll(async () => {
  await t?.stop();
  await engine?.close();
  await openai?.close();
  dirs?.cleanup();
});

describe("an embeddings server failing mid-conversation", () => {
  it("GIVEN it answers one /ask and fails (503) on the next THEN the user sees a plain apology with the error id, the endpoint and upstream text only in the log, and the next /ask is answered", async () => {
    const first = t.fake.slashCommand("ask", { question: QUESTION });
    const answered = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(first.token), 20_000);
    expect(answered.body.content).toContain("resigned on Friday");

    embeddings = () => ({ status: 503, body: { error: { message: "upstream overloaded at shard 7", type: "server_error" } } });
    const failing = t.fake.slashCommand("ask", { question: "Who leads the Ukrainian delegation now?" });
    const edit = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(failing.token), 20_000);
    const content = edit.body.content as string;
    expect(content).toMatch(/^Sorry, I can't search the articles right now\. .*error id `[0-9a-f]{8}`\.$/);
    expect(content).not.toContain("127.0.0.1");
    // (The error id is random hex: "503" may be part of it, never of the rest.)
    expect(content.replace(/error id `[0-9a-f]{8}`/, "")).not.toContain("503");
    expect(content).not.toContain("overloaded");
    const errorId = /error id `([0-9a-f]{8})`/.exec(content)![1];
    const logged = t.logs.records().find((l) => l.errorId === errorId && l.interactionId === failing.id);
    expect(String(logged?.reason)).toContain(`${openai.url} failed with HTTP 503: upstream overloaded at shard 7`);

    embeddings = () => "default";
    const later = t.fake.slashCommand("ask", { question: QUESTION });
    const again = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(later.token), 20_000);
    expect(again.body.content).toContain("resigned on Friday");
    expect(sentMessages(t.fake).every((m) => (m.body.allowed_mentions as { parse: unknown[] }).parse.length === 0)).toBe(true);
  }, 60_000);
});

/** The number of the passage holding `text` in the prompt the engine sent. */
function passageWith(req: ChatRequest, text: string): number {
  const parts = req.messages.map((m) => String(m.content)).join("\n").split(/<passage number="(\d+)"/);
  for (let i = 1; i < parts.length; i += 2) if (parts[i + 1]!.includes(text)) return Number(parts[i]);
  return -1;
}

/** Dispatches /ask and resolves with its deferral and its final edit. */
async function ask(question: string) {
  const dispatched = Date.now();
  const i = t.fake.slashCommand("ask", { question });
  const defer = await t.fake.waitForRequest((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);
  const edit = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(i.token), 20_000);
  return { i, dispatched, defer, edit, content: edit.body.content as string };
}

describe("a chat model misbehaving behind /ask", () => {
  it("GIVEN a model slower than its deadline THEN /ask is deferred at once and answered from the articles once the deadline passes", async () => {
    chat = () => ({ hang: true });
    const { defer, edit, dispatched, content } = await ask(QUESTION);
    expect(defer.at - dispatched).toBeLessThan(3_000);
    expect(content).toContain("resigned on Friday");
    expect(content.startsWith("Axios reported (30 Nov 2025):")).toBe(true);
    // The 3 s chat deadline, not more.
    expect(edit.at - dispatched).toBeLessThan(3_000 + 2_000);
  });

  it("GIVEN a 429 with retry-after: 30 THEN the answer comes from the articles at once, with no retry", async () => {
    openai.reset();
    chat = () => ({ status: 429, headers: { "retry-after": "30" } });
    const { edit, dispatched, content } = await ask(QUESTION);
    expect(content).toContain("resigned on Friday");
    expect(edit.at - dispatched).toBeLessThan(3_000);
    expect(openai.requests.filter((r) => r.path === "/v1/chat/completions")).toHaveLength(1);
  });

  it("GIVEN a model reply with @everyone, role, user and channel mentions and links THEN the message shows none of them and pings nobody", async () => {
    chat = (req) => {
      const n = passageWith(req, "raided his home");
      return JSON.stringify({
        found: true,
        answer: `@everyone <@&${t.fake.botRole.id}> He resigned on Friday after anti-corruption authorities raided his home [${n}], <@${t.fake.human.id}> in <#${t.fake.channel.id}> has [the proof](https://evil.example/phish) or https://evil.example/x @here`,
        quotes: [{ passage: n, text: "he resigned on Friday after anti-corruption authorities raided his home" }],
      });
    };
    const { edit, content } = await ask(QUESTION);
    expect(content.startsWith("He resigned on Friday after anti-corruption authorities raided his home \\[1\\]")).toBe(true);
    expect(content).toContain("> he resigned on Friday after anti-corruption authorities raided his home [1]");
    expect(content).not.toMatch(/@everyone|@here|<@|<#|evil\.example|\(https/);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});
