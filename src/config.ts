/**
 * Configuration: read once from the environment (and `.env` through dotenv), validated with a schema.
 * No other file reads `process.env`. A wrong value stops the program with one line naming the variable.
 */
import path from "node:path";
import dotenv from "dotenv";
import { z } from "zod";
import { ConfigError } from "./errors.js";
import { rememberSecrets } from "./log.js";

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

const intInRange = (min: number, max: number, def: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return def;
      // Plain decimal only: Number() also reads 0x1F40, 1e3 and 0b101, which nobody means in a setting.
      const n = /^-?\d+$/.test(v) ? Number(v) : NaN;
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

/**
 * A folder: unset means the default, but set and empty is an error. An empty path resolves to the working folder,
 * where a re-index finds no articles (and would empty the index) or writes its builds beside package.json.
 */
const folder = (def: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return def;
      if (v.trim() === "") {
        ctx.addIssue({ code: "custom", message: `is empty — name a folder, or remove the line to use the default (${def})` });
        return z.NEVER;
      }
      return v.trim();
    });

/** An http(s) URL without credentials (they would end up in logs and errors; pass keys as their own variables). */
const httpUrl = (example: string) =>
  optionalString.transform((v, ctx) => {
    if (v === undefined) return undefined;
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      ctx.addIssue({ code: "custom", message: `must be a URL such as ${example}` });
      return z.NEVER;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      ctx.addIssue({ code: "custom", message: `must be an http:// or https:// URL such as ${example}, not ${url.protocol}` });
      return z.NEVER;
    }
    if (url.username !== "" || url.password !== "") {
      ctx.addIssue({ code: "custom", message: "must not contain a user name or password (they would end up in logs); give keys as their own variables" });
      return z.NEVER;
    }
    return v;
  });

/** Comma-separated Discord ids (snowflakes); a wrong entry is named. */
const discordIds = optionalString.transform((v, ctx) => {
  const ids = (v ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const bad = ids.find((id) => !/^\d{15,25}$/.test(id));
  if (bad !== undefined) {
    ctx.addIssue({ code: "custom", message: `has "${bad.slice(0, 40)}", which is not a channel id (Developer Mode → right-click the channel → Copy Channel ID)` });
    return z.NEVER;
  }
  return ids;
});

const schema = z.object({
  CORPUS_DIR: folder("corpus"),
  INDEX_DIR: folder(".index"),
  CACHE_DIR: folder(".cache"),
  DATA_DIR: folder(".data"),
  EMBEDDINGS: z.enum(["offline", "openai"]).default("offline"),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: httpUrl("http://localhost:11434/v1"),
  OPENAI_CHAT_MODEL: optionalString,
  OPENAI_EMBEDDINGS_MODEL: z.string().trim().default("text-embedding-3-small"),
  LLM: z.enum(["auto", "off"]).default("auto"),
  LLM_TIMEOUT_MS: intInRange(500, 120_000, 8_000),
  LLM_MAX_RETRIES: intInRange(0, 5, 1),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString.pipe(z.string().regex(/^\d{15,25}$/, "must be a numeric Discord id").optional()),
  DISCORD_COOLDOWN_SECONDS: intInRange(0, 3600, 10),
  DISCORD_ANSWER_CHANNELS: discordIds,
  DISCORD_API_URL: httpUrl("http://127.0.0.1:8080/api"),
  DISCORD_MESSAGE_CONTENT: optionalString.transform((v, ctx) => {
    if (v === undefined || /^(false|off|0|no)$/i.test(v)) return false;
    if (/^(true|on|1|yes)$/i.test(v)) return true;
    ctx.addIssue({ code: "custom", message: `must be true or false (got "${v.slice(0, 20)}")` });
    return z.NEVER;
  }),
  DISCORD_NEWS_CHANNEL: optionalString.pipe(z.string().regex(/^\d{15,25}$/, "must be a numeric Discord channel id").optional()),
  FEEDS: optionalString,
  FEED_INTERVAL_MINUTES: intInRange(1, 1440, 30),
  SHARDS: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "" || v === "off") return "off" as const;
      if (v === "auto") return "auto" as const;
      const n = /^\d+$/.test(v) ? Number(v) : NaN;
      if (!Number.isInteger(n) || n < 1 || n > 1000) {
        ctx.addIssue({ code: "custom", message: 'must be "off", "auto" or a whole number of shards from 1 to 1000' });
        return z.NEVER;
      }
      return n;
    }),
});

type Raw = z.infer<typeof schema>;

export interface LlmConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
}

export interface Config {
  corpusDir: string;
  indexDir: string;
  cacheDir: string;
  /** Where the bot keeps its own data: the feedback database and the salt of user hashes. */
  dataDir: string;
  embeddings:
    | { provider: "offline" }
    | { provider: "openai"; apiKey: string; baseURL?: string; model: string };
  /** Present when a chat model is configured and LLM answers are not switched off. */
  llm?: LlmConfig;
  logLevel: Raw["LOG_LEVEL"];
  discord: {
    token?: string;
    applicationId?: string;
    cooldownSeconds: number;
    /** Channel ids where every message is answered (needs the Message Content intent). */
    answerChannels: string[];
    /** Base URL of Discord's REST API (a REST proxy, or a fake Discord in tests); discord.js's default when unset. */
    apiUrl?: string;
    shards: "off" | "auto" | number;
    /** Channel id where the bot posts the articles its feed schedule added. */
    newsChannel?: string;
    /** Ask for the Message Content intent: follow-ups by plain message in the bot's threads (DISCORD_MESSAGE_CONTENT). */
    messageContent: boolean;
  };
  /** Present when FEEDS is set: the bot imports new matching entries every `intervalMinutes`. */
  feeds?: FeedsConfig;
}

