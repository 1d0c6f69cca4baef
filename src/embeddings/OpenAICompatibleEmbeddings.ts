/**
 * Embeddings from an OpenAI-compatible server (OpenAI, or Ollama, vLLM, LM Studio, llama.cpp through a base URL),
 * through `@langchain/openai`'s `OpenAIEmbeddings`, bounded so a dead or hung server fails in seconds, with errors
 * that name the endpoint and the fix, and vectors checked before they reach the index.
 */
import { Embeddings } from "@langchain/core/embeddings";
import { OpenAIEmbeddings } from "@langchain/openai";
import { EmbeddingsUnavailableError } from "./EmbeddingsUnavailableError.js";

/** Request tuning. LangChain's defaults (6 retries with backoff, no timeout) turn a dead server into minutes. */
export interface OpenAIEmbeddingsTuning {
  /** Texts per request. OpenAI takes up to 2048; CPU-bound local servers prefer fewer. Range 16–512. */
  batchSize: number;
  /** Concurrent requests while embedding many documents. Range 1–8. */
  maxConcurrency: number;
  /** Retries of a failed document batch (429, 5xx, timeouts; never 400/401/404). Range 0–2. */
  maxRetries: number;
  /** Per-request timeout for a document batch, ms: a full batch on a CPU-only server can be slow. 5 000–120 000. */
  timeoutMs: number;
  /** Per-request timeout for a query (and the start-up probe), ms: a person is waiting. 1 000–15 000. */
  queryTimeoutMs: number;
  /** Retries of a failed query. Range 0–1. */
  queryMaxRetries: number;
}

export const OPENAI_EMBEDDINGS_DEFAULTS: OpenAIEmbeddingsTuning = {
  batchSize: 128,
  maxConcurrency: 2,
  maxRetries: 2,
  timeoutMs: 30_000,
  queryTimeoutMs: 10_000,
  queryMaxRetries: 1,
};

export interface OpenAIEmbeddingsSettings {
  apiKey: string;
  /** Unset means OpenAI itself. */
  baseURL?: string;
  model: string;
}

export class OpenAICompatibleEmbeddings extends Embeddings {
  /** The base URL requests go to (for messages and logs; never carries the key). */
  readonly endpoint: string;
  readonly model: string;
  private readonly tuning: OpenAIEmbeddingsTuning;
  private readonly documents: OpenAIEmbeddings;
  private readonly queries: OpenAIEmbeddings;
  /** Learnt from the first answer; every later vector must have it. */
  private dims: number | undefined;

  constructor(settings: OpenAIEmbeddingsSettings, tuning: Partial<OpenAIEmbeddingsTuning> = {}) {
    super({});
    this.tuning = { ...OPENAI_EMBEDDINGS_DEFAULTS, ...tuning };
    this.endpoint = settings.baseURL ?? "https://api.openai.com/v1";
    this.model = settings.model;
    const common = {
      model: settings.model,
      apiKey: settings.apiKey,
      configuration: { baseURL: this.endpoint },
      // Plain floats: some local servers do not implement the base64 encoding the SDK asks for by default.
      encodingFormat: "float" as const,
    };
    this.documents = new OpenAIEmbeddings({
      ...common,
      batchSize: this.tuning.batchSize,
      maxConcurrency: this.tuning.maxConcurrency,
      maxRetries: this.tuning.maxRetries,
      timeout: this.tuning.timeoutMs,
    });
    this.queries = new OpenAIEmbeddings({
      ...common,
      maxRetries: this.tuning.queryMaxRetries,
      timeout: this.tuning.queryTimeoutMs,
    });
  }

  /** Vector length, once known (after `probe()` or any successful call). */
  get dimensions(): number | undefined {
    return this.dims;
  }

  override async embedDocuments(documents: string[]): Promise<number[][]> {
    if (documents.length === 0) return [];
    let vectors: number[][];
    try {
      vectors = await this.documents.embedDocuments(documents);
    } catch (error) {
      throw this.failure(error, this.tuning.timeoutMs);
    }
    return this.checked(vectors, documents.length);
  }

