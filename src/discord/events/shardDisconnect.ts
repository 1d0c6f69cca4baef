/** A gateway connection that will not reconnect (e.g. 4014: an intent not enabled in the Developer Portal). */
import { Events } from "discord.js";
import type { Event } from "./index.js";

const HINTS: Record<number, string> = {
  4004: "the token is invalid: check DISCORD_TOKEN",
  4013: "invalid intents",
  4014: "an intent is not enabled for this bot: answer channels need the Message Content intent in the Developer Portal",
};

export default {
  name: Events.ShardDisconnect,
  execute(ctx, event, shardId) {
    ctx.logger.error({ code: event.code, shardId, hint: HINTS[event.code] }, "discord: gateway connection closed for good");
  },
} satisfies Event<Events.ShardDisconnect>;
