/**
 * The LLM answering path: the chat model writes a short answer from the retrieved passages and quotes them; every
 * quote is checked verbatim (`verifyQuotes`) and only the article's own characters are returned.
 *
 * Every expected failure is a value `{ ok: false, reason }` so the engine falls back to the extractive answer: the
 * request fails (server down, HTTP 429/500, timeout, abort, a reply over MAX_REPLY_BYTES), the reply is not usable
 * JSON, or it has no quote that survives verification (only an explicit `found: false` means "not found"). The call
 * returns within `timeoutMs` whatever the client does: its own deadline aborts the request and races a timer, and
 * parsing and verification look at bounded input (the reply's size, at most MAX_MODEL_QUOTES quotes).
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
import { unsupportedTerms } from "../text/modelProse.js";
import { invokeChat } from "./chatModel.js";
import { cleanAnswerText, NEUTRAL_LEAD_IN, NOT_FOUND_TEXT } from "./llmAnswerText.js";
import { parseModelOutput } from "./llmOutput.js";
import { buildPrompt } from "./prompt.js";
import { verifyQuotes } from "./verifyQuotes.js";

/** Most quotes in one answer. */
export const MAX_QUOTES = 3;
/** Most of the model's quotes looked at (it is asked for one to three; some are dropped as not verbatim). */
export const MAX_MODEL_QUOTES = 12;

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
  /** Retries of a failed request (429, 5xx, dropped connection) within the deadline; default 0. */
  maxRetries?: number;
}

export type LlmAnswerResult = { ok: true; found: boolean; answer: string; quotes: Quote[] } | { ok: false; reason: string };

type Failure = { ok: false; reason: string };

/** Answers `question` from `passages` with the chat model; `{ ok: false }` tells the caller to answer extractively. */
export async function llmAnswer(input: LlmAnswerInput): Promise<LlmAnswerResult> {
  const { passages, articles, logger } = input;
  if (passages.length === 0) return { ok: false, reason: "llm: no passages to answer from" };
  const began = Date.now();
  // One deadline for the request, its retries, parsing and verification.
  const deadlineAt = began + input.timeoutMs;
  const pastDeadline = (): Failure => ({ ok: false, reason: `llm: no answer within ${input.timeoutMs} ms` });
  const reply = await invokeWithDeadline(input.chat, buildPrompt(input.question, passages, articles), {
    timeoutMs: input.timeoutMs,
    deadlineAt,
    maxRetries: input.maxRetries ?? 0,
    signal: input.signal,
  });
  logger.debug({ ms: Date.now() - began, ok: reply.ok }, "answer: chat model replied");
  if (!reply.ok) return reply;

  const parsed = parseModelOutput(reply.text, { deadlineAt });
  if (!parsed.ok) {
    logger.debug({ reply: reply.text.slice(0, 500) }, "answer: unparseable model reply");
    return { ok: false, reason: `llm: ${parsed.reason}` };
  }
  const output = parsed.value;
  // Only an explicit found:false says "not found"; a reply without (verified) quotes leaves it to the offline answer.
  if (output.found === false) return { ok: true, found: false, answer: NOT_FOUND_TEXT, quotes: [] };
  if (output.quotes.length === 0) return { ok: false, reason: "llm: the model gave no quote" };
  if (Date.now() > deadlineAt) return pastDeadline();

  const verified = verifyQuotes(output.quotes.slice(0, MAX_MODEL_QUOTES), passages, articles, { logger }).verified.slice(0, MAX_QUOTES);
  if (Date.now() > deadlineAt) return pastDeadline();
  if (verified.length === 0) {
    return { ok: false, reason: `llm: none of the model's ${output.quotes.length} quote(s) is verbatim in the passage it cites` };
  }
  const citations = new Map<number, number>();
  verified.forEach((v, i) => {
    if (!citations.has(v.passage)) citations.set(v.passage, i + 1);
  });
  const quotes = verified.map((v) => v.quote);
  const cleaned = cleanAnswerText(output.answer, passages, citations, { fallback: NEUTRAL_LEAD_IN, logger });
  return { ok: true, found: true, answer: checkedLeadIn(cleaned, quotes, logger), quotes };
}

/**
 * The model's answer if it cites a shown quote and names nothing (no name, number or date) that the shown quotes
 * and their citations do not: an invented claim ("fired over a failed ceasefire in Paris [1]") sits next to real
 * quotes otherwise. Else NEUTRAL_LEAD_IN, which the engine replaces by its extractive lead-in.
 */
function checkedLeadIn(answer: string, quotes: readonly Quote[], logger: Logger): string {
  if (answer === NEUTRAL_LEAD_IN || !/\[\d/.test(answer)) return NEUTRAL_LEAD_IN;
  const evidence = quotes.flatMap((q) => [q.text, q.source, q.title]);
  const unsupported = unsupportedTerms(answer, evidence);
  if (unsupported.length === 0) return answer;
  logger.warn({ answer: answer.slice(0, 300), unsupported: unsupported.slice(0, 10) }, "answer: the model's lead-in names what its quotes do not; using the extractive lead-in");
  return NEUTRAL_LEAD_IN;
}

/**
 * Calls the model with a deadline of its own: an AbortController (joined to the caller's signal) cancels the
 * request and any retry wait, and a timer wins the race even if the client ignores the signal. When this returns,
 * nothing of the call is left pending. Never rejects.
 */
async function invokeWithDeadline(
  chat: BaseChatModel,
  messages: BaseMessage[],
  options: { timeoutMs: number; deadlineAt: number; maxRetries: number; signal: AbortSignal | undefined },
): Promise<{ ok: true; text: string } | Failure> {
  const { signal, timeoutMs } = options;
  if (signal?.aborted) return { ok: false, reason: "llm: aborted by the caller" };
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onCallerAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Failure>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: `llm: no reply within ${timeoutMs} ms` }), Math.max(0, options.deadlineAt - Date.now()));
  });
  const aborted = new Promise<Failure>((resolve) => {
    controller.signal.addEventListener("abort", () => resolve({ ok: false, reason: "llm: aborted by the caller" }), { once: true });
  });
  const call = invokeChat(chat, messages, { signal: controller.signal, deadlineAt: options.deadlineAt, maxRetries: options.maxRetries });
  try {
    return await Promise.race([call, deadline, aborted]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onCallerAbort);
    controller.abort();
  }
}
