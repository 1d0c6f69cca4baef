/**
 * Child-process entry of the benchmark: runs one task and prints its result as one line
 * `BENCH_RESULT {…}` on stdout, with the process's peak RSS. Started by runTask.ts; not meant to be run by hand.
 */
import { TASKS, type TaskName } from "./runTask.js";

const [name, json] = process.argv.slice(2);
try {
  if (!name || !(name in TASKS)) throw new Error(`bench worker: unknown task ${String(name)}`);
  const result = await TASKS[name as TaskName](JSON.parse(json ?? "{}") as never);
  const usage = process.resourceUsage();
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  process.stdout.write(`BENCH_RESULT ${JSON.stringify({ ...result, maxRssMb: usage.maxRSS / 1024, cpuSeconds })}\n`);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
}
