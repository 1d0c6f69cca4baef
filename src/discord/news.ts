/**
 * The news channel: one message listing the articles the feed schedule added (outlet, headline, date, link), with
 * no pings and no link previews.
 */
import { MessageFlags, type Client } from "discord.js";
import type { Logger } from "../log.js";
import type { Article } from "../types.js";
import { DISCORD_LIMITS, cutAtWord } from "./format/limits.js";
import { escapeText, formatPublished, oneLine, outletOf, safeUrl } from "./format/text.js";
import { NO_MENTIONS } from "./respond.js";

/** "New articles:" then one line each; lines that do not fit are counted ("…and 3 more"). */
export function formatNews(articles: readonly Article[]): string {
  const head = articles.length === 1 ? "New article:" : `${articles.length} new articles:`;
  const lines = articles.map((a) => {
    const url = safeUrl(a.url);
    const title = escapeText(cutAtWord(oneLine(a.title), 200));
    return `• **${escapeText(oneLine(outletOf(a)))}** — ${title} — ${formatPublished(a.published)}${url ? ` — <${url}>` : ""}`;
  });
  let out = head;
  for (let i = 0; i < lines.length; i++) {
    const more = `\n…and ${lines.length - i} more`;
    if (out.length + 1 + lines[i]!.length + (i < lines.length - 1 ? more.length : 0) > DISCORD_LIMITS.content) return out + more;
    out += `\n${lines[i]}`;
  }
  return out;
}

/** Posts the list to `channelId`; a failure is logged, never thrown (the schedule goes on). */
export async function postNews(client: Client, channelId: string, articles: readonly Article[], logger: Logger): Promise<void> {
  if (articles.length === 0) return;
  try {
    const channel = await client.channels.fetch(channelId);
    if (!channel?.isSendable()) {
      logger.warn({ channelId }, "discord: DISCORD_NEWS_CHANNEL is not a text channel the bot can post in");
      return;
    }
    await channel.send({ content: formatNews(articles), allowedMentions: NO_MENTIONS, flags: MessageFlags.SuppressEmbeds });
  } catch (err) {
    logger.warn({ channelId, err }, "discord: could not post the new articles to DISCORD_NEWS_CHANNEL");
  }
}
