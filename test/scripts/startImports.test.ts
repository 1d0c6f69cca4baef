/**
 * What a start loads. The offline path (no chat model, offline embedder, no Discord token) must not import the
 * libraries only other paths need: each costs a fraction of a second at every start (issue 12). Run as real
 * processes with a resolve hook that lists every module loaded (test/helpers/tracePackages.mjs).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.js";
import { loadConfig } from "../../src/config.js";
import { tempDirs, type TempDirs } from "../helpers/tempCorpus.js";

/** Packages (or parts of one) that the offline start must leave alone, and the path that needs each. */
const NOT_AT_START: [RegExp, string][] = [
  [/node_modules\/@langchain\/openai\//, "chat model / OpenAI embeddings"],
  [/node_modules\/openai\//, "chat model / OpenAI embeddings"],
  [/node_modules\/langsmith\//, "LangChain messages (chat model prompt)"],
  [/node_modules\/@langchain\/core\/dist\/messages\//, "LangChain messages (chat model prompt)"],
  [/node_modules\/discord\.js\//, "the Discord bot"],
  [/node_modules\/@napi-rs\/canvas/, "the timeline picture"],
  [/node_modules\/linkedom\//, "feeds and article import"],
  [/node_modules\/fast-xml-parser\//, "feeds"],
  [/node_modules\/chrono-node\/dist\/[a-z]+\/locales\/(?!en\/)/, "date parsing in other languages"],
];

let dirs: TempDirs;
beforeAll(async () => {
  dirs = tempDirs();
  const env = { CORPUS_DIR: dirs.corpus, INDEX_DIR: dirs.index, CACHE_DIR: inject("gloveCacheDir") };
  const engine = await createEngine(loadConfig({ env }), { watch: false });
  await engine.close();
}, 120_000);
afterAll(() => dirs?.cleanup());

/** Runs `file` under tsx with the tracer; the modules it loaded, once it has exited 0. */
async function loadedBy(file: string, args: string[], input: string): Promise<string[]> {
  const trace = path.join(dirs.root, `trace-${path.basename(file)}.txt`);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD_|OPENAI_|EMBEDDINGS|LLM|SHARD|VITEST|npm_)/.test(k)));
  const child = spawn(process.execPath, ["--import", "./test/helpers/tracePackages.mjs", "--import", "tsx", file, ...args], {
    env: { ...inherited, CORPUS_DIR: dirs.corpus, INDEX_DIR: dirs.index, CACHE_DIR: inject("gloveCacheDir"), LOG_LEVEL: "warn", TRACE_PACKAGES_FILE: trace },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  child.stdout.resume();
  child.stdin.end(input);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code, stderr).toBe(0);
  return readFileSync(trace, "utf8").split("\n");
}

function offenders(loaded: string[]): string[] {
  return NOT_AT_START.filter(([pattern]) => loaded.some((m) => pattern.test(m))).map(([pattern, why]) => `${pattern.source} (${why})`);
}

describe("the offline start", () => {
  it("GIVEN no Discord token and no chat model WHEN the terminal chat starts and quits THEN it loaded none of the other paths' libraries", async () => {
    const loaded = await loadedBy("src/main.ts", [], "/quit\n");
    expect(loaded.some((m) => m.includes("/src/chat/terminal.ts"))).toBe(true);
    expect(offenders(loaded)).toEqual([]);
  });

  it("GIVEN npm run ask offline WHEN it answers one question THEN it loaded none of the other paths' libraries", async () => {
    const loaded = await loadedBy("scripts/ask.ts", ["--json", "Why did Yermak resign?"], "");
    expect(loaded.some((m) => m.includes("/src/answer/extractive.ts"))).toBe(true);
    expect(offenders(loaded)).toEqual([]);
  });
});
