/**
 * Layout of the index directory:
 *   CURRENT          name of the published build (replaced atomically by rename)
 *   builds/<name>/   one complete index each (manifest.json written last)
 *   reindex.lock     held by the one re-index allowed to write at a time
 *   *.cache.json     what the last re-index read from unchanged files (statCache.ts; safe to delete)
 */
import path from "node:path";

export const indexPaths = (indexDir: string) => ({
  current: path.join(indexDir, "CURRENT"),
  builds: path.join(indexDir, "builds"),
  build: (name: string) => path.join(indexDir, "builds", name),
  lock: path.join(indexDir, "reindex.lock"),
  /** Corpus files' hashes and dates (scanCorpus.ts). */
  corpusCache: path.join(indexDir, "corpus.cache.json"),
  /** Checksums of the segments' files (verifyPublished). */
  checksumCache: path.join(indexDir, "checksums.cache.json"),
});

/** A sortable, unique build name: time of the build plus the process id. */
export function newBuildName(now = new Date()): string {
  return `${now.toISOString().replace(/[-:.]/g, "").replace("T", "-")}-${process.pid}`;
}
