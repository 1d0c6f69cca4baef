/**
 * The length limits of string options (min_length/max_length), checked by the bot itself. Discord checks them too,
 * but `deploy-commands` registers the commands without them on a Discord-compatible server that refuses those fields
 * (see deploy.ts), so every handler gets the same guarantee either way.
 */
import { ApplicationCommandOptionType, type CommandInteractionOption, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";

type OptionData = NonNullable<RESTPostAPIChatInputApplicationCommandsJSONBody["options"]>[number];

/** One line naming the option whose value breaks its declared length, or undefined when all fit. */
export function optionLengthRefusal(data: RESTPostAPIChatInputApplicationCommandsJSONBody, given: readonly CommandInteractionOption[]): string | undefined {
  return check(`/${data.name}`, data.options ?? [], given);
}

function check(where: string, declared: readonly OptionData[], given: readonly CommandInteractionOption[]): string | undefined {
  for (const value of given) {
    const option = declared.find((o) => o.name === value.name);
    if (!option) continue;
    if ("options" in option && option.options && value.options) {
      const inner = check(`${where} ${option.name}`, option.options as OptionData[], value.options);
      if (inner) return inner;
    }
    if (option.type !== ApplicationCommandOptionType.String || typeof value.value !== "string") continue;
    const length = value.value.length;
    if (option.max_length !== undefined && length > option.max_length) {
      return `${where} ${option.name}: at most ${option.max_length.toLocaleString("en-US")} characters, please (this one has ${length.toLocaleString("en-US")}).`;
    }
    if (option.min_length !== undefined && length < option.min_length) {
      return `${where} ${option.name}: at least ${option.min_length} characters, please (this one has ${length}).`;
    }
  }
  return undefined;
}
