/**
 * Questions asked by mentioning the bot (`@TalksBot why did Yermak resign?`), answered as a reply to the message.
 * Discord sends the content of messages that mention the bot without the Message Content intent. In the optional
 * answer channels (config.discord.answerChannels, which need that intent) every message is taken as a question,
 * but only answers and real questions get a reply, so chatter stays unanswered.
 */
import { Events, MessageFlags, type Message } from "discord.js";
import type { InteractionContext } from "../context.js";
import { errorForLog } from "../discordErrors.js";
import { withFeedback } from "../feedback.js";
import { formatAnswer, type AnswerMessage } from "../format/answer.js";
import { RESTARTING_MESSAGE, answerQuestion, checkQuestion, questionFromMention } from "../question.js";
import { NO_MENTIONS } from "../respond.js";
import type { Event } from "./index.js";

/** A reaction instead of a reply for the over-eager: a message in the channel cannot be private. */
const COOLDOWN_REACTION = "⏳";

export default {
  name: Events.MessageCreate,
  async execute(ctx, message) {
    if (message.author.bot || message.system || message.webhookId) return;
    const me = message.client.user;
    const botRoleId = message.guild?.members.me?.roles.botRole?.id;
    const mentioned = message.mentions.users.has(me.id) || (botRoleId !== undefined && message.mentions.roles.has(botRoleId));
    const inAnswerChannel = ctx.config.discord.answerChannels.includes(message.channelId);
    if (!mentioned && !inAnswerChannel) return;
    if (ctx.inFlight.closing) return;
    const log = ctx.logger.child({ messageId: message.id, userId: message.author.id, guildId: message.guildId ?? undefined, channelId: message.channelId });
    log.info({ mentioned }, "discord: question in a message");
    await ctx.inFlight.run(
      (signal) => handle(message, { ...ctx, log, signal }, { mentioned, botRoleId }),
      (err) => log.error({ err: errorForLog(err) }, "discord: message handler failed"),
    );
  },
} satisfies Event<Events.MessageCreate>;

async function handle(message: Message, ctx: InteractionContext, opts: { mentioned: boolean; botRoleId?: string }): Promise<void> {
  const raw = questionFromMention(message.content, message.client.user.id, opts.botRoleId);
  const check = checkQuestion(ctx, raw, message.author.id);
  if (!check.ok) {
    ctx.log.info({ refusal: check.id }, "discord: question refused");
    if (!opts.mentioned) return;
    if (check.id === "question.cooldown") {
      await message.react(COOLDOWN_REACTION).catch((err: unknown) => ctx.log.debug({ err: errorForLog(err) }, "discord: could not react"));
      return;
    }
    await reply(message, { content: check.message, components: [] }, ctx);
    return;
  }
  const looksLikeQuestion = opts.mentioned || check.text.endsWith("?");
  if (looksLikeQuestion && "sendTyping" in message.channel) {
    await message.channel.sendTyping().catch((err: unknown) => ctx.log.debug({ err: errorForLog(err) }, "discord: could not show typing"));
  }
  const outcome = await answerQuestion(ctx, check.text);
  if (outcome.kind === "shutdown") return reply(message, { content: RESTARTING_MESSAGE, components: [] }, ctx);
  if (outcome.kind === "failed") return reply(message, { content: outcome.message, components: [] }, ctx);
  const { answer } = outcome;
  if (answer.refusal) return reply(message, { content: answer.refusal.message, components: [] }, ctx);
  if (!answer.found && !looksLikeQuestion) return;
  await reply(message, withFeedback(ctx, check.text, answer, formatAnswer(answer)), ctx);
}

async function reply(message: Message, payload: AnswerMessage, ctx: InteractionContext): Promise<void> {
  try {
    await message.reply({
      content: payload.content,
      components: payload.components,
      allowedMentions: NO_MENTIONS,
      // Links are shown as <url> already; this also stops previews of any URL quoted from an article.
      flags: MessageFlags.SuppressEmbeds,
    });
  } catch (err) {
    // Missing permissions, a deleted channel…: nothing to tell the user through.
    ctx.log.warn({ err: errorForLog(err) }, "discord: could not reply to the message");
  }
}
