/**
 * The shape of a slash command: one command per file in this folder, `export default { data, execute } satisfies
 * Command`. The bot and `scripts/deployCommands.ts` both load this folder through `loadCommands` (../loaders.ts),
 * so adding a file is all it takes to add a command (then run `npm run deploy-commands`).
 *
 * Buttons: a button whose custom id is `<command name>:<args…>` (build it with `customId` from ../buttons.ts) is
 * routed to that command's `button` handler with the args, so each command owns its own paged buttons.
 */
import type { ButtonInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { StructurePredicate } from "../loaders.js";
import type { InteractionContext } from "../context.js";

export interface Command {
  /** The command as registered with Discord (`new SlashCommandBuilder()…toJSON()`). */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /**
   * Runs the command. Acknowledge within 3 s: reply at once, or `deferReply` (../respond.ts) first when the work
   * may take longer. A thrown error becomes an apology with an error id (logged), so only throw for the unexpected.
   */
  execute(interaction: ChatInputCommandInteraction, ctx: InteractionContext): Promise<void>;
  /** Handles this command's buttons; `args` are the custom id's parts after the command name. */
  button?(interaction: ButtonInteraction, args: string[], ctx: InteractionContext): Promise<void>;
}

export const predicate: StructurePredicate<Command> = (structure): structure is Command =>
  typeof structure === "object" &&
  structure !== null &&
  "data" in structure &&
  "execute" in structure &&
  typeof structure.data === "object" &&
  structure.data !== null &&
  typeof (structure.data as { name?: unknown }).name === "string" &&
  typeof structure.execute === "function";
