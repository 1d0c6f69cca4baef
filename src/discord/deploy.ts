/**
 * Registers the slash commands with Discord: in one guild (instant, for testing) or globally. The commands are
 * the ones the bot loads (same loader), so the two can never disagree.
 */
import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField, REST, Routes, type APIApplication, type RESTPutAPIApplicationCommandsResult } from "discord.js";
import type { Config } from "../config.js";
import { ConfigError, UserError } from "../errors.js";
import type { Command } from "./commands/index.js";
import { loadCommands } from "./loaders.js";

/**
 * What the bot needs in a channel: see it, reply to mentions (replies need the history), react for the cooldown,
 * open a thread on an answer for follow-ups (`/ask thread:true`).
 */
export const BOT_PERMISSIONS = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.CreatePublicThreads,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.AddReactions,
]);

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(" "),
    permissions: BOT_PERMISSIONS.bitfield.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}

export interface DeployResult {
  applicationId: string;
  guildId?: string;
  names: string[];
}

export async function deployCommands(options: { config: Config; guildId?: string; commands?: ReadonlyMap<string, Command> }): Promise<DeployResult> {
  const { config, guildId } = options;
  if (!config.discord.token) throw new ConfigError("DISCORD_TOKEN", "is needed to register the commands (the bot's token from the Developer Portal)");
  if (guildId !== undefined && !/^\d{15,25}$/.test(guildId)) {
    throw new UserError("deploy.guild", `deploy-commands: --guild must be a numeric server id (Developer Mode → right-click the server → Copy Server ID), not "${guildId.slice(0, 40)}"`);
  }
  const commands = options.commands ?? (await loadCommands());
  const rest = new REST(config.discord.apiUrl ? { api: config.discord.apiUrl } : {}).setToken(config.discord.token);
  // The application id can be asked of Discord with the token when it is not configured.
  const applicationId = config.discord.applicationId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const body = [...commands.values()].map((c) => c.data);
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const result = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return { applicationId, guildId, names: result.map((c) => c.name) };
}
