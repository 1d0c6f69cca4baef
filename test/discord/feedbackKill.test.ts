/**
 * The feedback database survives the bot being killed: `src/main.ts` as a real process against the fake Discord,
 * many users voting (and changing their votes) as fast as the bot acknowledges, then SIGKILL in the middle. Every
 * vote the bot acknowledged is in the file afterwards, and the file is sound.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.js";
import { FEEDBACK_FILE, SALT_FILE } from "../../src/feedback/openFeedback.js";
import { hashUser } from "../../src/feedback/SqliteFeedbackStore.js";
import { FakeDiscord } from "../helpers/fakeDiscord.js";
import { TEST_TOKEN, testConfig } from "./support.js";

let dir: string;
let fake: FakeDiscord | undefined;
let child: ChildProcess | undefined;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "talks-feedback-kill-"));
  const engine = await createEngine(testConfig({ env: { INDEX_DIR: path.join(dir, "index"), CACHE_DIR: inject("gloveCacheDir") } }), { watch: false });
  await engine.close();
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

it("GIVEN users voting while the bot is killed with SIGKILL THEN every acknowledged vote is in the database, which is intact", async () => {
  fake = await FakeDiscord.start();
  const dataDir = path.join(dir, "data");
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD_|SHARD|VITEST|LOG_LEVEL|npm_|DATA_DIR)/.test(k)));
  const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      ...inherited,
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_COOLDOWN_SECONDS: "0",
      INDEX_DIR: path.join(dir, "index"),
      CORPUS_DIR: path.resolve("corpus"),
      CACHE_DIR: inject("gloveCacheDir"),
      DATA_DIR: dataDir,
      LLM: "off",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = proc;
  let stderr = "";
  proc.stderr!.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => proc.on("exit", (_code, signal) => resolve(signal)));
  await fake.waitFor(() => stderr.includes('"msg":"discord: connected"'), 45_000, "bot ready");
  expect(stderr).toContain('"msg":"feedback: storing votes and reports"');

  const i = fake.slashCommand("ask", { question: "Why did Yermak resign?" });
  const edit = await fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(i.token));
  const up = (edit.body.components as { components: { custom_id?: string }[] }[]).flatMap((r) => r.components).find((b) => b.custom_id?.endsWith(":up"))!.custom_id!;
  const down = up.replace(/:up$/, ":down");
  const answerId = Number(up.split(":")[2]);

  // Each user votes 👍, then 👎, then 👍 …, one click at a time (the next once the last is acknowledged); all users
  // at once. The bot acknowledges a vote only after its transaction committed.
  const users = Array.from({ length: 40 }, (_, n) => fake!.makeUser(`voter${n}`));
  const acked = new Map<string, "up" | "down">();
  const inFlight = new Map<string, "up" | "down">();
  let killed = false;
  let acks = 0;
  const voter = async (user: (typeof users)[number]) => {
    for (let n = 0; !killed && n < 20; n++) {
      const vote = n % 2 === 0 ? "up" : "down";
      inFlight.set(user.id, vote);
      const c = fake!.clickButton(vote === "up" ? up : down, fake!.originalMessage(i)!, fake!.guild, user);
      const reply = await fake!.waitForRequest((r) => r.path === `/interactions/${c.id}/${c.token}/callback`, 15_000).catch(() => undefined);
      if (!reply || reply.status >= 300) return;
      expect(reply.body.data.content).toMatch(/Thanks for the|Changed your vote/);
      acked.set(user.id, vote);
      inFlight.delete(user.id);
      acks++;
    }
  };
  const voting = Promise.all(users.map(voter));
  await fake.waitFor(() => acks >= 150, 60_000, "150 acknowledged votes");
  proc.kill("SIGKILL");
  killed = true;
  expect(await exited).toBe("SIGKILL");
  await voting;
  expect(acked.size).toBe(users.length);

  const salt = readFileSync(path.join(dataDir, SALT_FILE), "utf8").trim();
  const db = new Database(path.join(dataDir, FEEDBACK_FILE));
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const stored = new Map(
      (db.prepare("SELECT user_hash, vote FROM votes WHERE answer_id = ?").all(answerId) as { user_hash: string; vote: number }[]).map((r) => [
        r.user_hash,
        r.vote > 0 ? "up" : "down",
      ]),
    );
    expect(stored.size).toBe(users.length);
    for (const user of users) {
      const vote = stored.get(hashUser(salt, user.id));
      // The last acknowledged vote, or the click that was being stored when the process died (committed, not yet
      // acknowledged): never an older one, never none.
      expect([acked.get(user.id), inFlight.get(user.id)].filter(Boolean), user.username).toContain(vote);
    }
    expect((db.prepare("SELECT COUNT(*) AS n FROM answers").get() as { n: number }).n).toBe(1);
  } finally {
    db.close();
  }
}, 120_000);
