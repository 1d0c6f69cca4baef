/**
 * `npm start` as a process: the bot against the fake Discord, SIGTERM → graceful stop and exit 0; and SHARDS=2
 * under discord.js's ShardingManager, each shard a child process that identifies with its shard id.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.js";
import { FakeDiscord } from "../helpers/fakeDiscord.js";
import { TEST_TOKEN, testConfig } from "./support.js";

let dir: string;
let fake: FakeDiscord;
let child: ChildProcess | undefined;
/** Processes a test saw below npm: killed after it, so a failing test leaves no bot running. */
let below: number[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "talks-main-"));
  // Build the index once here, so the processes under test only load it.
  const engine = await createEngine(testConfig({ env: { INDEX_DIR: dir, CACHE_DIR: inject("gloveCacheDir") } }), { watch: false });
  await engine.close();
}, 120_000);

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = undefined;
  for (const pid of below) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  below = [];
  await fake?.close();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Starts `src/main.ts` (or, with `viaNpm`, `npm start` itself: then the process is npm, as under systemd or Docker),
 * with only the environment the test chooses for the bot.
 */
function start(
  env: Record<string, string>,
  { viaNpm = false, stdin = "ignore" as "ignore" | "pipe" } = {},
): { proc: ChildProcess; stderr: () => string; stdout: () => string; exited: Promise<number | null> } {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD_|SHARD|VITEST|LOG_LEVEL|npm_)/.test(k)));
  const [command, args] = viaNpm ? ["npm", ["start", "--silent"]] : [process.execPath, ["--import", "tsx", "src/main.ts"]];
  const proc = spawn(command, args, {
    cwd: path.resolve("."),
    env: {
      ...inherited,
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_COOLDOWN_SECONDS: "0",
      DISCORD_ANSWER_CHANNELS: "",
      INDEX_DIR: dir,
      DATA_DIR: path.join(dir, "data"),
      CORPUS_DIR: path.resolve("corpus"),
      CACHE_DIR: inject("gloveCacheDir"),
      EMBEDDINGS: "offline",
      LLM: "off",
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: [stdin, "pipe", "pipe"],
  });
  child = proc;
  let err = "";
  proc.stderr!.on("data", (c: Buffer) => (err += c.toString("utf8")));
  let out = "";
  proc.stdout!.on("data", (c: Buffer) => (out += c.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  return { proc, stderr: () => err, stdout: () => out, exited };
}

describe("npm start with DISCORD_TOKEN", () => {
  it("GIVEN the bot running THEN it answers, and on SIGTERM it disconnects and exits 0 without logging the token", async () => {
    fake = await FakeDiscord.start();
    const bot = start({});
    await fake.waitFor(() => bot.stderr().includes('"msg":"discord: connected"'), 30_000, "bot ready");
    const i = fake.slashCommand("ask", { question: "Why did Yermak resign?" });
    const edit = await fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(i.token));
    expect(edit.body.content).toContain("resigned on Friday");
    bot.proc.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    await fake.waitFor(() => fake.connections === 0);
    expect(bot.stderr()).toContain('"msg":"discord: disconnected"');
    expect(bot.stderr()).not.toContain(TEST_TOKEN);
    expect(bot.stderr()).not.toContain(i.token);
  }, 60_000);
});

/** Every process below `pid` (from /proc), so a test can tell that none is left running. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the 2nd field after the parenthesised command name (which may hold spaces).
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const walk = (p: number) => (children.get(p) ?? []).forEach((c) => (out.push(c), walk(c)));
  walk(pid);
  return out;
}

/** A process that still runs (a zombie waiting for its parent to reap it does not). */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
};

const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return "";
  }
};

describe("npm start as a service (signals go to npm's own pid)", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`GIVEN the bot under npm start WHEN npm gets ${signal} THEN the bot disconnects, npm exits 0 and no process is left`, async () => {
      fake = await FakeDiscord.start();
      const npm = start({}, { viaNpm: true });
      await fake.waitFor(() => npm.stderr().includes('"msg":"discord: connected"'), 45_000, "bot ready");
      below = descendants(npm.proc.pid!);
      expect(below.length).toBeGreaterThan(0);
      npm.proc.kill(signal);
      expect(await npm.exited).toBe(0);
      expect(npm.stderr()).toContain(`"reason":"${signal}","msg":"shutting down"`);
      expect(npm.stderr()).toContain('"msg":"discord: disconnected"');
      await fake.waitFor(() => fake.connections === 0, 10_000, "disconnected");
      expect(below.filter(alive).map(cmdline)).toEqual([]);
    }, 90_000);
  }

  it("GIVEN the terminal chat under npm start (no token) WHEN npm gets SIGTERM THEN the chat ends, npm exits 0 and no process is left", async () => {
    fake = await FakeDiscord.start();
    const npm = start({ DISCORD_TOKEN: "" }, { viaNpm: true, stdin: "pipe" });
    await fake.waitFor(() => npm.stdout().includes("talks bot —"), 30_000, "chat banner");
    below = descendants(npm.proc.pid!);
    npm.proc.kill("SIGTERM");
    expect(await npm.exited).toBe(0);
    expect(npm.stderr()).toContain('"reason":"SIGTERM","msg":"shutting down"');
    expect(below.filter(alive).map(cmdline)).toEqual([]);
  }, 60_000);
});

describe("npm start with SHARDS=2", () => {
  it("GIVEN two shards THEN each child identifies with its shard id and answers; SIGTERM stops them all and exits 0", async () => {
    fake = await FakeDiscord.start({ guilds: 4 });
    const manager = start({ SHARDS: "2" });
    await fake.waitFor(() => fake.identifies.length === 2 && fake.connections === 2, 45_000, "two shards");
    expect(fake.identifies.map((d) => d.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    await fake.waitFor(() => manager.stderr().includes('"msg":"discord: all shards ready"'), 30_000, "all shards ready");
    // Each guild's interaction reaches the shard that owns it and is answered once.
    for (const guild of fake.guilds) {
      const i = fake.slashCommand("help", {}, guild);
      const reply = await fake.waitForRequest((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);
      expect(reply.status).toBe(204);
      expect(fake.requestsFor(i)).toHaveLength(1);
    }
    manager.proc.kill("SIGTERM");
    expect(await manager.exited).toBe(0);
    await fake.waitFor(() => fake.connections === 0, 20_000, "shards disconnected");
  }, 90_000);
});
