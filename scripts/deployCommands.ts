/**
 * npm run deploy-commands -- [--guild ID]
 * Registers the bot's slash commands: in one server (instant) with --guild, otherwise globally (can take up to an
 * hour to show everywhere). Reads DISCORD_TOKEN (and DISCORD_APPLICATION_ID, optional) from .env.
 */
import { loadConfig } from "../src/config.js";
import { deployCommands, inviteUrl } from "../src/discord/deploy.js";
import { UserError } from "../src/errors.js";
import { runScript } from "./lib/cli.js";
import { parseFlags } from "./lib/flags.js";

const USAGE = "usage: npm run deploy-commands -- [--guild ID]";

// Declared before the top-level await below uses them.
const NETWORK_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_SOCKET"]);

/** A failure to reach the API at all (not an answer from it) as one line naming where; undefined for other errors. */
function unreachable(err: unknown, apiUrl: string | undefined): UserError | undefined {
  const e = err as { code?: unknown; name?: unknown; cause?: { code?: unknown; errors?: { code?: unknown }[] } } | undefined;
  const code = [e?.code, e?.cause?.code, e?.cause?.errors?.[0]?.code].find((c) => typeof c === "string" && NETWORK_CODES.has(c));
  const timedOut = e?.name === "AbortError" || e?.name === "TimeoutError";
  if (!code && !timedOut) return undefined;
  const where = apiUrl ?? "https://discord.com/api";
  return new UserError(
    "deploy.unreachable",
    `deploy-commands: cannot reach Discord's API at ${where} (${String(code ?? "timed out")}) — check the network${apiUrl ? " and DISCORD_API_URL" : ""}`,
  );
}

await runScript(async () => {
  const { values } = parseFlags("deploy-commands", USAGE, { options: { guild: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const result = await deployCommands({ config, guildId: values.guild }).catch((err: unknown) => {
    throw unreachable(err, config.discord.apiUrl) ?? err;
  });
  if (result.relaxed) process.stderr.write(`${result.relaxed}\n`);
  const where = result.guildId ? `in server ${result.guildId}` : "globally (can take up to an hour to show everywhere)";
  process.stdout.write(`Registered ${result.names.map((n) => `/${n}`).join(", ")} ${where}.\n`);
  process.stdout.write(`Invite link: ${inviteUrl(result.applicationId)}\n`);
  return 0;
});
