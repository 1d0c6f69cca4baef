/**
 * The HNSW graph of a segment being built: on the build's own thread for small jobs, or on a worker thread (big
 * jobs) so that inserting points — the largest part of a full build once splitting runs on a worker of its own —
 * runs beside embedding and the BM25 postings. Points go in the same order with the same seed either way, so the
 * graph file is the same byte for byte.
 */
import hnswlib from "hnswlib-node";
import type { Worker } from "node:worker_threads";
import { startWorker } from "./startWorker.js";
import { INDEX_TUNING } from "./tuning.js";

const { HierarchicalNSW } = hnswlib;

/** What writeSegment needs of a graph: a built hnswlib index, or one held by a worker thread. */
export interface SegmentGraph {
  getCurrentCount(): number;
  writeIndex(file: string): Promise<unknown>;
  /** Lets a worker go when the graph will not be written after all (writeIndex lets it go itself). */
  close?(): void;
}

export interface GraphBuilder {
  /**
   * Inserts the points, in order (the vectors may be in the graph only later): `vectors` holds them back to back,
   * and is the builder's from then on (a worker thread takes it over).
   */
  add(vectors: Float32Array, labels: number[]): Promise<void>;
  /** The graph of every point added, without spare capacity (a loaded graph allocates its saved capacity). */
  finish(): Promise<SegmentGraph>;
  /** Stops a worker; the graph can no longer be written. */
  close(): void;
}

export type GraphRequest =
  | { type: "init"; dimensions: number; capacity: number; m: number; efConstruction: number; seed: number }
  | { type: "add"; vectors: Float32Array; labels: Float64Array }
  | { type: "trim" }
  | { type: "write"; file: string };

export type GraphReply = { type: "ok" } | { type: "count"; count: number } | { type: "error"; message: string };

/** Batches in flight to a worker before `add` waits: bounds the memory of vectors queued for insertion. */
const MAX_IN_FLIGHT = 16;
const SEED = 100;

/** A graph for about `capacity` points (it grows by half when the guess was short). */
export function graphBuilder(dimensions: number, capacity: number, options: { onWorker: boolean }): GraphBuilder {
  if (options.onWorker) {
    try {
      return new WorkerGraph(dimensions, capacity);
    } catch {
      // No worker thread could be started: built here, the same graph.
    }
  }
  return new LocalGraph(dimensions, capacity);
}

/**
 * Inserts points given back to back, growing the graph by half when full. hnswlib-node takes a JavaScript array per
 * point: one array is refilled for each (it copies the numbers in), instead of a new one each time.
 */
export function insertPoints(hnsw: InstanceType<typeof HierarchicalNSW>, vectors: ArrayLike<number>, labels: ArrayLike<number>): void {
  const count = labels.length;
  if (count === 0) return;
  const dimensions = vectors.length / count;
  if (hnsw.getCurrentCount() + count > hnsw.getMaxElements()) hnsw.resizeIndex(Math.ceil((hnsw.getCurrentCount() + count) * 1.5));
  const row = new Array<number>(dimensions).fill(0);
  for (let i = 0; i < count; i++) {
    for (let d = 0, off = i * dimensions; d < dimensions; d++) row[d] = vectors[off + d]!;
    hnsw.addPoint(row, labels[i]!);
  }
}

class LocalGraph implements GraphBuilder {
  private readonly hnsw: InstanceType<typeof HierarchicalNSW>;

  constructor(dimensions: number, capacity: number) {
    this.hnsw = new HierarchicalNSW("cosine", dimensions);
    this.hnsw.initIndex({ maxElements: capacity, m: INDEX_TUNING.m, efConstruction: INDEX_TUNING.efConstruction, randomSeed: SEED });
  }

  async add(vectors: Float32Array, labels: number[]): Promise<void> {
    insertPoints(this.hnsw, vectors, labels);
  }

  async finish(): Promise<SegmentGraph> {
    const { hnsw } = this;
    if (hnsw.getMaxElements() > hnsw.getCurrentCount()) hnsw.resizeIndex(Math.max(1, hnsw.getCurrentCount()));
    return hnsw;
  }

  close(): void {}
}

class WorkerGraph implements GraphBuilder {
  private readonly worker: Worker;
  private readonly waiting: { resolve: (r: GraphReply) => void; reject: (e: Error) => void }[] = [];
  private inFlight: Promise<GraphReply>[] = [];
  private failure: Error | undefined;

  constructor(dimensions: number, capacity: number) {
    this.worker = startWorker("graphWorker");
    // Held only while a reply is awaited: an idle worker never keeps the process alive.
    this.worker.unref();
    this.worker.on("message", (reply: GraphReply) => {
      const next = this.waiting.shift();
      if (this.waiting.length === 0) this.worker.unref();
      if (reply.type === "error") next?.reject(new Error(`reindex: building the graph failed (${reply.message})`));
      else next?.resolve(reply);
    });
    const fail = (err: Error) => {
      this.failure ??= err;
      for (const w of this.waiting.splice(0)) w.reject(this.failure);
    };
    this.worker.on("error", (err) => fail(new Error(`reindex: the graph thread failed (${err.message})`)));
    this.worker.on("exit", () => fail(new Error("reindex: the graph thread stopped")));
    const { m, efConstruction } = INDEX_TUNING;
    this.track(this.request({ type: "init", dimensions, capacity, m, efConstruction, seed: SEED }));
  }

  async add(vectors: Float32Array, labels: number[]): Promise<void> {
    const ids = Float64Array.from(labels);
    // Transferred, not copied: the caller hands the vectors over (see GraphBuilder.add).
    const flat = vectors.byteOffset === 0 && vectors.byteLength === vectors.buffer.byteLength ? vectors : vectors.slice();
    this.track(this.request({ type: "add", vectors: flat, labels: ids }, [flat.buffer as ArrayBuffer, ids.buffer]));
    while (this.inFlight.length >= MAX_IN_FLIGHT) await this.inFlight.shift();
  }

  async finish(): Promise<SegmentGraph> {
    await Promise.all(this.inFlight.splice(0));
    const reply = await this.request({ type: "trim" });
    const count = reply.type === "count" ? reply.count : 0;
    return {
      getCurrentCount: () => count,
      writeIndex: async (file: string) => {
        try {
          await this.request({ type: "write", file });
        } finally {
          this.close();
        }
      },
      close: () => this.close(),
    };
  }

  close(): void {
    void this.worker.terminate();
  }

  private track(reply: Promise<GraphReply>): void {
    reply.catch(() => {}); // awaited by add or finish; this only keeps an early failure from being unhandled
    this.inFlight.push(reply);
  }

  private request(msg: GraphRequest, transfer: ArrayBuffer[] = []): Promise<GraphReply> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.ref();
      this.worker.postMessage(msg, transfer);
    });
  }
}
