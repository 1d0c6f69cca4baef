/**
 * Self-test of the shared fake OpenAI server (test/helpers/fakeOpenAI.ts) against the real `@langchain/openai`
 * chat client: what the chat-model tests rely on.
 */
import { ChatOpenAI } from "@langchain/openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ChatRequest, type FakeOpenAI, startFakeOpenAI } from "../helpers/fakeOpenAI.js";

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const chat = (fields: Partial<ConstructorParameters<typeof ChatOpenAI>[0]> = {}) =>
  new ChatOpenAI({ model: "fake-chat", apiKey: "test-key", configuration: { baseURL: server.url }, maxRetries: 0, ...fields });

describe("fake OpenAI chat completions", () => {
  it("GIVEN a handler THEN it sees the messages and its text is the reply", async () => {
    server.chat = (req: ChatRequest) => `You said: ${String(req.messages.at(-1)?.content)}`;
    const reply = await chat().invoke([["system", "Be brief."], ["human", "hello"]]);
    expect(reply.content).toBe("You said: hello");
    expect(server.requests[0]).toMatchObject({ path: "/v1/chat/completions", body: { model: "fake-chat" } });
    expect((server.requests[0]!.body as ChatRequest).messages.map((m) => m.role)).toEqual(["system", "user"]);
  });

  it("GIVEN a streaming client THEN the same text arrives in chunks", async () => {
    server.chat = () => "A reply long enough to be sent in several pieces.";
    // .stream(), not invoke() with streaming: true (see the trap in fakeOpenAI.ts).
    const pieces: string[] = [];
    for await (const chunk of await chat().stream("hi")) pieces.push(String(chunk.content));
    expect(pieces.filter(Boolean).length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe("A reply long enough to be sent in several pieces.");
    expect(server.requests[0]!.body).toMatchObject({ stream: true });
  });

  it("GIVEN tool calls THEN the client gets them parsed", async () => {
    server.chat = () => ({ toolCalls: [{ name: "cite", arguments: { passage: 2 } }] });
    const reply = await chat().bindTools([{ type: "function", function: { name: "cite", parameters: { type: "object", properties: { passage: { type: "number" } } } } }]).invoke("hi");
    expect(reply.tool_calls).toMatchObject([{ name: "cite", args: { passage: 2 } }]);
  });

  it("GIVEN a 429 with retry-after then a reply THEN a retrying client gets the reply on its second attempt", async () => {
    server.chat = (_, index) => (index === 0 ? { status: 429, headers: { "retry-after": "0" } } : "second time lucky");
    expect((await chat({ maxRetries: 1 }).invoke("hi")).content).toBe("second time lucky");
    expect(server.requests).toHaveLength(2);
  });

  it("GIVEN a bare 429 THEN the client gives up at once", async () => {
    server.chat = () => ({ status: 429 });
    await expect(chat({ maxRetries: 2 }).invoke("hi")).rejects.toThrow(/429/);
    expect(server.requests).toHaveLength(1);
  });

  const failures = [
    ["HTTP 500", { status: 500 }, /500/],
    ["malformed JSON", { raw: '{"choices": [' }, /JSON|Unexpected|Expected/i],
    ["a dropped connection", { destroy: true }, /Connection error|socket|terminated/i],
  ] as const;
  for (const [what, reply, message] of failures) {
    it(`GIVEN ${what} THEN the client fails`, async () => {
      server.chat = () => reply;
      await expect(chat().invoke("hi")).rejects.toThrow(message);
    });
  }

  it("GIVEN a delay longer than the client's timeout THEN the client times out", async () => {
    server.chat = () => ({ text: "too late", delayMs: 2_000 });
    const started = Date.now();
    await expect(chat({ timeout: 200 }).invoke("hi")).rejects.toThrow(/timed out|timeout/i);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("GIVEN a hanging request THEN close() still ends the server", async () => {
    const local = await startFakeOpenAI({ chat: () => ({ hang: true }) });
    const client = new ChatOpenAI({ model: "m", apiKey: "k", configuration: { baseURL: local.url }, maxRetries: 0 });
    const pending = client.invoke("hi").catch((e: unknown) => e);
    while (local.requests.length === 0) await new Promise((r) => setTimeout(r, 10));
    await local.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});
