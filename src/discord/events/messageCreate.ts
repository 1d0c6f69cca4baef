/**
 * Questions asked by mentioning the bot (`@TalksBot why did Yermak resign?`), answered as a reply to the message.
 * Discord sends the content of messages that mention the bot without the Message Content intent. In the optional
 * answer channels (config.discord.answerChannels, which need that intent) every message is taken as a question,
 * but only answers and real questions get a reply, so chatter stays unanswered.
 *
 * Follow-ups: a reply to one of the bot's answers, or a message in a thread the bot opened (`/ask thread:true`),
 * continues that conversation (see ../conversation.ts): the engine reads it against the previous turns. A reply
 * that pings the bot (Discord's default) arrives with its text; a plain message in a thread only with the Message
 * Content intent (DISCORD_MESSAGE_CONTENT), and its absence is logged.
 */
import { Events, MessageFlags, type Message } from "discord.js";
import type { InteractionContext } from "../context.js";
import { conversationOf, rememberTurn } from "../conversation.js";
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
    const conversation = conversationOf(ctx, message.channelId, message.reference?.messageId);
    if (!mentioned && !inAnswerChannel && !conversation) return;
    if (ctx.inFlight.closing) return;
    const log = ctx.logger.child({ messageId: message.id, userId: message.author.id, guildId: message.guildId ?? undefined, channelId: message.channelId });
    if (conversation && !mentioned && message.content === "" && !ctx.config.discord.messageContent) {
      log.warn(
        { conversation },
        "discord: a follow-up arrived without its text: the Message Content intent is off — set DISCORD_MESSAGE_CONTENT=true and switch the intent on in the Developer Portal, or mention the bot",
      );
      return;
    }
    // An explicit @mention always gets an answer; a reply ping or a plain follow-up only when it is one.
    const addressed = new RegExp(`<@!?${me.id}>${botRoleId ? `|<@&${botRoleId}>` : ""}`).test(message.content);
    log.info({ mentioned, conversation }, "discord: question in a message");
    await ctx.inFlight.run(
      (signal) => handle(message, { ...ctx, log, signal }, { mentioned: addressed || (mentioned && !conversation), botRoleId, conversation }),
      (err) => log.error({ err: errorForLog(err) }, "discord: message handler failed"),
    );
  },
} satisfies Event<Events.MessageCreate>;

async function handle(message: Message, ctx: InteractionContext, opts: { mentioned: boolean; botRoleId?: string; conversation?: string }): Promise<void> {
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
  const history = opts.conversation ? ctx.conversations.history(opts.conversation) : [];
  const outcome = await answerQuestion(ctx, check.text, history);
  if (outcome.kind === "shutdown") return void (await reply(message, { content: RESTARTING_MESSAGE, components: [] }, ctx));
  if (outcome.kind === "failed") return void (await reply(message, { content: outcome.message, components: [] }, ctx));
  const { answer } = outcome;
  if (answer.refusal) return void (await reply(message, { content: answer.refusal.message, components: [] }, ctx));
  if (!answer.found && !looksLikeQuestion) return;
  const sent = await reply(message, withFeedback(ctx, check.text, answer, formatAnswer(answer)), ctx);
  if (sent) rememberTurn(ctx, opts.conversation, sent.id, check.text, answer);
}

async function reply(message: Message, payload: AnswerMessage, ctx: InteractionContext): Promise<Message | undefined> {
  try {
    return await message.reply({
      content: payload.content,
      components: payload.components,
      allowedMentions: NO_MENTIONS,
      // Links are shown as <url> already; this also stops previews of any URL quoted from an article.
      flags: MessageFlags.SuppressEmbeds,
    });
  } catch (err) {
    // Missing permissions, a deleted channel…: nothing to tell the user through.
    ctx.log.warn({ err: errorForLog(err) }, "discord: could not reply to the message");
    return undefined;
  }
}
