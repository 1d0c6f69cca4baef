/**
 * The bot keeping itself current, end to end: the real engine on a temporary corpus (the seed article), the real
 * discord.js client against the fake Discord, a fake news site on 127.0.0.1 with an RSS feed, and the feed schedule
 * as `npm start` wires it (FEEDS → FeedUpdater → re-index and swap → DISCORD_NEWS_CHANNEL). The bot posts the new
 * article, then answers a question from it, without a restart.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Config } from "../../src/config.js";
import { postNews } from "../../src/discord/news.js";
import { createEngine } from "../../src/engine/createEngine.js";
import { FeedUpdater } from "../../src/engine/FeedUpdater.js";
import { startNewsSite, type NewsSite } from "../helpers/newsSite.js";
import { startTestBot, testConfig, type TestBot } from "./support.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), "utf8");
const SUPPRESS_EMBEDS = 4;

let dir: string;
let config: Config;
let site: NewsSite;
let engine: Awaited<ReturnType<typeof createEngine>>;
let t: TestBot;
let updater: FeedUpdater;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "talks-feeds-e2e-"));
  const corpusDir = path.join(dir, "corpus");
  cpSync(path.resolve("corpus"), corpusDir, { recursive: true });
  site = await startNewsSite({
    "/amp?utm_source=rss": { headers: { "content-type": "text/html; charset=utf-8" }, body: fixture("amp.html") },
  });
  site.routes.set("/rss", { headers: { "content-type": "application/rss+xml" }, body: fixture("feed.rss.xml").replaceAll("{{BASE}}", site.base) });
  config = testConfig({
    env: {
      CORPUS_DIR: corpusDir,
      INDEX_DIR: path.join(dir, "index"),
      CACHE_DIR: inject("gloveCacheDir"),
      LLM: "off",
      FEEDS: `${site.url("/rss")}, ${site.url("/missing-feed")}`,
      FEED_INTERVAL_MINUTES: "30",
    },
  });
  engine = await createEngine(config, { build: "auto", watch: false });
  t = await startTestBot({ engine, config: structuredClone(config), fake: { guilds: 1 } });
}, 120_000);

afterAll(async () => {
  await updater?.stop();
  await t?.stop();
  await engine?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("FEEDS: the bot keeps itself current", () => {
  it("GIVEN FEEDS with a new matching entry and a failing feed THEN it posts the new article without pings or previews, then answers from it", async () => {
    expect(config.feeds).toEqual({ urls: [site.url("/rss"), site.url("/missing-feed")], intervalMinutes: 30 });
    const channel = t.fake.channel.id;
    const before = engine.info().articles;
    updater = new FeedUpdater({
      feeds: config.feeds!,
      corpusDir: config.corpusDir,
      reindex: (d) => engine.reindexFrom(d),
      logger: t.logs.logger,
      onNews: (articles) => postNews(t.bot.client, channel, articles, t.logs.logger),
    });
    updater.start();
    const post = await t.fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${channel}/messages`, 60_000);
    expect(post.body.content).toBe(
      `New article:\n• **Example News** — Kremlin says no date set for envoy visit — 5 Dec 2025 — <https://www.example-news.test/world/kremlin-no-date-envoy-visit-1234>`,
    );
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(post.body.flags & SUPPRESS_EMBEDS).toBe(SUPPRESS_EMBEDS);
    expect(engine.info().articles).toBe(before + 1);
    // The failing feed and the failing entry were logged, and the bot went on.
    const warnings = t.logs.records().filter((l) => l.level === "warn").map((l) => String(l.msg));
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/missing-feed: the server answered HTTP 404/), expect.stringMatching(/\/gone: the server answered HTTP 404/)]));

    const i = t.fake.slashCommand("ask", { question: "Has a date been set for the envoy's visit to Moscow?" });
    const edit = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path === `/webhooks/${t.fake.application.id}/${i.token}/messages/@original`, 30_000);
    expect(edit.body.content).toContain("no date had been set for a visit by the U.S. envoy");
    expect(edit.body.content).toContain("Example News");

    // The next interval finds nothing new: no second post, and the imported page is not fetched again.
    const pageFetches = () => site.requests.filter((r) => r.startsWith("/amp")).length;
    const fetched = pageFetches();
    const next = await updater.tick();
    expect(next.added).toEqual([]);
    expect(pageFetches()).toBe(fetched);
    expect(t.fake.requests.filter((r) => r.method === "POST" && r.path === `/channels/${channel}/messages`)).toHaveLength(1);
  }, 120_000);
});
