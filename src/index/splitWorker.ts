/** Worker-thread entry of splitPool.ts: splits the articles it is sent, one chunk per message. */
import { parentPort } from "node:worker_threads";
import { splitChunk } from "./splitWork.js";

parentPort?.on("message", (msg: { chunk: number; articles: { title: string; body: string }[] }) => {
  const result = splitChunk(msg.articles);
  parentPort!.postMessage({ chunk: msg.chunk, ...result }, result.splits.map((r) => r.spans.buffer as ArrayBuffer));
});
