/**
 * npm run eval -- [--questions FILE] [--corpus DIR] [--index DIR] [--retrieval hybrid|dense|lexical]
 * Runs a question file (../shared/eval format) through `ask --json --batch` and prints hit@3, abstentions and
 * how many quotes are verbatim in the corpus.
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "../src/corpus/loadCorpus.js";
import { scoreEval, type EvalQuestion, type EvalReply } from "../src/eval/score.js";
import { runScript, scriptConfig } from "./lib/cli.js";
import { parseFlags } from "./lib/flags.js";

const USAGE = "usage: npm run eval -- [--questions FILE] [--corpus DIR] [--index DIR] [--retrieval hybrid|dense|lexical] [--verbose]";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

await runScript(async () => {
  const { values } = parseFlags("eval", USAGE, {
    options: {
      questions: { type: "string", default: path.resolve(root, "../shared/eval/dev-questions.jsonl") },
      corpus: { type: "string" },
      index: { type: "string" },
      retrieval: { type: "string", default: "hybrid" },
      verbose: { type: "boolean", short: "v", default: false },
    },
  });
  const config = scriptConfig(values);
  const questions = (await readFile(values.questions!, "utf8"))
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as EvalQuestion);
  const replies = await askBatch(questions.map((q) => q.q), config.corpusDir, config.indexDir, values.retrieval!);
  const { articles } = await loadCorpus(config.corpusDir);
  const result = scoreEval(questions, replies, new Map(articles.map((a) => [a.id, a.body])));
  for (const row of result.rows) {
    if (values.verbose || !row.ok) process.stdout.write(`${row.ok ? "ok  " : "MISS"} ${row.q}\n     ${row.detail}\n`);
  }
  process.stdout.write(`${result.summary} [retrieval: ${values.retrieval}; ${path.basename(values.questions!)}]\n`);
  const timeline = await timelineSummary(config.corpusDir);
  if (timeline) process.stdout.write(`${timeline}\n`);
  return 0;
});

async function askBatch(questions: string[], corpus: string, index: string, retrieval: string): Promise<EvalReply[]> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(root, "scripts/ask.ts"), "--json", "--batch", "--corpus", corpus, "--index", index, "--retrieval", retrieval],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
  child.stdin.end(questions.map((q) => q.replace(/\n/g, " ")).join("\n") + "\n");
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`eval: ask exited with ${code}`);
  return out.split("\n").filter(Boolean).map((l) => JSON.parse(l) as EvalReply);
}

/** The seed timeline check, when the timeline module is present. */
async function timelineSummary(corpusDir: string): Promise<string | undefined> {
  try {
    const mod = (await import("../src/timeline/evalTimeline.js")) as { evalTimelineSummary?: (dir: string) => Promise<string> };
    return mod.evalTimelineSummary ? await mod.evalTimelineSummary(corpusDir) : undefined;
  } catch {
    return undefined;
  }
}
