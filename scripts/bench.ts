/**
 * npm run bench -- [--out FILE.json] [--quick] [--questions N]
 * Benchmarks at scale (seed corpus, the 233 State of the Union addresses, and ×10 of them): build, re-index, cold
 * load, answer latency, recall@10, and LangChain's HNSWLib side by side. Prints one table; --out writes the JSON.
 * Corpora and indexes go to .bench/ (git-ignored). Not a test: it takes several minutes (--quick: about one).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { runBench } from "../src/bench/runBench.js";
import { formatTable } from "../src/bench/table.js";
import { PROJECT_ROOT } from "../src/projectRoot.js";
import { runScript } from "./lib/cli.js";
import { parseFlags } from "./lib/flags.js";

const USAGE = "usage: npm run bench -- [--quick] [--questions N] [--corpus DIR] [--work DIR] [--out FILE.json]";

const root = PROJECT_ROOT;

await runScript(async () => {
  const { values } = parseFlags("bench", USAGE, {
    options: {
      out: { type: "string" },
      quick: { type: "boolean", default: false },
      questions: { type: "string" },
      corpus: { type: "string", default: path.join(root, "corpus") },
      work: { type: "string", default: path.join(root, ".bench") },
    },
  });
  const questions = values.questions === undefined ? undefined : Number(values.questions);
  if (questions !== undefined && !(Number.isInteger(questions) && questions > 0)) {
    process.stderr.write("bench: --questions must be a positive whole number\n");
    return 1;
  }
  const started = Date.now();
  const report = await runBench({
    seedDir: path.resolve(values.corpus!),
    workDir: path.resolve(values.work!),
    quick: values.quick,
    questions,
    onStep: (line) => process.stderr.write(`bench: ${line} (${Math.round((Date.now() - started) / 1000)} s)\n`),
  });
  process.stdout.write(`${formatTable(report)}\n`);
  if (values.out) {
    await writeFile(path.resolve(values.out), `${JSON.stringify(report, null, 2)}\n`);
    process.stderr.write(`bench: wrote ${path.resolve(values.out)}\n`);
  }
  return 0;
});
