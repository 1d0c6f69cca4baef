/**
 * Two kinds of error (see STYLE.md):
 * - `UserError`: an expected failure a person can act on; it carries an `id` and a message naming the fix.
 * - `InternalError` subclasses: broken invariants, logged in full and shown as one generic line with an error id.
 */
import { randomBytes } from "node:crypto";

export class UserError extends Error {
  override readonly name = "UserError";
  constructor(
    /** Stable identifier, e.g. "index.missing", "question.empty". */
    readonly id: string,
    message: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Base of the typed internal errors; `errorId` is the short id shown to the user and written in the log. */
export class InternalError extends Error {
  readonly errorId = newErrorId();
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The index folder exists but cannot be used (corrupt, half-written, wrong format or embedder). */
export class IndexLoadError extends UserError {
  constructor(id: string, message: string, readonly dir: string) {
    super(id, message, { dir });
  }
}

/** A configuration value is wrong or missing; `message` is one line naming the variable and what it expects. */
export class ConfigError extends UserError {
  constructor(readonly variable: string, expected: string) {
    super("config.invalid", `config: ${variable} ${expected}`, { variable });
  }
}

/** A short random id to match a user-visible apology with the log line. */
export function newErrorId(): string {
  return randomBytes(4).toString("hex");
}
