/**
 * `/help`: what the bot does, where its knowledge comes from, and when its index was built.
 */
import { time, TimestampStyles, type APIEmbed } from "discord.js";
import type { ArticleMeta, IndexInfo } from "../../types.js";
import { fitEmbed } from "./embed.js";
import { escapeText, formatPublished, oneLine } from "./text.js";

export interface HelpInput {
  info: IndexInfo;
  /** Newest first. */
  articles: readonly ArticleMeta[];
  /** `name — description` of each registered slash command. */
  commands: readonly { name: string; description: string }[];
  /** The bot's own user id, to show how to mention it. */
  botUserId?: string;
}

export function formatHelp(input: HelpInput): APIEmbed {
  const { info, articles } = input;
  const outlets = [...new Set(articles.map((a) => oneLine(a.source)))];
  const newest = articles[0];
  const oldest = articles[articles.length - 1];
  const span =
    newest && oldest
      ? newest === oldest
        ? `published ${formatPublished(newest.published)}`
        : `published from ${formatPublished(oldest.published)} to ${formatPublished(newest.published)}`
      : "";
  const builtAt = new Date(info.builtAt);
  const built = Number.isNaN(builtAt.getTime())
    ? escapeText(info.builtAt)
    : `${time(builtAt, TimestampStyles.LongDateTime)} (${time(builtAt, TimestampStyles.RelativeTime)})`;
  const mention = input.botUserId ? `<@${input.botUserId}>` : "the bot";
  return fitEmbed({
    title: "The talks bot",
    description: [
      "I answer questions about the US–Ukraine–Russia peace talks with quotes copied word for word from news articles, each with its source.",
      "When the articles don't say, I tell you so instead of guessing.",
    ].join(" "),
    fields: [
      {
        name: "Ask",
        value: `Mention me with a question (${mention} why did Yermak resign?) or use \`/ask\`. Add \`private:True\` to see the answer alone. Reply to my answer to ask a follow-up (“when was that?”), or add \`thread:True\` to talk it through in a thread.`,
      },
      {
        name: "Where my knowledge comes from",
        value:
          articles.length === 0
            ? "No articles are indexed yet."
            : `${articles.length} article${articles.length === 1 ? "" : "s"} from ${escapeText(outlets.slice(0, 12).join(", "))}${outlets.length > 12 ? " and others" : ""}, ${span}. \`/sources\` lists them.`,
      },
      { name: "Index last built", value: `${built} · ${info.sentences.toLocaleString("en-US")} sentences` },
      { name: "Commands", value: input.commands.map((c) => `\`/${c.name}\` — ${c.description}`).join("\n") || "—" },
    ],
  });
}
