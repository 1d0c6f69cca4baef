/**
 * Flags of every script, parsed by node:util's parseArgs in strict mode: an unknown flag, a flag without its
 * value (or with an empty one) is one line and the usage, exit 2 — never parseArgs's stack trace.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UserError } from "../../src/errors.js";

/** Wrong command line: runScript prints the message (the problem, then the usage) and exits 2. */
export class UsageError extends UserError {
  constructor(script: string, problem: string, usage: string) {
    super("cli.usage", `${script}: ${problem}\n${usage}`);
  }
}

/** parseArgs (strict) with `script`'s one-line errors and its usage. */
export function parseFlags<T extends ParseArgsConfig & { strict?: true }>(script: string, usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (err) {
    throw new UsageError(script, describe(err), usage);
  }
  for (const [name, option] of Object.entries(config.options ?? {})) {
    const value = (parsed.values as Record<string, unknown>)[name];
    if (option.type === "string" && typeof value === "string" && value.trim() === "" && option.default === undefined) {
      throw new UsageError(script, `--${name} needs a value`, usage);
    }
  }
  return parsed;
}

function describe(err: unknown): string {
  const code = String((err as { code?: unknown } | undefined)?.code ?? "");
  const message = err instanceof Error ? err.message.split("\n")[0]! : String(err);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const flag = /'([^']+)'/.exec(message)?.[1];
    return `unknown flag ${flag ?? message}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const flag = /'(-[^' ]+)/.exec(message)?.[1];
    return /missing|ambiguous/.test(message) && flag ? `${flag} needs a value` : message;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const arg = /'([^']+)'/.exec(message)?.[1];
    return `unexpected argument ${arg ?? message}`;
  }
  return message;
}
