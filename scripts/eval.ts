/**
 * npm run eval -- [--suite NAME] [--hold SETS] [--questions FILE --corpus DIR --index DIR] [--retrieval hybrid|dense|lexical] [-v]
 * Without --questions, runs every evaluation set (src/eval/suites.ts): the seed questions, and the team's
 * multi-outlet development and held-out sets, each against its own corpus (indexed incrementally first). Prints
 * hit@3, abstentions, false "not found", verbatim quotes, and right answers by kind of question.
 * --hold blind74,blind76 (set or suite names, comma-separated) leaves sets out entirely — their questions and their
 * timeline line — so sets held back while tuning stay unseen until they are run on purpose.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadCorpus } from "../src/corpus/loadCorpus.js";
import { scoreEval, type EvalQuestion, type EvalReply } from "../src/eval/score.js";
import { defaultSuites, heldSets, setName, type EvalSuite } from "../src/eval/suites.js";
import { PROJECT_ROOT } from "../src/projectRoot.js";
import { runScript, scriptConfig } from "./lib/cli.js";
import { parseFlags } from "./lib/flags.js";

const USAGE = "usage: npm run eval -- [--suite NAME] [--hold SET,...] [--questions FILE] [--corpus DIR] [--index DIR] [--retrieval hybrid|dense|lexical] [--verbose]";

const root = PROJECT_ROOT;

await runScript(async () => {
  const { values } = parseFlags("eval", USAGE, {
    options: {
      questions: { type: "string" },
      suite: { type: "string" },
      hold: { type: "string" },
      corpus: { type: "string" },
      index: { type: "string" },
      retrieval: { type: "string", default: "hybrid" },
      verbose: { type: "boolean", short: "v", default: false },
    },
  });
  const config = scriptConfig(values);
  let suites: EvalSuite[] = values.questions
    ? [{ name: path.basename(values.questions), questions: [path.resolve(values.questions)], corpusDir: config.corpusDir, indexDir: config.indexDir }]
    : defaultSuites(root).map((s) => (s.corpusDir ? s : { ...s, corpusDir: config.corpusDir, indexDir: config.indexDir }));
  if (values.suite) {
    suites = suites.filter((s) => s.name === values.suite);
    if (suites.length === 0) {
      process.stderr.write(`eval: no suite named ${values.suite} (${defaultSuites(root).map((s) => s.name).join(", ")})\n`);
      return 2;
    }
  }
  const held = heldSets(values.hold);
  // A misspelt held set would run and be seen, which is what holding it back is for: refuse instead.
  const known = new Set(defaultSuites(root).map((s) => setName(s.name)));
  const unknown = [...held].filter((h) => !known.has(h));
  if (unknown.length > 0) {
    process.stderr.write(`eval: --hold names no set: ${unknown.join(", ")} (sets are named like blind74 or news-blind74)\n`);
    return 2;
  }
  suites = suites.filter((s) => !held.has(setName(s.name)));
  for (const suite of suites) {
    const questions: EvalQuestion[] = [];
    for (const file of suite.questions) {
      for (const line of (await readFile(file, "utf8")).split("\n")) if (line.trim() !== "") questions.push(JSON.parse(line) as EvalQuestion);
    }
    const indexDir = suite.indexDir ?? config.indexDir;
    if (suite.indexDir && !values.questions) await run(["scripts/reindex.ts", "--corpus", suite.corpusDir, "--index", indexDir], "");
    const replies = await askBatch(questions.map((q) => q.q), suite.corpusDir, indexDir, values.retrieval!);
    const { articles } = await loadCorpus(suite.corpusDir);
    const result = scoreEval(questions, replies, new Map(articles.map((a) => [a.id, a.body])));
    for (const row of result.rows) {
      if (values.verbose || !row.ok) process.stdout.write(`${row.ok ? "ok  " : "MISS"} [${row.kind ?? "-"}] ${row.q}\n     ${row.detail}\n`);
    }
    process.stdout.write(`${result.summary} [retrieval: ${values.retrieval}; ${suite.name}]\n`);
    if (questions.some((q) => q.kind)) process.stdout.write(`  by kind: ${result.byKind}\n`);
    const timeline = await timelineSummary(suite.corpusDir, held);
    if (timeline && suite.name === "seed") process.stdout.write(`${timeline}\n`);
  }
  return 0;
});

async function askBatch(questions: string[], corpus: string, index: string, retrieval: string): Promise<EvalReply[]> {
  const out = await run(
    ["scripts/ask.ts", "--json", "--batch", "--corpus", corpus, "--index", index, "--retrieval", retrieval],
    questions.map((q) => q.replace(/\n/g, " ")).join("\n") + "\n",
  );
  return out.split("\n").filter(Boolean).map((l) => JSON.parse(l) as EvalReply);
}

/** Runs a script of this project as npm would (scripts/run.mjs); its stdout, or an error naming it and its exit code. */
async function run(args: string[], input: string): Promise<string> {
  const child = spawn(process.execPath, [path.join(root, "scripts/run.mjs"), ...args], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
  child.stdin.end(input);
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`eval: ${path.basename(args[0]!)} exited with ${code}`);
  return out;
}

/** The seed timeline check, when the timeline module is present. */
async function timelineSummary(corpusDir: string, held: Set<string>): Promise<string | undefined> {
  try {
    const mod = (await import("../src/timeline/evalTimeline.js")) as { evalTimelineSummary?: (dir: string) => Promise<string> };
    const seed = mod.evalTimelineSummary ? await mod.evalTimelineSummary(corpusDir) : undefined;
    const dates = await timelineDates(held).catch((err: unknown) => `timeline dates: ${err instanceof Error ? err.message : String(err)}`);
    return [seed, dates].filter(Boolean).join("\n") || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The timeline summary's date precision/recall/F1 against the hand-written key dates of the team's multi-outlet
 * articles, the development set and the held-out one (issue 11; src/timeline/evalDates.ts), printed with the seed
 * check.
 */
async function timelineDates(held: Set<string>): Promise<string> {
  const news = path.join(root, "eval/news");
  const { evalTimelineDatesSummary } = await import("../src/timeline/evalDates.js");
  const lines: string[] = [];
  // Every news set of the suites that has a timeline file, in the suites' order.
  const sets = defaultSuites(root).filter((s) => s.name.startsWith("news-")).map((s) => path.basename(s.corpusDir));
  for (const set of [...new Set(sets)]) {
    if (held.has(set)) continue;
    if (!existsSync(path.join(news, `${set}-timeline.json`))) continue;
    lines.push(await evalTimelineDatesSummary(path.join(news, set), path.join(news, `${set}-timeline.json`)));
  }
  return lines.join("\n");
}
