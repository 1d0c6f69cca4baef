/**
 * `addArticle` (the core, including the interactive path through `ask`) and `npm run add-article` end to end:
 * the real script spawned with `npx tsx`, a temporary corpus folder, input on stdin or from a file.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { addArticle, type FieldRequest } from "../../src/ingest/addArticle.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SEED_MD = path.join(ROOT, "corpus/000_6ebb02524a7f715b.md");
const SEED_RAW = fileURLToPath(new URL("../fixtures/corpus/seed/000_6ebb02524a7f715b.txt", import.meta.url));
const PAGE = fileURLToPath(new URL("../fixtures/corpus/page/article.html", import.meta.url));

const STORY =
  "Negotiators met in Abu Dhabi on Tuesday to discuss a prisoner exchange, officials said.\n\n" +
  "The talks lasted six hours and will resume next week, according to both delegations.\n";

const temps: string[] = [];
async function tempCorpus(withSeed = false): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "add-article-"));
  temps.push(dir);
  if (withSeed) await copyFile(SEED_MD, path.join(dir, path.basename(SEED_MD)));
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe("addArticle (core)", () => {
  it("GIVEN text and complete metadata THEN the file is written and loads back with the same body", async () => {
    const dir = await tempCorpus(true);
    const r = await addArticle({
      raw: STORY,
      corpusDir: dir,
      given: { title: "Prisoner talks in Abu Dhabi", source: "Test Wire", published: "2025-12-02T18:00:00+04:00" },
    });
    if (!r.ok) throw new Error(r.message);
    expect(path.basename(r.file)).toBe("2025-12-02_prisoner-talks-in-abu-dhabi.md");
    const { articles, problems } = await loadCorpus(dir);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(["2025-12-02_prisoner-talks-in-abu-dhabi", "000_6ebb02524a7f715b"]);
    expect(articles[0]).toEqual(r.article);
    expect(r.article.body).toBe(STORY.trimEnd());
    expect((await readdir(dir)).filter((n) => n.startsWith("."))).toEqual([]); // no temp file left behind
  });

  it("GIVEN flags and detected metadata THEN the flags win", async () => {
    const dir = await tempCorpus();
    const r = await addArticle({ raw: await readFile(PAGE, "utf8"), corpusDir: dir, given: { source: "Example Times (print)" } });
    if (!r.ok) throw new Error(r.message);
    expect(r.article).toMatchObject({
      title: "Envoys end Geneva round without a deal",
      source: "Example Times (print)",
      published: "2025-11-24T18:30:00+01:00",
      author: "Jane Q. Reporter",
      url: "https://www.example-times.test/world/2025/11/24/geneva-round-ends",
    });
  });

  it("GIVEN missing and invalid fields and an `ask` THEN it asks for each until valid", async () => {
    const dir = await tempCorpus();
    const requests: FieldRequest[] = [];
    const answers = ["Prisoner talks", "Test Wire", "2025-12-02 18h", "2025-12-02T18:00:00+04:00", ""];
    const r = await addArticle({
      raw: STORY,
      corpusDir: dir,
      given: { url: "ftp://nope" },
      ask: async (req) => {
        requests.push(req);
        return answers.shift() ?? "";
      },
    });
    if (!r.ok) throw new Error(r.message);
    expect(requests.map((q) => q.field)).toEqual(["title", "source", "published", "published", "url"]);
    expect(requests[3]).toMatchObject({ found: "2025-12-02 18h", problem: expect.stringContaining("published must be") });
    expect(requests[4]).toMatchObject({ found: "ftp://nope" });
    expect(r.article.url).toBeUndefined(); // an empty answer drops an optional field
  });

  it("GIVEN an empty answer for a required field THEN it refuses naming the field", async () => {
    const dir = await tempCorpus();
    const r = await addArticle({ raw: STORY, corpusDir: dir, given: { title: "T", source: "S" }, ask: async () => "" });
    expect(r).toMatchObject({ ok: false, reason: "metadata", field: "published" });
    expect(await readdir(dir)).toEqual([]);
  });

  it("GIVEN the seed's raw capture again THEN it is refused as already in the corpus", async () => {
    const dir = await tempCorpus(true);
    const r = await addArticle({ raw: await readFile(SEED_RAW, "utf8"), corpusDir: dir, given: { published: "2025-11-30T20:00:00-05:00" } });
    expect(r).toEqual({
      ok: false,
      reason: "duplicate",
      file: path.join(dir, "000_6ebb02524a7f715b.md"),
      message: "add-article: this text is already in the corpus as 000_6ebb02524a7f715b.md",
    });
  });

  it("GIVEN the same title and date twice THEN the second file gets a new name and nothing is replaced", async () => {
    const dir = await tempCorpus();
    const given = { title: "Same", source: "S", published: "2025-12-02T18:00:00Z" };
    const a = await addArticle({ raw: STORY, corpusDir: dir, given });
    const b = await addArticle({ raw: `${STORY}\nOne more sentence makes it different.`, corpusDir: dir, given });
    expect([a.ok && path.basename(a.file), b.ok && path.basename(b.file)]).toEqual(["2025-12-02_same.md", "2025-12-02_same-2.md"]);
  });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runScript(args: string[], options: { stdin?: string | Buffer; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/addArticle.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}

describe("npm run add-article (end to end)", () => {
  it("GIVEN a published date years ahead THEN it writes the file and says the date is in the future", async () => {
    const dir = await tempCorpus();
    const run = await runScript(["-", "--corpus", dir, "--title", "Prisoner talks", "--source", "Test Wire", "--published", "2125-12-02T18:00:00+04:00"], {
      stdin: STORY,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("corpus: 2125-12-02_prisoner-talks.md: published 2125-12-02T18:00:00+04:00 is in the future — indexed anyway; check the date\n");
  });

  it("GIVEN text on stdin and every field as flags THEN it writes the file, prints its path and the reindex reminder", async () => {
    const dir = await tempCorpus(true);
    const run = await runScript(
      ["-", "--corpus", dir, "--title", "Prisoner talks", "--source", "Test Wire", "--published", "2025-12-02T18:00:00+04:00", "--author", "A. Writer"],
      { stdin: STORY },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const file = path.join(dir, "2025-12-02_prisoner-talks.md");
    expect(run.stdout).toContain(file);
    expect(run.stdout).toContain("npm run reindex");
    expect(await readFile(file, "utf8")).toBe(
      '---\ntitle: Prisoner talks\nsource: Test Wire\npublished: "2025-12-02T18:00:00+04:00"\nauthor: A. Writer\n---\n\n' + STORY,
    );
  });

  it("GIVEN a missing field without a terminal THEN exit 1 with one line naming the field, and no file", async () => {
    const dir = await tempCorpus();
    const run = await runScript(["-", "--corpus", dir, "--title", "T", "--source", "S"], { stdin: STORY });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toEqual([
      "add-article: published is missing (an ISO 8601 date-time with offset, e.g. 2025-11-30T20:00:00-05:00, or a date alone such as 2025-11-30) — pass it as --published",
    ]);
    expect(await readdir(dir)).toEqual([]);
  });

  it("GIVEN an invalid flag value with --yes THEN exit 1 naming the field", async () => {
    const dir = await tempCorpus();
    const run = await runScript(["-", "--yes", "--corpus", dir, "--title", "T", "--source", "S", "--published", "2025-12-02T18:00:00Z", "--url", "javascript:alert(1)"], {
      stdin: STORY,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("add-article: url must be an http:// or https:// address — pass it as --url\n");
  });

  it("GIVEN an HTML file and no --corpus THEN the page's metadata is used and the corpus comes from CORPUS_DIR", async () => {
    const dir = await tempCorpus();
    const run = await runScript([PAGE], { env: { CORPUS_DIR: dir } });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const [name] = await readdir(dir);
    expect(name).toBe("2025-11-24_envoys-end-geneva-round-without-a-deal.md");
    const { articles } = await loadCorpus(dir);
    expect(articles[0]).toMatchObject({ source: "The Example Times", url: "https://www.example-times.test/world/2025/11/24/geneva-round-ends" });
  });

  it("GIVEN a body that is already in the corpus, or no text at all THEN exit 1 with the reason", async () => {
    const dir = await tempCorpus(true);
    const dup = await runScript([SEED_RAW, "--corpus", dir, "--published", "2025-11-30T20:00:00-05:00"]);
    expect(dup).toMatchObject({ code: 1, stderr: "add-article: this text is already in the corpus as 000_6ebb02524a7f715b.md\n" });
    const empty = await runScript(["-", "--corpus", dir], { stdin: "Sign up to read this article\nDownload the app\n" });
    expect(empty).toMatchObject({ code: 1, stderr: "add-article: no article text found in the input\n" });
  });

  it("GIVEN a corpus folder that does not exist, or a file that does not THEN exit 1 with a clear line", async () => {
    const dir = await tempCorpus();
    const missingDir = await runScript(["-", "--corpus", path.join(dir, "nope")], { stdin: STORY });
    expect(missingDir.code).toBe(1);
    expect(missingDir.stderr).toMatch(/^corpus: .*nope is not a folder — create it, or point CORPUS_DIR or --corpus at the articles\n$/);
    const missingFile = await runScript([path.join(dir, "nope.txt"), "--corpus", dir]);
    expect(missingFile).toMatchObject({ code: 1, stderr: `add-article: cannot read ${path.join(dir, "nope.txt")} (ENOENT)\n` });
  });

  it("GIVEN an ELF file, random bytes on stdin, or text full of control characters THEN exit 1 with one line and no file", async () => {
    const dir = await tempCorpus();
    const elf = path.join(dir, ".elf.bin");
    await writeFile(elf, Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(4096)]));
    const file = await runScript([elf, "--corpus", dir, "--yes"]);
    expect(file).toMatchObject({ code: 1, stderr: `add-article: ${elf} is not text or HTML (binary data) — give an article page or a text file\n` });
    const noise = randomBytes(8192);
    noise[100] = 0; // random bytes nearly always hold a NUL; make sure
    const piped = await runScript(["-", "--corpus", dir, "--yes"], { stdin: noise });
    expect(piped).toMatchObject({ code: 1, stderr: "add-article: the input is not text or HTML (binary data) — give an article page or a text file\n" });
    const control = await addArticle({ raw: `${STORY}${"\u0001\u0002\u0003 ".repeat(100)}`, corpusDir: dir });
    expect(control).toMatchObject({ ok: false, reason: "binary" });
    expect((await readdir(dir)).filter((n) => n.endsWith(".md"))).toEqual([]);
  });

  it("GIVEN --corpus other than the configured folder THEN the reindex hint names it; --note is stored; a date alone is accepted", async () => {
    const dir = await tempCorpus();
    const run = await runScript(["-", "--corpus", dir, "--title", "Prisoner talks", "--source", "Test Wire", "--published", "2025-12-02", "--note", "time unknown"], {
      stdin: STORY,
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`Run npm run reindex -- --corpus ${JSON.stringify(dir)} to make it searchable.`);
    const { articles } = await loadCorpus(dir);
    expect(articles[0]).toMatchObject({ published: "2025-12-02", timeUnknown: true, note: "time unknown" });
  });

  it("GIVEN a URL THEN the page is fetched and imported with no flags; again refused naming the file; --replace replaces it", async () => {
    const { startNewsSite } = await import("../helpers/newsSite.js");
    const site = await startNewsSite({ "/story": { headers: { "content-type": "text/html; charset=utf-8" }, body: await readFile(new URL("../fixtures/ingest/wordpress.html", import.meta.url), "utf8") } });
    try {
      const dir = await tempCorpus();
      const first = await runScript([site.url("/story"), "--corpus", dir]);
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      expect(first.stdout).toContain("The Kyiv Example, 2025-12-04T11:15:00+02:00");
      const [name] = await readdir(dir);
      const again = await runScript([site.url("/story"), "--corpus", dir]);
      expect(again).toMatchObject({
        code: 1,
        stderr: `add-article: https://kyiv-example.test/news/negotiators-agree-to-meet-again/ is already in the corpus as ${name} — pass --replace to replace it\n`.replace(
          "add-article: ",
          `add-article: ${site.url("/story")}: `,
        ),
      });
      const replaced = await runScript([site.url("/story"), "--corpus", dir, "--replace", "--note", "re-checked"]);
      expect(replaced.code).toBe(0);
      expect(replaced.stdout).toContain(`add-article: replaced ${path.join(dir, name!)}`);
      expect(await readdir(dir)).toEqual([name]);
    } finally {
      await site.close();
    }
  });

  it("GIVEN an unknown flag THEN exit 2 with the usage", async () => {
    const run = await runScript(["-", "--titel", "T"], { stdin: STORY });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("add-article: unknown flag --titel\n");
    expect(run.stderr).toContain("usage: npm run add-article");
  });
});
