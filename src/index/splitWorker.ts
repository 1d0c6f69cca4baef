/** Worker-thread entry of splitPool.ts: splits the articles it is sent, one chunk per message. */
import { parentPort } from "node:worker_threads";
import { splitArticle } from "./splitWork.js";

parentPort?.on("message", (msg: { chunk: number; bodies: string[] }) => {
  const results = msg.bodies.map(splitArticle);
  parentPort!.postMessage({ chunk: msg.chunk, results }, results.map((r) => r.spans.buffer as ArrayBuffer));
});
