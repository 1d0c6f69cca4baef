/**
 * The vectors read from a saved graph file's bytes are the ones hnswlib's getPoint gives, label by label; bytes of
 * another layout are refused rather than misread.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import hnswlib from "hnswlib-node";
import { afterAll, describe, expect, it } from "vitest";
import { GraphVectors } from "../../src/index/graphVectors.js";

const dir = mkdtempSync(path.join(tmpdir(), "graph-vectors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A saved cosine graph of `count` points of 7 dimensions, labelled 100, 103, 106…, and the graph itself. */
async function savedGraph(count: number) {
  const hnsw = new hnswlib.HierarchicalNSW("cosine", 7);
  hnsw.initIndex({ maxElements: count, m: 4, efConstruction: 20, randomSeed: 1 });
  for (let i = 0; i < count; i++) hnsw.addPoint(Array.from({ length: 7 }, (_, d) => Math.sin(i * 7 + d) + 0.1), 100 + 3 * i);
  const file = path.join(dir, `g${count}.hnsw`);
  await hnsw.writeIndex(file);
  return { hnsw, bytes: readFileSync(file) };
}

describe("GraphVectors", () => {
  it("GIVEN a saved graph THEN every label's vector is getPoint's, and an unknown label has none", async () => {
    const { hnsw, bytes } = await savedGraph(50);
    const vectors = GraphVectors.read(bytes, 7)!;
    for (let i = 0; i < 50; i++) expect([...vectors.get(100 + 3 * i)!]).toEqual(hnsw.getPoint(100 + 3 * i));
    expect(vectors.get(101)).toBeUndefined();
    expect(vectors.agreesWith((label) => hnsw.getPoint(label))).toBe(true);
  });

  it("GIVEN the bytes at an odd offset in memory THEN the same vectors (copied out)", async () => {
    const { hnsw, bytes } = await savedGraph(20);
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    const vectors = GraphVectors.read(shifted, 7)!;
    for (let i = 0; i < 20; i++) expect([...vectors.get(100 + 3 * i)!]).toEqual(hnsw.getPoint(100 + 3 * i));
  });

  it("GIVEN truncated bytes, another dimension count or another graph's vectors THEN refused or found to disagree", async () => {
    const { hnsw, bytes } = await savedGraph(30);
    expect(GraphVectors.read(bytes.subarray(0, bytes.length / 2), 7)).toBeUndefined();
    expect(GraphVectors.read(bytes.subarray(0, 50), 7)).toBeUndefined();
    expect(GraphVectors.read(bytes, 700)).toBeUndefined();
    const other = await savedGraph(31);
    expect(GraphVectors.read(other.bytes, 7)!.agreesWith((label) => hnsw.getPoint(label))).toBe(false);
  });
});
