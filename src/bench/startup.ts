/**
 * The start as a person runs it, npm included: `npm start` without a Discord token (the terminal chat) until its
 * banner is printed, and `npm run ask` with one question until it exits (start, answer, exit). Each is run several
 * times and the median kept: a start is short and a busy machine makes single runs noisy. Both go through
 * scripts/run.mjs, so they run the compiled dist/ when it is up to date (as after npm install), the sources if not.
 */
import { spawn } from "node:child_process";
import { PROJECT_ROOT } from "../projectRoot.js";
import type { IndexArgs } from "./tasks.js";

export interface StartupResult {
  runs: number;
  /** `npm start` → the chat's banner, seconds: median, min, max. */
  chatReady: Spread;
  /** `npm run ask -- QUESTION`, whole process, seconds. */
  askOneQuestion: Spread;
  /** Whether dist/ was up to date (the figures are then the compiled start's). */
  compiled: boolean;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

const QUESTION = "What did the president say about the economy?";

export async function measureStartup(args: IndexArgs, runs: number): Promise<StartupResult> {
  const env = { CORPUS_DIR: args.corpusDir, INDEX_DIR: args.indexDir, DISCORD_TOKEN: "", EMBEDDINGS: "offline", LLM: "off", LOG_LEVEL: "warn" };
  const chat: number[] = [];
  const ask: number[] = [];
  let compiled = true;
  for (let i = 0; i < runs; i++) {
    const c = await timeNpm(["start", "--silent"], env, "talks bot —");
    const a = await timeNpm(["run", "--silent", "ask", "--", QUESTION], env);
    chat.push(c.seconds);
    ask.push(a.seconds);
    if (c.stderr.includes("dist/ is out of date")) compiled = false;
  }
  return { runs, chatReady: spread(chat), askOneQuestion: spread(ask), compiled };
}

/** Seconds from spawning npm to `readyText` on stdout (then the chat is told /quit), or to its exit. */
function timeNpm(npmArgs: string[], env: Record<string, string>, readyText?: string): Promise<{ seconds: number; stderr: string }> {
  // Under npm run bench, npm_execpath is npm's own script: no shell and no PATH lookup in the figure.
  const npm = process.env.npm_execpath;
  const [command, args] = npm && /\.c?js$/.test(npm) ? [process.execPath, [npm, ...npmArgs]] : ["npm", npmArgs];
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD_|OPENAI_|npm_)/.test(k)));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...inherited, ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let ready: number | undefined;
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      if (readyText && ready === undefined && out.includes(readyText)) {
        ready = performance.now();
        child.stdin.end("/quit\n");
      }
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    if (!readyText) child.stdin.end();
    child.on("error", reject);
    child.on("close", (code) => {
      const end = ready ?? performance.now();
      if (code !== 0 || (readyText && ready === undefined)) reject(new Error(`bench: npm ${npmArgs.join(" ")} failed (exit ${code})\n${err.trim().split("\n").slice(-5).join("\n")}`));
      else resolve({ seconds: (end - started) / 1000, stderr: err });
    });
  });
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor((sorted.length - 1) / 2)]!, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}
