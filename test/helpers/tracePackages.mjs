/**
 * `node --import ./test/helpers/tracePackages.mjs …` makes the process write, when it exits, every module it loaded
 * (ES modules through a resolve hook, CommonJS from require's cache), one file URL or path a line, to the file named
 * by TRACE_PACKAGES_FILE. Tests use it to check what a start loads. Plain JavaScript: it runs before tsx.
 *
 * The same file is the hook module: registered from the main thread, it runs again on Node's hooks thread, where
 * it only exports the hooks.
 */
import { writeFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { isMainThread, MessageChannel, receiveMessageOnPort } from "node:worker_threads";

let hookPort;

export function initialize(data) {
  hookPort = data.port;
}

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  hookPort?.postMessage(resolved.url);
  return resolved;
}

if (isMainThread && process.env.TRACE_PACKAGES_FILE) {
  const { port1, port2 } = new MessageChannel();
  register(import.meta.url, { data: { port: port2 }, transferList: [port2] });
  process.on("exit", () => {
    const loaded = new Set(Object.keys(createRequire(import.meta.url).cache));
    // Drained synchronously: at exit the event loop delivers no more messages.
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) loaded.add(m.message);
    writeFileSync(process.env.TRACE_PACKAGES_FILE, [...loaded].join("\n"));
  });
}
