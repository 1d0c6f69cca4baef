/**
 * What every script shares: configuration with --corpus/--index overrides, a logger on stderr, and one clear
 * line (never a stack trace) for expected errors.
 */
import { loadConfig, type Config } from "../../src/config.js";
import { UserError } from "../../src/errors.js";
import { createLogger, redactSecrets, type Logger } from "../../src/log.js";
import path from "node:path";

export function scriptConfig(flags: { corpus?: string; index?: string }): Config {
  const config = loadConfig();
  if (flags.corpus) config.corpusDir = path.resolve(flags.corpus);
  if (flags.index) config.indexDir = path.resolve(flags.index);
  return config;
}

export function scriptLogger(config: Config): Logger {
  return createLogger(config.logLevel);
}

/**
 * Runs a script body: a UserError becomes its one-line message and exit code 1 (a wrong command line, a
 * UsageError, exit code 2); anything else is a bug.
 */
export async function runScript(main: () => Promise<number | void>): Promise<void> {
  try {
    const code = await main();
    process.exitCode = code ?? 0;
  } catch (err) {
    // Printed errors are redacted like log lines: an upstream message or a proxy may echo the token or a key.
    if (err instanceof UserError) {
      process.stderr.write(`${redactSecrets(err.message)}\n`);
      process.exitCode = err.id === "cli.usage" ? 2 : 1;
    } else {
      process.stderr.write(`${redactSecrets(err instanceof Error ? (err.stack ?? err.message) : String(err))}\n`);
      process.exitCode = 2;
    }
  }
}
