/**
 * Opens the feedback store under DATA_DIR: the folder is created when missing, a random salt for user hashes is
 * made once and kept beside the database. A folder the bot cannot write (permissions, read-only, full disk) is one
 * log line and feedback switched off; the bot goes on answering without the buttons.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { UserError } from "../errors.js";
import type { Logger } from "../log.js";
import { DISABLED_FEEDBACK, type FeedbackStore } from "./FeedbackStore.js";
import { SqliteFeedbackStore } from "./SqliteFeedbackStore.js";

export const FEEDBACK_FILE = "feedback.sqlite";
export const SALT_FILE = "feedback.salt";

/** The store for the bot: the SQLite store, or DISABLED_FEEDBACK (logged once) when DATA_DIR is unusable. */
export function openFeedback(dataDir: string, logger: Logger): FeedbackStore {
  try {
    mkdirSync(dataDir, { recursive: true });
    const store = SqliteFeedbackStore.open(path.join(dataDir, FEEDBACK_FILE), { salt: saltOf(dataDir), logger });
    logger.info({ file: path.join(dataDir, FEEDBACK_FILE) }, "feedback: storing votes and reports");
    return store;
  } catch (err) {
    logger.warn({ code: (err as { code?: string }).code }, feedbackProblem(dataDir, err));
    return DISABLED_FEEDBACK;
  }
}

/** The store for the maintainers' report: the existing database, or a UserError naming the folder looked in. */
export function openFeedbackForReport(dataDir: string, logger: Logger): FeedbackStore {
  const file = path.join(dataDir, FEEDBACK_FILE);
  if (!existsSync(file)) {
    throw new UserError("feedback.missing", `feedback: no feedback database at ${file} — the bot creates it when it answers; is DATA_DIR the bot's?`);
  }
  try {
    return SqliteFeedbackStore.open(file, { salt: "", logger, mustExist: true });
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new UserError("feedback.unreadable", `feedback: cannot read ${file} (${code ?? (err as Error).message}) — check its permissions and that it is the bot's DATA_DIR`);
  }
}

/** The salt of user hashes: made once (random, 32 bytes) and kept in DATA_DIR, so a user hashes the same forever. */
function saltOf(dataDir: string): string {
  const file = path.join(dataDir, SALT_FILE);
  try {
    writeFileSync(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  const salt = readFileSync(file, "utf8").trim();
  if (!/^[0-9a-f]{64}$/.test(salt)) throw Object.assign(new Error(`${file} is not a salt (64 hex digits)`), { code: "EBADSALT" });
  return salt;
}

/** One line naming DATA_DIR, what is wrong and the fix. */
export function feedbackProblem(dataDir: string, err: unknown): string {
  const code = (err as { code?: string }).code ?? "";
  const why =
    code === "ENOSPC" || code === "EDQUOT" || code === "SQLITE_FULL"
      ? `the disk holding it is full (${code}) — free some space`
      : code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "SQLITE_READONLY" || code === "SQLITE_CANTOPEN"
        ? `it is not writable (${code}) — give the bot's user write access, or set DATA_DIR to a writable folder`
        : code === "ENOTDIR" || code === "EEXIST"
          ? `a file is in the way of the folder (${code}) — move it, or set DATA_DIR to another folder`
          : `it cannot be used (${code || (err as Error).message}) — check the folder, or set DATA_DIR to another one`;
  return `feedback: DATA_DIR ${dataDir}: ${why}; answering goes on without feedback buttons`;
}
