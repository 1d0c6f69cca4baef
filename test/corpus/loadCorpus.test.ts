import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { UserError } from "../../src/errors.js";

const MIXED = fileURLToPath(new URL("../fixtures/corpus/mixed/", import.meta.url));
const REPO_CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "corpus-test-"));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe("loadCorpus", () => {
  it("GIVEN good files among broken ones THEN the good ones load newest first and each bad one is a named problem", async () => {
    const { articles, problems } = await loadCorpus(MIXED);
    // 002 and 003 are the same instant (08:00+02:00 = 06:00Z): the id decides.
    // 005 has a date without a time: it loads, time-unknown, placed at that day's start (UTC).
    expect(articles.map((a) => a.id)).toEqual(["002_newer", "003_same_instant", "005_bare_date", "001_older"]);
    expect(articles[2]).toMatchObject({ published: "2025-11-25", timeUnknown: true });
    expect(articles[0]).toMatchObject({
      title: "Envoy heads to Moscow",
      url: "https://example.test/envoy",
      author: "A. Writer",
      file: path.join(MIXED, "002_newer.md"),
      body: "The U.S. envoy left for Moscow on Monday morning.",
    });
    expect(problems.map((p) => [path.basename(p.file), p.field])).toEqual([
      ["004_broken_yaml.md", undefined],
      ["006_duplicate.md", "body"],
    ]);
    expect(problems[0]!.message).toMatch(/^corpus: 004_broken_yaml\.md: front matter is not valid YAML/);
    expect(problems[1]!.message).toBe("corpus: 006_duplicate.md: same text as 001_older.md, left out (delete one of them)");
  });

  it("GIVEN README.md, dotfiles and non-Markdown files THEN they are not articles", async () => {
    const { articles, problems } = await loadCorpus(MIXED);
    const names = [...articles, ...problems].map((x) => path.basename(x.file));
    expect(names).not.toContain("README.md");
    expect(names).not.toContain(".draft.md");
    expect(names).not.toContain("notes.txt");
  });

  it("GIVEN an empty folder THEN the corpus is empty, without problems", async () => {
    expect(await loadCorpus(await tempDir())).toEqual({ articles: [], problems: [], warnings: [] });
  });

  it("GIVEN an article published in the future THEN it loads, with one warning line naming it and the date", async () => {
    const dir = await tempDir();
    const { writeArticle } = await import("../helpers/tempCorpus.js");
    writeArticle(dir, "001_future", "Talks will resume in Riyadh.", { published: "2031-01-05T10:00:00+02:00" });
    writeArticle(dir, "002_soon", "Talks resumed in Riyadh.", { published: "2026-11-30T20:00:00+00:00" });
    const now = Date.parse("2026-11-30T05:00:00Z");
    const corpus = await loadCorpus(dir, now);
    expect(corpus.articles.map((a) => a.id)).toEqual(["001_future", "002_soon"]);
    expect(corpus.problems).toEqual([]);
    // A clock a few hours behind (or a time zone slip) is not worth a word; a wrong year is.
    expect(corpus.warnings).toEqual(["corpus: 001_future.md: published 2031-01-05T10:00:00+02:00 is in the future — indexed anyway; check the date"]);
  });

  it("GIVEN a folder that does not exist THEN a UserError names it and the fix", async () => {
    const missing = path.join(await tempDir(), "nope");
    const err = await loadCorpus(missing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err).toMatchObject({ id: "corpus.missing", message: expect.stringContaining(`corpus: ${missing} is not a folder`) });
    expect((err as Error).message).toContain("CORPUS_DIR or --corpus");
  });

  it("GIVEN a file that cannot be read THEN it is a problem and the rest still loads", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "a.md"), "---\ntitle: T\nsource: S\npublished: 2025-11-30T20:00:00Z\n---\n\nText.\n");
    // A dangling symlink named like an article: reading it fails with ENOENT.
    const { symlink } = await import("node:fs/promises");
    await symlink(path.join(dir, "gone.md"), path.join(dir, "b.md"));
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(["a"]);
    expect(problems).toEqual([{ file: path.join(dir, "b.md"), message: "corpus: b.md: cannot be read (ENOENT)" }]);
  });

  it("GIVEN the repository's corpus THEN every file loads without a problem", async () => {
    const { articles, problems } = await loadCorpus(REPO_CORPUS);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toContain("000_6ebb02524a7f715b");
  });
});
