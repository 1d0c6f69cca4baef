/**
 * Splits articles into sentences on a worker thread, handing the results back in article order, so the build's
 * main thread embeds and inserts into the graph while the workers split what comes next (on the speech corpus,
 * splitting was half of a full build). Small jobs (tests, a one-article re-index) are split inline: starting a
 * worker costs more than they do. A worker that fails (it could not be started, or crashed) has its chunk split
 * inline; the result is the same, only slower.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { EntityIndexJson } from "../entities/EntityIndex.js";
import { splitChunk, type SplitArticle } from "./splitWork.js";
import { startWorker } from "./startWorker.js";
import { INDEX_TUNING } from "./tuning.js";

/** Characters of article text per message to a worker: big enough to amortise a message, small enough to pipeline. */
const CHUNK_CHARS = 200_000;

type Chunk = { splits: SplitArticle[]; entities: EntityIndexJson };
type Source = { title: string; body: string };

/**
 * Yields each article's split, in order; pushes the entity index of each chunk of articles to `entities`. Workers
 * are used from `workerChars` characters of text on.
 */
export async function* splitInOrder(
  articles: Source[],
  entities: EntityIndexJson[],
  workerChars: number = INDEX_TUNING.workerChars,
): AsyncGenerator<SplitArticle> {
  const bodies = articles.map((a) => a.body);
  const total = bodies.reduce((n, b) => n + b.length, 0);
  // One worker beside the main thread: the main thread's share (embedding, graph insertion) takes about as long as
  // splitting does, and each worker is another heap (peak RSS of the build).
  const threads = Math.max(1, Math.min(INDEX_TUNING.splitWorkers, availableParallelism() - 1));
  const chunks = chunkBodies(bodies);
  if (total < workerChars) {
    for (const chunk of chunks) {
      const { splits, entities: part } = splitChunk(chunk.map((i) => articles[i]!));
      entities.push(part);
      yield* splits;
    }
    return;
  }
  const results: (Chunk | undefined)[] = new Array(chunks.length);
  const busy = new Map<Worker, number>();
  let wake: (() => void) | undefined;
  let next = 0;
  let alive = 0;
  const feed = (worker: Worker) => {
    if (next >= chunks.length) return void worker.terminate();
    busy.set(worker, next);
    worker.postMessage({ chunk: next, articles: chunks[next++]!.map((i) => ({ title: articles[i]!.title, body: articles[i]!.body })) });
  };
  const inline = (chunk: number) => (results[chunk] ??= splitChunk(chunks[chunk]!.map((i) => articles[i]!)));
  // The first chunk is split here while the workers start (loading their modules takes a moment): the main thread
  // would only wait for it, and embedding and the graph start sooner.
  if (chunks.length > 1) next = 1;
  const workers: Worker[] = [];
  for (let t = 0; t < threads; t++) {
    let worker: Worker;
    try {
      worker = startWorker("splitWorker");
    } catch {
      break; // no worker at all: every chunk is split inline below
    }
    alive++;
    worker.on("message", (msg: { chunk: number } & Chunk) => {
      busy.delete(worker);
      results[msg.chunk] = { splits: msg.splits.map((r) => ({ spans: new Uint32Array(r.spans), terms: r.terms, tokens: r.tokens, whole: r.whole })), entities: msg.entities };
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
  if (next > 0) inline(0);
  try {
    for (let c = 0; c < chunks.length; c++) {
      while (!results[c]) {
        if (alive === 0 || (c >= next && busy.size === 0)) inline(c);
        else await new Promise<void>((resolve) => (wake = resolve));
      }
      entities.push(results[c]!.entities);
      yield* results[c]!.splits;
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
