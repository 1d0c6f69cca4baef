/**
 * Splits articles into sentences on worker threads, handing the results back in article order, so the build's
 * main thread embeds and inserts into the graph while the workers split what comes next (on the speech corpus,
 * splitting was half of a full build). Small jobs (tests, a one-article re-index) are split inline: starting a
 * worker costs more than they do. A worker that fails (it could not be started, or crashed) has its chunk split
 * inline; the result is the same, only slower.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { splitArticle, type SplitArticle } from "./splitWork.js";
import { INDEX_TUNING } from "./tuning.js";

/** Characters of article text per message to a worker: big enough to amortise a message, small enough to pipeline. */
const CHUNK_CHARS = 200_000;

/** Yields each article's split, in order. */
export async function* splitInOrder(bodies: string[]): AsyncGenerator<SplitArticle> {
  const total = bodies.reduce((n, b) => n + b.length, 0);
  const threads = Math.min(2, Math.max(1, availableParallelism()));
  if (total < INDEX_TUNING.workerSplitChars) {
    for (const body of bodies) yield splitArticle(body);
    return;
  }
  const chunks = chunkBodies(bodies);
  const results: (SplitArticle[] | undefined)[] = new Array(chunks.length);
  const busy = new Map<Worker, number>();
  let wake: (() => void) | undefined;
  let next = 0;
  let alive = 0;
  const feed = (worker: Worker) => {
    if (next >= chunks.length) return void worker.terminate();
    busy.set(worker, next);
    worker.postMessage({ chunk: next, bodies: chunks[next++]!.map((i) => bodies[i]!) });
  };
  const inline = (chunk: number) => (results[chunk] ??= chunks[chunk]!.map((i) => splitArticle(bodies[i]!)));
  const workers: Worker[] = [];
  for (let t = 0; t < threads; t++) {
    const worker = new Worker(workerUrl());
    alive++;
    worker.on("message", (msg: { chunk: number; results: SplitArticle[] }) => {
      busy.delete(worker);
      results[msg.chunk] = msg.results.map((r) => ({ spans: new Uint32Array(r.spans), terms: r.terms }));
      feed(worker);
      wake?.();
    });
    worker.on("error", () => undefined); // 'exit' follows; its chunk is split inline
    worker.on("exit", () => {
      alive--;
      const chunk = busy.get(worker);
      busy.delete(worker);
      if (chunk !== undefined) inline(chunk);
      wake?.();
    });
    workers.push(worker);
    feed(worker);
  }
  try {
    for (let c = 0; c < chunks.length; c++) {
      while (!results[c]) {
        if (alive === 0 || (c >= next && busy.size === 0)) inline(c);
        else await new Promise<void>((resolve) => (wake = resolve));
      }
      yield* results[c]!;
      results[c] = undefined;
    }
  } finally {
    for (const w of workers) void w.terminate();
  }
}

function chunkBodies(bodies: string[]): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  let size = 0;
  bodies.forEach((body, i) => {
    current.push(i);
    size += body.length;
    if (size >= CHUNK_CHARS) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The worker's file: the .ts source when running under tsx, the compiled .js otherwise. */
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith(".ts") ? "./splitWorker.ts" : "./splitWorker.js", import.meta.url);
}
