/**
 * npm start: the Discord bot when DISCORD_TOKEN is set (under discord.js's ShardingManager when SHARDS is "auto"
 * or a number), otherwise the terminal chat. SIGINT/SIGTERM stop the bot gracefully and exit 0.
 */
import { fileURLToPath } from "node:url";
import { runTerminalChat } from "./chat/terminal.js";
import { loadConfig, type Config } from "./config.js";
import type { AnswerEngine } from "./engine/AnswerEngine.js";
import { createEngine } from "./engine/createEngine.js";
import type { FeedUpdater } from "./engine/FeedUpdater.js";
import { citation } from "./engine/formatText.js";
import { UserError } from "./errors.js";
import { openFeedback } from "./feedback/openFeedback.js";
import { createLogger, redactSecrets, type Logger } from "./log.js";

async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (!config.discord.token) {
    // In the terminal a person reads stderr too: only warnings and errors, unless LOG_LEVEL asks for more.
    const chatLogger = config.logLevel === "info" ? createLogger("warn") : logger;
    // A signal ends the chat like /quit: the engine closes and the process exits 0 (systemd, Docker, kill PID).
    const stop = new AbortController();
    void onShutdown(logger, async () => stop.abort());
    let told = false;
    const engine = await createEngine(config, {
      logger: chatLogger,
      onProgress: () => {
        if (!told) process.stderr.write("Preparing the index (first run, a few seconds)…\n");
        told = true;
      },
    });
    const updater = await feedUpdater(config, engine, chatLogger, (articles) => {
      process.stdout.write(`\nNew articles:\n${articles.map((a) => `  ${citation(a)}`).join("\n")}\n\n`);
    });
    // Runs once the banner is printed and the chat waits for the first line.
    engine.warmUp();
    try {
      await runTerminalChat(engine, { signal: stop.signal });
    } finally {
      await updater?.stop();
      await engine.close();
    }
    return 0;
  }
  return config.discord.shards === "off" ? runBot(config, logger) : runShards(config, logger);
}

/** One bot process (also each shard's process: the manager sets SHARDING_MANAGER and config ignores SHARDS). */
async function runBot(config: Config, logger: Logger): Promise<number> {
  // The Discord adapter is imported only here: discord.js takes ~0.3 s to load, which the terminal chat never needs.
  const [{ TalksBot }, { postNews }] = await Promise.all([import("./discord/TalksBot.js"), import("./discord/news.js")]);
  const engine = await createEngine(config, { logger });
  const feedback = openFeedback(config.dataDir, logger);
  const bot = await TalksBot.create({ config, engine, logger, feedback });
  let updater: FeedUpdater | undefined;
  const stopped = onShutdown(logger, async () => {
    await updater?.stop();
    await bot.stop();
    feedback.close();
    await engine.close();
  });
  try {
    await bot.start();
    engine.warmUp();
  } catch (err) {
    await bot.stop().catch(() => undefined);
    feedback.close();
    await engine.close();
    throw err;
  }
  // Under sharding every shard shares the corpus and the index: only the process holding shard 0 keeps them current.
  if (!bot.client.shard || bot.client.shard.ids.includes(0)) {
    const channel = config.discord.newsChannel;
    updater = await feedUpdater(config, engine, logger, (articles) => (channel ? postNews(bot.client, channel, articles, logger) : undefined));
  }
  await stopped;
  return 0;
}

/** The feed schedule when FEEDS is set (see README, "Keeping the corpus current"), started; undefined otherwise. */
async function feedUpdater(
  config: Config,
  engine: AnswerEngine,
  logger: Logger,
  onNews: ConstructorParameters<typeof FeedUpdater>[0]["onNews"],
): Promise<FeedUpdater | undefined> {
  if (!config.feeds) return undefined;
  // Imported only with FEEDS: the page and feed parsers (linkedom, fast-xml-parser) are ~250 modules.
  const { FeedUpdater } = await import("./engine/FeedUpdater.js");
  const updater = new FeedUpdater({ feeds: config.feeds, corpusDir: config.corpusDir, reindex: (dir) => engine.reindexFrom(dir), logger, onNews });
  logger.info({ feeds: "urls" in config.feeds ? config.feeds.urls.length : config.feeds.file, everyMinutes: config.feeds.intervalMinutes }, "feeds: keeping the corpus current");
  updater.start();
  return updater;
}

async function runShards(config: Config, logger: Logger): Promise<number> {
  const { startSharding } = await import("./discord/sharding.js");
  const shards = await startSharding({ config, logger, file: fileURLToPath(import.meta.url) });
  await onShutdown(logger, () => shards.stop());
  return 0;
}

/**
 * Resolves after `stop` has run on the first SIGINT/SIGTERM (or when a shard's manager goes away); later signals
 * are logged and ignored while stopping.
 */
function onShutdown(logger: Logger, stop: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let stopping = false;
    const handler = (reason: string) => {
      if (stopping) return logger.info({ reason }, "shutdown already in progress");
      stopping = true;
      logger.info({ reason }, "shutting down");
      stop().then(resolve, reject);
    };
    process.on("SIGINT", () => handler("SIGINT"));
    process.on("SIGTERM", () => handler("SIGTERM"));
    // A shard whose manager is gone would otherwise keep answering alone.
    if (process.connected) process.once("disconnect", () => handler("sharding manager disconnected"));
  });
}

main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    const message = redactSecrets(err instanceof UserError ? err.message : `talks bot: ${err instanceof Error ? err.message : String(err)}`);
    process.stderr.write(`${message}\n`);
    if (!(err instanceof UserError)) {
      const { errorForLog } = await import("./discord/discordErrors.js");
      process.stderr.write(`${JSON.stringify(errorForLog(err))}\n`);
    }
    process.exit(1);
  },
);
