/**
 * An embeddings server that fails in the middle of a conversation (EMBEDDINGS=openai, HTTP 503 for one question):
 * that question is answered with "can't search right now (…)", the conversation goes on, and the next question
 * tries the server again. The real engine, terminal chat and `ask --batch` against the fake OpenAI server.
 */
import { spawn } from "node:child_process";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTerminalChat } from "../../src/chat/terminal.js";
import { loadConfig } from "../../src/config.js";
import { createEngine } from "../../src/engine/createEngine.js";
import type { AnswerEngine } from "../../src/engine/AnswerEngine.js";
import { captureLogger } from "../helpers/captureLogger.js";
import { startFakeOpenAI, type EmbeddingsRequest, type FakeOpenAI } from "../helpers/fakeOpenAI.js";
import { tempDirs, type TempDirs } from "../helpers/tempCorpus.js";

const FIRST = "Why did Yermak resign?";
const FAILING = "Who led the Ukrainian delegation in Miami?";
const LATER = "Where did the delegations meet?";

let dirs: TempDirs;
let server: FakeOpenAI;
let engine: AnswerEngine;
const { logger, lines } = captureLogger("info");
let env: Record<string, string>;

/** Fails (503, as a server going down would) every query embedding of `question`; everything else works. */
function failFor(question: string) {
  return (req: EmbeddingsRequest) => {
    const inputs = Array.isArray(req.input) ? req.input : [req.input];
    return inputs.length === 1 && String(inputs[0]).includes(question) ? { status: 503, body: { error: { message: "upstream overloaded: shard 7 down", type: "server_error" } } } : ("default" as const);
  };
}

beforeAll(async () => {
  server = await startFakeOpenAI();
  dirs = tempDirs();
  env = {
    CORPUS_DIR: dirs.corpus,
    INDEX_DIR: dirs.index,
    EMBEDDINGS: "openai",
    OPENAI_BASE_URL: server.url,
    OPENAI_EMBEDDINGS_MODEL: "fake-embed",
    LLM: "off",
  };
  engine = await createEngine(loadConfig({ env }), { watch: false, logger });
});
afterAll(async () => {
  await engine?.close();
  await server?.close();
  dirs?.cleanup();
});

describe("the engine", () => {
  it("GIVEN the embeddings server fails for one question THEN that answer says it can't search (why), the error is logged with its id, and the next question is answered", async () => {
    server.embeddings = failFor(FAILING);
    expect((await engine.answer(FIRST)).found).toBe(true);
    const failed = await engine.answer(FAILING);
    expect(failed).toMatchObject({ found: false, quotes: [], failure: { id: "embeddings.failed", errorId: expect.stringMatching(/^[0-9a-f]{8}$/) } });
    expect(failed.answer).toMatch(/^I can't search right now \(embeddings: http:\/\/127\.0\.0\.1:\d+\/v1 failed with HTTP 503: .*\)/);
    expect(lines.find((l) => l.errorId === failed.failure!.errorId)).toMatchObject({ level: 50, msg: "answer: cannot search, the embeddings server failed", status: 503 });
    expect((await engine.answer(LATER)).found).toBe(true);
  });
});

describe("the terminal chat", () => {
  it("GIVEN the embeddings server fails for the second question THEN the chat says it can't search and answers the third", async () => {
    server.embeddings = failFor(FAILING);
    const input = new PassThrough();
    const output = new PassThrough();
    let text = "";
    output.on("data", (d: Buffer) => (text += d.toString()));
    const done = runTerminalChat(engine, { input, output });
    input.end([FIRST, FAILING, LATER, ""].join("\n"));
    await done;
    // Each answer follows the prompt "> "; the last prompt waits for a question that never comes.
    const answers = text.split("\n> ").slice(1, -1);
    expect(answers).toHaveLength(3);
    expect(answers[0]).toMatch(/resigned/);
    expect(answers[1]).toMatch(/^I can't search right now \(embeddings: .*HTTP 503/);
    expect(answers[2]).toMatch(/Miami/);
  });
});

describe("npm run ask -- --batch", () => {
  it("GIVEN the embeddings server fails for the second line THEN that line's JSON says it can't search and the batch goes on to the end", async () => {
    server.embeddings = failFor(FAILING);
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(OPENAI_|EMBEDDINGS|LLM|VITEST)/.test(k)));
    // Asynchronously: the fake server answers from this process.
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ask.ts", "--batch"], { env: { ...inherited, ...env, LOG_LEVEL: "fatal" } });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stdin.end(`${FIRST}\n${FAILING}\n${LATER}\n`);
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    const r = { status: code, stdout };
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { question: string; found: boolean; answer: string });
    expect(out.map((o) => [o.question, o.found])).toEqual([
      [FIRST, true],
      [FAILING, false],
      [LATER, true],
    ]);
    expect(out[1]!.answer).toMatch(/^I can't search right now \(embeddings: .*HTTP 503/);
  });
});
