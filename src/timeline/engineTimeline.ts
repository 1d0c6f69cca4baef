/** The timeline over a loaded engine: its snapshot, and its hybrid search for the topic. */
import type { Engine } from "../types.js";
import { timeline } from "./timeline.js";
import { engineTopicFilter } from "./topic.js";
import { TIMELINE_DEFAULTS } from "./tuning.js";
import type { Timeline, TimelineOptions } from "./types.js";

/** `timeline(engine.snapshot(), options)`, with `topic` matched by the engine's search as well as by its words. */
export async function engineTimeline(engine: Pick<Engine, "snapshot" | "search">, options: TimelineOptions = {}): Promise<Timeline> {
  const snapshot = engine.snapshot();
  const k = options.tuning?.topicSearchK ?? TIMELINE_DEFAULTS.topicSearchK;
  const topicFilter = options.topic?.trim() && !options.topicFilter ? await engineTopicFilter(engine, options.topic, k) : options.topicFilter;
  return timeline(snapshot, { ...options, topicFilter });
}
