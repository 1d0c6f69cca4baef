/**
 * Registers the slash commands with Discord: in one guild (instant, for testing) or globally. The commands are
 * the ones the bot loads (same loader), so the two can never disagree.
 */
import {
  DiscordAPIError,
  OAuth2Scopes,
  PermissionFlagsBits,
  PermissionsBitField,
  REST,
  RESTJSONErrorCodes,
  Routes,
  type APIApplication,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPutAPIApplicationCommandsResult,
} from "discord.js";
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
  /**
   * Set when Discord refused an option field (form body error 50035) and the commands were registered again without
   * length limits (the handlers enforce them, see optionLimits.ts): one line naming the field, for the script to print.
   */
  relaxed?: string;
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
  try {
    const result = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
    return { applicationId, guildId, names: result.map((c) => c.name) };
  } catch (err) {
    const refused = refusedOptionField(err, body);
    if (!refused) throw err;
    // Some Discord-compatible servers reject fields they do not know: register without the length limits.
    const result = (await rest.put(route, { body: body.map(withoutLengthLimits) })) as RESTPutAPIApplicationCommandsResult;
    const relaxed = `deploy-commands: Discord refused ${refused} — registered again without min_length/max_length (the bot checks those lengths itself)`;
    return { applicationId, guildId, names: result.map((c) => c.name), relaxed };
  }
}

type CommandBody = RESTPostAPIChatInputApplicationCommandsJSONBody;
interface FormErrors {
  _errors?: { code: string; message: string }[];
  [key: string]: unknown;
}

/**
 * For a form body error (50035) on an option field, a description such as `/ask option "question", field
 * max_length (BASE_TYPE_BAD: …)`; undefined for any other error (which is thrown as it is).
 */
export function refusedOptionField(err: unknown, body: readonly CommandBody[]): string | undefined {
  if (!(err instanceof DiscordAPIError) || err.code !== RESTJSONErrorCodes.InvalidFormBodyOrContentType) return undefined;
  const errors = (err.rawError as { errors?: FormErrors }).errors;
  const found = errors && firstError(errors, []);
  if (!found || !found.path.includes("options")) return undefined;
  // Path: <command index>, options, <option index>, [options, <index>…], <field>.
  const [commandIndex, ...rest] = found.path;
  const command = body[Number(commandIndex)];
  let options = command?.options as { name: string; options?: unknown }[] | undefined;
  const names: string[] = [];
  let field = "";
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "options" && /^\d+$/.test(rest[i + 1] ?? "")) {
      const option = options?.[Number(rest[i + 1])];
      names.push(option?.name ?? `#${rest[i + 1]}`);
      options = option?.options as typeof options;
      i++;
    } else field = rest.slice(i).join(".");
  }
  const detail = found.errors.map((e) => `${e.code}: ${e.message}`).join("; ");
  return `/${command?.name ?? `#${commandIndex}`} option "${names.join(" ")}", field ${field || "(the option)"} (${detail})`;
}

function firstError(node: FormErrors, path: string[]): { path: string[]; errors: { code: string; message: string }[] } | undefined {
  if (Array.isArray(node._errors) && node._errors.length > 0) return { path, errors: node._errors };
  for (const [key, value] of Object.entries(node)) {
    if (key === "_errors" || typeof value !== "object" || value === null) continue;
    const found = firstError(value as FormErrors, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** The command with min_length/max_length removed from every option (nested ones included). */
function withoutLengthLimits(command: CommandBody): CommandBody {
  const strip = (options: unknown): unknown =>
    Array.isArray(options)
      ? options.map((o: Record<string, unknown>) => {
          // eslint-disable-next-line @typescript-eslint/no-unused-vars
          const { min_length, max_length, ...rest } = o;
          return rest.options ? { ...rest, options: strip(rest.options) } : rest;
        })
      : options;
  return { ...command, options: strip(command.options) as CommandBody["options"] };
}
