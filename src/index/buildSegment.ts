/**
 * Builds a segment from articles: split (on a worker thread for big jobs, see splitPool.ts), embed each distinct
 * sentence text once, insert it into the graph (on another worker thread for big jobs, see graphThread.ts) while
 * the split worker splits what follows, and build the BM25 postings from the terms the split worker extracted.
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { EntityIndexJson } from "../entities/EntityIndex.js";
import type { Article, EmbedderId, OnProgress } from "../types.js";
import { sumEntityIndexes } from "./entities.js";
import { LexicalBuilder, type LexicalSegment } from "./lexical.js";
import { graphBuilder, type GraphBuilder, type SegmentGraph } from "./graphThread.js";
import { normalizeText, type SegmentDocstore } from "./segment.js";
import { SentenceTokensBuilder, type SentenceTokens } from "./sentenceTokens.js";
import { splitInOrder } from "./splitPool.js";
import { INDEX_TUNING } from "./tuning.js";

export interface BuiltSegment {
  /**
   * The graph, once its last points are in: a graph worker may still be inserting them when the rest of the segment
   * is ready, and writeSegment writes the other files meanwhile.
   */
  hnsw: Promise<SegmentGraph>;
  lexical: LexicalSegment;
  docstore: SegmentDocstore;
  tokens: SentenceTokens;
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
  options: {
    embeddings: EmbeddingsInterface;
    embedder: EmbedderId;
    onProgress: OnProgress;
    /** Worker threads split and build the graph from this many characters of text on (tests set it). */
    workerChars?: number;
  },
): Promise<BuiltSegment> {
  const { embeddings, embedder, onProgress: progress } = options;
  const workerChars = options.workerChars ?? INDEX_TUNING.workerChars;
  const totalChars = articles.reduce((n, a) => n + a.body.length, 0);
  // About one distinct sentence per 150 characters (speeches: 180); the graph grows by half when the guess was short.
  const graph = graphBuilder(embedder.dimensions, Math.max(64, Math.ceil(totalChars / 150)), { onWorker: totalChars >= workerChars });
  try {
    return await build(articles, firstLabel, { embeddings, embedder, progress, graph, workerChars });
  } catch (err) {
    graph.close();
    throw err;
  }
}

async function build(
  articles: Article[],
  firstLabel: number,
  options: { embeddings: EmbeddingsInterface; embedder: EmbedderId; progress: OnProgress; graph: GraphBuilder; workerChars: number },
): Promise<BuiltSegment> {
  const { embeddings, embedder, progress, graph } = options;
  const sentences: Record<string, number[]> = {};
  const counts = new Map<string, number>();
  const lexicalBuilder = new LexicalBuilder();
  const tokensBuilder = new SentenceTokensBuilder();
  let count = 0;
  const pointOfText = new Map<string, number>();
  const shared: number[] = [];
  let batch: { label: number; text: string }[] = [];
  let label = firstLabel;
  let vectors = 0;

  const flush = async () => {
    if (batch.length === 0) return;
    await graph.add(
      await embedBatch(
        embeddings,
        batch.map((b) => b.text),
        embedder.dimensions,
      ),
      batch.map((b) => b.label),
    );
    vectors += batch.length;
    batch = [];
  };

  progress({ phase: "embed", done: 0, total: articles.length });
  let done = 0;
  const entityParts: EntityIndexJson[] = [];
  for await (const split of splitInOrder(articles, entityParts, options.workerChars)) {
    const article = articles[done++]!;
    const flat: number[] = (sentences[article.id] = []);
    for (let j = 0; j < split.spans.length; j += 2) {
      const [start, end] = [split.spans[j]!, split.spans[j + 1]!];
      const text = article.body.slice(start, end);
      const terms = split.terms[j / 2]!;
      flat.push(label, start, end);
      lexicalBuilder.add(label, terms === "" ? [] : terms.split(" "));
      tokensBuilder.addEncoded(label, split.tokens[j / 2]!);
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
    if (split.whole) tokensBuilder.wholeArticle(article.id);
    if (batch.length >= INDEX_TUNING.embedBatch) {
      await flush();
      progress({ phase: "embed", done, total: articles.length });
    }
  }
  await flush();
  progress({ phase: "embed", done, total: articles.length });
  progress({ phase: "lexical index", done: 0, total: 1 });
  const lexical = lexicalBuilder.finish();
  // A loaded graph allocates its saved capacity: finish keeps none spare (a segment never grows).
  const hnsw = graph.finish();
  hnsw.catch(() => {}); // awaited by writeSegment; this only keeps a failure before then from being unhandled
  return {
    hnsw,
    lexical,
    docstore: { articles: articles.map(stripFile), sentences, shared },
    tokens: tokensBuilder.finish(),
    entities: sumEntityIndexes(entityParts),
    counts,
    sentences: count,
    vectors,
    nextLabel: label,
  };
}

/** An embedder that can return its vectors back to back (GloveSifEmbeddings): no array per vector to build. */
interface FlatEmbeddings {
  embedFlat(texts: string[]): Float32Array;
}

function isFlat(e: EmbeddingsInterface): e is EmbeddingsInterface & FlatEmbeddings {
  return typeof (e as Partial<FlatEmbeddings>).embedFlat === "function";
}

/** The vectors of `texts` back to back, checked: one of `dimensions` numbers per text. */
export async function embedBatch(embeddings: EmbeddingsInterface, texts: string[], dimensions: number): Promise<Float32Array> {
  if (isFlat(embeddings)) {
    const flat = embeddings.embedFlat(texts);
    if (flat.length !== texts.length * dimensions) {
      throw new Error(`reindex: the embedder returned ${flat.length} numbers for ${texts.length} texts of ${dimensions} dimensions`);
    }
    return flat;
  }
  const embedded = await embeddings.embedDocuments(texts);
  if (embedded.length !== texts.length) throw new Error(`reindex: the embedder returned ${embedded.length} vectors for ${texts.length} texts`);
  const flat = new Float32Array(texts.length * dimensions);
  embedded.forEach((v, i) => {
    if (v.length !== dimensions) throw new Error(`reindex: the embedder returned ${v.length} dimensions, the index expects ${dimensions}`);
    flat.set(v, i * dimensions);
  });
  return flat;
}

export function stripFile(a: Article): Article {
  // The absolute path says nothing about the article and would make builds differ between checkouts.
  return { ...a, file: `${a.id}.md` };
}
