/**
 * Custom ids of buttons: `<command name>:<arg>:<arg>…`. The interaction handler routes a button to the command
 * named by the prefix; the command reads its args. Keep args short: a custom id holds at most 100 characters.
 */
import { DISCORD_LIMITS } from "./format/limits.js";

export function customId(command: string, ...args: (string | number)[]): string {
  const id = [command, ...args.map(String)].join(":");
  if (id.length > DISCORD_LIMITS.customId) throw new Error(`discord: custom id "${id.slice(0, 40)}…" is over 100 characters`);
  return id;
}

export function parseCustomId(id: string): { command: string; args: string[] } {
  const [command = "", ...args] = id.split(":");
  return { command, args };
}
