/**
 * npm run ask -- [--json] [--batch] [--corpus DIR] [--index DIR] [QUESTION]
 * One question (argument) or, with --batch, one question a line on stdin (JSON Lines out, index loaded once).
 */
import { createInterface } from "node:readline";
import { createEngine } from "../src/engine/createEngine.js";
import { formatAnswerText } from "../src/engine/formatText.js";
import type { Answer } from "../src/types.js";
import { runScript, scriptConfig, scriptLogger } from "./lib/cli.js";
import { parseFlags } from "./lib/flags.js";
import { progressReporter } from "./lib/progress.js";

const USAGE = "usage: npm run ask -- [--json] [--batch] [--corpus DIR] [--index DIR] [--retrieval hybrid|dense|lexical] [QUESTION]";

await runScript(async () => {
  const { values, positionals } = parseFlags("ask", USAGE, {
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      batch: { type: "boolean", default: false },
      corpus: { type: "string" },
      index: { type: "string" },
      // Evaluation only: answer with one half of the hybrid retrieval to measure what each half brings.
      retrieval: { type: "string", default: "hybrid" },
    },
  });
  const config = scriptConfig(values);
  const question = positionals.join(" ");
  if (!values.batch && question.trim() === "") {
    process.stderr.write('ask: give a question, e.g. npm run ask -- "Why did Yermak resign?" (or --batch to read stdin)\n');
    return 1;
  }
  const halves = { hybrid: undefined, dense: { dense: true, lexical: false }, lexical: { dense: false, lexical: true } }[
    values.retrieval as "hybrid" | "dense" | "lexical"
  ];
  if (!["hybrid", "dense", "lexical"].includes(values.retrieval!)) {
    process.stderr.write("ask: --retrieval must be hybrid, dense or lexical\n");
    return 1;
  }
  const progress = progressReporter();
  const engine = await createEngine(config, { logger: scriptLogger(config), onProgress: progress.onProgress, watch: false, halves });
  progress.stop();
  const print = (q: string, a: Answer) => {
    if (values.json || values.batch) process.stdout.write(`${JSON.stringify({ question: q, found: a.found, answer: a.answer, quotes: a.quotes, ...(a.disagreements ? { disagreements: a.disagreements } : {}) })}\n`);
    else process.stdout.write(`${formatAnswerText(a)}\n`);
  };
  if (values.batch) {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (line.trim() === "") continue;
      print(line, await engine.answer(line));
    }
  } else {
    print(question, await engine.answer(question));
  }
  await engine.close();
});
