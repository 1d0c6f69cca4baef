/**
 * Runs one benchmark task, in a child process of its own (default) or in this process (the smoke test).
 * A child keeps each figure to itself: peak RSS is that build's, a cold load is really cold (a fresh process).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildTask, langchainLoadTask, langchainTask, loadTask, queryTask, reindexTask } from "./tasks.js";

export const TASKS = {
  build: buildTask,
  reindex: (args: Parameters<typeof reindexTask>[0]) => reindexTask(args),
  load: loadTask,
  query: queryTask,
  langchain: langchainTask,
  langchainLoad: langchainLoadTask,
};

export type TaskName = keyof typeof TASKS;
type TaskArgs<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
type TaskValue<K extends TaskName> = Awaited<ReturnType<(typeof TASKS)[K]>>;

export type TaskResult<K extends TaskName> = TaskValue<K> & {
  /** Peak resident set size of the process that ran the task (the whole process when not isolated). */
  maxRssMb: number;
  /** CPU time (user + system) of the process that ran the task: less sensitive than wall time to a busy machine. */
  cpuSeconds: number;
  /** Wall time seen by the runner, process start and exit included when isolated. */
  wallSeconds: number;
  isolated: boolean;
};

// Compiled (dist/, as npm run bench runs it) the worker is JavaScript; from the TypeScript sources it needs tsx.
const WORKER = fileURLToPath(new URL(import.meta.url.endsWith(".ts") ? "./worker.ts" : "./worker.js", import.meta.url));
const WORKER_FLAGS = WORKER.endsWith(".ts") ? ["--import", "tsx"] : [];

export async function runTask<K extends TaskName>(name: K, args: TaskArgs<K>, options: { isolate: boolean }): Promise<TaskResult<K>> {
  const started = performance.now();
  if (!options.isolate) {
    const cpu = process.cpuUsage();
    const value = await (TASKS[name] as (a: TaskArgs<K>) => Promise<TaskValue<K>>)(args);
    const used = process.cpuUsage(cpu);
    const wallSeconds = (performance.now() - started) / 1000;
    const cpuSeconds = (used.user + used.system) / 1e6;
    return { ...value, maxRssMb: process.resourceUsage().maxRSS / 1024, cpuSeconds, wallSeconds, isolated: false };
  }
  const { stdout, stderr, code } = await spawnWorker([name, JSON.stringify(args)]);
  const wallSeconds = (performance.now() - started) / 1000;
  const line = stdout.split("\n").find((l) => l.startsWith("BENCH_RESULT "));
  if (code !== 0 || !line) {
    throw new Error(`bench: task ${name} failed (exit ${code})\n${stderr.trim().split("\n").slice(-15).join("\n")}`);
  }
  const value = JSON.parse(line.slice("BENCH_RESULT ".length)) as TaskValue<K> & { maxRssMb: number; cpuSeconds: number };
  return { ...value, wallSeconds, isolated: true };
}

function spawnWorker(argv: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...WORKER_FLAGS, WORKER, ...argv], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout, stderr, code: code ?? 1 }));
  });
}
