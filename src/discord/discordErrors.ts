/**
 * Discord API errors as the bot needs them: the JSON error code, and a log-safe description (interaction and
 * webhook tokens sit inside REST URLs; they are masked before anything is logged).
 */
import { DiscordAPIError, HTTPError, RESTJSONErrorCodes } from "discord.js";
import { redactSecrets } from "../log.js";

/** The interaction is gone (more than 3 s without an ack, or the token expired): drop it, never retry. */
export const UNKNOWN_INTERACTION = RESTJSONErrorCodes.UnknownInteraction;
/** Answered twice: a bug in our own bookkeeping, avoided by checking deferred/replied first. */
export const ALREADY_ACKNOWLEDGED = RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged;

export function discordErrorCode(err: unknown): number | undefined {
  return err instanceof DiscordAPIError && typeof err.code === "number" ? err.code : undefined;
}

/** An error as a plain object for pino: name, message, code, status, method, redacted URL and stack, cause. */
export function errorForLog(err: unknown, depth = 0): Record<string, unknown> {
  if (!(err instanceof Error)) return { value: redactSecrets(String(err)).slice(0, 500) };
  const out: Record<string, unknown> = { name: err.name, message: redactSecrets(err.message) };
  if (err instanceof DiscordAPIError || err instanceof HTTPError) {
    out.status = err.status;
    out.method = err.method;
    out.url = redactSecrets(err.url);
    if (err instanceof DiscordAPIError) out.code = err.code;
  } else if ("code" in err && (typeof err.code === "string" || typeof err.code === "number")) {
    out.code = err.code;
  }
  if ("errorId" in err && typeof err.errorId === "string") out.errorId = err.errorId;
  if (err.stack) out.stack = redactSecrets(err.stack);
  if (err.cause !== undefined && depth < 3) out.cause = errorForLog(err.cause, depth + 1);
  return out;
}
