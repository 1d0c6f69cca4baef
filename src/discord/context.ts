/**
 * What commands and events get besides the interaction or message: the engine, configuration, logger and the
 * bot's shared state. Per interaction, a child logger bound to the interaction id and an abort signal that fires
 * when the bot shuts down.
 */
import type { Config } from "../config.js";
import type { Conversations } from "../engine/conversation.js";
import type { FeedbackStore } from "../feedback/FeedbackStore.js";
import type { Logger } from "../log.js";
import type { Engine } from "../types.js";
import type { Command } from "./commands/index.js";
import type { Cooldowns } from "./Cooldowns.js";
import type { InFlight } from "./InFlight.js";

/** Knobs of the Discord layer, with their defaults in `DEFAULT_BOT_SETTINGS`. */
export interface BotSettings {
  /** An answer taking longer than this is given up (the engine bounds itself to seconds; this is the backstop). */
  answerTimeoutMs: number;
  /** On shutdown, how long questions in flight may take to finish before they are told the bot is restarting. */
  shutdownGraceMs: number;
}

export const DEFAULT_BOT_SETTINGS: BotSettings = {
  answerTimeoutMs: 60_000,
  shutdownGraceMs: 10_000,
};

export interface BotContext {
  readonly config: Config;
  readonly engine: Engine;
  readonly logger: Logger;
  readonly settings: BotSettings;
  /** The loaded slash commands by name (what /help lists and interactions are routed to). */
  readonly commands: ReadonlyMap<string, Command>;
  readonly cooldowns: Cooldowns;
  /** Follow-up context per thread and reply chain (public answers only), in memory and bounded. */
  readonly conversations: Conversations;
  readonly inFlight: InFlight;
  /** Votes and "wrong quote" reports on answers; absent or disabled: answers carry no feedback buttons. */
  readonly feedback?: FeedbackStore;
}

/** The context of one interaction or message being handled. */
export interface InteractionContext extends BotContext {
  /** `logger` bound to the interaction (or message) id, the user and the guild. */
  readonly log: Logger;
  /** Aborted when the bot shuts down and the grace period is over. */
  readonly signal: AbortSignal;
}