/** FEEDS is either comma-separated http(s) URLs or the path of a file listing them (one a line, `#` comments). */
export type FeedsConfig = ({ urls: string[] } | { file: string }) & { intervalMinutes: number };

/** Parses and validates `env` (after loading `.env` unless `dotenvPath` is false). Throws `ConfigError`. */
export function loadConfig(
  options: { env?: NodeJS.ProcessEnv; dotenvPath?: string | false; cwd?: string } = {},
): Config {
  const env = options.env ?? process.env;
  if (options.dotenvPath !== false && options.env === undefined) {
    // quiet: dotenv must not print anything (the token could be near what it prints).
    dotenv.config({ path: options.dotenvPath ?? path.resolve(options.cwd ?? process.cwd(), ".env"), quiet: true } as dotenv.DotenvConfigOptions);
  }
  // Inside a shard spawned by discord.js's ShardingManager, SHARDS is the manager's (this shard's id), not ours.
  const parsed = schema.safeParse(env.SHARDING_MANAGER ? { ...env, SHARDS: undefined } : env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "environment");
    throw new ConfigError(variable, issue.message.replace(/^Invalid (input|option): ?/i, ""));
  }
  const r = parsed.data;
  const cwd = options.cwd ?? process.cwd();
  rememberSecrets(r.DISCORD_TOKEN, r.OPENAI_API_KEY); // masked in every log line and printed error from now on
  return {
    corpusDir: path.resolve(cwd, r.CORPUS_DIR),
    indexDir: path.resolve(cwd, r.INDEX_DIR),
    cacheDir: path.resolve(cwd, r.CACHE_DIR),
    dataDir: path.resolve(cwd, r.DATA_DIR),
    embeddings: embeddingsConfig(r),
    llm: llmConfig(r),
    logLevel: r.LOG_LEVEL,
    discord: {
      token: r.DISCORD_TOKEN,
      applicationId: r.DISCORD_APPLICATION_ID,
      cooldownSeconds: r.DISCORD_COOLDOWN_SECONDS,
      answerChannels: r.DISCORD_ANSWER_CHANNELS,
      apiUrl: r.DISCORD_API_URL,
      shards: r.SHARDS,
      newsChannel: r.DISCORD_NEWS_CHANNEL,
      messageContent: r.DISCORD_MESSAGE_CONTENT,
    },
    feeds: feedsConfig(r, cwd),
  };
}

function feedsConfig(r: Raw, cwd: string): FeedsConfig | undefined {
  if (r.FEEDS === undefined) return undefined;
  const items = r.FEEDS.split(",").map((s) => s.trim()).filter(Boolean);
  const isUrl = (s: string) => /^https?:\/\/[^\s/]+/i.test(s) && URL.canParse(s);
  if (items.length > 0 && items.every(isUrl)) return { urls: items, intervalMinutes: r.FEED_INTERVAL_MINUTES };
  if (items.length === 1 && !items[0]!.includes("://")) return { file: path.resolve(cwd, items[0]!), intervalMinutes: r.FEED_INTERVAL_MINUTES };
  throw new ConfigError("FEEDS", "must be comma-separated http(s) feed URLs, or the path of a file listing them");
}

function embeddingsConfig(r: Raw): Config["embeddings"] {
  if (r.EMBEDDINGS === "offline") return { provider: "offline" };
  if (!r.OPENAI_API_KEY && !r.OPENAI_BASE_URL) {
    throw new ConfigError("EMBEDDINGS", "is openai, which needs OPENAI_API_KEY or OPENAI_BASE_URL");
  }
  // Local OpenAI-compatible servers (Ollama, vLLM…) ignore the key, but the client insists on one.
  return { provider: "openai", apiKey: r.OPENAI_API_KEY ?? "not-needed", baseURL: r.OPENAI_BASE_URL, model: r.OPENAI_EMBEDDINGS_MODEL };
}

function llmConfig(r: Raw): LlmConfig | undefined {
  if (r.LLM === "off") return undefined;
  if (!r.OPENAI_API_KEY && !r.OPENAI_BASE_URL) return undefined;
  if (r.OPENAI_BASE_URL && !r.OPENAI_API_KEY && !r.OPENAI_CHAT_MODEL) {
    throw new ConfigError("OPENAI_CHAT_MODEL", "must name the chat model when OPENAI_BASE_URL points at a local server");
  }
  return {
    apiKey: r.OPENAI_API_KEY ?? "not-needed",
    baseURL: r.OPENAI_BASE_URL,
    model: r.OPENAI_CHAT_MODEL ?? "gpt-4o-mini",
    timeoutMs: r.LLM_TIMEOUT_MS,
    maxRetries: r.LLM_MAX_RETRIES,
  };
}
