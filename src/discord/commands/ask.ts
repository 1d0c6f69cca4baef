/**
 * `/ask question:<text> [private:true]`: the answer, as quotes with citations, to the channel or only to the asker,
 * with 👍 / 👎 / "Wrong quote?" buttons (this command also handles those of answers to mentions).
 */
import { InteractionContextType, SlashCommandBuilder } from "discord.js";
import { ANSWER_TUNING } from "../../retrieval/tuning.js";
import { feedbackButton, withFeedback } from "../feedback.js";
import { formatAnswer } from "../format/answer.js";
import { RESTARTING_MESSAGE, answerQuestion, checkQuestion } from "../question.js";
import { deferReply, respond, respondPrivately } from "../respond.js";
import type { Command } from "./index.js";

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
    .toJSON(),

  async execute(interaction, ctx) {
    const isPrivate = interaction.options.getBoolean("private") ?? false;
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
    await respond(interaction, reply, ctx.log);
  },

  // The feedback buttons of every answer (also those replying to mentions): see ../feedback.ts.
  async button(interaction, args, ctx) {
    if (await feedbackButton(interaction, args, ctx)) return;
    await respond(interaction, { content: "This button no longer works.", ephemeral: true }, ctx.log);
  },
} satisfies Command;
