/**
 * The feed schedule on its own: FEEDS as a file (read afresh at every update), a re-index that fails (logged, the
 * schedule goes on), and ticks that never overlap. A fake news site on 127.0.0.1 serves the team's RSS feed.
 */
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp as mkdtempP, rm as rmP, writeFile as writeFileP } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedUpdater } from "../../src/engine/FeedUpdater.js";
import type { ReindexSummary } from "../../src/index/reindex.js";
import { startNewsSite, type NewsSite } from "../helpers/newsSite.js";
import { captureLogger } from "../helpers/captureLogger.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), "utf8");

let site: NewsSite;
let dir: string;
beforeAll(async () => {
  site = await startNewsSite({ "/amp?utm_source=rss": { headers: { "content-type": "text/html" }, body: fixture("amp.html") } });
  site.routes.set("/rss", { headers: { "content-type": "application/rss+xml" }, body: fixture("feed.rss.xml").replaceAll("{{BASE}}", site.base) });
  dir = await mkdtempP(path.join(os.tmpdir(), "feed-updater-"));
});
afterAll(async () => {
  await site.close();
  await rmP(dir, { recursive: true, force: true });
});

describe("FeedUpdater", () => {
  it("GIVEN FEEDS as a file THEN it is read at every update; a failing re-index is logged and retried at the next update, which announces the article", async () => {
    const corpusDir = path.join(dir, "corpus");
    await mkdir(corpusDir);
    const list = path.join(dir, "feeds.txt");
    await writeFileP(list, `# no feed yet\n`);
    const logs = captureLogger();
    const news: string[][] = [];
    let reindexCalls = 0;
    const updater = new FeedUpdater({
      feeds: { file: list, intervalMinutes: 30 },
      corpusDir,
      logger: logs.logger,
      match: ["Kremlin"],
      reindex: async () => {
        reindexCalls++;
        if (reindexCalls === 1) throw new Error("reindex: disk on fire");
        return { added: [], changed: [], articles: 1 } as unknown as ReindexSummary;
      },
      onNews: (articles) => void news.push(articles.map((a) => a.title)),
    });
    expect(await updater.tick()).toEqual({ added: [], failed: 0 });

    await writeFileP(list, `# the team's test feed\n${site.url("/rss")}\n`);
    const [a, b] = await Promise.all([updater.tick(), updater.tick()]); // the second waits for the first
    expect(a).toBe(b);
    expect(a.failed).toBe(1); // the re-index failure
    expect(logs.lines.some((l) => l.level === 50 && String(l.msg).startsWith("feeds: update failed"))).toBe(true);
    expect(news).toEqual([]);

    // Nothing new in the feed, but the article imported last time is not indexed yet: re-indexed and announced now.
    const next = await updater.tick();
    expect(next.added.map((x) => x.title)).toEqual(["Kremlin says no date set for envoy visit"]);
    expect(reindexCalls).toBe(2);
    expect(news).toEqual([["Kremlin says no date set for envoy visit"]]);

    // And then nothing to do.
    expect((await updater.tick()).added).toEqual([]);
    expect(reindexCalls).toBe(2);
    await updater.stop();
  });
});
