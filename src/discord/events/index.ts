/**
 * The shape of a client event handler: one event per file in this folder, `export default { name, execute }
 * satisfies Event<Events.X>`, loaded by `loadEvents` (../loaders.ts) and registered by the bot.
 */
import type { ClientEvents } from "discord.js";
import type { BotContext } from "../context.js";
import type { StructurePredicate } from "../loaders.js";

export interface Event<T extends keyof ClientEvents = keyof ClientEvents> {
  name: T;
  /** Listen once (e.g. ready) instead of on every emit. */
  once?: boolean;
  execute(ctx: BotContext, ...args: ClientEvents[T]): Promise<void> | void;
}

export const predicate: StructurePredicate<Event> = (structure): structure is Event =>
  typeof structure === "object" &&
  structure !== null &&
  "name" in structure &&
  "execute" in structure &&
  typeof structure.name === "string" &&
  typeof structure.execute === "function";
