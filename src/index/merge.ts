/**
 * Merging segments: the live sentences of some segments rewritten as one, their labels and vectors kept (nothing is
 * re-embedded), dead sentences dropped. The merged build is written and published like any other, so a merge killed
 * half-way leaves the build before it serving.
 *
 * Policy (INDEX_TUNING): more than `maxSegments` segments → every segment but the largest is merged (the small ones
 * hold the recent articles, so this is cheap); dead sentences above `mergeDeadAbove` of those stored → all of them
 * (the cost of a full graph build, without embedding or splitting).
 */
import { EntityIndex, type EntityIndexJson } from "../entities/EntityIndex.js";
import type { Article } from "../types.js";
import { lexicalTerms } from "../text/terms.js";
import { LexicalSegment } from "./lexical.js";
import type { Manifest, SegmentInfo } from "./manifest.js";
import { buildGraph, groupByText, type Segment, type SegmentDocstore } from "./segment.js";
import { encodeTokens, SentenceTokensBuilder, tokensOf, type SentenceTokens } from "./sentenceTokens.js";
import { wholeArticle } from "./splitWork.js";
import { INDEX_TUNING } from "./tuning.js";

/** The segments to merge now, or undefined. */
export function mergePlan(manifest: Pick<Manifest, "segments" | "sentences">): SegmentInfo[] | undefined {
  const { segments } = manifest;
  const stored = segments.reduce((n, s) => n + s.sentences, 0);
  const dead = stored - manifest.sentences;
  if (dead > 0 && dead > stored * INDEX_TUNING.mergeDeadAbove) return segments;
  if (segments.length <= INDEX_TUNING.maxSegments) return undefined;
  const largest = segments.reduce((a, b) => (b.sentences > a.sentences ? b : a));
  return segments.filter((s) => s !== largest);
}

export interface MergedSegment {
  hnsw: ReturnType<typeof buildGraph>;
  lexical: LexicalSegment;
  docstore: SegmentDocstore;
  tokens: SentenceTokens;
  entities: EntityIndexJson;
  sentences: number;
}

/** One segment of the live articles of `segments` (those the manifest says they hold). */
export function mergeSegments(segments: Segment[], manifest: Manifest, dimensions: number): MergedSegment {
  const articles: Article[] = [];
  const sentences: Record<string, number[]> = {};
  const items: { label: number; text: string; segment: Segment }[] = [];
  for (const segment of segments) {
    for (const article of segment.docstore.articles) {
      if (manifest.articles[article.id]?.segment !== segment.name) continue;
      articles.push(article);
      const flat = segment.docstore.sentences[article.id] ?? [];
      sentences[article.id] = flat;
      for (let i = 0; i + 2 < flat.length; i += 3) items.push({ label: flat[i]!, text: article.body.slice(flat[i + 1], flat[i + 2]), segment });
    }
  }
  const { points, shared } = groupByText(items);
  const bySegment = new Map(items.map((it) => [it.label, it.segment]));
  const hnsw = buildGraph(
    dimensions,
    points.map((p) => {
      const segment = bySegment.get(p.label)!;
      return { label: p.label, vector: segment.hnsw.getPoint(segment.pointOf(p.label)) };
    }),
  );
  const lexical = LexicalSegment.fromTerms(
    items.map((it) => it.label),
    items.map((it) => lexicalTerms(it.text)),
  );
  // Carried over as stored; a segment written before tokens were stored (or by another tokenizer) is read anew.
  const tokens = new SentenceTokensBuilder();
  const encoded = new Map<number, string>();
  for (const it of items) {
    const t = it.segment.tokens?.raw(it.label) ?? tokensOf(it.text);
    tokens.add(it.label, t);
    if (t.words.length > 0) encoded.set(it.label, encodeTokens(t));
  }
  for (const a of articles) {
    const flat = sentences[a.id]!;
    const labels = flat.filter((_, i) => i % 3 === 0);
    if (wholeArticle(a.body, labels.flatMap((l) => encoded.get(l) ?? []))) tokens.wholeArticle(a.id);
  }
  const entities = EntityIndex.build(articles).toJSON();
  return { hnsw, lexical, docstore: { articles, sentences, shared }, tokens: tokens.finish(), entities, sentences: items.length };
}
