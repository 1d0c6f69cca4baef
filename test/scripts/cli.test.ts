import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRISONER_BODY, tempDirs, writeArticle, type TempDirs } from "../helpers/tempCorpus.js";

/** The command-line contract (`npm run ask`, `npm run reindex`), run as real processes. */
let dirs: TempDirs;
beforeAll(() => {
  dirs = tempDirs();
});
afterAll(() => dirs?.cleanup());

/** Like `run`, without blocking the test worker (for tests that start many processes). */
async function runAsync(script: string, args: string[]) {
  const { execFile } = await import("node:child_process");
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", `scripts/${script}.ts`, "--corpus", dirs.corpus, "--index", dirs.index, ...args],
      { encoding: "utf8", env: { ...process.env, LOG_LEVEL: "warn" }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

function run(script: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, "--corpus", dirs.corpus, "--index", dirs.index, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "warn" },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run reindex", () => {
  it("GIVEN a broken file among good ones THEN it indexes the others, names the file (once) and exits non-zero", () => {
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    writeFileSync(path.join(dirs.corpus, "002_broken.md"), "---\ntitle: Broken\nsource: X\npublished: last Sunday\n---\nBody.");
    const r = run("reindex", []);
    expect(r.stderr.match(/002_broken\.md: published must be/g)).toHaveLength(1);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^reindex: full — 2 added, 0 changed, 0 removed, 0 unchanged; 2 articles, \d+ sentences/m);
    expect(r.stderr).toMatch(/002_broken\.md: published must be an ISO 8601 date-time with offset/);
    const again = run("reindex", []);
    expect(again.stdout).toMatch(/incremental — 0 added, 0 changed, 0 removed, 2 unchanged/);
    // An indexed article whose file breaks keeps its entry, also with --full, and the script says so.
    writeFileSync(path.join(dirs.corpus, "001_prisoners.md"), "---\ntitle: Broken now\n---\nBody.");
    const full = run("reindex", ["--full"]);
    expect(full.code).toBe(1);
    expect(full.stdout).toMatch(/^reindex: full — .*; 2 articles/m);
    expect(full.stderr).toMatch(/^reindex: 001_prisoners\.md could not be read; its previous version stays indexed until it is fixed$/m);
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
  });
});

describe("npm run reindex with an article dated in the future", () => {
  it("GIVEN published years ahead THEN it is indexed, with one warning line, exit 0", async () => {
    const { mkdtempSync } = await import("node:fs");
    const os = await import("node:os");
    const corpus = mkdtempSync(path.join(os.tmpdir(), "talks-future-"));
    writeArticle(corpus, "001_future", PRISONER_BODY, { published: "2125-01-05T10:00:00+02:00" });
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/reindex.ts", "--corpus", corpus, "--index", path.join(corpus, ".index")], {
      encoding: "utf8",
      env: { ...process.env, LOG_LEVEL: "info" },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 added/);
    const warning = "corpus: 001_future.md: published 2125-01-05T10:00:00+02:00 is in the future — indexed anyway; check the date";
    expect(r.stderr.split("\n").filter((l) => l.includes("in the future"))).toEqual([warning]);
  });
});

