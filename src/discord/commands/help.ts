/**
 * `/help`: what the bot does, where its knowledge comes from and when the index was built (shown to the asker only).
 */
import { InteractionContextType, SlashCommandBuilder } from "discord.js";
import { formatHelp } from "../format/help.js";
import { respond } from "../respond.js";
import type { Command } from "./index.js";

export default {
  data: new SlashCommandBuilder()
    .setName("help")
    .setDescription("What the bot can do and where its knowledge comes from.")
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .toJSON(),

  async execute(interaction, ctx) {
    const embed = formatHelp({
      info: ctx.engine.info(),
      articles: ctx.engine.snapshot().articles,
      commands: [...ctx.commands.values()].map((c) => ({ name: c.data.name, description: c.data.description })),
      botUserId: interaction.client.user.id,
    });
    await respond(interaction, { embeds: [embed], ephemeral: true }, ctx.log);
  },
} satisfies Command;
