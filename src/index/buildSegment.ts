/**
 * Builds a segment from articles: split (on worker threads for big jobs, see splitPool.ts), embed each distinct
 * sentence text once, insert it into the graph while the workers split what follows, and build the BM25 postings
 * from the terms the workers extracted.
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { EntityIndexJson } from "../entities/EntityIndex.js";
import type { Article, EmbedderId, OnProgress } from "../types.js";
import { sumEntityIndexes } from "./entities.js";
import { LexicalBuilder, type LexicalSegment } from "./lexical.js";
import { normalizeText, type Hnsw, type SegmentDocstore } from "./segment.js";
import { splitInOrder } from "./splitPool.js";
import { INDEX_TUNING } from "./tuning.js";
import hnswlib from "hnswlib-node";

const { HierarchicalNSW } = hnswlib;

export interface BuiltSegment {
  hnsw: Hnsw;
  lexical: LexicalSegment;
  docstore: SegmentDocstore;
  /** Sentences per article. */
  counts: Map<string, number>;
  /** The entity index of these articles. */
  entities: EntityIndexJson;
  sentences: number;
  /** Distinct texts embedded (graph points). */
  vectors: number;
  nextLabel: number;
}

/** Builds the segment of `articles` (newest first, as the docstore keeps them), labelling from `firstLabel`. */
export async function buildSegment(
  articles: Article[],
  firstLabel: number,
  options: { embeddings: EmbeddingsInterface; embedder: EmbedderId; onProgress: OnProgress },
): Promise<BuiltSegment> {
  const { embeddings, embedder, onProgress: progress } = options;
  const totalChars = articles.reduce((n, a) => n + a.body.length, 0);
  // About one distinct sentence per 150 characters (speeches: 180); the graph grows by half when the guess was short.
  const hnsw = newGraph(embedder.dimensions, Math.max(64, Math.ceil(totalChars / 150)));
  const sentences: Record<string, number[]> = {};
  const counts = new Map<string, number>();
  const lexicalBuilder = new LexicalBuilder();
  let count = 0;
  const pointOfText = new Map<string, number>();
  const shared: number[] = [];
  let batch: { label: number; text: string }[] = [];
  let label = firstLabel;
  let vectors = 0;

  const flush = async () => {
    if (batch.length === 0) return;
    const embedded = await embeddings.embedDocuments(batch.map((b) => b.text));
    if (embedded.length !== batch.length) throw new Error(`reindex: the embedder returned ${embedded.length} vectors for ${batch.length} texts`);
    if (hnsw.getCurrentCount() + batch.length > hnsw.getMaxElements()) hnsw.resizeIndex(Math.ceil((hnsw.getCurrentCount() + batch.length) * 1.5));
    embedded.forEach((v, i) => {
      if (v.length !== embedder.dimensions) {
        throw new Error(`reindex: the embedder returned ${v.length} dimensions, the index expects ${embedder.dimensions}`);
      }
      hnsw.addPoint(v, batch[i]!.label);
    });
    vectors += batch.length;
    batch = [];
  };

  progress({ phase: "embed", done: 0, total: articles.length });
  let done = 0;
  const entityParts: EntityIndexJson[] = [];
  for await (const split of splitInOrder(articles, entityParts)) {
    const article = articles[done++]!;
    const flat: number[] = (sentences[article.id] = []);
    for (let j = 0; j < split.spans.length; j += 2) {
      const [start, end] = [split.spans[j]!, split.spans[j + 1]!];
      const text = article.body.slice(start, end);
      const terms = split.terms[j / 2]!;
      flat.push(label, start, end);
      lexicalBuilder.add(label, terms === "" ? [] : terms.split(" "));
      count++;
      const key = normalizeText(text);
      const point = pointOfText.get(key);
      if (point === undefined) {
        pointOfText.set(key, label);
        batch.push({ label, text });
      } else shared.push(label, point);
      label++;
    }
    counts.set(article.id, flat.length / 3);
    if (batch.length >= INDEX_TUNING.embedBatch) {
      await flush();
      progress({ phase: "embed", done, total: articles.length });
    }
  }
  await flush();
  progress({ phase: "embed", done, total: articles.length });
  // A loaded graph allocates its saved capacity: keep none spare (a segment never grows).
  if (hnsw.getMaxElements() > hnsw.getCurrentCount()) hnsw.resizeIndex(Math.max(1, hnsw.getCurrentCount()));
  progress({ phase: "lexical index", done: 0, total: 1 });
  const lexical = lexicalBuilder.finish();
  return {
    hnsw,
    lexical,
    docstore: { articles: articles.map(stripFile), sentences, shared },
    entities: sumEntityIndexes(entityParts),
    counts,
    sentences: count,
    vectors,
    nextLabel: label,
  };
}

function newGraph(dimensions: number, capacity: number): Hnsw {
  const hnsw = new HierarchicalNSW("cosine", dimensions);
  hnsw.initIndex({ maxElements: capacity, m: INDEX_TUNING.m, efConstruction: INDEX_TUNING.efConstruction, randomSeed: 100 });
  return hnsw;
}

export function stripFile(a: Article): Article {
  // The absolute path says nothing about the article and would make builds differ between checkouts.
  return { ...a, file: `${a.id}.md` };
}
