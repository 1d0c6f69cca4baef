/**
 * What every script shares: configuration with --corpus/--index overrides, a logger on stderr, and one clear
 * line (never a stack trace) for expected errors.
 */
import { loadConfig, type Config } from "../../src/config.js";
import { UserError } from "../../src/errors.js";
import { createLogger, redactSecrets, type Logger } from "../../src/log.js";
import path from "node:path";

/** The --corpus/--index this script was given: a printed "npm run reindex" hint must name them too. */
const folderFlags: string[] = [];

export function scriptConfig(flags: { corpus?: string; index?: string }): Config {
  const config = loadConfig();
  folderFlags.length = 0;
  if (flags.corpus) {
    config.corpusDir = path.resolve(flags.corpus);
    folderFlags.push(`--corpus ${JSON.stringify(config.corpusDir)}`);
  }
  if (flags.index) {
    config.indexDir = path.resolve(flags.index);
    folderFlags.push(`--index ${JSON.stringify(config.indexDir)}`);
  }
  return config;
}

/**
 * "run npm run reindex -- --full" in a core message, with the folders this script was told to use: the advice must
 * work when copied as it is.
 */
export function withFolderFlags(message: string): string {
  if (folderFlags.length === 0) return message;
  return message.replace(/npm run reindex(?: -- ((?:--[\w-]+ ?)*))?/g, (_, flags: string | undefined) => {
    const given = (flags ?? "").trim();
    return `npm run reindex -- ${[given, ...folderFlags].filter(Boolean).join(" ")}`;
  });
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
      process.stderr.write(`${redactSecrets(withFolderFlags(err.message))}\n`);
      process.exitCode = err.id === "cli.usage" ? 2 : 1;
    } else {
      process.stderr.write(`${redactSecrets(err instanceof Error ? (err.stack ?? err.message) : String(err))}\n`);
      process.exitCode = 2;
    }
  }
}
