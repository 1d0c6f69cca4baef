/**
 * Feeds against a fake news site on 127.0.0.1: an RSS 2.0 feed and an Atom feed written by the team, a broken feed,
 * a missing one; `importFeeds` (the core) and `npm run import-feed` (the script, spawned).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { matchesWords, parseFeed, readMatchWords } from "../../src/ingest/feeds.js";
import { importFeeds } from "../../src/ingest/importFeeds.js";
import { startNewsSite, type NewsSite } from "../helpers/newsSite.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), "utf8");
const HTML = { "content-type": "text/html; charset=utf-8" };

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
  const feed = (name: string) => fixture(name).replaceAll("{{BASE}}", site.base);
  for (const [p, route] of Object.entries({
    "/amp?utm_source=rss": { headers: HTML, body: fixture("amp.html") },
    "/wordpress": { headers: HTML, body: fixture("wordpress.html") },
    "/rss": { headers: { "content-type": "application/rss+xml; charset=utf-8" }, body: feed("feed.rss.xml") },
    "/atom": { headers: { "content-type": "application/atom+xml" }, body: feed("feed.atom.xml") },
    "/broken": { headers: { "content-type": "application/rss+xml" }, body: fixture("broken.xml") },
    "/page-not-feed": { headers: HTML, body: fixture("amp.html") },
  })) site.routes.set(p, route);
});
afterAll(() => site.close());

const temps: string[] = [];
async function corpus(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "import-feed-"));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe("parseFeed and the match words", () => {
  it("GIVEN RSS 2.0 and Atom THEN entries have title, link (alternate, not enclosure), summary and a UTC date", () => {
    const rss = parseFeed(fixture("feed.rss.xml").replaceAll("{{BASE}}", "http://x.test"));
    expect(rss.ok && rss.title).toBe("Example News – World");
    expect(rss.ok && rss.entries[0]).toEqual({
      title: "Kremlin says no date set for envoy visit",
      link: "http://x.test/amp?utm_source=rss",
      summary: "Peskov said contacts continue.",
      published: "2025-12-05T11:02:00Z",
    });
    const atom = parseFeed(fixture("feed.atom.xml").replaceAll("{{BASE}}", "http://x.test"));
    expect(atom.ok && atom.entries.map((e) => [e.link, e.published])).toEqual([
      ["http://x.test/wordpress", "2025-12-04T09:15:00Z"],
      ["http://x.test/old", "2025-01-10T10:00:00Z"],
    ]);
  });

  it("GIVEN a cut-off feed or an HTML page THEN it is not a feed, with why", () => {
    expect(parseFeed(fixture("broken.xml"))).toMatchObject({ ok: false, message: expect.stringMatching(/^not well-formed XML/) });
    expect(parseFeed("<html><body><p>hi</p></body></html>")).toEqual({ ok: false, message: "not an RSS or Atom feed" });
  });

  it("GIVEN the default words from config/feed-match.txt THEN talks entries match at word starts and others do not", async () => {
    const words = await readMatchWords();
    expect(words).toContain("Witkoff");
    expect(matchesWords({ title: "Ukrainian delegation lands in Miami" }, words)).toBe(true);
    expect(matchesWords({ title: "Markets", summary: "Zelenskyy's adviser spoke." }, words)).toBe(true);
    expect(matchesWords({ title: "Central bank holds rates steady", summary: "Markets were calm." }, words)).toBe(false);
    expect(matchesWords({ title: "Prussian history" }, ["Russia"])).toBe(false);
  });
});

describe("importFeeds", () => {
  it("GIVEN an RSS feed, an Atom feed, a broken feed and a missing one THEN matching new entries are added, the rest reported, failures named", async () => {
    const dir = await corpus();
    const feeds = [site.url("/rss"), site.url("/atom"), site.url("/broken"), site.url("/missing"), site.url("/page-not-feed")];
    const s = await importFeeds(feeds, { corpusDir: dir, match: await readMatchWords(), since: new Date("2025-11-01") });
    expect(s.added.map((o) => o.article?.title)).toEqual([
      "Kremlin says no date set for envoy visit",
      "Ukraine and US negotiators agree to meet again in Berlin after a long first round of talks on the framework document",
    ]);
    expect(s.counts).toMatchObject({ added: 2, "off-topic": 1, older: 1, duplicate: 0, failed: 4 });
    expect(s.failed.map((f) => f.reason)).toEqual([
      expect.stringMatching(/\/gone: the server answered HTTP 404/),
      expect.stringMatching(/\/broken: not well-formed XML/),
      expect.stringMatching(/\/missing: the server answered HTTP 404/),
      expect.stringMatching(/\/page-not-feed: not an RSS or Atom feed \(an HTML page\)$/),
    ]);
    const { articles } = await loadCorpus(dir);
    expect(articles.map((a) => a.source).sort()).toEqual(["Example News", "The Kyiv Example"]);

    const again = await importFeeds(feeds.slice(0, 2), { corpusDir: dir, match: await readMatchWords(), since: new Date("2025-11-01") });
    expect(again.counts).toMatchObject({ added: 0, duplicate: 2, older: 1, failed: 1 }); // the 404 entry is retried and fails again
  });

  it("GIVEN --dry-run THEN nothing is fetched beyond the feed and nothing is written", async () => {
    const dir = await corpus();
    const before = site.requests.length;
    const s = await importFeeds([site.url("/rss")], { corpusDir: dir, match: ["Kremlin"], dryRun: true });
    expect(s.counts).toMatchObject({ "would-add": 1, "off-topic": 2 });
    expect(site.requests.slice(before)).toEqual(["/rss"]);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("npm run import-feed (end to end)", () => {
  function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn("npx", ["tsx", "scripts/importFeed.ts", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
  }

  it("GIVEN feeds with one failing THEN it adds the rest, prints the summary and the reindex hint with --corpus, and exits 1", async () => {
    const dir = await corpus();
    const r = await run([site.url("/rss"), site.url("/broken"), "--corpus", dir, "--match", "Kremlin, negotiators"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("  added: Example News — Kremlin says no date set for envoy visit");
    expect(r.stdout).toContain("import-feed: 1 added, 0 skipped as duplicate, 1 skipped as off-topic, 2 failed");
    expect(r.stdout).toContain(`Run npm run reindex -- --corpus ${JSON.stringify(dir)} to make them searchable.`);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^import-feed: failed: http:\/\/127\.0\.0\.1:\d+\/gone: the server answered HTTP 404/),
      expect.stringMatching(/^import-feed: failed: http:\/\/127\.0\.0\.1:\d+\/broken: not well-formed XML/),
    ]);
  });

  it("GIVEN no URL or a bad --since THEN one line and exit 2", async () => {
    expect(await run([])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^import-feed: give at least one feed URL\nusage:/) });
    expect(await run(["http://x.test/feed", "--since", "yesterday"])).toMatchObject({
      code: 2,
      stderr: 'import-feed: --since must be a date such as 2025-12-01 (got "yesterday")\n',
    });
  });
});
