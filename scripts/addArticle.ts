/**
 * npm run add-article -- URL|FILE|- [--title T] [--source S] [--published ISO] [--url U] [--author A] [--note N]
 *                        [--format html|text] [--corpus DIR] [--replace] [--yes]
 *
 * Imports an article page (a link, fetched; a file; or stdin with `-`) into the corpus. On a terminal it asks for
 * missing metadata; otherwise (or with --yes) it refuses with one line naming the field and exits 1.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { loadConfig } from "../src/config.js";
import { addArticle, type AddArticleResult, type FieldRequest } from "../src/ingest/addArticle.js";
import { bytesLookBinary } from "../src/ingest/binary.js";
import type { InputFormat } from "../src/ingest/extract.js";
import { importUrl } from "../src/ingest/importUrl.js";
import { reindexHint } from "../src/ingest/report.js";
import { futurePublishedWarning } from "../src/corpus/loadCorpus.js";
import { UserError } from "../src/errors.js";
import { createLogger } from "../src/log.js";
import { parseFlags, UsageError } from "./lib/flags.js";

const USAGE =
  "usage: npm run add-article -- URL|FILE|- [--title T] [--source S] [--published ISO|DATE] [--url U] [--author A] " +
  "[--note N] [--format html|text] [--corpus DIR] [--replace] [--yes]";

async function main(): Promise<number> {
  const { values, positionals } = parseFlags("add-article", USAGE, {
    allowPositionals: true,
    options: {
      title: { type: "string" },
      source: { type: "string" },
      published: { type: "string" },
      url: { type: "string" },
      author: { type: "string" },
      note: { type: "string" },
      replace: { type: "boolean", default: false },
      format: { type: "string" },
      corpus: { type: "string" },
      yes: { type: "boolean", short: "y", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return say(USAGE, 0);
  if (positionals.length !== 1) return say(`add-article: give one URL or FILE, or - for stdin\n${USAGE}`, 1);
  if (values.format !== undefined && values.format !== "html" && values.format !== "text") {
    return say("add-article: --format must be html or text", 1);
  }
  const input = positionals[0]!;
  const interactive = !values.yes && input !== "-" && process.stdin.isTTY === true && process.stderr.isTTY === true;
  const corpusDir = values.corpus ? path.resolve(values.corpus) : loadConfig().corpusDir;
  const common = {
    given: { title: values.title, source: values.source, published: values.published, url: values.url, author: values.author, note: values.note },
    corpusDir,
    replace: values.replace,
    ask: interactive ? askOnTerminal : undefined,
  };
  let result: AddArticleResult | { ok: false; message: string };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    result = await importUrl(input, common);
  } else {
    const raw = await readInput(input);
    if (typeof raw !== "string") return say(raw.message, 1);
    result = await addArticle({ ...common, raw, format: values.format as InputFormat | undefined });
  }
  if (!result.ok) return say(result.message, 1);
  const a = result.article;
  const what = result.outcome === "syndicated" ? `recorded ${values.source ?? "the outlet"} on` : result.outcome === "replaced" ? "replaced" : "wrote";
  const future = futurePublishedWarning(a);
  if (future) process.stderr.write(`${future}\n`);
  process.stdout.write(
    `add-article: ${what} ${displayPath(result.file)}\n` +
      `  ${a.title} — ${a.source}${a.alsoPublishedBy ? ` (also in ${a.alsoPublishedBy.join(", ")})` : ""}, ${a.published}\n` +
      `Run ${reindexHint(corpusDir, configuredCorpus())} to make it searchable.\n`,
  );
  return 0;
}

function configuredCorpus(): string | undefined {
  try {
    return loadConfig().corpusDir;
  } catch {
    return undefined;
  }
}

async function readInput(input: string): Promise<string | { message: string }> {
  let bytes: Buffer;
  try {
    bytes = input === "-" ? await readStdin() : await readFile(input);
  } catch (err) {
    return { message: `add-article: cannot read ${input} (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  if (bytesLookBinary(bytes)) {
    const what = input === "-" ? "the input" : input;
    return { message: `add-article: ${what} is not text or HTML (binary data) — give an article page or a text file` };
  }
  return new TextDecoder("utf-8").decode(bytes); // drops a BOM; invalid bytes become U+FFFD (refused if many)
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function askOnTerminal(request: FieldRequest): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const found = request.found ? ` (found: ${request.found})` : "";
    process.stderr.write(`${request.problem}${found}\n`);
    return await rl.question(`${request.field}: `);
  } finally {
    rl.close();
  }
}

/** Relative to the working directory when inside it, absolute otherwise. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel === "" || rel.startsWith("..") || path.isAbsolute(rel) ? file : rel;
}

function say(line: string, code: number): number {
  (code === 0 ? process.stdout : process.stderr).write(`${line}\n`);
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UserError) {
      process.stderr.write(`${err.message}\n`);
    } else {
      createLogger("error").error({ err }, "add-article failed");
      process.stderr.write("add-article: unexpected error (details in the log line)\n");
    }
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);
