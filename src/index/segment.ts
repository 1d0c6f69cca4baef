/**
 * A segment: the sentences of some articles, as one immutable set of files written by one build (its HNSW graph, its
 * BM25 postings, its docstore). A re-index writes the new and changed articles as a new segment; the manifest says
 * which segment holds each live article, so an article's older copies in other segments are dead (tombstoned by
 * absence) until a merge rewrites those segments.
 *
 * Identical sentences share one vector: the graph holds one point per distinct normalised text, labelled with the
 * first of its sentences' labels, and the docstore lists the others (`shared`). Syndicated copies and repeated
 * boilerplate would otherwise fill the candidate list of a search with copies of one sentence.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import hnswlib from "hnswlib-node";
import type { EntityIndexJson } from "../entities/EntityIndex.js";
import type { Article } from "../types.js";
import { sha256File, sha256Hex } from "./checksum.js";
import type { SegmentGraph } from "./graphThread.js";
import type { GraphVectors } from "./graphVectors.js";
import { LexicalSegment } from "./lexical.js";
import { FILES, type SegmentInfo } from "./manifest.js";
import type { SentenceTokens } from "./sentenceTokens.js";
import { INDEX_TUNING } from "./tuning.js";
import { fsyncFile, writeDurable } from "./writeBuild.js";

const { HierarchicalNSW } = hnswlib;
export type Hnsw = InstanceType<typeof HierarchicalNSW>;

/** A segment's articles and their sentence offsets, flattened as [label, start, end, label, start, end, …]. */
export interface SegmentDocstore {
  articles: Article[];
  sentences: Record<string, number[]>;
  /** Sentences whose text another sentence of the segment already has: [label, label of the point it uses, …]. */
  shared: number[];
}

/** A loaded segment. */
export class Segment {
  private readonly pointOfLabel = new Map<number, number>();
  private readonly others = new Map<number, number[]>();

  constructor(
    readonly name: string,
    readonly hnsw: Hnsw,
    readonly lexical: LexicalSegment,
    readonly docstore: SegmentDocstore,
    /** The entity index of its articles (summed over the segments at load). */
    readonly entities: EntityIndexJson,
    /** Its sentences' tokens; undefined for a segment written without them (see sentenceTokens.ts). */
    readonly tokens?: SentenceTokens,
    /** Its graph's vectors read from the graph file (see graphVectors.ts); undefined means ask the graph. */
    readonly vectors?: GraphVectors,
  ) {
    const shared = docstore.shared;
    for (let i = 0; i + 1 < shared.length; i += 2) {
      const [label, point] = [shared[i]!, shared[i + 1]!];
      this.pointOfLabel.set(label, point);
      const list = this.others.get(point);
      if (list) list.push(label);
      else this.others.set(point, [label]);
    }
  }

  /** The graph point holding `label`'s vector. */
  pointOf(label: number): number {
    return this.pointOfLabel.get(label) ?? label;
  }

  /** The sentences using point `point`'s vector, the point's own label first. */
  sentencesOf(point: number): number[] {
    const others = this.others.get(point);
    return others ? [point, ...others] : [point];
  }
}

/** Sentences with identical normalised text grouped: the first of each group becomes a point. */
export function groupByText(items: { label: number; text: string }[]): { points: { label: number; text: string }[]; shared: number[] } {
  const first = new Map<string, number>();
  const points: { label: number; text: string }[] = [];
  const shared: number[] = [];
  for (const item of items) {
    const key = normalizeText(item.text);
    const point = first.get(key);
    if (point === undefined) {
      first.set(key, item.label);
      points.push(item);
    } else shared.push(item.label, point);
  }
  return { points, shared };
}

/** What makes two sentences the same for the vector index: Unicode compatibility forms and spacing aside. */
export function normalizeText(text: string): string {
  // Most sentences are printable ASCII, single-spaced: NFKC leaves ASCII as it is, so they are their own key (a
  // build keys every sentence; this test costs a quarter of the normalisation).
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text.normalize("NFKC").replace(/\s+/g, " ").trim();
}

/** Anything but printable ASCII (other white space included), two spaces in a row, or a space at either end. */
const NEEDS_NORMALIZING = /[^\x20-\x7e]| {2}|^ | $/;

/** A graph of exactly these points (a segment never grows after it is written). */
export function buildGraph(dimensions: number, points: { label: number; vector: number[] }[], onPoint?: (done: number) => void): Hnsw {
  const hnsw = new HierarchicalNSW("cosine", dimensions);
  hnsw.initIndex({ maxElements: Math.max(1, points.length), m: INDEX_TUNING.m, efConstruction: INDEX_TUNING.efConstruction, randomSeed: 100 });
  points.forEach((p, i) => {
    hnsw.addPoint(p.vector, p.label);
    if (onPoint && i % 4096 === 4095) onPoint(i + 1);
  });
  return hnsw;
}

/**
 * Writes a segment's files into `dir` (the graph on a thread of the pool while the JSON files are serialised, one
 * at a time: each serialised file is tens of MB on large corpora, and the write is the build's peak of memory), each
 * flushed to disk, and returns its manifest entry. The graph's checksum is of the bytes read back (streamed): what a
 * later load will read.
 *
 * The graph may still be being built (a promise, from a graph worker finishing its last points): the JSON files do
 * not depend on it, so they are serialised and written meanwhile, and the graph is written when it is done.
 */
export async function writeSegment(
  dir: string,
  name: string,
  parts: {
    hnsw: SegmentGraph | Promise<SegmentGraph>;
    lexical: LexicalSegment;
    docstore: SegmentDocstore;
    entities: EntityIndexJson;
    tokens: SentenceTokens;
    sentences: number;
  },
): Promise<SegmentInfo> {
  const graph = Promise.resolve(parts.hnsw);
  await fs.mkdir(dir, { recursive: true }).catch((err: unknown) => {
    void graph.then((g) => g.close?.(), () => undefined);
    throw err;
  });
  const vectorsPath = path.join(dir, FILES.vectors);
  const vectors = graph
    .then((g) => g.writeIndex(vectorsPath))
    .then(() => fsyncFile(vectorsPath))
    .then(() => sha256File(vectorsPath));
  vectors.catch(() => {}); // awaited below; this only keeps an early JSON error from leaving it unhandled
  const sha256: Record<string, string> = {};
  const json: [string, unknown][] = [
    [FILES.lexical, parts.lexical],
    [FILES.docstore, parts.docstore],
    [FILES.entities, parts.entities],
    [FILES.tokens, parts.tokens],
  ];
  for (const [file, value] of json) {
    const text = JSON.stringify(value);
    sha256[file] = sha256Hex(text);
    await writeDurable(path.join(dir, file), text);
  }
  sha256[FILES.vectors] = await vectors;
  const files: Record<string, number> = {};
  for (const f of [FILES.vectors, FILES.lexical, FILES.docstore, FILES.entities, FILES.tokens]) files[f] = (await fs.stat(path.join(dir, f))).size;
  return { name, sentences: parts.sentences, points: (await graph).getCurrentCount(), files, sha256 };
}
