/**
 * The Discord adapter: a discord.js client with the least intents, no pings by default, the commands and events
 * loaded from their folders, and a graceful stop (no new questions, in-flight ones finish or are told the bot is
 * restarting, then the gateway is closed).
 */
import { Client, GatewayIntentBits, Options, RESTEvents, type ClientOptions } from "discord.js";
import type { Config } from "../config.js";
import { Conversations } from "../engine/conversation.js";
import { ConfigError } from "../errors.js";
import { DISABLED_FEEDBACK, type FeedbackStore } from "../feedback/FeedbackStore.js";
import { redactSecrets, type Logger } from "../log.js";
import type { Engine } from "../types.js";
import type { Command } from "./commands/index.js";
import { DEFAULT_BOT_SETTINGS, type BotContext, type BotSettings } from "./context.js";
import { Cooldowns } from "./Cooldowns.js";
import { errorForLog } from "./discordErrors.js";
import type { Event } from "./events/index.js";
import { InFlight } from "./InFlight.js";
import { loadCommands, loadEvents } from "./loaders.js";
import { NO_MENTIONS } from "./respond.js";

export interface TalksBotOptions {
  config: Config;
  engine: Engine;
  logger: Logger;
  settings?: Partial<BotSettings>;
  /** Defaults to the modules in ./commands and ./events. */
  commands?: ReadonlyMap<string, Command>;
  events?: readonly Event[];
  /** Where votes and reports go (see src/feedback); without it answers carry no feedback buttons. */
  feedback?: FeedbackStore;
  /** Merged over the bot's client options (tests shorten timeouts). */
  clientOptions?: Partial<ClientOptions>;
}

/**
 * Guilds (channels and roles, to know the bot's own role) and GuildMessages (mentions of the bot arrive with their
 * content). Message Content, a privileged intent, only when answer channels are configured or follow-ups by plain
 * message in the bot's threads are switched on (DISCORD_MESSAGE_CONTENT).
 */
export function botIntents(config: Config): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (config.discord.answerChannels.length > 0 || config.discord.messageContent) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

export function clientOptions(config: Config, overrides: Partial<ClientOptions> = {}): ClientOptions {
  return {
    intents: botIntents(config),
    allowedMentions: NO_MENTIONS,
    // A reply to a message deleted meanwhile is still posted, just without the reference.
    failIfNotExists: false,
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 25, PresenceManager: 0, ReactionManager: 0 }),
    ...overrides,
    rest: { ...(config.discord.apiUrl ? { api: config.discord.apiUrl } : {}), ...overrides.rest },
  };
}

export class TalksBot {
  readonly client: Client;
  readonly context: BotContext;
  private stopping: Promise<{ finished: number; aborted: number }> | undefined;

  private constructor(
    options: TalksBotOptions,
    commands: ReadonlyMap<string, Command>,
    private readonly events: readonly Event[],
  ) {
    const settings = { ...DEFAULT_BOT_SETTINGS, ...options.settings };
    this.client = new Client(clientOptions(options.config, options.clientOptions));
    this.context = {
      config: options.config,
      engine: options.engine,
      logger: options.logger,
      settings,
      commands,
      cooldowns: new Cooldowns(options.config.discord.cooldownSeconds),
      conversations: new Conversations(),
      inFlight: new InFlight(),
      feedback: options.feedback ?? DISABLED_FEEDBACK,
    };
  }

  static async create(options: TalksBotOptions): Promise<TalksBot> {
    const commands = options.commands ?? (await loadCommands());
    const events = options.events ?? (await loadEvents());
    return new TalksBot(options, commands, events);
  }

  /** Connects to Discord; resolves once the client is ready (all guilds received). */
  async start(): Promise<void> {
    const { config, logger } = this.context;
    if (!config.discord.token) throw new ConfigError("DISCORD_TOKEN", "is needed to run the Discord bot");
    for (const event of this.events) this.register(event);
    // A 429 is retried by @discordjs/rest after its retry-after; log it (by route: the path may hold a token).
    this.client.rest.on(RESTEvents.Response, (request, response) => {
      if (response.status !== 429) return;
      logger.warn(
        {
          route: redactSecrets(request.route),
          method: request.method,
          retryAfterSeconds: Number(response.headers.get("retry-after")),
          scope: response.headers.get("x-ratelimit-scope") ?? undefined,
        },
        "discord: rate limited by Discord; waiting it out",
      );
    });
    this.client.rest.on(RESTEvents.RateLimited, (info) =>
      logger.info({ route: info.route, method: info.method, waitMs: info.timeToReset, global: info.global }, "discord: waiting for a rate limit bucket"),
    );
    if (logger.isLevelEnabled("trace")) {
      // discord.js censors the token in its debug lines; REST URLs with interaction tokens go through redactSecrets.
      this.client.on("debug", (message) => logger.trace(redactSecrets(message)));
      this.client.rest.on(RESTEvents.Debug, (message) => logger.trace(redactSecrets(message)));
    }
    // Not events.once(): it would reject on an "error" event while login is still pending, with no handler yet.
    const ready = new Promise<void>((resolve) => this.client.once("clientReady", () => resolve()));
    await this.client.login(config.discord.token);
    await ready;
  }

  /**
   * Stops taking questions (new interactions get a short "restarting" reply), lets the ones in flight finish for
   * `settings.shutdownGraceMs`, aborts the rest (their users are told), then closes the gateway. Idempotent.
   */
  stop(): Promise<{ finished: number; aborted: number }> {
    this.stopping ??= (async () => {
      const { inFlight, logger, settings } = this.context;
      logger.info({ inFlight: inFlight.size, graceMs: settings.shutdownGraceMs }, "discord: shutting down");
      const result = await inFlight.drain(settings.shutdownGraceMs);
      await this.client.destroy();
      logger.info(result, "discord: disconnected");
      return result;
    })();
    return this.stopping;
  }

  private register(event: Event): void {
    const listener = (...args: unknown[]) => {
      Promise.resolve()
        .then(() => (event.execute as (ctx: BotContext, ...a: unknown[]) => unknown)(this.context, ...args))
        .catch((err: unknown) => this.context.logger.error({ event: event.name, err: errorForLog(err) }, "discord: event handler failed"));
    };
    if (event.once) this.client.once(event.name, listener);
    else this.client.on(event.name, listener);
  }
}
