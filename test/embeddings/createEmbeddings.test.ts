import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createEmbeddings } from "../../src/embeddings/createEmbeddings.js";
import { EmbeddingsUnavailableError } from "../../src/embeddings/EmbeddingsUnavailableError.js";
import { GloveSifEmbeddings } from "../../src/embeddings/GloveSifEmbeddings.js";
import { type FakeOpenAI, fakeEmbedding, startFakeOpenAI } from "../helpers/fakeOpenAI.js";

const openaiConfig = (baseURL: string, key = "test-key") =>
  loadConfig({
    env: { EMBEDDINGS: "openai", OPENAI_BASE_URL: baseURL, OPENAI_API_KEY: key, OPENAI_EMBEDDINGS_MODEL: "fake-embeddings" },
  });

/** Runs `promise`, expecting an EmbeddingsUnavailableError; returns it and how long it took. */
async function failure(promise: Promise<unknown>): Promise<{ error: EmbeddingsUnavailableError; ms: number }> {
  const started = Date.now();
  const error = await promise.then(
    () => expect.fail("expected a failure"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EmbeddingsUnavailableError);
  return { error: error as EmbeddingsUnavailableError, ms: Date.now() - started };
}

describe("createEmbeddings, offline", () => {
  it("GIVEN the default config THEN GloVe/SIF from the cache dir, with its id", async () => {
    const { embeddings, id } = await createEmbeddings(loadConfig({ env: { CACHE_DIR: inject("gloveCacheDir") } }));
    expect(embeddings).toBeInstanceOf(GloveSifEmbeddings);
    expect(id).toMatchObject({ name: "glove-sif", dimensions: 100 });
    expect(await embeddings.embedQuery("peace talks")).toHaveLength(100);
  });
});

describe("createEmbeddings, OpenAI-compatible server", () => {
  let server: FakeOpenAI;
  beforeAll(async () => {
    server = await startFakeOpenAI({ dimensions: 64 });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    server.embeddings = () => "default";
  });

  it("GIVEN a base URL THEN probes once for the dimensions and names the model in the id", async () => {
    const { id } = await createEmbeddings(openaiConfig(server.url));
    expect(id).toEqual({ name: "openai", model: "fake-embeddings", dimensions: 64 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      path: "/v1/embeddings",
      headers: { authorization: "Bearer test-key" },
      body: { model: "fake-embeddings", encoding_format: "float" },
    });
  });

  it("GIVEN many documents THEN batched requests, vectors in input order", async () => {
    const { embeddings } = await createEmbeddings(openaiConfig(server.url), { openai: { batchSize: 4 } });
    server.reset();
    const texts = Array.from({ length: 10 }, (_, i) => `sentence number ${i} about the talks`);
    const vectors = await embeddings.embedDocuments(texts);
    expect([...server.embeddingBatchSizes].sort()).toEqual([2, 4, 4]);
    expect(vectors).toHaveLength(10);
    expect(vectors).toEqual(texts.map((t) => fakeEmbedding(t, 64)));
    expect(await embeddings.embedQuery(texts[3]!)).toEqual(vectors[3]);
    expect(await embeddings.embedDocuments([])).toEqual([]);
  });

  it("GIVEN a transient HTTP 500 THEN the batch is retried and succeeds", async () => {
    const { embeddings } = await createEmbeddings(openaiConfig(server.url));
    server.reset();
    server.embeddings = (_, index) => (index === 0 ? { status: 500 } : "default");
    expect(await embeddings.embedDocuments(["one", "two"])).toHaveLength(2);
    expect(server.embeddingBatchSizes).toEqual([2, 2]);
  });

  it("GIVEN a wrong key (HTTP 401) THEN one request, and an error naming OPENAI_API_KEY", async () => {
    server.embeddings = () => ({ status: 401 });
    const { error } = await failure(createEmbeddings(openaiConfig(server.url, "wrong")));
    expect(error.id).toBe("embeddings.unauthorized");
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/^embeddings: .*OPENAI_API_KEY/);
    expect(error.message).not.toContain("wrong");
    expect(server.requests).toHaveLength(1);
  });

  it("GIVEN an unknown model (HTTP 404) THEN an error naming OPENAI_EMBEDDINGS_MODEL", async () => {
    server.embeddings = () => ({ status: 404 });
    const { error } = await failure(createEmbeddings(openaiConfig(server.url)));
    expect(error.id).toBe("embeddings.model-not-found");
    expect(error.message).toContain("OPENAI_EMBEDDINGS_MODEL");
  });

  it("GIVEN a server that hangs THEN a timeout error within seconds", async () => {
    server.embeddings = () => ({ hang: true });
    const { error, ms } = await failure(createEmbeddings(openaiConfig(server.url), { openai: { queryTimeoutMs: 300 } }));
    expect(error.id).toBe("embeddings.timeout");
    expect(ms).toBeLessThan(8_000);
  });

  it("GIVEN malformed JSON THEN a clear error, not a crash", async () => {
    server.embeddings = () => ({ raw: '{"object":"list","data":[{"embedd' });
    const { error } = await failure(createEmbeddings(openaiConfig(server.url)));
    expect(error.message).toMatch(/^embeddings: http:\/\/127\.0\.0\.1:\d+\/v1 /);
  });

  it("GIVEN vectors that change length after the probe THEN refused with the fix", async () => {
    const { embeddings } = await createEmbeddings(openaiConfig(server.url));
    server.embeddings = (request) => ({
      raw: JSON.stringify({
        object: "list",
        data: [request.input].flat().map((t, index) => ({ object: "embedding", index, embedding: fakeEmbedding(String(t), 32) })),
      }),
    });
    const { error } = await failure(embeddings.embedDocuments(["a sentence"]));
    expect(error.id).toBe("embeddings.dimensions-changed");
    expect(error.message).toContain("npm run reindex -- --full");
  });
});

describe("createEmbeddings, server down", () => {
  it("GIVEN nothing listening at the base URL THEN a clear error within seconds", async () => {
    const gone = await startFakeOpenAI();
    await gone.close();
    const { error, ms } = await failure(createEmbeddings(openaiConfig(gone.url)));
    expect(error.id).toBe("embeddings.unreachable");
    expect(error.message).toContain(gone.url);
    expect(error.message).toContain("EMBEDDINGS=offline");
    expect(ms).toBeLessThan(8_000);
  });
});
