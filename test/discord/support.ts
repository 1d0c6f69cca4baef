/**
 * Shared pieces of the Discord tests: a small in-test Engine, a config pointing at the fake Discord, and a logger
 * whose lines the test can read.
 */
import { Writable } from "node:stream";
import { loadConfig, type Config } from "../../src/config.js";
import type { BotSettings } from "../../src/discord/context.js";
import type { FeedbackStore } from "../../src/feedback/FeedbackStore.js";
import { TalksBot } from "../../src/discord/TalksBot.js";
import { FakeDiscord, type FakeDiscordOptions } from "../helpers/fakeDiscord.js";
import { createLogger, type Logger } from "../../src/log.js";
import type { Answer, Article, CorpusSnapshot, Engine, IndexInfo, Quote } from "../../src/types.js";

export const TEST_TOKEN = "MTQ0MzAwMDAwMDAwMDAwMDAwMA.GabcDE.fake-token-for-tests-only-0123456789abcdef";

export function testConfig(overrides: { apiUrl?: string; cooldownSeconds?: number; answerChannels?: string[]; env?: Record<string, string> } = {}): Config {
  const config = loadConfig({ env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_COOLDOWN_SECONDS: "0", LOG_LEVEL: "info", ...overrides.env } });
  config.discord.apiUrl = overrides.apiUrl;
  if (overrides.cooldownSeconds !== undefined) config.discord.cooldownSeconds = overrides.cooldownSeconds;
  if (overrides.answerChannels) config.discord.answerChannels = overrides.answerChannels;
  return config;
}

/** A logger whose output the test can read: `text()` raw, `records()` parsed JSON lines. */
export function captureLogger(level = "debug"): { logger: Logger; text: () => string; records: () => Record<string, unknown>[] } {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      raw.push(chunk.toString("utf8"));
      done();
    },
  });
  const text = () => raw.join("");
  return {
    logger: createLogger(level, stream as never),
    text,
    records: () => text().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

export function article(n: number, overrides: Partial<Article> = {}): Article {
  return {
    id: `a${n}`,
    title: `Headline ${n}`,
    source: "Axios",
    published: `2025-11-${String(30 - n).padStart(2, "0")}T20:00:00-05:00`,
    url: `https://example.org/story-${n}`,
    body: "",
    hash: "0",
    file: `/corpus/a${n}.md`,
    ...overrides,
  };
}

export function quote(text: string, a: Article = article(1), start = 0): Quote {
  return { text, articleId: a.id, title: a.title, source: a.source, url: a.url, published: a.published, start, end: start + text.length };
}

/** An Engine answering from a function; `answer` may wait on the signal like the real one. */
export function fakeEngine(options: { answer?: (q: string, signal?: AbortSignal) => Promise<Answer> | Answer; articles?: Article[]; builtAt?: string } = {}): Engine & { questions: string[] } {
  const articles = options.articles ?? [article(1)];
  const questions: string[] = [];
  const info: IndexInfo = { builtAt: options.builtAt ?? "2025-12-01T09:30:00.000Z", embedder: { name: "glove-sif", model: "wink-100", dimensions: 100 }, articles: articles.length, sentences: 42 };
  const snapshot: CorpusSnapshot = { articles, sentencesOf: () => [] };
  return {
    questions,
    async answer(question, opts) {
      questions.push(question);
      return options.answer ? options.answer(question, opts?.signal) : { found: false, answer: "The articles I have don't say.", quotes: [] };
    },
    async search() {
      return [];
    },
    snapshot: () => snapshot,
    info: () => info,
    async close() {},
  };
}

export interface TestBot {
  fake: FakeDiscord;
  bot: TalksBot;
  logs: ReturnType<typeof captureLogger>;
  stop(): Promise<void>;
}

/** A fake Discord plus the real bot (real discord.js client) connected to it. */
export async function startTestBot(
  options: {
    engine?: Engine;
    settings?: Partial<BotSettings>;
    cooldownSeconds?: number;
    answerChannels?: string[];
    logLevel?: string;
    fake?: FakeDiscordOptions;
    config?: Config;
    /** The feedback store (default: none, so answers carry no feedback buttons). */
    feedback?: FeedbackStore;
    /** Runs after the fake started, before the bot connects (e.g. to inject a response). */
    beforeStart?: (fake: FakeDiscord) => void;
  } = {},
): Promise<TestBot> {
  const fake = await FakeDiscord.start(options.fake);
  options.beforeStart?.(fake);
  const logs = captureLogger(options.logLevel ?? "debug");
  const config = options.config ?? testConfig({ cooldownSeconds: options.cooldownSeconds ?? 0, answerChannels: options.answerChannels });
  config.discord.apiUrl = fake.apiUrl;
  const bot = await TalksBot.create({ config, engine: options.engine ?? fakeEngine(), logger: logs.logger, settings: options.settings, feedback: options.feedback });
  await bot.start();
  return {
    fake,
    bot,
    logs,
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}

/** Every message body the bot sent (callbacks' data, webhook edits/follow-ups, channel messages). */
export function sentMessages(fake: FakeDiscord): { path: string; body: Record<string, unknown> }[] {
  return fake.requests.flatMap((r) => {
    if (!r.body || typeof r.body !== "object") return [];
    if (/\/callback$/.test(r.path)) return r.body.data && [4, 7].includes(r.body.type) ? [{ path: r.path, body: r.body.data }] : [];
    if (/^\/webhooks\//.test(r.path) || /^\/channels\/\d+\/messages$/.test(r.path)) return [{ path: r.path, body: r.body }];
    return [];
  });
}
