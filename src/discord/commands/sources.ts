/**
 * `/sources`: the indexed articles, newest first, paged with Previous/Next buttons (custom ids `sources:page:<n>`).
 * Pages are rendered from the engine's current snapshot, so they follow a re-index.
 */
import { InteractionContextType, SlashCommandBuilder } from "discord.js";
import { customId } from "../buttons.js";
import { formatSourcesPage } from "../format/sources.js";
import { respond, updateMessage } from "../respond.js";
import type { Command } from "./index.js";

const NAME = "sources";
const pageId = (page: number) => customId(NAME, "page", page);

export default {
  data: new SlashCommandBuilder()
    .setName(NAME)
    .setDescription("List the news articles the bot knows, newest first.")
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .toJSON(),

  async execute(interaction, ctx) {
    const { embeds, components } = formatSourcesPage(ctx.engine.snapshot().articles, 0, pageId);
    await respond(interaction, { embeds, components }, ctx.log);
  },

  async button(interaction, args, ctx) {
    const [action, page] = args;
    if (action !== "page") {
      await respond(interaction, { content: "This button no longer works; run /sources again.", ephemeral: true }, ctx.log);
      return;
    }
    const { embeds, components } = formatSourcesPage(ctx.engine.snapshot().articles, Number(page), pageId);
    await updateMessage(interaction, { embeds, components }, ctx.log);
  },
} satisfies Command;
