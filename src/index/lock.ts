/**
 * One re-index writes at a time: a second one waits for the lock (up to `waitMs`) and then refuses.
 * proper-lockfile holds an mkdir-based lock, refreshed every 2 s and stale after 10 s. Beside it we record the
 * holder's pid, so a lock left by a killed re-index on this machine is taken over at once instead of after 10 s.
 */
import { promises as fs } from "node:fs";
import lockfile from "proper-lockfile";
import { UserError } from "../errors.js";
import type { Logger } from "../log.js";
import { indexPaths } from "./paths.js";

export async function withIndexLock<T>(indexDir: string, waitMs: number, log: Logger, fn: () => Promise<T>): Promise<T> {
  const lockPath = indexPaths(indexDir).lock;
  const pidPath = `${lockPath}.pid`;
  const started = Date.now();
  let release: (() => Promise<void>) | undefined;
  let warned = false;
  while (!release) {
    try {
      release = await lockfile.lock(indexDir, { lockfilePath: lockPath, stale: 10_000, update: 2_000, realpath: false });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ELOCKED") throw err;
      if (await holderIsDead(pidPath)) {
        log.warn({ lockPath }, "reindex: removing the lock of a re-index that is no longer running");
        await fs.rm(lockPath, { recursive: true, force: true });
        await fs.rm(pidPath, { force: true });
        continue;
      }
      if (Date.now() - started >= waitMs) {
        throw new UserError("index.locked", `reindex: another re-index of ${indexDir} is running — try again when it has finished`);
      }
      if (!warned) log.info("reindex: another re-index is running, waiting for it");
      warned = true;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await fs.writeFile(pidPath, String(process.pid));
  try {
    return await fn();
  } finally {
    // The lock first, then the pid: killed between the two, this leaves a dead pid beside no lock, which is harmless.
    // (The other order left a lock without a pid, which the next re-index could not tell from a live one until it went
    // stale, 10 s later.) The pid file is removed only while it is still ours: another re-index may hold the lock now.
    await release().catch(() => {});
    if ((await fs.readFile(pidPath, "utf8").catch(() => "")) === String(process.pid)) await fs.rm(pidPath, { force: true });
  }
}

async function holderIsDead(pidPath: string): Promise<boolean> {
  const pid = Number(await fs.readFile(pidPath, "utf8").catch(() => ""));
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ESRCH";
  }
}
