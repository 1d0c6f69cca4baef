/**
 * A smoke test of the benchmark harness (npm run bench is not a test: it takes minutes). The quick mode's core runs
 * in-process on a tiny corpus, so a change to the index, engine or LangChain APIs that breaks the harness shows here.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { seedCorpus, speechSlice } from "../../src/bench/corpora.js";
import { runBench } from "../../src/bench/runBench.js";
import { loadSpeeches, replicateCorpus, writeSpeechCorpus } from "../../src/bench/sotu.js";
import { formatTable } from "../../src/bench/table.js";
import { parseArticle } from "../../src/corpus/article.js";

const REPO_CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
const work = await mkdtemp(path.join(os.tmpdir(), "bench-test-"));
afterAll(() => rm(work, { recursive: true, force: true }));

describe("bench", () => {
  it("GIVEN the seed and three speeches THEN every figure is measured and the table shows them beside the targets", async () => {
    const report = await runBench({
      seedDir: REPO_CORPUS,
      workDir: work,
      isolate: false,
      questions: 20,
      warmup: 2,
      startRuns: 1,
      corpora: [seedCorpus(REPO_CORPUS), speechSlice(116)],
      targetCorpus: "speech-slice",
    });
    const [seed, slice] = report.corpora;
    expect(seed!.articles).toBe(1);
    expect(slice!.articles).toBe(3);
    for (const c of report.corpora) {
      expect(c.build.sentences).toBeGreaterThan(0);
      expect(c.langchain.sentences).toBe(c.build.sentences);
      expect(c.query.questions).toBe(20);
      expect(c.query.answerMs.p95).toBeGreaterThan(0);
      // npm start and npm run ask as a person runs them (the global setup built dist/: the compiled start).
      expect(c.startup.chatReady.median).toBeGreaterThan(0);
      expect(c.startup.askOneQuestion.median).toBeGreaterThan(0);
      expect(c.startup.compiled).toBe(true);
      expect(c.query.recallAt10).toBeGreaterThanOrEqual(0.9);
      expect(c.reindexAdded.embedded).toBeGreaterThan(0);
      // A change re-embeds that article only.
      expect(c.reindexChanged.embedded).toBeLessThan(c.build.sentences + c.reindexAdded.embedded);
    }
    expect(report.checks.map((c) => c.what)).toContain("recall@10");
    const table = formatTable(report);
    expect(table).toMatch(/^\s+seed\s+speeches\/116\s+target \(speeches\/116\)/);
    expect(table).toMatch(/recall@10 \(efSearch \d+\)/);
    expect(table).toMatch(/npm start → chat ready, s \(median\)\s+\d+\.\d\d\s+\d+\.\d\d/);
    expect(table).toMatch(/≥ 0\.95 (ok|MISSED)/);
  }, 120_000);

  it("GIVEN a corpus replicated ×3 THEN the copies have distinct ids and bodies and the same sentences", async () => {
    const source = path.join(work, "three");
    await writeSpeechCorpus(source, loadSpeeches().slice(0, 3));
    const out = path.join(work, "x3");
    expect(await replicateCorpus(source, out, 3, 1)).toBe(9);
    const names = (await readdir(out)).sort();
    const articles = await Promise.all(names.map(async (n) => parseArticle(n, await readFile(path.join(out, n)))));
    const bodies = articles.map((a) => (a.ok ? a.article.body : ""));
    expect(new Set(bodies).size).toBe(9);
    const first = names.find((n) => !n.startsWith("copy"))!;
    const original = bodies[names.indexOf(first)]!;
    const copy = bodies[names.indexOf(`copy02_${first}`)]!;
    expect(copy).not.toBe(original);
    expect(copy.split("\n\n").sort()).toEqual(original.split("\n\n").sort());
  });
});
