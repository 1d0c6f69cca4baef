/**
 * The one factory that chooses the chat model (STYLE.md 6): `ChatOpenAI`, which also speaks to any
 * OpenAI-compatible server (Ollama, vLLM, LM Studio, llama.cpp) through `baseURL`.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { ChatOpenAI } from "@langchain/openai";
import type { LlmConfig } from "../config.js";

/**
 * A chat model bounded for interactive use: few retries (LangChain's default of 6 with backoff takes over a minute)
 * and a per-request timeout. `llmAnswer` adds an overall deadline on top.
 */
export function createChatModel(llm: LlmConfig): BaseChatModel {
  return new ChatOpenAI({
    model: llm.model,
    apiKey: llm.apiKey,
    configuration: llm.baseURL ? { baseURL: llm.baseURL } : {},
    // Quotes are checked verbatim: sampling only adds paraphrase. Reasoning models refuse any temperature (HTTP 400).
    ...(isReasoningModel(llm.model) ? {} : { temperature: 0 }),
    maxRetries: llm.maxRetries,
    timeout: llm.timeoutMs,
  });
}

/** OpenAI's reasoning models (o1, o3, o4-mini, gpt-5…) reject `temperature`; their `-chat` variants accept it. */
function isReasoningModel(model: string): boolean {
  return /^o\d/.test(model) || (/^gpt-[5-9]/.test(model) && !/^gpt-\d+(\.\d+)?-chat/.test(model));
}
