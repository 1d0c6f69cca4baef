/**
 * Worker-thread entry of graphThread.ts: builds one HNSW graph from the points it is sent, in order, and writes it
 * to the file it is told. Replies to every message, in order; an error is a reply too.
 */
import { parentPort } from "node:worker_threads";
import hnswlib from "hnswlib-node";
import { insertPoints, type GraphReply, type GraphRequest } from "./graphThread.js";

const { HierarchicalNSW } = hnswlib;
let hnsw: InstanceType<typeof HierarchicalNSW> | undefined;
let failed: string | undefined;

async function handle(msg: GraphRequest): Promise<GraphReply> {
  if (msg.type === "init") {
    hnsw = new HierarchicalNSW("cosine", msg.dimensions);
    hnsw.initIndex({ maxElements: msg.capacity, m: msg.m, efConstruction: msg.efConstruction, randomSeed: msg.seed });
    return { type: "ok" };
  }
  if (!hnsw) throw new Error("graph worker: not initialised");
  if (msg.type === "add") {
    insertPoints(hnsw, msg.vectors, msg.labels);
    return { type: "ok" };
  }
  if (msg.type === "trim") {
    if (hnsw.getMaxElements() > hnsw.getCurrentCount()) hnsw.resizeIndex(Math.max(1, hnsw.getCurrentCount()));
    return { type: "count", count: hnsw.getCurrentCount() };
  }
  await hnsw.writeIndex(msg.file);
  return { type: "ok" };
}

// One message at a time, in order (a write must follow every insertion); the first failure fails the rest.
let queue = Promise.resolve();
parentPort?.on("message", (msg: GraphRequest) => {
  queue = queue.then(async () => {
    if (failed) return parentPort!.postMessage({ type: "error", message: failed } satisfies GraphReply);
    try {
      parentPort!.postMessage(await handle(msg));
    } catch (err) {
      failed = err instanceof Error ? err.message : String(err);
      parentPort!.postMessage({ type: "error", message: failed } satisfies GraphReply);
    }
  });
});