  override async embedQuery(document: string): Promise<number[]> {
    let vector: number[];
    try {
      vector = await this.queries.embedQuery(document);
    } catch (error) {
      throw this.failure(error, this.tuning.queryTimeoutMs);
    }
    return this.checked([vector], 1)[0]!;
  }

  /** Embeds a short text once and returns the vector length (see createEmbeddings for why). */
  async probe(): Promise<number> {
    return (await this.embedQuery("dimension probe")).length;
  }

  private checked(vectors: number[][], expected: number): number[][] {
    const bad = (detail: string) =>
      new EmbeddingsUnavailableError(
        "embeddings.bad-response",
        `embeddings: ${this.endpoint} answered with something that is not ${expected} embeddings (${detail}) — check that OPENAI_EMBEDDINGS_MODEL (${this.model}) is an embeddings model`,
        this.endpoint,
        this.model,
      );
    if (!Array.isArray(vectors) || vectors.length !== expected) throw bad(`got ${vectors?.length} vectors`);
    for (const v of vectors) {
      if (!Array.isArray(v) || v.length === 0 || !v.every(Number.isFinite)) throw bad("a vector is empty or not numbers");
      this.dims ??= v.length;
      if (v.length !== this.dims) {
        throw new EmbeddingsUnavailableError(
          "embeddings.dimensions-changed",
          `embeddings: ${this.endpoint} returned ${v.length}-dimensional vectors, earlier ${this.dims} — the model behind ${this.model} changed; restart, then run npm run reindex -- --full`,
          this.endpoint,
          this.model,
        );
      }
    }
    return vectors;
  }

  /** Turns whatever the client threw into an error that names the endpoint and the fix. */
  private failure(error: unknown, timeoutMs: number): EmbeddingsUnavailableError {
    if (error instanceof EmbeddingsUnavailableError) return error;
    const e = error as { status?: unknown; name?: unknown; message?: unknown } | null;
    const status = typeof e?.status === "number" ? e.status : undefined;
    const at = `embeddings: ${this.endpoint}`;
    const make = (id: string, message: string) =>
      new EmbeddingsUnavailableError(id, message, this.endpoint, this.model, status, { cause: error });
    if (status === 401 || status === 403) return make("embeddings.unauthorized", `${at} refused the API key (HTTP ${status}) — check OPENAI_API_KEY`);
    if (status === 404) {
      return make("embeddings.model-not-found", `${at} has no embeddings model "${this.model}" (HTTP 404) — check OPENAI_EMBEDDINGS_MODEL, and OPENAI_BASE_URL (usually ends in /v1)`);
    }
    if (status === 429) return make("embeddings.rate-limited", `${at} is rate-limiting us (HTTP 429) — wait and retry, or check the account's quota`);
    if (status !== undefined) {
      return make("embeddings.failed", `${at} failed with HTTP ${status}: ${firstLine(e?.message).replace(/^\d{3}\s+/, "")}`);
    }
    if (e?.name === "TimeoutError") {
      return make("embeddings.timeout", `${at} did not answer within ${timeoutMs / 1000} s — is the server up and the model loaded? (OPENAI_BASE_URL)`);
    }
    const code = causeCode(error);
    if (code || /connection error/i.test(String(e?.message))) {
      return make(
        "embeddings.unreachable",
        `${at} cannot be reached${code ? ` (${code})` : ""} — start the server or fix OPENAI_BASE_URL, or set EMBEDDINGS=offline`,
      );
    }
    if (error instanceof SyntaxError || error instanceof TypeError) {
      // The SDK could not parse the answer, or LangChain found no vectors in it: not an embeddings API.
      return make(
        "embeddings.bad-response",
        `${at} answered with something that is not embeddings (${firstLine(e?.message)}) — check OPENAI_BASE_URL (usually ends in /v1)`,
      );
    }
    return make("embeddings.failed", `${at} failed: ${firstLine(e?.message ?? error)}`);
  }
}

/** The first system error code (ECONNREFUSED, ENOTFOUND…) down the `cause` chain. */
function causeCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return code;
  }
  return undefined;
}

function firstLine(message: unknown): string {
  return String(message).split("\n")[0]!.slice(0, 300);
}
