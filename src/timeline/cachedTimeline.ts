/**
 * Timelines remembered per corpus snapshot, so that paging through one (a Discord button, "Show all") neither
 * searches the topic again nor re-reads the corpus: the same options over the same loaded index give the same
 * timeline, and the summary and the full list of one topic share one topic search. A re-index hands out a new
 * articles array, which starts a fresh memory; the old one goes with its snapshot.
 */
import type { Engine } from "../types.js";
import { timeline } from "./timeline.js";
import { engineTopicFilter, type TopicFilter } from "./topic.js";
import { TIMELINE_DEFAULTS } from "./tuning.js";
import type { Timeline, TimelineOptions } from "./types.js";

/** Timelines (and topic searches) kept per snapshot: the least recently used is dropped past this. */
const PER_SNAPSHOT = 32;

interface Memory {
  timelines: Map<string, Promise<Timeline>>;
  topics: Map<string, Promise<TopicFilter>>;
}

const memory = new WeakMap<object, Memory>();

/**
 * `engineTimeline(engine, options)` without a chat model, computed once per snapshot and set of options (topic,
 * days, summary size); the topic's search once per snapshot and topic.
 */
export function cachedEngineTimeline(engine: Pick<Engine, "snapshot" | "search">, options: TimelineOptions): Promise<Timeline> {
  const snapshot = engine.snapshot();
  let m = memory.get(snapshot.articles);
  if (!m) memory.set(snapshot.articles, (m = { timelines: new Map(), topics: new Map() }));
  const topic = options.topic?.trim();
  const key = JSON.stringify([options.from ?? "", options.to ?? "", topic ?? "", options.max ?? "all", options.tuning ?? {}]);
  const mem = m;
  return remember(mem.timelines, key, async () => {
    const k = options.tuning?.topicSearchK ?? TIMELINE_DEFAULTS.topicSearchK;
    const topicFilter =
      options.topicFilter ?? (topic ? await remember(mem.topics, `${topic}|${k}`, () => engineTopicFilter(engine, topic, k)) : undefined);
    return timeline(snapshot, { ...options, topicFilter });
  });
}

/** The promise under `key`, made by `make` if absent; a failure is forgotten so the next call tries again. */
function remember<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const hit = map.get(key);
  if (hit) {
    map.delete(key);
    map.set(key, hit);
    return hit;
  }
  const made = make();
  map.set(key, made);
  made.catch(() => map.delete(key));
  while (map.size > PER_SNAPSHOT) map.delete(map.keys().next().value!);
  return made;
}
