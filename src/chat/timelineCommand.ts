/**
 * `/timeline [all] [FROM] [TO] [TOPIC…]` in the terminal chat: the key dates (the summary) by default, every dated
 * event with `all`; dates as YYYY-MM-DD, the rest is the topic.
 */
import { TIMELINE_DEFAULTS, engineTimeline, formatTimelineText, timelineRefusal } from "../timeline/index.js";
import type { Engine } from "../types.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function timelineCommand(engine: Engine, args: string): Promise<string> {
  let words = args.trim().split(/\s+/).filter(Boolean);
  const all = /^(?:--)?all$/i.test(words[0] ?? "");
  if (all) words = words.slice(1);
  const dates = words.filter((w) => DAY.test(w));
  const topic = words.filter((w) => !DAY.test(w)).join(" ");
  const options = { from: dates[0], to: dates[1], topic: topic || undefined, max: all ? undefined : TIMELINE_DEFAULTS.summaryMax };
  const refusal = timelineRefusal(options);
  if (refusal) return refusal.message;
  return formatTimelineText(await engineTimeline(engine, options), "Every dated event, with all its quotes: /timeline all");
}
