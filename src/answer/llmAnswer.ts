/**
 * The LLM answering path: the chat model writes a short answer from the retrieved passages and quotes them; every
 * quote is checked verbatim (`verifyQuotes`) and only the article's own characters are returned.
 *
 * Every expected failure is a value `{ ok: false, reason }` so the engine falls back to the extractive answer: the
 * request fails (server down, HTTP 429/500, timeout, abort), the reply is not usable JSON, or the model says it found
 * an answer but none of its quotes survives verification. The call returns within `timeoutMs` whatever the client
 * does: its own deadline aborts the request and races a timer.
 *
 * What is shown of the model's own words is limited:
 * - found = false: a fixed "not found" line, never the model's text (an injected passage could make it say anything).
 * - found = true: its answer with sentences quoting unverifiable words removed and citations renumbered to the shown
 *   quotes; an answer that cites none of the shown quotes is replaced by a neutral lead-in, since an answer that is
 *   not tied to the quotes (for example one obeying an instruction inside a passage) has nothing vouching for it.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { BaseMessage } from "@langchain/core/messages";
import type { Logger } from "../log.js";
import type { ArticleMeta, Passage, Quote } from "../types.js";
import { cleanAnswerText, NEUTRAL_LEAD_IN, NOT_FOUND_TEXT } from "./llmAnswerText.js";
import { parseModelOutput } from "./llmOutput.js";
import { buildPrompt } from "./prompt.js";
import { verifyQuotes } from "./verifyQuotes.js";

/** Most quotes in one answer. */
export const MAX_QUOTES = 3;

export interface LlmAnswerInput {
  question: string;
  /** Retrieved passages, best first; the prompt numbers them from 1 in this order. */
  passages: Passage[];
  /** Metadata of every article a passage comes from. */
  articles: Map<string, ArticleMeta>;
  chat: BaseChatModel;
  /** Deadline for the whole call, retries included. */
  timeoutMs: number;
  logger: Logger;
  /** Aborts the call (it then returns `{ ok: false }`). */
  signal?: AbortSignal;
}

export type LlmAnswerResult = { ok: true; found: boolean; answer: string; quotes: Quote[] } | { ok: false; reason: string };

type Failure = { ok: false; reason: string };

/** Answers `question` from `passages` with the chat model; `{ ok: false }` tells the caller to answer extractively. */
export async function llmAnswer(input: LlmAnswerInput): Promise<LlmAnswerResult> {
  const { passages, articles, logger } = input;
  if (passages.length === 0) return { ok: false, reason: "llm: no passages to answer from" };
  const began = Date.now();
  const reply = await invokeWithDeadline(input.chat, buildPrompt(input.question, passages, articles), input.timeoutMs, input.signal);
  logger.debug({ ms: Date.now() - began, ok: reply.ok }, "answer: chat model replied");
  if (!reply.ok) return reply;

  const parsed = parseModelOutput(reply.text);
  if (!parsed.ok) {
    logger.debug({ reply: reply.text.slice(0, 500) }, "answer: unparseable model reply");
    return { ok: false, reason: `llm: ${parsed.reason}` };
  }
  const output = parsed.value;
  if (!output.found) return { ok: true, found: false, answer: NOT_FOUND_TEXT, quotes: [] };
  if (output.quotes.length === 0) return { ok: false, reason: "llm: the model said it found an answer but gave no quote" };

  const verified = verifyQuotes(output.quotes, passages, articles, { logger }).verified.slice(0, MAX_QUOTES);
  if (verified.length === 0) {
    return { ok: false, reason: `llm: none of the model's ${output.quotes.length} quote(s) is verbatim in the passage it cites` };
  }
  const citations = new Map<number, number>();
  verified.forEach((v, i) => {
    if (!citations.has(v.passage)) citations.set(v.passage, i + 1);
  });
  const cleaned = cleanAnswerText(output.answer, passages, citations, { fallback: NEUTRAL_LEAD_IN, logger });
  const answer = /\[\d/.test(cleaned) ? cleaned : NEUTRAL_LEAD_IN;
  return { ok: true, found: true, answer, quotes: verified.map((v) => v.quote) };
}

/**
 * Calls the model with a deadline of its own: an AbortController (joined to the caller's signal) cancels the
 * request, and a timer wins the race even if the client ignores the signal. Never rejects.
 */
async function invokeWithDeadline(
  chat: BaseChatModel,
  messages: BaseMessage[],
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<{ ok: true; text: string } | Failure> {
  if (signal?.aborted) return { ok: false, reason: "llm: aborted by the caller" };
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onCallerAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Failure>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: `llm: no reply within ${timeoutMs} ms` }), timeoutMs);
  });
  const aborted = new Promise<Failure>((resolve) => {
    controller.signal.addEventListener("abort", () => resolve({ ok: false, reason: "llm: aborted by the caller" }), { once: true });
  });
  const call = chat.invoke(messages, { signal: controller.signal }).then(
    (message) => ({ ok: true as const, text: message.text }),
    (error: unknown): Failure => ({ ok: false, reason: `llm: request failed: ${describeError(error)}` }),
  );
  try {
    return await Promise.race([call, deadline, aborted]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onCallerAbort);
    controller.abort();
  }
}

/** One line naming what went wrong: HTTP status, error class, message and the network cause when there is one. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 300);
  const status = (error as { status?: unknown }).status;
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const parts = [
    typeof status === "number" ? `HTTP ${status}` : undefined,
    `${error.name}: ${error.message.slice(0, 200)}`,
    cause && typeof cause === "object" ? `(${String(cause.code ?? cause.message ?? "")})` : undefined,
  ];
  return parts.filter(Boolean).join(" ");
}
