/** The client's own errors (a listener must exist, or an "error" event would crash the process). */
import { Events } from "discord.js";
import { errorForLog } from "../discordErrors.js";
import type { Event } from "./index.js";

export default {
  name: Events.Error,
  execute(ctx, error) {
    ctx.logger.error({ err: errorForLog(error) }, "discord: client error");
  },
} satisfies Event<Events.Error>;
