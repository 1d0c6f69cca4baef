/**
 * One re-index writes at a time: a second one waits for the lock (up to `waitMs`) and then refuses.
 * proper-lockfile uses an mkdir-based lock with a stale timeout, so a killed re-index does not block forever.
 */
import lockfile from "proper-lockfile";
import { UserError } from "../errors.js";
import type { Logger } from "../log.js";
import { indexPaths } from "./paths.js";

export async function withIndexLock<T>(indexDir: string, waitMs: number, log: Logger, fn: () => Promise<T>): Promise<T> {
  const lockPath = indexPaths(indexDir).lock;
  const started = Date.now();
  let release: (() => Promise<void>) | undefined;
  let warned = false;
  while (!release) {
    try {
      release = await lockfile.lock(indexDir, { lockfilePath: lockPath, stale: 30_000, update: 5_000, realpath: false });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ELOCKED") throw err;
      if (Date.now() - started >= waitMs) {
        throw new UserError("index.locked", `reindex: another re-index of ${indexDir} is running — try again when it has finished`);
      }
      if (!warned) log.info("reindex: another re-index is running, waiting for it");
      warned = true;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    await release().catch(() => {});
  }
}
