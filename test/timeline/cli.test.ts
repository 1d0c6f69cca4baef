/**
 * `npm run timeline` end to end: the real script, config, engine and index over a temporary corpus (the seed plus
 * a second outlet's report of the resignation).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { TimelineJson, TimelineSummaryJson } from "../../src/timeline/json.js";
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
  it("GIVEN --json --png THEN the summary's contract in date order, the resignation once with both outlets, and the picture written", async () => {
    const png = path.join(dirs.root, "timeline.png");
    const r = await run(["--json", "--png", png]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as TimelineSummaryJson;
    const dates = json.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(json.events.length).toBeLessThanOrEqual(15);
    expect(json.total).toBeGreaterThanOrEqual(json.events.length);
    const friday = json.events.filter((e) => e.date === "2025-11-28");
    expect(friday).toHaveLength(1);
    expect(friday[0]).toMatchObject({ label: "Fri 28 Nov 2025", articles: 2 });
    expect([...friday[0]!.outlets].sort()).toEqual(["Axios", "Kyiv Wire"]);
    expect(friday[0]!.quotes.map((q) => [q.articleId, q.source, q.url]).sort()).toEqual([
      [SEED_ID, "Axios", null],
      ["001_yermak", "Kyiv Wire", "https://example.com/yermak"],
    ]);
    expect(readFileSync(png).subarray(1, 4).toString("latin1")).toBe("PNG");
  }, 120_000);

  it("GIVEN --all --json THEN the full list in the contract it always had, each report in publication order", async () => {
    const r = await run(["--all", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as TimelineJson & { total?: number };
    expect(json.total).toBeUndefined();
    const friday = json.events.filter((e) => e.date === "2025-11-28");
    expect(friday[0]!.quotes.map((q) => [q.articleId, q.source, q.url])).toEqual([
      [SEED_ID, "Axios", null],
      ["001_yermak", "Kyiv Wire", "https://example.com/yermak"],
    ]);
    const summary = JSON.parse((await run(["--json", "--max", "3"])).stdout) as TimelineSummaryJson;
    expect(summary.events).toHaveLength(3);
    expect(summary.total).toBe(json.events.length);
  }, 120_000);

  it("GIVEN --max that is not a number, or --max with --all THEN exit 2 and one line", async () => {
    const bad = await run(["--max", "lots"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('timeline: --max must be a whole number from 1 to 1000 (got "lots")');
    const both = await run(["--max", "3", "--all"]);
    expect(both.code).toBe(2);
    expect(both.stderr.trim()).toBe("timeline: --max and --all contradict each other — give one of them");
  }, 60_000);

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
