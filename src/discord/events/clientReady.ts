import { Events } from "discord.js";
import type { Event } from "./index.js";

export default {
  name: Events.ClientReady,
  once: true,
  execute(ctx, client) {
    ctx.logger.info(
      { user: client.user.tag, userId: client.user.id, guilds: client.guilds.cache.size, shards: client.shard?.ids ?? [0] },
      "discord: connected",
    );
  },
} satisfies Event<Events.ClientReady>;
