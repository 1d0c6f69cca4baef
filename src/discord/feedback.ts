/**
 * Feedback on answers in Discord: each answer given is stored (question, answer, quotes with offsets, index build,
 * mode) and carries 👍 / 👎 / "Wrong quote?" buttons that refer to it by id. A click is stored in one transaction
 * and acknowledged privately. "Wrong quote?" records the report at once (no form to fill in): the stored answer
 * already holds the question and every quote with its article and offsets, which is what a maintainer checks.
 */
import type { ButtonInteraction } from "discord.js";
import type { VoteValue } from "../feedback/FeedbackStore.js";
import type { Answer } from "../types.js";
import type { InteractionContext } from "./context.js";
import type { AnswerMessage } from "./format/answer.js";
import { feedbackRow } from "./format/feedback.js";
import { respond } from "./respond.js";

/** Discord allows five rows of components on a message. */
const MAX_ROWS = 5;

/** Stores `answer` and adds its feedback buttons to `message`; unchanged when feedback is off or storing failed. */
export function withFeedback(ctx: InteractionContext, question: string, answer: Answer, message: AnswerMessage): AnswerMessage {
  if (!ctx.feedback?.enabled || answer.refusal || answer.failure || message.components.length >= MAX_ROWS) return message;
  const id = ctx.feedback.recordAnswer({
    question,
    answer: answer.answer,
    found: answer.found,
    mode: answer.mode ?? "extractive",
    build: ctx.engine.info().build ?? "",
    quotes: answer.quotes,
  });
  if (id === undefined) return message;
  return { ...message, components: [...message.components, feedbackRow(id, answer.found && answer.quotes.length > 0)] };
}

const THANKS: Record<VoteValue, string> = {
  up: "Thanks for the 👍 — it tells the maintainers this answer was right.",
  down: "Thanks for the 👎 — the maintainers review answers voted down.",
};

/** `ask:vote:<id>:up|down` and `ask:report:<id>`: stored, then acknowledged to the clicker only. */
export async function feedbackButton(interaction: ButtonInteraction, args: string[], ctx: InteractionContext): Promise<boolean> {
  const [action, rawId, value] = args;
  if (action !== "vote" && action !== "report") return false;
  const answerId = /^\d{1,15}$/.test(rawId ?? "") ? Number(rawId) : NaN;
  const reply = (content: string) => respond(interaction, { content, ephemeral: true }, ctx.log);
  if (!Number.isSafeInteger(answerId) || (action === "vote" && value !== "up" && value !== "down")) {
    await reply("This button no longer works.");
    return true;
  }
  const feedback = ctx.feedback;
  if (!feedback?.enabled) {
    await reply("Feedback is switched off on this bot right now.");
    return true;
  }
  if (action === "vote") {
    const outcome = feedback.vote(answerId, interaction.user.id, value as VoteValue);
    ctx.log.info({ answerId, vote: value, ok: outcome.ok, changed: outcome.ok && outcome.previous !== undefined && outcome.previous !== value }, "discord: feedback vote");
    if (!outcome.ok) return reply(outcome.reason === "unknown-answer" ? "I no longer have this answer, so I can't record a vote on it." : SORRY).then(() => true);
    const changed = outcome.previous !== undefined && outcome.previous !== outcome.vote;
    await reply(changed ? `Changed your vote to ${outcome.vote === "up" ? "👍" : "👎"}. Thanks!` : THANKS[outcome.vote]);
    return true;
  }
  const outcome = feedback.report(answerId, interaction.user.id);
  ctx.log.info({ answerId, ok: outcome.ok }, "discord: wrong-quote report");
  if (!outcome.ok) return reply(outcome.reason === "unknown-answer" ? "I no longer have this answer, so I can't record a report on it." : SORRY).then(() => true);
  await reply(
    outcome.again
      ? "You already reported this answer; the maintainers have it."
      : "Thanks — reported. The maintainers will check this answer's quotes against their articles.",
  );
  return true;
}

const SORRY = "Sorry, I couldn't save that right now. Please try again later.";
