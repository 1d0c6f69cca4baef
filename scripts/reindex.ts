/**
 * npm run reindex -- [--full] [--allow-shrink] [--corpus DIR] [--index DIR]
 * Incremental by default; a running bot picks the new index up by itself. A re-index that would remove every
 * indexed article, or more than half, is refused without --allow-shrink (an empty or wrong corpus folder).
 */
import { createEmbeddings } from "../src/embeddings/createEmbeddings.js";
import { reindex } from "../src/index/reindex.js";
import { runScript, scriptConfig, scriptLogger } from "./lib/cli.js";
import { parseFlags } from "./lib/flags.js";
import { progressReporter } from "./lib/progress.js";

const USAGE = "usage: npm run reindex -- [--full] [--allow-shrink] [--corpus DIR] [--index DIR]";

await runScript(async () => {
  const { values } = parseFlags("reindex", USAGE, {
    options: {
      full: { type: "boolean", default: false },
      "allow-shrink": { type: "boolean", default: false },
      corpus: { type: "string" },
      index: { type: "string" },
    },
  });
  const config = scriptConfig(values);
  const logger = scriptLogger(config);
  const progress = progressReporter();
  const { embeddings, id } = await createEmbeddings(config, { logger });
  const s = await reindex({
    corpusDir: config.corpusDir,
    indexDir: config.indexDir,
    embeddings,
    embedder: id,
    full: values.full,
    allowShrink: values["allow-shrink"],
    onProgress: progress.onProgress,
    logger,
  });
  progress.stop();
  for (const p of s.problems) process.stderr.write(`${p.message}\n`);
  for (const w of s.warnings) process.stderr.write(`${w}\n`);
  for (const id of s.retained) process.stderr.write(`reindex: ${id}.md could not be read; its previous version stays indexed until it is fixed\n`);
  process.stdout.write(
    `reindex: ${s.full ? "full" : "incremental"} — ${s.added.length} added, ${s.changed.length} changed, ` +
      `${s.removed.length} removed, ${s.unchanged} unchanged; ${s.articles} articles, ${s.sentences} sentences ` +
      `(${s.embedded} embedded) in ${s.seconds.toFixed(2)} s\n`,
  );
  if (s.problems.length > 0) {
    const left = s.problems.length - s.retained.length;
    process.stderr.write(`reindex: ${s.problems.length} file(s) could not be read${left > 0 ? `, ${left} left out` : ""} (see above)\n`);
    return 1;
  }
  return 0;
});