describe("npm run reindex with a wrong corpus", () => {
  it.each(["CORPUS_DIR", "INDEX_DIR"])("GIVEN %s= (set, empty) THEN one config line and exit 1, nothing written", (variable) => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/reindex.ts"], {
      encoding: "utf8",
      cwd: path.resolve("."),
      env: { ...process.env, LOG_LEVEL: "warn", [variable]: "" },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(new RegExp(`^config: ${variable} is empty — name a folder, or remove the line to use the default \\(\\.?\\w+\\)$`));
  });

  it("GIVEN an empty corpus folder over an index THEN one line naming the counts and --allow-shrink, exit 1", async () => {
    const { mkdtempSync } = await import("node:fs");
    const os = await import("node:os");
    run("reindex", []);
    const empty = mkdtempSync(path.join(os.tmpdir(), "talks-empty-"));
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/reindex.ts", "--corpus", empty, "--index", dirs.index], {
      encoding: "utf8",
      env: { ...process.env, LOG_LEVEL: "warn" },
    });
    expect(r.status).toBe(1);
    // The last line after the progress lines ("read corpus" on a non-terminal).
    expect(r.stderr.trim().split("\n").pop()).toMatch(/^reindex: this would remove \d+ of the \d+ indexed articles \(0 found in .*\) — check CORPUS_DIR or --corpus, or pass --allow-shrink if they are really gone$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("a damaged index", () => {
  it("GIVEN bytes flipped anywhere in vectors.hnsw (same size) THEN ask prints the one-line --full hint and exits 1, never a segfault", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    expect(run("reindex", ["--full"]).stdout).toMatch(/^reindex: full/);
    const build = path.join(dirs.index, "builds", readFileSync(path.join(dirs.index, "CURRENT"), "utf8").trim());
    const file = path.join(build, "vectors.hnsw");
    const original = readFileSync(file);
    expect(readdirSync(build)).toContain("vectors.hnsw");
    // The header, the first element's links and vector, and the level lists at the end: the places hnswlib trusts.
    for (const at of [0, 40, Math.floor(original.length / 2), original.length - 4]) {
      const damaged = Buffer.from(original);
      damaged[at] = damaged[at]! ^ 0xff;
      writeFileSync(file, damaged);
      const r = await runAsync("ask", ["Why did Yermak resign?"]);
      expect({ at, code: r.code, stderr: r.stderr.trim() }).toEqual({
        at,
        code: 1,
        // The advice names the folders this run was given, so it works when copied as it is.
        stderr: `index: ${build}/vectors.hnsw is damaged (its checksum does not match the manifest) — run npm run reindex -- --full --corpus ${JSON.stringify(path.resolve(dirs.corpus))} --index ${JSON.stringify(path.resolve(dirs.index))}`,
      });
    }
    writeFileSync(file, original);
    expect((await runAsync("ask", ["Why did Yermak resign?"])).code).toBe(0);
  }, 120_000);
});

describe("npm run ask", () => {
  it("GIVEN --json THEN one object {question, found, answer, quotes} with verbatim quotes", () => {
    const r = run("ask", ["--json", "Why did Yermak resign?"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { question: string; found: boolean; answer: string; quotes: { text: string; start: number; end: number }[] };
    expect(Object.keys(out)).toEqual(["question", "found", "answer", "quotes"]);
    expect(out.found).toBe(true);
    expect(out.quotes[0]!.text).toMatch(/raided his home/);
    expect(Object.keys(out.quotes[0]!)).toEqual(expect.arrayContaining(["text", "articleId", "title", "source", "published", "start", "end"]));
  });

  it("GIVEN --batch THEN one JSON line per non-empty input line, in order", () => {
    const r = run("ask", ["--batch"], "Who led the Ukrainian delegation?\n\nWhat is the population of Brazil?\nHow many prisoners were exchanged?\n");
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { question: string; found: boolean });
    expect(lines.map((l) => [l.question, l.found])).toEqual([
      ["Who led the Ukrainian delegation?", true],
      ["What is the population of Brazil?", false],
      ["How many prisoners were exchanged?", true],
    ]);
  });

  it("GIVEN a question over the limit THEN the same 'at most N characters' message as Discord and the chat", () => {
    const r = run("ask", ["--json", "w".repeat(301)]);
    expect(JSON.parse(r.stdout)).toMatchObject({ found: false, answer: "That question is 301 characters long; please ask in at most 300 characters." });
  });

  it("GIVEN no question THEN a one-line usage message and exit 1", () => {
    const r = run("ask", []);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^ask: give a question/);
  });

  it("GIVEN a wrong configuration value THEN one line naming the variable", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/ask.ts", "hello"], {
      encoding: "utf8",
      env: { ...process.env, EMBEDDINGS: "word2vec" },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^config: EMBEDDINGS /);
  });
});
