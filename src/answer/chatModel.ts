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
    // Quotes are checked verbatim: sampling only adds paraphrase.
    temperature: 0,
    maxRetries: llm.maxRetries,
    timeout: llm.timeoutMs,
  });
}
