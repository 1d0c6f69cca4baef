/**
 * Follow-ups in Discord: which conversation a message continues, and remembering an answer in it. Conversations are
 * keyed by what is public: a thread the bot opened (`thread:<id>`), or a reply chain (`chain:<first answer id>`);
 * every answer message is linked to its conversation, so a reply to any of them continues it. Private (ephemeral)
 * answers are never remembered: nobody can reply to them, and their content stays with their asker.
 */
import type { Answer } from "../types.js";
import type { BotContext } from "./context.js";

export const threadKey = (threadId: string) => `thread:${threadId}`;

/** The conversation a message continues: the bot's thread it is in, or the answer it replies to. */
export function conversationOf(ctx: BotContext, channelId: string, replyTo: string | undefined): string | undefined {
  return ctx.conversations.linked(channelId) ?? (replyTo ? ctx.conversations.linked(replyTo) : undefined);
}

/**
 * Remembers `answer` to `question` in conversation `key` (a new reply chain keyed by the answer message when
 * undefined) and links the answer message to it. Refusals and failures are not turns of a conversation.
 */
export function rememberTurn(ctx: BotContext, key: string | undefined, answerMessageId: string, question: string, answer: Answer): string | undefined {
  if (answer.refusal || answer.failure) return undefined;
  const conversation = key ?? `chain:${answerMessageId}`;
  ctx.conversations.record(conversation, { question, understood: answer.followUp?.question ?? question, answer: { found: answer.found, answer: answer.answer, quotes: answer.quotes } });
  ctx.conversations.link(answerMessageId, conversation);
  return conversation;
}
