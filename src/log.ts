/**
 * Structured logging (pino) to stderr, so stdout stays clean for `--json` output and the terminal chat.
 * Secrets are redacted by key, and Discord interaction tokens inside URLs are masked by `redactUrl`.
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

export function createLogger(level: string = "info", destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
      hooks: {
        // Every string logged passes through redactSecrets, so a token that slipped into a message is masked too.
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === "string" ? redactSecrets(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

/** A logger that drops everything (tests, `--json` runs that want silence). */
export const silentLogger: Logger = pino({ level: "silent" });

/** Masks interaction/webhook tokens in Discord URLs and bearer tokens in free text. */
export function redactSecrets(text: string): string {
  return text
    .replace(/(\/(?:interactions|webhooks)\/\d+\/)[A-Za-z0-9._-]+/g, "$1[redacted]")
    .replace(/(Bearer|Bot)\s+[A-Za-z0-9._-]{8,}/g, "$1 [redacted]")
    .replace(/\bsk-[A-Za-z0-9_-]{8,}/g, "sk-[redacted]")
    .replace(/\b[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}\b/g, "[redacted-discord-token]");
}
