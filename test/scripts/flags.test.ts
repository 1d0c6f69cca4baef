/**
 * Every script's command line, run as real processes: an unknown flag, a flag without its value (or an empty one)
 * is one line naming it, then the usage, exit 2 — never parseArgs's stack trace.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const scratch = mkdtempSync(path.join(os.tmpdir(), "talks-flags-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", `scripts/${script}.ts`, ...args],
      { encoding: "utf8", env: { ...process.env, LOG_LEVEL: "warn", ...env }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

const SCRIPTS = [
  ["ask", "ask"],
  ["reindex", "reindex"],
  ["timeline", "timeline"],
  ["deployCommands", "deploy-commands"],
  ["eval", "eval"],
  ["addArticle", "add-article"],
  ["bench", "bench"],
  ["importSotu", "import-sotu"],
] as const;

describe("script flags", () => {
  it.each(SCRIPTS)("GIVEN %s --bogus THEN one line naming the flag, the usage, exit 2", async (file, name) => {
    const r = await run(file, ["--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual([`${name}: unknown flag --bogus`, expect.stringMatching(new RegExp(`^usage: npm run ${name} -- `))]);
  });

  it.each([
    ["ask", "ask", ["--corpus"], "--corpus needs a value"],
    ["ask", "ask", ["--index", "--json", "hello"], "--index needs a value"],
    ["reindex", "reindex", ["--corpus", ""], "--corpus needs a value"],
    ["timeline", "timeline", ["--png"], "--png needs a value"],
    ["deployCommands", "deploy-commands", ["--guild"], "--guild needs a value"],
    ["eval", "eval", ["--questions"], "--questions needs a value"],
    ["addArticle", "add-article", ["-", "--title"], "--title needs a value"],
    ["bench", "bench", ["--out"], "--out needs a value"],
  ])("GIVEN %s %j THEN one line naming the flag, the usage, exit 2", async (file, name, args, problem) => {
    const r = await run(file, args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual([`${name}: ${problem}`, expect.stringMatching(/^usage: /)]);
  });
});

describe("script targets", () => {
  it("GIVEN eval --hold with a set that does not exist THEN one line naming it, exit 2, before any set runs", async () => {
    const r = await run("eval", ["--hold", "blind3,blindzz"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe("eval: --hold names no set: blindzz (sets are named like blind74 or news-blind74)");
  });

  it("GIVEN timeline --png into a folder that does not exist THEN one line naming the folder, before any work", async () => {
    const file = path.join(scratch, "no-such-folder", "t.png");
    const r = await run("timeline", ["--png", file]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`timeline: cannot write ${file}: the folder ${path.dirname(file)} does not exist — create it or choose another --png path`);
  });

  it("GIVEN deploy-commands with an API nobody listens on THEN one line naming the address", async () => {
    const net = await import("node:net");
    // A port that was free a moment ago: connections to it are refused.
    const server = net.createServer();
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    await new Promise((r) => server.close(r));
    const api = `http://127.0.0.1:${port}/api`;
    const r = await run("deployCommands", [], { DISCORD_TOKEN: "test-token.abc.def", DISCORD_API_URL: api, DISCORD_APPLICATION_ID: "" });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`deploy-commands: cannot reach Discord's API at ${api} (ECONNREFUSED) — check the network and DISCORD_API_URL`);
  });
});
