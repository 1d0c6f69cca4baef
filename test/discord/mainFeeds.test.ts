/**
 * `npm start` as a process with FEEDS set, against the fake Discord and a fake news site on 127.0.0.1: the bot posts
 * the new article in DISCORD_NEWS_CHANNEL; without a token, the terminal chat prints it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { FakeDiscord } from "../helpers/fakeDiscord.js";
import { startNewsSite, type NewsSite } from "../helpers/newsSite.js";
import { TEST_TOKEN } from "./support.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), "utf8");

let site: NewsSite;
let fake: FakeDiscord | undefined;
let child: ChildProcess | undefined;
const temps: string[] = [];

beforeAll(async () => {
  site = await startNewsSite({ "/amp?utm_source=rss": { headers: { "content-type": "text/html; charset=utf-8" }, body: fixture("amp.html") } });
  site.routes.set("/rss", { headers: { "content-type": "application/rss+xml" }, body: fixture("feed.rss.xml").replaceAll("{{BASE}}", site.base) });
});
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = undefined;
  await fake?.close();
  fake = undefined;
});
afterAll(async () => {
  await site.close();
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

function start(env: Record<string, string>): { proc: ChildProcess; out: () => string; err: () => string; corpus: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "talks-main-feeds-"));
  temps.push(dir);
  const corpus = path.join(dir, "corpus");
  cpSync(path.resolve("corpus"), corpus, { recursive: true });
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD_|SHARD|VITEST|LOG_LEVEL|FEED)/.test(k)));
  const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: path.resolve("."),
    env: {
      ...inherited,
      INDEX_DIR: path.join(dir, "index"),
      DATA_DIR: path.join(dir, "data"),
      CORPUS_DIR: corpus,
      CACHE_DIR: inject("gloveCacheDir"),
      EMBEDDINGS: "offline",
      LLM: "off",
      LOG_LEVEL: "info",
      FEEDS: site.url("/rss"),
      ...env,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  child = proc;
  let out = "";
  let err = "";
  proc.stdout!.on("data", (c: Buffer) => (out += c.toString("utf8")));
  proc.stderr!.on("data", (c: Buffer) => (err += c.toString("utf8")));
  return { proc, out: () => out, err: () => err, corpus };
}

describe("npm start with FEEDS", () => {
  it("GIVEN a token and DISCORD_NEWS_CHANNEL THEN the bot imports the new entry and posts it there", async () => {
    fake = await FakeDiscord.start();
    const channel = fake.channel.id;
    const bot = start({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, DISCORD_NEWS_CHANNEL: channel, DISCORD_COOLDOWN_SECONDS: "0" });
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${channel}/messages`, 90_000);
    expect(post.body.content).toMatch(/^New article:\n• \*\*Example News\*\* — Kremlin says no date set for envoy visit — 5 Dec 2025/);
    expect(readdirSync(bot.corpus)).toContain("2025-12-05_kremlin-says-no-date-set-for-envoy-visit.md");
    await fake.waitFor(() => bot.err().includes('"msg":"feeds: index updated"'), 10_000, "the update logged");
  }, 120_000);

  it("GIVEN no token THEN the terminal chat prints the new articles", async () => {
    const chat = start({ LOG_LEVEL: "info" });
    const deadline = Date.now() + 90_000;
    while (!chat.out().includes("New articles:") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(chat.out()).toContain("New articles:\n  Example News — “Kremlin says no date set for envoy visit” — 5 Dec 2025 — https://www.example-news.test/world/kremlin-no-date-envoy-visit-1234");
    chat.proc.stdin!.end("/quit\n");
  }, 120_000);
});
