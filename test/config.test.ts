import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { ConfigError } from "../src/errors.js";

const load = (env: Record<string, string>) => loadConfig({ env, cwd: "/srv/bot" });

describe("loadConfig", () => {
  it("GIVEN nothing THEN offline defaults: no keys, no LLM, folders under the working directory", () => {
    const c = load({});
    expect(c).toMatchObject({ corpusDir: "/srv/bot/corpus", indexDir: "/srv/bot/.index", dataDir: "/srv/bot/.data", embeddings: { provider: "offline" }, llm: undefined });
    expect(c.discord).toMatchObject({ token: undefined, cooldownSeconds: 10, answerChannels: [], shards: "off" });
  });

  it("GIVEN an OpenAI key THEN the chat model is on with a bounded timeout and few retries", () => {
    expect(load({ OPENAI_API_KEY: "sk-test" }).llm).toMatchObject({ apiKey: "sk-test", model: "gpt-4o-mini", timeoutMs: 8000, maxRetries: 1 });
    expect(load({ OPENAI_API_KEY: "sk-test", LLM: "off" }).llm).toBeUndefined();
  });

  it("GIVEN a local server by base URL THEN its model is used and no key is needed", () => {
    const c = load({ OPENAI_BASE_URL: "http://127.0.0.1:11434/v1", OPENAI_CHAT_MODEL: "llama3.1", EMBEDDINGS: "openai", OPENAI_EMBEDDINGS_MODEL: "nomic-embed-text" });
    expect(c.llm).toMatchObject({ baseURL: "http://127.0.0.1:11434/v1", model: "llama3.1" });
    expect(c.embeddings).toMatchObject({ provider: "openai", baseURL: "http://127.0.0.1:11434/v1", model: "nomic-embed-text" });
  });

  it.each([
    [{ EMBEDDINGS: "word2vec" }, /^config: EMBEDDINGS expected one of "offline"\|"openai"$/],
    [{ LLM_TIMEOUT_MS: "soon" }, /^config: LLM_TIMEOUT_MS must be a whole number from 500 to 120000$/],
    [{ OPENAI_BASE_URL: "localhost" }, /^config: OPENAI_BASE_URL must be a URL/],
    [{ OPENAI_BASE_URL: "http://127.0.0.1:1234/v1" }, /^config: OPENAI_CHAT_MODEL must name the chat model/],
    [{ EMBEDDINGS: "openai" }, /^config: EMBEDDINGS is openai, which needs OPENAI_API_KEY or OPENAI_BASE_URL$/],
    [{ DISCORD_COOLDOWN_SECONDS: "-1" }, /^config: DISCORD_COOLDOWN_SECONDS must be a whole number/],
    [{ SHARDS: "many" }, /^config: SHARDS must be "off", "auto"/],
    [{ LOG_LEVEL: "loud" }, /^config: LOG_LEVEL /],
    [{ CORPUS_DIR: "" }, /^config: CORPUS_DIR is empty — name a folder, or remove the line to use the default \(corpus\)$/],
    [{ INDEX_DIR: "  " }, /^config: INDEX_DIR is empty — name a folder, or remove the line to use the default \(\.index\)$/],
    [{ CACHE_DIR: "" }, /^config: CACHE_DIR is empty/],
    [{ DATA_DIR: " " }, /^config: DATA_DIR is empty — name a folder, or remove the line to use the default \(\.data\)$/],
    [{ DISCORD_ANSWER_CHANNELS: "123456789012345678, general" }, /^config: DISCORD_ANSWER_CHANNELS has "general", which is not a channel id \(Developer Mode/],
    [{ LLM_TIMEOUT_MS: "0x1F40" }, /^config: LLM_TIMEOUT_MS must be a whole number from 500 to 120000$/],
    [{ LLM_TIMEOUT_MS: "8e3" }, /^config: LLM_TIMEOUT_MS must be a whole number/],
    [{ DISCORD_COOLDOWN_SECONDS: "0b11" }, /^config: DISCORD_COOLDOWN_SECONDS must be a whole number/],
    [{ LLM_MAX_RETRIES: "1.0" }, /^config: LLM_MAX_RETRIES must be a whole number/],
    [{ SHARDS: "0x2" }, /^config: SHARDS must be "off", "auto"/],
    [{ OPENAI_BASE_URL: "ftp://files.example.com/v1" }, /^config: OPENAI_BASE_URL must be an http:\/\/ or https:\/\/ URL such as http:\/\/localhost:11434\/v1, not ftp:$/],
    [{ DISCORD_API_URL: "ws://127.0.0.1:1/api" }, /^config: DISCORD_API_URL must be an http:\/\/ or https:\/\/ URL/],
    [{ OPENAI_BASE_URL: "https://user:sk-secret@llm.example.com/v1" }, /^config: OPENAI_BASE_URL must not contain a user name or password \(they would end up in logs\); give keys as their own variables$/],
    [{ DISCORD_API_URL: "http://bot:tok@127.0.0.1:1/api" }, /^config: DISCORD_API_URL must not contain a user name or password/],
  ])("GIVEN %j THEN one line naming the variable", (env, message) => {
    const err = (() => {
      try {
        load(env);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toMatch(/\n/);
    expect((err as Error).message).not.toContain("sk-secret");
  });

  it("GIVEN plain decimal numbers and channel ids THEN they are read", () => {
    const c = load({ LLM_TIMEOUT_MS: " 9000 ", DISCORD_COOLDOWN_SECONDS: "0", SHARDS: "2", DISCORD_ANSWER_CHANNELS: "123456789012345678, 223456789012345678," });
    expect(c.llm).toBeUndefined();
    expect(c.discord).toMatchObject({ cooldownSeconds: 0, shards: 2, answerChannels: ["123456789012345678", "223456789012345678"] });
    expect(load({ OPENAI_API_KEY: "k", LLM_TIMEOUT_MS: "9000" }).llm).toMatchObject({ timeoutMs: 9000 });
  });

  it("GIVEN DISCORD_MESSAGE_CONTENT THEN true/false are read, off by default, anything else named in one line", () => {
    expect(load({}).discord.messageContent).toBe(false);
    expect(load({ DISCORD_MESSAGE_CONTENT: "true" }).discord.messageContent).toBe(true);
    expect(load({ DISCORD_MESSAGE_CONTENT: "off" }).discord.messageContent).toBe(false);
    expect(() => load({ DISCORD_MESSAGE_CONTENT: "maybe" })).toThrow('config: DISCORD_MESSAGE_CONTENT must be true or false (got "maybe")');
  });
});
