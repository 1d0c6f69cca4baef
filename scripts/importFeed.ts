/**
 * npm run import-feed -- URL… [--match WORDS] [--since DATE] [--dry-run] [--corpus DIR]
 *
 * Imports the entries of RSS/Atom feeds that are about the talks (the words of config/feed-match.txt, or --match
 * "word, word"), newer than --since, and not yet in the corpus. Ends with a summary; exit 1 if anything failed.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { parseList, readMatchWords } from "../src/ingest/feeds.js";
import { importFeeds, type EntryOutcome, type ImportFeedsSummary } from "../src/ingest/importFeeds.js";
import { formatSummary, reindexHint } from "../src/ingest/report.js";
import { runScript } from "./lib/cli.js";

const USAGE = "usage: npm run import-feed -- URL… [--match WORDS] [--since DATE] [--dry-run] [--corpus DIR]";

await runScript(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        match: { type: "string" },
        since: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        corpus: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (err) {
    process.stderr.write(`import-feed: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`import-feed: give at least one feed URL\n${USAGE}\n`);
    return 2;
  }
  let since: Date | undefined;
  if (values.since !== undefined) {
    since = new Date(values.since);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.since) || Number.isNaN(since.getTime())) {
      process.stderr.write(`import-feed: --since must be a date such as 2025-12-01 (got ${JSON.stringify(values.since)})\n`);
      return 2;
    }
  }
  const config = loadConfig();
  const corpusDir = values.corpus ? (await import("node:path")).resolve(values.corpus) : config.corpusDir;
  const match = values.match !== undefined ? parseList(values.match) : await readMatchWords();
  const summary: ImportFeedsSummary = await importFeeds(positionals, {
    corpusDir,
    match,
    ...(since ? { since } : {}),
    dryRun: values["dry-run"],
    onEntry: (o) => {
      const line = entryLine(o);
      if (line) process.stdout.write(`${line}\n`);
    },
  });
  process.stdout.write(`${formatSummary(summary, values["dry-run"])}\n`);
  for (const f of summary.failed) process.stderr.write(`import-feed: failed: ${f.reason}\n`);
  if (summary.added.length > 0) process.stdout.write(`Run ${reindexHint(corpusDir, config.corpusDir)} to make them searchable.\n`);
  return summary.failed.length > 0 ? 1 : 0;
});

function entryLine(o: EntryOutcome): string | undefined {
  if (o.kind === "added") return `  added: ${o.article?.source ?? ""} — ${o.article?.title ?? o.entry.title}`;
  if (o.kind === "syndicated") return `  same story as ${o.article?.source} — recorded: ${o.entry.title}`;
  if (o.kind === "would-add") return `  would add: ${o.entry.title} <${o.entry.link}>`;
  return undefined;
}
