/**
 * The question flow shared by mentions and `/ask`: check the question (the core's own cleaning, Discord's length
 * limit, the user's cooldown) before acknowledging, then ask the engine with a deadline and the shutdown signal.
 * What to say comes from the core (refusals, not-found); only Discord-specific sentences live here.
 */
import { cleanQuestion } from "../answer/question.js";
import { InternalError, newErrorId } from "../errors.js";
import type { Answer, ConversationTurn } from "../types.js";
import type { BotContext, InteractionContext } from "./context.js";
import { errorForLog } from "./discordErrors.js";
import { ShutdownError } from "./InFlight.js";

export type QuestionCheck = { ok: true; text: string } | { ok: false; id: string; message: string };

export type AnswerOutcome =
  | { kind: "answer"; answer: Answer }
  | { kind: "shutdown" }
  | { kind: "failed"; errorId: string; message: string };

export const RESTARTING_MESSAGE = "I'm restarting and couldn't finish this one. Please ask again in a minute.";
export const CLOSING_MESSAGE = "I'm restarting right now. Please ask again in a minute.";

export function apology(errorId: string): string {
  return `Sorry, something went wrong while answering. If it keeps happening, tell the maintainers error id \`${errorId}\`.`;
}

/** The search service failed for this one question: a plain apology; the endpoint and upstream text stay in the log. */
export function unavailableApology(errorId: string): string {
  return `Sorry, I can't search the articles right now. Please ask again in a minute; if it keeps happening, tell the maintainers error id \`${errorId}\`.`;
}

/** Checks a question before anything is sent to Discord: the core's checks (empty, too long), then the cooldown. */
export function checkQuestion(ctx: BotContext, raw: string, userId: string): QuestionCheck {
  const cleaned = cleanQuestion(raw);
  if (!cleaned.ok) return { ok: false, ...cleaned.refusal };
  const wait = ctx.cooldowns.take(userId);
  if (wait > 0) {
    return { ok: false, id: "question.cooldown", message: `You're asking quickly. Please wait ${wait} second${wait === 1 ? "" : "s"} before your next question.` };
  }
  return { ok: true, text: cleaned.text };
}

/** Asks the engine, bounded by `settings.answerTimeoutMs` and the shutdown signal. Failures are logged with an id. */
export async function answerQuestion(ctx: InteractionContext, question: string, history: readonly ConversationTurn[] = []): Promise<AnswerOutcome> {
  const signal = AbortSignal.any([ctx.signal, AbortSignal.timeout(ctx.settings.answerTimeoutMs)]);
  const started = Date.now();
  try {
    const answer = await untilAborted(ctx.engine.answer(question, history.length > 0 ? { signal, history } : { signal }), signal);
    if (answer.failure) {
      // The engine's sentence names the endpoint and the upstream error: for the log, not for a public channel.
      ctx.log.warn({ errorId: answer.failure.errorId, id: answer.failure.id, reason: answer.answer, ms: Date.now() - started }, "discord: could not search");
      return { kind: "failed", errorId: answer.failure.errorId, message: unavailableApology(answer.failure.errorId) };
    }
    ctx.log.info({ found: answer.found, quotes: answer.quotes.length, mode: answer.mode, followUp: answer.followUp !== undefined, ms: Date.now() - started }, "discord: answered");
    return { kind: "answer", answer };
  } catch (err) {
    if (ctx.signal.aborted && ctx.signal.reason instanceof ShutdownError) {
      ctx.log.info({ ms: Date.now() - started }, "discord: question aborted by shutdown");
      return { kind: "shutdown" };
    }
    // Whatever was thrown, its message is for the log only (it may name endpoints, paths or upstream text): the
    // user gets an apology with the id of the log line. Questions the engine refuses come back as values.
    const errorId = err instanceof InternalError ? err.errorId : newErrorId();
    ctx.log.error({ errorId, err: errorForLog(err), ms: Date.now() - started }, "discord: answering failed");
    return { kind: "failed", errorId, message: apology(errorId) };
  }
}

/** Settles with `promise`, or rejects as soon as `signal` aborts (the engine may not watch the signal itself). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}

/**
 * The question in a message that mentions the bot: the bot's user and role mentions removed (Discord shows them
 * as `<@id>`, `<@!id>`, `<@&roleId>`), the rest as written.
 */
export function questionFromMention(content: string, botUserId: string, botRoleId?: string): string {
  let text = content.replace(new RegExp(`<@!?${botUserId}>`, "g"), " ");
  if (botRoleId) text = text.replace(new RegExp(`<@&${botRoleId}>`, "g"), " ");
  return text.replace(/\s+/g, " ").trim();
}
