/**
 * File-system failures a person can fix (a full disk, missing permissions, a read-only mount) as one line naming
 * the path and the fix, instead of a stack trace. Anything else is left to the caller.
 */
import { UserError } from "./errors.js";

const DISK_FULL = new Set(["ENOSPC", "EDQUOT"]);
const NO_PERMISSION = new Set(["EACCES", "EPERM"]);

/** True for the codes `fsProblem` turns into a UserError. */
export function isFixableFsError(err: unknown): err is NodeJS.ErrnoException {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && (DISK_FULL.has(code) || NO_PERMISSION.has(code) || code === "EROFS");
}

/**
 * `who: …` for a fixable file-system error at `fallbackPath` (the error's own path wins), or undefined.
 * `cleanup` says what was undone, e.g. "the unfinished build was removed".
 */
export function fsProblem(who: string, err: unknown, fallbackPath: string, cleanup?: string): UserError | undefined {
  if (!isFixableFsError(err)) return undefined;
  const code = err.code!;
  const where = err.path ?? fallbackPath;
  const undone = cleanup ? `; ${cleanup}` : "";
  if (DISK_FULL.has(code)) {
    return new UserError("fs.full", `${who}: the disk holding ${where} is full (${code})${undone} — free some space and try again`, { path: where, code });
  }
  if (code === "EROFS") {
    return new UserError("fs.read-only", `${who}: ${where} is on a read-only file system (EROFS)${undone} — mount it writable or choose another folder`, { path: where, code });
  }
  return new UserError(
    "fs.permission",
    `${who}: no permission to ${err.syscall ?? "use"} ${where} (${code})${undone} — give the bot's user access to it (owner or mode) or choose another folder`,
    { path: where, code },
  );
}
