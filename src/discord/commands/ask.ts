/**
 * `/ask question:<text> [private:true] [thread:true]`: the answer, as quotes with citations, to the channel or only
 * to the asker, with 👍 / 👎 / "Wrong quote?" buttons (this command also handles those of answers to mentions). A
 * public answer starts a conversation: a reply to it is a follow-up; with `thread`, the answer opens a thread where
 * follow-ups are plain messages (with DISCORD_MESSAGE_CONTENT) or mentions and replies.
 */
import { InteractionContextType, MessageFlags, SlashCommandBuilder, ThreadAutoArchiveDuration, type ChatInputCommandInteraction, type Message } from "discord.js";
import { ANSWER_TUNING } from "../../retrieval/tuning.js";
import type { Answer } from "../../types.js";
import type { InteractionContext } from "../context.js";
import { rememberTurn, threadKey } from "../conversation.js";
import { errorForLog } from "../discordErrors.js";
import { feedbackButton, withFeedback } from "../feedback.js";
import { formatAnswer } from "../format/answer.js";
import { cutAtWord } from "../format/limits.js";
import { RESTARTING_MESSAGE, answerQuestion, checkQuestion } from "../question.js";
import { NO_MENTIONS, deferReply, respond, respondPrivately } from "../respond.js";
import type { Command } from "./index.js";

/** Discord's limit for a thread name. */
const THREAD_NAME = 100;

export default {
  data: new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask about the US–Ukraine–Russia peace talks; the answer quotes the news articles.")
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) =>
      o
        .setName("question")
        .setDescription("Your question, e.g. Why did Yermak resign?")
        .setRequired(true)
        .setMinLength(1)
        .setMaxLength(ANSWER_TUNING.maxQuestionLength),
    )
    .addBooleanOption((o) => o.setName("private").setDescription("Show the answer only to you"))
    .addBooleanOption((o) => o.setName("thread").setDescription("Answer in a new thread, where you can ask follow-up questions"))
    .toJSON(),

  async execute(interaction, ctx) {
    const isPrivate = interaction.options.getBoolean("private") ?? false;
    const inThread = interaction.options.getBoolean("thread") ?? false;
    if (isPrivate && inThread) {
      await respond(interaction, { content: "A thread is public: choose private or thread, not both.", ephemeral: true }, ctx.log);
      return;
    }
    const check = checkQuestion(ctx, interaction.options.getString("question", true), interaction.user.id);
    if (!check.ok) {
      ctx.log.info({ refusal: check.id }, "discord: question refused");
      await respond(interaction, { content: check.message, ephemeral: true }, ctx.log);
      return;
    }
    // Answers may take seconds (an LLM): acknowledge now, well inside Discord's 3 s.
    if (!(await deferReply(interaction, { ephemeral: isPrivate }, ctx.log))) return;

    const outcome = await answerQuestion(ctx, check.text);
    if (outcome.kind === "answer" && outcome.answer.refusal) {
      // The engine refused the question itself: say so to the asker only, not to the channel.
      await respondPrivately(interaction, outcome.answer.refusal.message, ctx.log);
      return;
    }
    const reply =
      outcome.kind === "answer"
        ? withFeedback(ctx, check.text, outcome.answer, formatAnswer(outcome.answer))
        : outcome.kind === "shutdown"
          ? { content: RESTARTING_MESSAGE }
          : { content: outcome.message };
    if (!(await respond(interaction, reply, ctx.log))) return;
    // Private answers are never remembered (see ../conversation.ts).
    if (outcome.kind === "answer" && !isPrivate) await startConversation(interaction, ctx, check.text, outcome.answer, inThread);
  },

  // The feedback buttons of every answer (also those replying to mentions): see ../feedback.ts.
  async button(interaction, args, ctx) {
    if (await feedbackButton(interaction, args, ctx)) return;
    await respond(interaction, { content: "This button no longer works.", ephemeral: true }, ctx.log);
  },
} satisfies Command;

/** Remembers the answer as the first turn of a reply chain, or of a new thread on it when asked. Failures are logged. */
async function startConversation(interaction: ChatInputCommandInteraction, ctx: InteractionContext, question: string, answer: Answer, inThread: boolean): Promise<void> {
  let message: Message;
  try {
    message = await interaction.fetchReply();
  } catch (err) {
    ctx.log.warn({ err: errorForLog(err) }, "discord: could not read the answer back; no follow-ups on it");
    return;
  }
  if (!inThread || !interaction.inGuild() || !message.channel.isTextBased() || message.channel.isThread()) {
    rememberTurn(ctx, undefined, message.id, question, answer);
    if (inThread) await interaction.followUp({ content: "I can only open a thread in a server's text channel; reply to my answer to ask a follow-up.", flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }).catch(() => undefined);
    return;
  }
  try {
    const thread = await message.startThread({ name: cutAtWord(question, THREAD_NAME), autoArchiveDuration: ThreadAutoArchiveDuration.OneHour });
    rememberTurn(ctx, threadKey(thread.id), message.id, question, answer);
    ctx.conversations.link(thread.id, threadKey(thread.id));
    const how = ctx.config.discord.messageContent ? "Ask follow-up questions here (no need to mention me)" : "Reply to my answer or mention me here to ask a follow-up";
    await thread.send({ content: `${how}, e.g. “when was that?”. I keep the last 5 questions for 30 minutes.`, allowedMentions: NO_MENTIONS });
    ctx.log.info({ threadId: thread.id }, "discord: conversation thread opened");
  } catch (err) {
    // Missing Create Public Threads permission, a channel without threads…: the answer stands, as a reply chain.
    rememberTurn(ctx, undefined, message.id, question, answer);
    ctx.log.warn({ err: errorForLog(err) }, "discord: could not open a thread on the answer; follow-ups by reply still work");
  }
}
