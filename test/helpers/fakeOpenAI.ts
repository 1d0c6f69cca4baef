/**
 * A fake OpenAI-compatible server for tests: a real HTTP server on 127.0.0.1 (port 0), so the real
 * `@langchain/openai` clients run end to end and only the network edge is fake.
 *
 * - `POST /v1/embeddings`: deterministic vectors (hashed bag of words, see `fakeEmbedding`), as floats or base64
 *   as the client asks; scriptable failures through `embeddings`.
 * - `POST /v1/chat/completions`: whatever the test's `chat` handler says (a reply text, tool calls, an HTTP
 *   status, a malformed body, a delay, a hang, a dropped connection); streams when the client asks to.
 * - `GET /v1/models`: one model per endpoint, for clients that probe.
 *
 * Every request is recorded in `requests` (parsed JSON body) before it is answered.
 *
 * Trap (LangChain, not this server): `new ChatOpenAI({ streaming: true }).invoke()` estimates token counts with
 * tiktoken afterwards, which downloads its encoding with 6 retries: offline that is a minute or more. Test
 * streaming with `.stream()`, and do not set `streaming: true` on a model you `invoke()`.
 *
 * @example
 * const server = await startFakeOpenAI({
 *   chat: (req) => (req.messages.some((m) => String(m.content).includes("Yermak")) ? "He resigned [1]." : { status: 429 }),
 * });
 * const model = new ChatOpenAI({ model: "fake-chat", apiKey: "test", configuration: { baseURL: server.url }, maxRetries: 0 });
 * ...
 * await server.close();
 */
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server received it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. "/v1/embeddings". */
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or the raw text when it was not JSON (undefined when empty). */
  body: unknown;
  /** `Date.now()` when the body had arrived. */
  at: number;
}

/** The chat request body as the client sent it (only the fields tests usually look at are typed). */
export interface ChatRequest {
  model: string;
  messages: { role: string; content: unknown; [key: string]: unknown }[];
  stream?: boolean;
  [key: string]: unknown;
}

/** The embeddings request body as the client sent it. */
export interface EmbeddingsRequest {
  model: string;
  input: string | string[];
  encoding_format?: "float" | "base64";
  dimensions?: number;
  [key: string]: unknown;
}

/**
 * What the server does with one request. Every variant takes an optional `delayMs` (wait before answering, e.g. to
 * trip a client timeout).
 * - `{ text }`: a normal chat completion whose message content is `text` (a bare string means the same).
 * - `{ toolCalls }`: a chat completion calling tools (`arguments` objects are JSON-encoded for you).
 *   (`text` and `toolCalls` are chat replies; an embeddings handler returns `"default"` or a failure.)
 * - `{ status, body?, headers? }`: that HTTP status with an OpenAI-style error body (or `body`, JSON-encoded).
 *   LangChain retries 5xx; it retries a 429 only with a `retry-after` header of at most 60 s
 *   (`headers: { "retry-after": "0" }`): a bare 429 is thrown at once as a `RateLimitCapacityError`.
 * - `{ raw, status?, contentType? }`: exactly these bytes (malformed JSON, HTML error pages…), status 200 by default.
 * - `{ chunks, contentType? }`: a 200 whose body is written piece by piece as the client reads it (huge replies
 *   without holding them in memory); writing stops when the client drops the connection. `written()` tells how far.
 * - `{ hang: true }`: never answers; the client's timeout must fire (or `close()` ends it).
 * - `{ destroy: true }`: drops the connection without a response (a crashed server).
 * - `"default"` (embeddings only): the normal deterministic vectors.
 */
export type FakeReply = (
  | { text: string }
  | { toolCalls: { name: string; arguments: unknown; id?: string }[] }
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { raw: string; status?: number; contentType?: string }
  | { chunks: () => Iterable<string>; contentType?: string; written?: (bytes: number) => void }
  | { hang: true }
  | { destroy: true }
) & { delayMs?: number };

/**
 * Decides the reply to one chat request. `index` counts chat requests from 0 (retries included), so a handler can
 * fail the first attempt and succeed the second.
 */
export type ChatHandler = (request: ChatRequest, index: number) => string | FakeReply | Promise<string | FakeReply>;

/** Decides the reply to one embeddings request (`index` counts embeddings requests from 0). */
export type EmbeddingsHandler = (
  request: EmbeddingsRequest,
  index: number,
) => "default" | FakeReply | Promise<"default" | FakeReply>;

