/**
 * npm run deploy-commands -- [--guild ID]
 * Registers the bot's slash commands: in one server (instant) with --guild, otherwise globally (can take up to an
 * hour to show everywhere). Reads DISCORD_TOKEN (and DISCORD_APPLICATION_ID, optional) from .env.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { deployCommands, inviteUrl } from "../src/discord/deploy.js";
import { runScript } from "./lib/cli.js";

await runScript(async () => {
  const { values } = parseArgs({ options: { guild: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    process.stdout.write("usage: npm run deploy-commands -- [--guild ID]\n");
    return 0;
  }
  const result = await deployCommands({ config: loadConfig(), guildId: values.guild });
  const where = result.guildId ? `in server ${result.guildId}` : "globally (can take up to an hour to show everywhere)";
  process.stdout.write(`Registered ${result.names.map((n) => `/${n}`).join(", ")} ${where}.\n`);
  process.stdout.write(`Invite link: ${inviteUrl(result.applicationId)}\n`);
  return 0;
});
