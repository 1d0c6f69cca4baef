/**
 * `/timeline [FROM] [TO] [TOPIC…]` in the terminal chat: dates as YYYY-MM-DD, the rest is the topic.
 */
import { engineTimeline, formatTimelineText, timelineRefusal } from "../timeline/index.js";
import type { Engine } from "../types.js";

export async function timelineCommand(engine: Engine, args: string): Promise<string> {
  const words = args.trim().split(/\s+/).filter(Boolean);
  const dates = words.filter((w) => /^\d{4}-\d{2}-\d{2}$/.test(w));
  const topic = words.filter((w) => !/^\d{4}-\d{2}-\d{2}$/.test(w)).join(" ");
  const options = { from: dates[0], to: dates[1], topic: topic || undefined };
  const refusal = timelineRefusal(options);
  if (refusal) return refusal.message;
  return formatTimelineText(await engineTimeline(engine, options));
}
