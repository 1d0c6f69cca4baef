/**
 * Starts one of this folder's worker threads: the compiled .js beside this file, or under tsx (running the .ts
 * sources) the .ts file through tsx's loader, which Node 20 does not carry into worker threads by itself.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

export function startWorker(name: "splitWorker" | "graphWorker"): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL(`./${name}.js`, import.meta.url));
  const target = new URL(`./${name}.ts`, import.meta.url).href;
  // tsx's ES module API (import.meta.resolve is missing under some loaders, e.g. vitest's; require resolves the CJS one).
  const tsx =
    typeof import.meta.resolve === "function"
      ? import.meta.resolve("tsx/esm/api")
      : pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(code, { eval: true });
}
