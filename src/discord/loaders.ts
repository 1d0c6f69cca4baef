/**
 * Loads the commands and events from their folders (one module per file, default export). The bot and the
 * deploy script share `loadCommands`, so what is registered with Discord is exactly what the bot handles.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { predicate as commandPredicate, type Command } from "./commands/index.js";
import { predicate as eventPredicate, type Event } from "./events/index.js";

export type StructurePredicate<T> = (structure: unknown) => structure is T;

export const COMMANDS_DIR = fileURLToPath(new URL("./commands/", import.meta.url));
export const EVENTS_DIR = fileURLToPath(new URL("./events/", import.meta.url));

/** Imports every module of `dir` (not `index.*`, declarations or tests) and keeps the default exports that match. */
export async function loadStructures<T>(dir: string, predicate: StructurePredicate<T>): Promise<T[]> {
  const files = (await readdir(dir, { withFileTypes: true }))
    .filter((f) => f.isFile() && /\.(ts|js|mjs)$/.test(f.name) && !/^index\.|\.d\.ts$|\.test\./.test(f.name))
    .map((f) => f.name)
    .sort();
  const structures: T[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: unknown };
    if (!predicate(mod.default)) {
      throw new Error(`discord: ${path.join(dir, file)} has no valid default export — export default { … } satisfies the type in index.ts`);
    }
    structures.push(mod.default);
  }
  return structures;
}

/** Commands by name. Two files registering one name is a mistake worth stopping for. */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  const commands = new Map<string, Command>();
  for (const command of await loadStructures(dir, commandPredicate)) {
    if (commands.has(command.data.name)) throw new Error(`discord: two commands are named /${command.data.name}`);
    commands.set(command.data.name, command);
  }
  return commands;
}

export async function loadEvents(dir: string = EVENTS_DIR): Promise<Event[]> {
  return loadStructures(dir, eventPredicate);
}