export interface FakeOpenAIOptions {
  /** Length of the default embedding vectors (a request's own `dimensions` wins). Default 64. */
  dimensions?: number;
  /** Chat behaviour; default: replies "OK". Can be replaced later through `server.chat`. */
  chat?: ChatHandler;
  /** Embeddings behaviour; default: always the deterministic vectors. Replaceable through `server.embeddings`. */
  embeddings?: EmbeddingsHandler;
}

export interface FakeOpenAI {
  /** Base URL to give a client (`configuration: { baseURL: server.url }`), ending in "/v1". */
  readonly url: string;
  /** Every request received, in order of arrival. */
  readonly requests: RecordedRequest[];
  /** Number of inputs of each embeddings request, in order: how the client batched. */
  readonly embeddingBatchSizes: number[];
  /** The chat behaviour; assign to change it between tests. */
  chat: ChatHandler;
  /** The embeddings behaviour; assign to change it between tests. */
  embeddings: EmbeddingsHandler;
  /** Forgets recorded requests and resets the request counters. */
  reset(): void;
  /** Stops listening and drops open connections (hanging requests included). */
  close(): Promise<void>;
}

/** Starts a fake server on 127.0.0.1 with an OS-chosen port. Always `close()` it (e.g. in `afterAll`). */
export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const dimensions = options.dimensions ?? 64;
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let chatCount = 0;
  let embeddingsCount = 0;

  const fake: FakeOpenAI = {
    url: "",
    requests,
    get embeddingBatchSizes() {
      return requests
        .filter((r) => r.path.endsWith("/embeddings") && typeof r.body === "object" && r.body !== null)
        .map((r) => {
          const input = (r.body as EmbeddingsRequest).input;
          return Array.isArray(input) ? input.length : 1;
        });
    },
    chat: options.chat ?? (() => "OK"),
    embeddings: options.embeddings ?? (() => "default"),
    reset() {
      requests.length = 0;
      chatCount = 0;
      embeddingsCount = 0;
    },
    close: () => close(),
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0]!;
    const text = await readBody(req);
    const body = parseJson(text);
    requests.push({ method: req.method ?? "GET", path, headers: req.headers, body, at: Date.now() });
    if (req.method === "GET" && path === "/v1/models") {
      return sendJson(res, 200, { object: "list", data: [{ id: "fake-embeddings", object: "model" }, { id: "fake-chat", object: "model" }] });
    }
    if (req.method !== "POST" || (path !== "/v1/embeddings" && path !== "/v1/chat/completions")) {
      return sendJson(res, 404, errorBody(`fake OpenAI: no route ${req.method} ${path}`, "invalid_request_error"));
    }
    if (typeof body !== "object" || body === null) {
      return sendJson(res, 400, errorBody("fake OpenAI: the request body is not JSON", "invalid_request_error"));
    }
    if (path === "/v1/embeddings") {
      const request = body as EmbeddingsRequest;
      const reply = await fake.embeddings(request, embeddingsCount++);
      if (reply === "default") return sendJson(res, 200, embeddingsResponse(request, dimensions));
      return deliver(reply, res, request);
    }
    const request = body as ChatRequest;
    const reply = await fake.chat(request, chatCount++);
    return deliver(typeof reply === "string" ? { text: reply } : reply, res, request);
  }

  async function deliver(reply: FakeReply, res: ServerResponse, request: { model?: unknown; stream?: unknown }): Promise<void> {
    if (reply.delayMs) await sleep(reply.delayMs);
    if (res.destroyed) return;
    if ("hang" in reply) return; // the socket stays open until the client gives up or close() drops it
    if ("destroy" in reply) return void res.socket?.destroy();
    if ("chunks" in reply) return streamChunks(res, reply);
    if ("raw" in reply) {
      res.writeHead(reply.status ?? 200, { "content-type": reply.contentType ?? "application/json" });
      return void res.end(reply.raw);
    }
    if ("status" in reply) {
      const body = reply.body ?? errorBody(`fake OpenAI: scripted HTTP ${reply.status}`, errorType(reply.status));
      return sendJson(res, reply.status, body, reply.headers);
    }
    const model = String(request.model ?? "fake-chat");
    const message = "text" in reply ? { role: "assistant", content: reply.text, refusal: null } : toolCallMessage(reply.toolCalls);
    const finish = "text" in reply ? "stop" : "tool_calls";
    if (request.stream === true) return streamCompletion(res, model, message, finish);
    sendJson(res, 200, {
      id: `chatcmpl-fake-${chatCount}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message, finish_reason: finish, logprobs: null }],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    });
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, errorBody(`fake OpenAI: handler threw: ${String(error)}`, "server_error"));
      else res.destroy();
    });
  });

  async function close(): Promise<void> {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  (fake as { url: string }).url = `http://127.0.0.1:${port}/v1`;
  return fake;
}

/**
 * The default embedding of `text`: a hashed bag of lowercase words, signed, unit length (a text without words gets
 * the first axis). Deterministic, and texts sharing words are similar, so retrieval tests over it make sense.
 */
export function fakeEmbedding(text: string, dimensions = 64): number[] {
  const v = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const h = fnv1a(word);
    v[h % dimensions]! += h & 0x80000000 ? -1 : 1;
  }
  const norm = Math.hypot(...v);
  if (norm === 0) {
    v[0] = 1;
    return v;
  }
  return v.map((x) => x / norm);
}

function embeddingsResponse(request: EmbeddingsRequest, defaultDimensions: number): unknown {
  const inputs = Array.isArray(request.input) ? request.input : [request.input];
  const dims = request.dimensions ?? defaultDimensions;
  return {
    object: "list",
    model: request.model,
    data: inputs.map((input, index) => {
      const vector = fakeEmbedding(String(input), dims);
      const embedding =
        request.encoding_format === "base64" ? Buffer.from(Float32Array.from(vector).buffer).toString("base64") : vector;
      return { object: "embedding", index, embedding };
    }),
    usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
  };
}

function toolCallMessage(calls: { name: string; arguments: unknown; id?: string }[]) {
  return {
    role: "assistant",
    content: null,
    refusal: null,
    tool_calls: calls.map((c, i) => ({
      id: c.id ?? `call_fake_${i}`,
      type: "function",
      function: { name: c.name, arguments: typeof c.arguments === "string" ? c.arguments : JSON.stringify(c.arguments) },
    })),
  };
}

/** Server-sent events as OpenAI streams them: role, content in a few pieces, finish, usage, [DONE]. */
function streamCompletion(res: ServerResponse, model: string, message: Record<string, unknown>, finish: string): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  const base = { id: "chatcmpl-fake-stream", object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model };
  const send = (choice: unknown, extra: Record<string, unknown> = {}) =>
    res.write(`data: ${JSON.stringify({ ...base, choices: choice === undefined ? [] : [choice], ...extra })}\n\n`);
  send({ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null });
  if (typeof message.content === "string") {
    for (const piece of message.content.match(/[\s\S]{1,16}/g) ?? []) {
      send({ index: 0, delta: { content: piece }, finish_reason: null });
    }
  }
  if (Array.isArray(message.tool_calls)) {
    const toolCalls = (message.tool_calls as object[]).map((call, index) => ({ index, ...call }));
    send({ index: 0, delta: { tool_calls: toolCalls }, finish_reason: null });
  }
  send({ index: 0, delta: {}, finish_reason: finish });
  send(undefined, { usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } });
  res.end("data: [DONE]\n\n");
}

/** Writes `reply.chunks()` with backpressure until done or the client goes away. */
async function streamChunks(res: ServerResponse, reply: { chunks: () => Iterable<string>; contentType?: string; written?: (bytes: number) => void }): Promise<void> {
  res.writeHead(200, { "content-type": reply.contentType ?? "application/json" });
  let bytes = 0;
  for (const chunk of reply.chunks()) {
    if (res.destroyed || res.socket?.destroyed) break;
    bytes += Buffer.byteLength(chunk);
    if (!res.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off("drain", done);
          res.off("close", done);
          resolve();
        };
        res.on("drain", done);
        res.on("close", done);
      });
    }
  }
  reply.written?.(bytes);
  if (!res.destroyed) res.end();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function errorBody(message: string, type: string) {
  return { error: { message, type, param: null, code: null } };
}

function errorType(status: number): string {
  if (status === 429) return "rate_limit_exceeded";
  if (status === 401) return "invalid_api_key";
  if (status >= 500) return "server_error";
  return "invalid_request_error";
}

function fnv1a(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
