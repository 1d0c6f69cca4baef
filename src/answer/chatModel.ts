/**
 * The one factory that chooses the chat model (STYLE.md 6): `ChatOpenAI`, which also speaks to any
 * OpenAI-compatible server (Ollama, vLLM, LM Studio, llama.cpp) through `baseURL`; and the one way to call it with
 * a deadline and retries that a caller can cancel.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { BaseMessage } from "@langchain/core/messages";
import { ChatOpenAI } from "@langchain/openai";
import type { LlmConfig } from "../config.js";
import { ReplyTooLargeError, cappedFetch } from "./cappedFetch.js";

/**
 * Largest reply read from the server, in bytes. An answer with three quotes is a few KB; a model that thinks aloud
 * in `<think>` tags first, some tens of KB. Range 64 KB–4 MB.
 */
export const MAX_REPLY_BYTES = 256 * 1024;

/**
 * A chat model bounded for interactive use: a per-request timeout, a reply size cap, and no retries of its own.
 * LangChain's retries sleep in a timer no signal reaches (a 429 with `retry-after: 30` kept `ask` alive 30 s after
 * it had answered); `invokeChat` retries instead, within the caller's deadline and cancellable.
 */
export function createChatModel(llm: LlmConfig): BaseChatModel {
  return new ChatOpenAI({
    model: llm.model,
    apiKey: llm.apiKey,
    configuration: { ...(llm.baseURL ? { baseURL: llm.baseURL } : {}), fetch: cappedFetch(MAX_REPLY_BYTES) },
    // Quotes are checked verbatim: sampling only adds paraphrase. Reasoning models refuse any temperature (HTTP 400).
    ...(isReasoningModel(llm.model) ? {} : { temperature: 0 }),
    maxRetries: 0,
    timeout: llm.timeoutMs,
  });
}

export type ChatResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Calls `chat` until it answers, at most `maxRetries` times more on a retryable failure (429, 5xx, a dropped
 * connection), waiting what the server's `retry-after` asks (else 0.5 s, 1 s, …) — unless that wait would end past
 * `deadlineAt`, in which case it gives up at once. `signal` cancels the request in flight and any wait: nothing of
 * the call outlives it. Never rejects.
 */
export async function invokeChat(
  chat: BaseChatModel,
  messages: BaseMessage[],
  options: { signal: AbortSignal; deadlineAt: number; maxRetries: number },
): Promise<ChatResult> {
  const { signal } = options;
  for (let attempt = 0; ; attempt++) {
    if (signal.aborted) return { ok: false, reason: "llm: aborted" };
    try {
      const message = await chat.invoke(messages, { signal });
      return { ok: true, text: message.text };
    } catch (error) {
      if (signal.aborted) return { ok: false, reason: "llm: aborted" };
      const reason = `llm: request failed: ${describeError(error)}`;
      if (attempt >= options.maxRetries || !retryable(error)) return { ok: false, reason };
      const waitMs = retryAfterMs(error) ?? 500 * 2 ** attempt;
      if (Date.now() + waitMs >= options.deadlineAt) {
        return { ok: false, reason: `${reason}; not retried: the server asks to wait ${Math.ceil(waitMs / 1000)} s, past the deadline` };
      }
      if (!(await sleep(waitMs, signal))) return { ok: false, reason: "llm: aborted" };
    }
  }
}

/** Rate limits, server errors and dropped connections may pass; bad requests, bad keys and huge replies do not. */
function retryable(error: unknown): boolean {
  if (findInChain(error, (e) => e instanceof ReplyTooLargeError)) return false;
  if ((error as { name?: unknown })?.name === "AbortError") return false;
  const status = statusOf(error);
  if (status === undefined) return true;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** The server's `retry-after` (seconds or an HTTP date), in ms. */
function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { headers?: unknown })?.headers;
  const value =
    headers instanceof Headers ? headers.get("retry-after") : headers && typeof headers === "object" ? (headers as Record<string, unknown>)["retry-after"] : undefined;
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === "number" ? status : undefined;
}

function findInChain(error: unknown, test: (e: unknown) => boolean): boolean {
  for (let e = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) if (test(e)) return true;
  return false;
}

/** Resolves true after `ms`, or false as soon as `signal` aborts (the timer is cleared: nothing stays pending). */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** One line naming what went wrong: HTTP status, error class, message and the network cause when there is one. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 300);
  const status = statusOf(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const parts = [
    status !== undefined ? `HTTP ${status}` : undefined,
    `${error.name}: ${error.message.split("\n")[0]!.slice(0, 200)}`,
    cause && typeof cause === "object" ? `(${String(cause.code ?? cause.message ?? "")})` : undefined,
  ];
  return parts.filter(Boolean).join(" ");
}

/** OpenAI's reasoning models (o1, o3, o4-mini, gpt-5…) reject `temperature`; their `-chat` variants accept it. */
function isReasoningModel(model: string): boolean {
  return /^o\d/.test(model) || (/^gpt-[5-9]/.test(model) && !/^gpt-\d+(\.\d+)?-chat/.test(model));
}
