/**
 * `npm run ask` with a chat model that is rate limited with a long `retry-after`: the offline answer is printed
 * and the process exits at once, instead of sleeping out the server's 30 s in a retry timer nobody cancels.
 */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../helpers/fakeOpenAI.js";
import { tempDirs, type TempDirs } from "../helpers/tempCorpus.js";

let dirs: TempDirs;
let server: FakeOpenAI;

beforeAll(async () => {
  dirs = tempDirs();
  server = await startFakeOpenAI({ chat: () => ({ status: 429, headers: { "retry-after": "30" } }) });
});
afterAll(async () => {
  await server?.close();
  dirs?.cleanup();
});

it("GIVEN the chat model answers 429 with retry-after: 30 THEN ask prints the offline answer and exits within seconds", async () => {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(OPENAI_|EMBEDDINGS|LLM|VITEST|LOG_LEVEL)/.test(k)));
  const started = Date.now();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/ask.ts", "--json", "--corpus", dirs.corpus, "--index", dirs.index, "Why did Yermak resign?"], {
    env: {
      ...inherited,
      CACHE_DIR: inject("gloveCacheDir"),
      OPENAI_BASE_URL: server.url,
      OPENAI_CHAT_MODEL: "fake-chat",
      LLM_TIMEOUT_MS: "5000",
      LLM_MAX_RETRIES: "2",
      LOG_LEVEL: "fatal",
    },
  });
  let stdout = "";
  let printedAt = 0;
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
    printedAt ||= Date.now();
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const exitedAt = Date.now();
  expect(code).toBe(0);
  const answer = JSON.parse(stdout) as { found: boolean; quotes: { text: string }[] };
  expect(answer.found).toBe(true);
  expect(answer.quotes[0]!.text).toMatch(/raided his home/);
  expect(server.requests.filter((r) => r.path === "/v1/chat/completions")).toHaveLength(1);
  expect(exitedAt - printedAt).toBeLessThan(2_000);
  expect(exitedAt - started).toBeLessThan(25_000);
}, 60_000);
