/**
 * The graph of a big build is built on a worker thread (src/index/graphThread.ts): the same points in the same order
 * with the same seed, so the written graph is the one an inline build writes, byte for byte.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { GloveSifEmbeddings } from "../../src/embeddings/GloveSifEmbeddings.js";
import { buildSegment } from "../../src/index/buildSegment.js";
import { FILES } from "../../src/index/manifest.js";
import { LexicalBuilder } from "../../src/index/lexical.js";
import { SentenceTokensBuilder } from "../../src/index/sentenceTokens.js";
import { writeSegment } from "../../src/index/segment.js";
import type { Article } from "../../src/types.js";
import { PRISONER_BODY, SANCTIONS_BODY, tempDirs, type TempDirs } from "../helpers/tempCorpus.js";

let embeddings: GloveSifEmbeddings;
let dirs: TempDirs;
beforeAll(async () => {
  embeddings = await GloveSifEmbeddings.load({ cacheDir: inject("gloveCacheDir") });
});
afterEach(() => dirs?.cleanup());

// Enough points for the graph to grow past its first guess (one point per 150 characters), so a resize happens too.
const articles: Article[] = Array.from({ length: 30 }, (_, i) => ({
  id: `a${String(i).padStart(2, "0")}`,
  title: `Talks ${i}`,
  source: "Test Wire",
  published: "2025-12-03T10:00:00+02:00",
  hash: `h${i}`,
  file: `a${i}.md`,
  body: Array.from({ length: 12 }, (_, j) => `Report ${i}-${j}: ${j % 2 ? PRISONER_BODY : SANCTIONS_BODY} Round ${i * 12 + j}.`).join("\n\n"),
}));

async function build(workerChars: number, dir: string) {
  const built = await buildSegment(articles, 7, { embeddings, embedder: embeddings.id, onProgress: () => {}, workerChars });
  const info = await writeSegment(dir, path.basename(dir), built);
  return { info, bytes: readFileSync(path.join(dir, FILES.vectors)) };
}

describe("the graph on a worker thread", () => {
  it("GIVEN a build big enough for worker threads THEN the graph file is the inline build's, byte for byte", async () => {
    dirs = tempDirs();
    const inline = await build(Infinity, path.join(dirs.root, "inline"));
    const worker = await build(0, path.join(dirs.root, "worker"));
    expect(inline.info.points).toBeGreaterThan(articles.length * 12);
    expect(worker.info).toEqual({ ...inline.info, name: "worker" });
    expect(worker.bytes.equals(inline.bytes)).toBe(true);
  }, 60_000);
});

describe("a graph that is not written", () => {
  it("GIVEN the segment folder cannot be created THEN writeSegment lets the graph (and its worker thread) go", async () => {
    dirs = tempDirs();
    const blocker = path.join(dirs.root, "file");
    writeFileSync(blocker, "not a folder");
    const graph = { getCurrentCount: () => 0, writeIndex: vi.fn(async () => true), close: vi.fn() };
    const parts = { hnsw: graph, lexical: new LexicalBuilder().finish(), docstore: { articles: [], sentences: {}, shared: [] }, entities: {} as never, tokens: new SentenceTokensBuilder().finish(), sentences: 0 };
    await expect(writeSegment(path.join(blocker, "segment"), "segment", parts)).rejects.toMatchObject({ code: "ENOTDIR" });
    expect(graph.close).toHaveBeenCalledOnce();
    expect(graph.writeIndex).not.toHaveBeenCalled();
  });
});

describe("a graph still being finished", () => {
  it("GIVEN the graph is not done yet THEN writeSegment writes the other files meanwhile, then the graph", async () => {
    dirs = tempDirs();
    const dir = path.join(dirs.root, "segment");
    let done!: (g: { getCurrentCount(): number; writeIndex(file: string): Promise<unknown> }) => void;
    const pending = new Promise<{ getCurrentCount(): number; writeIndex(file: string): Promise<unknown> }>((resolve) => (done = resolve));
    const parts = { hnsw: pending, lexical: new LexicalBuilder().finish(), docstore: { articles: [], sentences: {}, shared: [] }, entities: {} as never, tokens: new SentenceTokensBuilder().finish(), sentences: 0 };
    const written = writeSegment(dir, "segment", parts);
    await vi.waitFor(() => expect(existsSync(path.join(dir, FILES.entities))).toBe(true));
    expect(existsSync(path.join(dir, FILES.vectors))).toBe(false);
    done({ getCurrentCount: () => 3, writeIndex: async (file: string) => writeFileSync(file, "graph") });
    const info = await written;
    expect(info.points).toBe(3);
    expect(readFileSync(path.join(dir, FILES.vectors), "utf8")).toBe("graph");
    expect(Object.keys(info.sha256).sort()).toEqual([FILES.docstore, FILES.entities, FILES.lexical, FILES.tokens, FILES.vectors].sort());
  });

  it("GIVEN the segment folder cannot be created THEN the graph is let go once it is done", async () => {
    dirs = tempDirs();
    const blocker = path.join(dirs.root, "file");
    writeFileSync(blocker, "not a folder");
    const graph = { getCurrentCount: () => 0, writeIndex: vi.fn(async () => true), close: vi.fn() };
    const parts = { hnsw: Promise.resolve(graph), lexical: new LexicalBuilder().finish(), docstore: { articles: [], sentences: {}, shared: [] }, entities: {} as never, tokens: new SentenceTokensBuilder().finish(), sentences: 0 };
    await expect(writeSegment(path.join(blocker, "segment"), "segment", parts)).rejects.toMatchObject({ code: "ENOTDIR" });
    await vi.waitFor(() => expect(graph.close).toHaveBeenCalledOnce());
    expect(graph.writeIndex).not.toHaveBeenCalled();
  });
});

