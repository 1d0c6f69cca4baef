/**
 * `npm run timeline` end to end: the real script, config, engine and index over a temporary corpus (the seed plus
 * a second outlet's report of the resignation).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { TimelineJson } from "../../src/timeline/json.js";
import { SEED_ID, tempDirs, writeArticle, type TempDirs } from "../helpers/tempCorpus.js";

let dirs: TempDirs;
beforeAll(() => {
  dirs = tempDirs();
  writeArticle(
    dirs.corpus,
    "001_yermak",
    "Andriy Yermak, Zelensky's chief of staff, resigned on Friday after anti-corruption authorities raided his home.\n\nHe had led Ukraine's negotiating team.",
    { source: "Kyiv Wire", published: "2025-12-01T09:00:00+02:00", url: "https://example.com/yermak" },
  );
});
afterAll(() => dirs.cleanup());

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/timeline.ts", "--corpus", dirs.corpus, "--index", dirs.index, ...args], {
      env: { ...process.env, CACHE_DIR: inject("gloveCacheDir"), EMBEDDINGS: "offline", LLM: "off", LOG_LEVEL: "warn" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

describe("npm run timeline", () => {
  it("GIVEN --json --png THEN the contract in date order, the resignation once with both outlets, and the picture written", async () => {
    const png = path.join(dirs.root, "timeline.png");
    const r = await run(["--json", "--png", png]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as TimelineJson;
    const dates = json.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const friday = json.events.filter((e) => e.date === "2025-11-28");
    expect(friday).toHaveLength(1);
    expect(friday[0]!.quotes.map((q) => [q.articleId, q.source, q.url])).toEqual([
      [SEED_ID, "Axios", null],
      ["001_yermak", "Kyiv Wire", "https://example.com/yermak"],
    ]);
    expect(readFileSync(png).subarray(1, 4).toString("latin1")).toBe("PNG");
  }, 120_000);

  it("GIVEN --topic and --from/--to THEN text output of only those events", async () => {
    const r = await run(["--topic", "security guarantees", "--from", "2025-11-20", "--to", "2025-11-25"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Sun 23 Nov 2025");
    expect(r.stdout).toContain("territory and security guarantees");
    expect(r.stdout).not.toContain("Fri 28 Nov 2025");
  }, 60_000);

  it("GIVEN a malformed --from THEN exit 1 and one line that says how to write it", async () => {
    const r = await run(["--from", "30/11/2025"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('timeline: "from" must be a day written YYYY-MM-DD, such as 2025-11-30 (got "30/11/2025")');
    expect(r.stdout).toBe("");
    expect(existsSync(dirs.index)).toBe(true);
  }, 60_000);
});
