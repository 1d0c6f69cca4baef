/** The words the import commands end with, shared by `import-feed`, `add-article` and the bot's schedule log. */
import type { ImportFeedsSummary } from "./importFeeds.js";

/** "import-feed: 2 added, 1 recorded as a syndicated copy, 3 skipped as duplicate, 5 skipped as off-topic, 1 failed". */
export function formatSummary(s: ImportFeedsSummary, dryRun = false): string {
  const c = s.counts;
  const parts = [dryRun ? `${c["would-add"]} would be added` : `${c.added} added`];
  if (c.syndicated) parts.push(`${c.syndicated} recorded as a syndicated copy`);
  parts.push(`${c.duplicate} skipped as duplicate`, `${c["off-topic"]} skipped as off-topic`);
  if (c.older) parts.push(`${c.older} older than --since`);
  parts.push(`${c.failed} failed`);
  return `import-feed: ${parts.join(", ")}`;
}

/** The re-index command for the corpus folder actually used: `--corpus` only when it is not the configured one. */
export function reindexHint(corpusDir: string, configuredCorpusDir: string | undefined): string {
  return configuredCorpusDir === corpusDir ? "npm run reindex" : `npm run reindex -- --corpus ${JSON.stringify(corpusDir)}`;
}
