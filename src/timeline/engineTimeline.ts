/** The timeline over a loaded engine: its snapshot, its hybrid search for the topic, and the chat model if any. */
import type { Engine } from "../types.js";
import type { LlmSummaryOptions } from "./llmSummaries.js";
import { timeline } from "./timeline.js";
import { engineTopicFilter } from "./topic.js";
import { TIMELINE_DEFAULTS } from "./tuning.js";
import type { Timeline, TimelineOptions } from "./types.js";

/**
 * `timeline(engine.snapshot(), options)`, with `topic` matched by the engine's search as well as by its words, and
 * with `llm` the one-line summaries written by the chat model where they pass the check.
 */
export async function engineTimeline(
  engine: Pick<Engine, "snapshot" | "search">,
  options: TimelineOptions = {},
  llm?: LlmSummaryOptions,
): Promise<Timeline> {
  const snapshot = engine.snapshot();
  const k = options.tuning?.topicSearchK ?? TIMELINE_DEFAULTS.topicSearchK;
  const topicFilter = options.topic?.trim() && !options.topicFilter ? await engineTopicFilter(engine, options.topic, k) : options.topicFilter;
  const t = timeline(snapshot, { ...options, topicFilter });
  if (!llm || t.refusal) return t;
  // Imported only with a chat model: LangChain's messages are ~250 modules the offline start does without.
  const { withLlmSummaries } = await import("./llmSummaries.js");
  return withLlmSummaries(t, llm);
}
