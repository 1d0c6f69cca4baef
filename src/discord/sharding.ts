/**
 * Growth beyond one process: with SHARDS=auto|N the bot runs under discord.js's ShardingManager, one child process
 * per shard (Discord requires sharding from 2,500 servers). Each child runs the same entry (src/main.ts), which
 * sees it is a shard (config ignores the manager's SHARDS) and starts one bot; discord.js picks its shard ids.
 */
import { once } from "node:events";
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from "discord.js";
import type { Config } from "../config.js";
import { ConfigError } from "../errors.js";
import type { Logger } from "../log.js";
import { errorForLog } from "./discordErrors.js";

export interface ShardingOptions {
  config: Config;
  logger: Logger;
  /** The entry each shard runs (a .ts file runs under tsx). */
  file: string;
  /** Pause between starting shards (Discord allows one IDENTIFY per 5 s per bucket). */
  spawnDelayMs?: number;
  /** How long a shard may take to become ready. */
  spawnTimeoutMs?: number;
  /** Restart a shard whose process dies (off in tests). */
  respawn?: boolean;
}

export interface RunningShards {
  manager: ShardingManager;
  /** Sends each shard SIGTERM (each shuts down gracefully) and waits for them to exit. */
  stop(timeoutMs?: number): Promise<void>;
}

/** Discord's recommended shard count (GET /gateway/bot), asked through the configured API URL. */
export async function recommendedShardCount(config: Config): Promise<number> {
  const rest = new REST(config.discord.apiUrl ? { api: config.discord.apiUrl } : {}).setToken(config.discord.token ?? "");
  const data = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, data.shards);
}

export async function startSharding(options: ShardingOptions): Promise<RunningShards> {
  const { config, logger } = options;
  if (!config.discord.token) throw new ConfigError("DISCORD_TOKEN", "is needed to run the Discord bot");
  if (config.discord.shards === "off") throw new Error("discord: startSharding called with SHARDS=off");
  // discord.js's own "auto" asks discord.com directly; ask through our REST settings instead (proxy, tests).
  const totalShards = config.discord.shards === "auto" ? await recommendedShardCount(config) : config.discord.shards;
  const manager = new ShardingManager(options.file, {
    totalShards,
    token: config.discord.token,
    mode: "process",
    respawn: options.respawn ?? true,
    execArgv: options.file.endsWith(".ts") ? ["--import", "tsx"] : [],
  });
  manager.on("shardCreate", (shard) => {
    logger.info({ shardId: shard.id, totalShards }, "discord: starting shard");
    shard.on("death", (child) => {
      const code = "exitCode" in child ? child.exitCode : undefined;
      logger.warn({ shardId: shard.id, exitCode: code }, "discord: shard process exited");
    });
    shard.on("error", (err) => logger.error({ shardId: shard.id, err: errorForLog(err) }, "discord: shard error"));
  });
  await manager.spawn({ amount: totalShards, delay: options.spawnDelayMs ?? 5_500, timeout: options.spawnTimeoutMs ?? 60_000 });
  logger.info({ totalShards }, "discord: all shards ready");

  return {
    manager,
    async stop(timeoutMs = 20_000) {
      manager.respawn = false;
      await Promise.all(
        [...manager.shards.values()].map(async (shard) => {
          const child = shard.process;
          if (!child || child.exitCode !== null) return;
          const exited = once(child, "exit");
          child.kill("SIGTERM");
          const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
          await exited;
          clearTimeout(timer);
        }),
      );
    },
  };
}
