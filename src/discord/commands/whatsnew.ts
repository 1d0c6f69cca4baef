/**
 * `/whatsnew [since:1d|7d|YYYY-MM-DD]`: the articles added and the timeline events dated since then, newest first,
 * paged like `/sources`. Without `since`, since the last re-index that added articles. Button ids are
 * `whatsnew:page:<n>:<window start>`, so a click pages the same window whatever has been indexed since.
 */
import { InteractionContextType, SlashCommandBuilder } from "discord.js";
import { whatsNew, whatsNewWindow } from "../../engine/whatsNew.js";
import { customId } from "../buttons.js";
import { formatWhatsNewPage } from "../format/whatsNew.js";
import { deferReply, deferUpdate, respond, updateMessage } from "../respond.js";
import type { Command } from "./index.js";

const NAME = "whatsnew";
/** Longest `since` worth reading ("2025-12-01"); longer values are refused by the handler whatever Discord allows. */
export const SINCE_MAX_LENGTH = 10;

export default {
  data: new SlashCommandBuilder()
    .setName(NAME)
    .setDescription("Articles added and events dated recently, newest first.")
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) => o.setName("since").setDescription("1d, 7d or a day YYYY-MM-DD (default: since the last update)").setMaxLength(SINCE_MAX_LENGTH))
    .toJSON(),

  async execute(interaction, ctx) {
    const since = interaction.options.getString("since")?.trim() ?? "";
    const window =
      since.length > SINCE_MAX_LENGTH
        ? { ok: false as const, refusal: { message: `whatsnew: "since" is at most ${SINCE_MAX_LENGTH} characters, such as 7d or 2025-12-01` } }
        : whatsNewWindow(since, ctx.engine.snapshot().articles);
    if (!window.ok) {
      await respond(interaction, { content: window.refusal.message, ephemeral: true }, ctx.log);
      return;
    }
    if (!(await deferReply(interaction, { ephemeral: false }, ctx.log))) return;
    const news = await whatsNew(ctx.engine, window.window);
    const pageId = (page: number) => customId(NAME, "page", page, news.since);
    const { embeds, components } = formatWhatsNewPage(news, 0, pageId);
    await respond(interaction, { embeds, components }, ctx.log);
  },

  async button(interaction, args, ctx) {
    const [action, page, ...since] = args;
    const start = since.join(":");
    if (action !== "page" || Number.isNaN(Date.parse(start))) {
      await respond(interaction, { content: "This button no longer works; run /whatsnew again.", ephemeral: true }, ctx.log);
      return;
    }
    if (!(await deferUpdate(interaction, ctx.log))) return;
    const label = interaction.message.embeds[0]?.title?.replace(/^What's new /, "") ?? `since ${start}`;
    const news = await whatsNew(ctx.engine, { since: new Date(start).toISOString(), label });
    const pageId = (n: number) => customId(NAME, "page", n, news.since);
    const { embeds, components } = formatWhatsNewPage(news, Number(page), pageId);
    await updateMessage(interaction, { embeds, components }, ctx.log);
  },
} satisfies Command;
