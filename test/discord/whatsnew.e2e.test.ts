/**
 * `/whatsnew` end to end: the real discord.js client against the fake Discord, the real engine on the team's test
 * articles (eval/news/dev, all indexed by one re-index), paged with Previous/Next like /sources.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.js";
import { startTestBot, testConfig, type TestBot } from "./support.js";

const EPHEMERAL = 64;
let dir: string;
let real: Awaited<ReturnType<typeof createEngine>>;
let t: TestBot;
/** The team's dev articles, all added by the one re-index. */
const ARTICLES = readdirSync(path.resolve("eval/news/dev")).filter((f) => f.endsWith(".md")).length;
const PAGES = Math.ceil(ARTICLES / 10);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "talks-whatsnew-e2e-"));
  cpSync(path.resolve("eval/news/dev"), path.join(dir, "corpus"), { recursive: true });
  const config = testConfig({ env: { CORPUS_DIR: path.join(dir, "corpus"), INDEX_DIR: path.join(dir, "index"), CACHE_DIR: inject("gloveCacheDir"), LLM: "off" } });
  real = await createEngine(config, { build: "auto", watch: false });
  t = await startTestBot({ engine: real, config });
}, 120_000);

afterAll(async () => {
  await t?.stop();
  await real?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function reply(i: { id: string; token: string }) {
  return t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(i.token) && r.status === 200);
}

it("GIVEN /whatsnew THEN the articles of the last re-index, newest first, 10 a page, and Next shows the rest", async () => {
  const i = t.fake.slashCommand("whatsnew");
  const first = await reply(i);
  const embed = first.body.embeds[0];
  expect(embed.title).toMatch(/^What's new since the last update, \d+ \w{3} \d{4} \d\d:\d\d UTC$/);
  expect(embed.footer.text).toBe(`Page 1 of ${PAGES} · ${ARTICLES} articles added · 0 events, newest first`);
  const lines = (embed.description as string).split("\n");
  expect(lines[0]).toBe("**Articles added**");
  const newest = real.snapshot().articles[0]!;
  expect(lines[1]).toContain(`**${newest.source}**`);
  expect(lines.filter((l) => l.startsWith("• "))).toHaveLength(10);

  // Next, page after page, to the last one.
  let message = t.fake.originalMessage(i)!;
  let next = first.body.components[0].components[1];
  let page2 = embed;
  for (let page = 2; page <= PAGES; page++) {
    expect(next.label).toBe("Next");
    const click = t.fake.clickButton(next.custom_id, message);
    const update = await t.fake.waitForRequest((r) => r.path.includes(click.token) && r.method === "PATCH");
    page2 = update.body.embeds[0];
    expect(page2.footer.text).toBe(`Page ${page} of ${PAGES} · ${ARTICLES} articles added · 0 events, newest first`);
    next = update.body.components[0].components[1];
    message = { ...message, embeds: update.body.embeds, components: update.body.components };
  }
  expect(page2.title).toBe(embed.title);
  const oldest = real.snapshot().articles.at(-1)!;
  expect((page2.description as string).split("\n").at(-1)).toContain(`**${oldest.source}**`);
});

it("GIVEN since:2025-12-20 THEN the events dated since then follow the articles, newest first", async () => {
  const i = t.fake.slashCommand("whatsnew", { since: "2025-12-20" });
  const first = await reply(i);
  expect(first.body.embeds[0].title).toBe("What's new since 20 Dec 2025");
  const footer = first.body.embeds[0].footer.text as string;
  const [, pages, events] = new RegExp(`^Page 1 of (\\d+) · ${ARTICLES} articles added · (\\d+) events?, newest first$`).exec(footer)!;
  expect(Number(events)).toBeGreaterThan(0);
  const last = t.fake.clickButton(`whatsnew:page:${Number(pages) - 1}:2025-12-20T00:00:00.000Z`, t.fake.originalMessage(i)!);
  const update = await t.fake.waitForRequest((r) => r.path.includes(last.token) && r.method === "PATCH");
  const days = [...(update.body.embeds[0].description as string).matchAll(/^◦ \*\*\w{3} (\d+) Dec 2025\*\*/gm)].map((m) => Number(m[1]));
  expect(days.length).toBeGreaterThan(0);
  expect(days.every((d) => d >= 20)).toBe(true);
  expect([...days].sort((a, b) => b - a)).toEqual(days);
});

it("GIVEN a bad since THEN one private line saying what is expected", async () => {
  const i = t.fake.slashCommand("whatsnew", { since: "last week" });
  const refused = await t.fake.waitForRequest((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);
  expect(refused.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  expect(refused.body.data.content).toBe('whatsnew: "since" must be a number of days such as 1d or 7d, or a day written YYYY-MM-DD such as 2025-12-01 (got "last week")');
});
