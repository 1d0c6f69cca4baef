/**
 * Routes interactions: slash commands to their command, buttons to the command named by their custom id prefix.
 * Every repliable interaction gets an answer, even unknown commands, so no user sees "The application did not
 * respond"; an error becomes an apology with an error id that is also logged.
 */
import { Events, type Interaction, type RepliableInteraction } from "discord.js";
import { InternalError, newErrorId } from "../../errors.js";
import { parseCustomId } from "../buttons.js";
import type { Logger } from "../../log.js";
import type { InteractionContext } from "../context.js";
import { errorForLog } from "../discordErrors.js";
import { CLOSING_MESSAGE, apology } from "../question.js";
import { optionLengthRefusal } from "../optionLimits.js";
import { respond } from "../respond.js";
import type { Event } from "./index.js";

export default {
  name: Events.InteractionCreate,
  async execute(ctx, interaction) {
    if (interaction.isAutocomplete()) {
      await interaction.respond([]).catch(() => undefined);
      return;
    }
    if (!interaction.isRepliable()) return;
    const log = ctx.logger.child({
      interactionId: interaction.id,
      userId: interaction.user.id,
      guildId: interaction.guildId ?? undefined,
      ...(interaction.isChatInputCommand() ? { command: interaction.commandName } : {}),
      ...(interaction.isButton() ? { customId: interaction.customId } : {}),
    });
    if (ctx.inFlight.closing) {
      await respond(interaction, { content: CLOSING_MESSAGE, ephemeral: true }, log).catch((err: unknown) =>
        log.warn({ err: errorForLog(err) }, "discord: could not send the restarting notice"),
      );
      return;
    }
    await ctx.inFlight.run(
      (signal) => handle(interaction, { ...ctx, log, signal }),
      (err) => log.error({ err: errorForLog(err) }, "discord: interaction handler failed"),
    );
  },
} satisfies Event<Events.InteractionCreate>;

async function handle(interaction: Interaction & RepliableInteraction, ctx: InteractionContext): Promise<void> {
  const started = Date.now();
  try {
    if (interaction.isChatInputCommand()) {
      const command = ctx.commands.get(interaction.commandName);
      if (!command) {
        ctx.log.warn("discord: unknown command (registered commands are out of date?)");
        await respond(
          interaction,
          { content: `I don't know /${interaction.commandName}. My command list may be out of date; try /help.`, ephemeral: true },
          ctx.log,
        );
        return;
      }
      ctx.log.info("discord: command");
      const tooLong = optionLengthRefusal(command.data, interaction.options.data);
      if (tooLong) {
        await respond(interaction, { content: tooLong, ephemeral: true }, ctx.log);
        return;
      }
      await command.execute(interaction, ctx);
    } else if (interaction.isButton()) {
      const { command: name, args } = parseCustomId(interaction.customId);
      const command = ctx.commands.get(name);
      if (!command?.button) {
        ctx.log.warn("discord: button of an unknown command");
        await respond(interaction, { content: "This button no longer works.", ephemeral: true }, ctx.log);
        return;
      }
      await command.button(interaction, args, ctx);
    } else {
      await respond(interaction, { content: "I can't handle that here. Try /help.", ephemeral: true }, ctx.log);
    }
    ctx.log.debug({ ms: Date.now() - started }, "discord: interaction handled");
  } catch (err) {
    await apologize(interaction, ctx.log, err);
  }
}

/** Logs `err` with an error id and edits (or sends) the response into an apology naming that id. */
async function apologize(interaction: RepliableInteraction, log: Logger, err: unknown): Promise<void> {
  const errorId = err instanceof InternalError ? err.errorId : newErrorId();
  log.error({ errorId, err: errorForLog(err) }, "discord: command failed");
  try {
    await respond(interaction, { content: apology(errorId), ephemeral: true }, log);
  } catch (sendErr) {
    log.error({ errorId, err: errorForLog(sendErr) }, "discord: could not send the apology");
  }
}
