/**
 * Follow-ups with a chat model: the real engine and @langchain/openai against the fake OpenAI-compatible server. The
 * follow-up is condensed into a standalone question first; when that fails, the offline rewrite is used.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { CONDENSE_PROMPT } from "../../src/engine/condense.js";
import { createEngine } from "../../src/engine/createEngine.js";
import type { AnswerEngine } from "../../src/engine/AnswerEngine.js";
import type { ConversationTurn } from "../../src/types.js";
import { captureLogger } from "../helpers/captureLogger.js";
import { startFakeOpenAI, type ChatRequest, type FakeOpenAI, type FakeReply } from "../helpers/fakeOpenAI.js";
import { tempDirs, type TempDirs } from "../helpers/tempCorpus.js";

let dirs: TempDirs;
let server: FakeOpenAI;
let engine: AnswerEngine;
let condense: (req: ChatRequest) => string | FakeReply = () => ({ status: 500 });
const { logger, lines } = captureLogger("debug");

const text = (req: ChatRequest) => req.messages.map((m) => String(m.content)).join("\n");
const isCondense = (req: ChatRequest) => text(req).includes(CONDENSE_PROMPT.slice(0, 60));
const askedQuestion = (req: ChatRequest) => /<question>\n([\s\S]*?)\n<\/question>/.exec(text(req))?.[1];

beforeAll(async () => {
  server = await startFakeOpenAI({
    chat: (req) => {
      if (isCondense(req)) return condense(req);
      // The answer step: quote the seed's sentence about the resignation when it is in the passages.
      const parts = text(req).split(/<passage number="(\d+)"/);
      let n = -1;
      for (let i = 1; i < parts.length; i += 2) if (parts[i + 1]!.includes("raided his home")) n = Number(parts[i]);
      if (n < 0) return JSON.stringify({ found: false, answer: "The articles do not say.", quotes: [] });
      return JSON.stringify({ found: true, answer: `On Friday [${n}].`, quotes: [{ passage: n, text: "he resigned on Friday after anti-corruption authorities raided his home" }] });
    },
  });
  dirs = tempDirs();
  const config = loadConfig({
    env: { CORPUS_DIR: dirs.corpus, INDEX_DIR: dirs.index, OPENAI_BASE_URL: server.url, OPENAI_CHAT_MODEL: "fake-chat", LLM_TIMEOUT_MS: "1500", LLM_MAX_RETRIES: "0" },
  });
  engine = await createEngine(config, { watch: false, logger });
});
afterAll(async () => {
  await engine?.close();
  await server?.close();
  dirs?.cleanup();
});

const history: ConversationTurn[] = [
  { question: "Why did Yermak resign?", understood: "Why did Yermak resign?", answer: { found: true, answer: "Axios reported:", quotes: [] }, at: 0 },
];

describe("GIVEN a follow-up and a chat model", () => {
  it("THEN the model condenses it with the history, and the answer step gets the standalone question", async () => {
    server.reset();
    condense = () => "When did Andriy Yermak resign?";
    const a = await engine.answer("when was that?", { history });
    const chats = server.requests.filter((r) => r.path.endsWith("/chat/completions")).map((r) => r.body as ChatRequest);
    expect(isCondense(chats[0]!)).toBe(true);
    expect(text(chats[0]!)).toMatch(/<chat_history>\nHuman: Why did Yermak resign\?\nAssistant: Axios reported:/);
    expect(text(chats[0]!)).toMatch(/<follow_up>\nwhen was that\?\n<\/follow_up>/);
    expect(askedQuestion(chats[1]!)).toBe("When did Andriy Yermak resign?");
    expect(a).toMatchObject({ found: true, mode: "llm", followUp: { question: "When did Andriy Yermak resign?", about: "When did Andriy Yermak resign?" } });
    expect(a.quotes[0]!.text).toBe("he resigned on Friday after anti-corruption authorities raided his home");
  });

  it("THEN a failing condense step falls back to the offline rewrite, logged, and the answer still has the context", async () => {
    server.reset();
    lines.length = 0;
    condense = () => ({ status: 500 });
    const a = await engine.answer("when was that?", { history });
    expect(a.followUp).toEqual({ question: "when was that Yermak resign?", about: "Yermak resign" });
    const chats = server.requests.filter((r) => r.path.endsWith("/chat/completions")).map((r) => r.body as ChatRequest);
    expect(askedQuestion(chats.find((c) => !isCondense(c))!)).toBe("when was that Yermak resign?");
    expect(lines.some((l) => /could not condense the follow-up/.test(String(l.msg)))).toBe(true);
    expect(a.found).toBe(true);
  });

  it("THEN a reply of several lines is not taken as a question (offline rewrite instead)", async () => {
    condense = () => "Sure! Here is the standalone question:\nWhen did Yermak resign?";
    const a = await engine.answer("when was that?", { history });
    expect(a.followUp?.about).toBe("Yermak resign");
  });
});
