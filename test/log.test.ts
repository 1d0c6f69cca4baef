/** Redaction in every field of every log line: a real pino logger writing to memory. */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, redactSecrets, rememberSecrets } from "../src/log.js";

function capture() {
  let text = "";
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString("utf8");
      done();
    },
  });
  return { logger: createLogger("debug", stream as never), text: () => text };
}

const KEY = "sk-proj-Abc123DEF456ghi789JKL";
const PLAIN_SECRET = "plain-shaped-secret-7f3e9a";

describe("the logger", () => {
  it("GIVEN a key echoed in a nested field of a logged object THEN it is masked", () => {
    const { logger, text } = capture();
    logger.error({ upstream: { status: 401, body: { error: { message: `Incorrect API key provided: ${KEY}` } } } }, "embeddings failed");
    expect(text()).not.toContain("Abc123DEF456");
    expect(JSON.parse(text()).upstream.body.error.message).toBe("Incorrect API key provided: sk-[redacted]");
  });

  it("GIVEN a configured secret of any shape in an error's message, stack, fields and cause THEN it is masked everywhere, and the error's type is kept", () => {
    rememberSecrets(PLAIN_SECRET);
    const { logger, text } = capture();
    const cause = new Error(`proxy said: key=${PLAIN_SECRET}`);
    const err = Object.assign(new TypeError(`401 refused ${PLAIN_SECRET}`, { cause }), { headers: { "x-echo": PLAIN_SECRET }, error: { detail: PLAIN_SECRET } });
    logger.error({ err, nested: { reason: err } }, `failed with ${PLAIN_SECRET}`);
    expect(text()).not.toContain(PLAIN_SECRET);
    const line = JSON.parse(text());
    expect(line.err).toMatchObject({ type: "TypeError", message: "401 refused [redacted]", headers: { "x-echo": "[redacted]" }, cause: { message: "proxy said: key=[redacted]" } });
    expect(line.err.stack).toMatch(/^TypeError: 401 refused \[redacted\]/);
    expect(line.msg).toBe("failed with [redacted]");
  });

  it("GIVEN URLs with credentials, auth headers and secret-named fields at any depth (and in child bindings) THEN they are masked", () => {
    const { logger, text } = capture();
    const child = logger.child({ endpoint: "http://admin:hunter22@proxy.local:8080/v1" });
    child.warn({
      config: { baseURL: new URL("https://user:pa55word@llm.example/v1"), llm: { apiKey: "anything-at-all" } },
      request: { headers: { Authorization: "Bearer abcdefgh12345678", "x-api-key": "k-1234567890" }, url: "https://x.example/v1?api_key=qwerty123&model=m" },
      list: [{ botToken: "whatever-it-is" }],
    });
    const out = text();
    for (const leaked of ["hunter22", "pa55word", "anything-at-all", "abcdefgh12345678", "k-1234567890", "qwerty123", "whatever-it-is"]) expect(out).not.toContain(leaked);
    expect(JSON.parse(out)).toMatchObject({ endpoint: "http://[redacted]@proxy.local:8080/v1", request: { url: "https://x.example/v1?api_key=[redacted]&model=m" } });
  });

  it("GIVEN a cyclic object THEN it is logged without hanging", () => {
    const { logger, text } = capture();
    const a: Record<string, unknown> = { name: "a" };
    a.self = a;
    logger.info({ a }, "cyclic");
    expect(JSON.parse(text()).a).toEqual({ name: "a", self: "[circular]" });
  });
});

describe("redactSecrets", () => {
  it("GIVEN ordinary text THEN leaves it alone", () => {
    const text = "Rubio said the talks in Miami were productive; see https://www.axios.com/2025/11/30/ukraine-talks?x=1.";
    expect(redactSecrets(text)).toBe(text);
  });
});
