/**
 * Structured logging (pino) to stderr, so stdout stays clean for `--json` output and the terminal chat.
 *
 * Secrets never reach a log line or a printed error: `redactSecrets` is the one function that masks them in text
 * (the configured token and keys wherever they appear, API keys, bearer and bot tokens, Discord tokens, interaction
 * and webhook tokens in URLs, credentials in URLs, key-like query parameters and headers), and `redactDeep` applies
 * it to every string of a logged object at any depth (error messages, stacks, causes and fields included), masking
 * whole fields whose name says they hold a secret. The logger runs both on everything it writes.
 */
import pino, { type Logger } from "pino";

export type { Logger };

const REDACT = [
  "token",
  "*.token",
  "apiKey",
  "*.apiKey",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "config.token",
  "config.discord.token",
  "config.llm.apiKey",
  "config.embeddings.apiKey",
];

const CENSOR = "[redacted]";

export function createLogger(level: string = "info", destination: pino.DestinationStream = pino.destination(2)): Logger {
  const logger = pino(
    {
      level,
      redact: { paths: REDACT, censor: CENSOR },
      // Errors are turned into plain, redacted objects before pino's own error serializer could copy their fields.
      serializers: { err: (value: unknown) => redactDeep(value) },
      formatters: {
        level: (label) => ({ level: label }),
        bindings: (bindings) => redactDeep(bindings) as Record<string, unknown>,
        log: (object) => redactDeep(object) as Record<string, unknown>,
      },
      hooks: {
        // The message (and any format arguments) pass through redactSecrets too.
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === "string" ? redactSecrets(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
  // A child's bindings skip formatters.bindings (pino formats them once, at child creation): redact them there.
  // Children inherit this property through their prototype, so grandchildren are covered too.
  const child = logger.child as unknown as (this: unknown, bindings: pino.Bindings, options?: pino.ChildLoggerOptions) => Logger;
  logger.child = function (this: unknown, bindings: pino.Bindings, options?: pino.ChildLoggerOptions) {
    return child.call(this, redactDeep(bindings) as pino.Bindings, options);
  } as unknown as typeof logger.child;
  return logger;
}

/** A logger that drops everything (tests, `--json` runs that want silence). */
export const silentLogger: Logger = pino({ level: "silent" });

/** The configured secrets themselves (token, API keys): masked wherever they appear, whatever their shape. */
const knownSecrets = new Set<string>();

/** Registers secret values (config does, for the token and keys it reads). Short values are ignored. */
export function rememberSecrets(...values: (string | undefined)[]): void {
  for (const v of values) if (v && v.length >= 8) knownSecrets.add(v);
}

/** Masks secrets in free text: see the module comment for what counts. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const secret of knownSecrets) if (out.includes(secret)) out = out.replaceAll(secret, CENSOR);
  return out
    .replace(/(\/(?:interactions|webhooks)\/\d+\/)[A-Za-z0-9._-]+/g, "$1[redacted]")
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*(?::[^\s/@]*)?@/gi, "$1[redacted]@")
    .replace(/([?&](?:api[_-]?key|key|token|access_token|secret|password|sig|signature)=)[^&\s"'<>]+/gi, "$1[redacted]")
    .replace(/\b((?:x-)?api[-_]?key["']?\s*[:=]\s*["']?)[^\s"',;}&]+/gi, "$1[redacted]")
    .replace(/\b(Bearer|Bot|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, "$1 [redacted]")
    .replace(/\bsk-[A-Za-z0-9_-]{8,}/g, "sk-[redacted]")
    .replace(/\b[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}\b/g, "[redacted-discord-token]");
}

/** Field names whose string value is a secret as a whole. */
const SECRET_KEY = /^(?:.*token|.*api[_-]?key|authorization|password|passwd|secret|client[_-]?secret|cookie|set-cookie)$/i;
const MAX_DEPTH = 8;

/**
 * A copy of `value` safe to log: every string redacted, fields named like secrets masked, errors turned into plain
 * objects (type, message, stack, their own fields, cause) redacted the same way. Cycles and depth are bounded.
 */
export function redactDeep(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === "string") return redactSecrets(value);
  if (value === null || typeof value !== "object") return value;
  if (value instanceof URL) return redactSecrets(value.href);
  if (value instanceof Date || Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return value;
  if (seen.has(value)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[too deep]";
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1, seen));
  // By its tag, not `instanceof Headers`: naming the global makes Node load its fetch implementation (~10 ms at start).
  if (Object.prototype.toString.call(value) === "[object Headers]") return redactDeep(Object.fromEntries(value as Headers), depth + 1, seen);
  const out: Record<string, unknown> = {};
  if (value instanceof Error) {
    out.type = value.constructor?.name || value.name;
    out.message = redactSecrets(value.message);
    if (value.stack) out.stack = redactSecrets(value.stack);
  }
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) && typeof v === "string" ? CENSOR : redactDeep(v, depth + 1, seen);
  }
  if (value instanceof Error && value.cause !== undefined) out.cause = redactDeep(value.cause, depth + 1, seen);
  return out;
}
