/**
 * Index tuning knobs, one typed object of defaults. Each says what it does and a sensible range.
 */
export const INDEX_TUNING = {
  /** HNSW graph degree. Higher: better recall, bigger index, slower build. Range 8–48. */
  m: 16,
  /**
   * Candidate list size while building. Higher: better graph, slower build. Range 64–400. Inserting into the graph
   * is the largest part of a full build, and the graph thread is its critical path: on the speech corpus (62k
   * distinct sentences) 100 took 8.5 s where 200 took 15.7 s. 80 costs 12% less CPU than 100 for recall@10 at
   * efSearch 192 of 0.976 (100: 0.983; 64: 0.971) on the speeches and 0.972 (100: 0.977) at ×10 (npm run bench).
   */
  efConstruction: 80,
  /**
   * Candidate list size while searching. hnswlib does not save it and resets it to 10 on load, so it is set after
   * every load. Range 50–400; 192 keeps recall@10 near 0.97 on the speech corpus (npm run bench) for ~0.1 ms more
   * a search than 128.
   */
  efSearch: 192,
  /**
   * Merge policy of the segments (see reindex.ts): after a re-index, when more than `maxSegments` segments are live,
   * every segment but the largest is merged into one (cheap: the small ones hold the recent articles); when dead
   * sentences (of changed or deleted articles) exceed `mergeDeadAbove` of those stored, all segments are merged.
   * `--full` always writes one segment. maxSegments range 4–16 (each costs a graph search per question);
   * mergeDeadAbove range 0.2–0.5.
   */
  maxSegments: 8,
  mergeDeadAbove: 0.3,
  /**
   * Split articles into sentences, and build the graph, on worker threads when the text is at least this many
   * characters (a one-article re-index is done inline: starting a thread costs more than it saves).
   */
  workerChars: 2_000_000,
  /** Worker threads that split (see splitPool.ts). Range 1 – cores − 1. */
  splitWorkers: 1,
  /** Sentences embedded per batch. Range 32–1024 (remote APIs limit batch size). */
  embedBatch: 256,
} as const;
