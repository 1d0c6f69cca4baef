/**
 * The bot as its own process (`src/main.ts`, as `npm start` runs it) against the fake Discord, with an article that
 * is one huge paragraph without sentence punctuation: answering from it must not block the bot, so a second
 * user's /ask is still acknowledged inside Discord's 3 s.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.js";
import { FakeDiscord } from "../helpers/fakeDiscord.js";
import { TEST_TOKEN, testConfig } from "./support.js";

let dir: string;
let fake: FakeDiscord | undefined;
let child: ChildProcess | undefined;

/** About 300,000 characters in one paragraph, no full stop: one "sentence" to a sentence splitter. */
function hugeParagraph(): string {
  const clauses = [
    "the cartographers of Zanzibar redrew the disputed border maps for the negotiators",
    "the surveyors measured every riverbank twice",
    "the archivists compared the old treaties line by line",
  ];
  const parts: string[] = [];
  for (let i = 0, n = 0; n < 300_000; i++) {
    const clause = `${clauses[i % clauses.length]} in round ${i}`;
    parts.push(clause);
    n += clause.length + 1;
  }
  return parts.join(" ");
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "talks-long-quote-"));
  const corpusDir = path.join(dir, "corpus");
  cpSync(path.resolve("corpus"), corpusDir, { recursive: true });
  writeFileSync(
    path.join(corpusDir, "zz_huge_paragraph.md"),
    ["---", "title: Mapping the border", "source: Test Wire", "published: 2025-11-20T08:00:00+02:00", "---", "", hugeParagraph(), ""].join("\n"),
  );
  const config = testConfig({ env: { CORPUS_DIR: corpusDir, INDEX_DIR: path.join(dir, "index"), CACHE_DIR: inject("gloveCacheDir"), LLM: "off" } });
  // Built here, so the bot process only loads it.
  const engine = await createEngine(config, { watch: false });
  await engine.close();
}, 180_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

it("GIVEN one user's answer comes from a 300,000-character paragraph THEN a second user's /ask is deferred within 3 s and both get their answers", async () => {
  fake = await FakeDiscord.start();
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD_|SHARD|VITEST|LOG_LEVEL)/.test(k)));
  const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: path.resolve("."),
    env: {
      ...inherited,
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_COOLDOWN_SECONDS: "0",
      DISCORD_ANSWER_CHANNELS: "",
      INDEX_DIR: path.join(dir, "index"),
      DATA_DIR: path.join(dir, "data"),
      CORPUS_DIR: path.join(dir, "corpus"),
      CACHE_DIR: inject("gloveCacheDir"),
      EMBEDDINGS: "offline",
      LLM: "off",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child = proc;
  let stderr = "";
  proc.stderr!.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  await fake.waitFor(() => stderr.includes('"msg":"discord: connected"'), 30_000, "bot ready");

  const first = fake.slashCommand("ask", { question: "What did the cartographers of Zanzibar redraw for the negotiators?" });
  await fake.waitForRequest((r) => r.path === `/interactions/${first.id}/${first.token}/callback`);
  const asked = Date.now();
  const second = fake.slashCommand("ask", { question: "Why did Yermak resign?" });
  const deferred = await fake.waitForRequest((r) => r.path === `/interactions/${second.id}/${second.token}/callback`, 20_000);
  expect(deferred.status).toBe(204);
  expect(deferred.at - asked).toBeLessThan(3_000);

  const long = await fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(first.token), 20_000);
  expect(long.body.content.length).toBeLessThanOrEqual(2_000);
  expect(long.body.content).toContain("cartographers of Zanzibar");
  const short = await fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(second.token), 20_000);
  expect(short.body.content).toContain("resigned on Friday");
  proc.kill("SIGTERM");
}, 90_000);
