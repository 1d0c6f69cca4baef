/**
 * Hybrid retrieval: the dense (HNSW) and lexical (BM25) lists are fused by reciprocal rank fusion (Cormack et al.
 * 2009), which needs no score calibration between the two halves. Every fused candidate then gets its exact
 * cosine similarity to the question, which the answer ranking uses as one of its features.
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { IndexStore } from "../index/IndexStore.js";
import type { IndexedSentence } from "../types.js";
import { blockQuoteIntro } from "../text/blockQuotes.js";
import { listItems, listOpener, opensList } from "../text/lists.js";
import { nextTurn, turnOf } from "../text/turns.js";
import { RETRIEVAL_TUNING } from "./tuning.js";

export interface Candidate {
  sentence: IndexedSentence;
  /** Reciprocal-rank-fusion score: ordering only. */
  rrf: number;
  /** Cosine similarity of the sentence to the question (0 when the dense half is off). */
  dense: number;
  denseRank?: number;
  lexicalRank?: number;
}

export interface HybridOptions {
  /** Candidates to return. */
  k: number;
  dense?: boolean;
  lexical?: boolean;
  /** The query for the BM25 half when it differs from the question (other spellings of its names added). */
  lexicalQuery?: string;
  /** A BM25 query in other words for the same things (synonyms): its best few sentences join the candidates. */
  synonymQuery?: string;
  /**
   * Also consider the sentence after each candidate this accepts: "he said …" after a sentence naming the speaker
   * shares no word with "what did X say" yet is X speaking.
   */
  followers?: (s: IndexedSentence) => boolean;
  /**
   * More sentences to consider, chosen from the fused ones: the articles that best cover the question may state
   * the answer in a sentence that shares only a name with it ("Yermak said the two sides had made progress" in
   * the story about the Geneva talks).
   */
  expand?: (found: IndexedSentence[]) => IndexedSentence[];
}

/** The most sentences of a speaker's turn read after one naming him, and of an answer after its question. */
const MAX_TURN_READ = 8;
const ANSWER_READ = 4;

/** A sentence that goes on from the one before: "He said…", "They…", a quotation. */
const CONTINUES = /^(?:["“]|(?:he|she|they|it)\b)/i;

export async function hybridSearch(
  store: IndexStore,
  embeddings: EmbeddingsInterface,
  query: string,
  options: HybridOptions,
): Promise<Candidate[]> {
  const useDense = options.dense ?? true;
  const useLexical = options.lexical ?? true;
  const depth = Math.max(options.k, RETRIEVAL_TUNING.depth);
  const queryVector = useDense ? await embeddings.embedQuery(query) : undefined;
  const dense = queryVector ? store.denseSearch(queryVector, depth) : [];
  const lexical = useLexical ? store.lexicalSearch(options.lexicalQuery ?? query, depth) : [];

  const fused = new Map<number, Candidate>();
  const add = (label: number, rank: number, which: "denseRank" | "lexicalRank") => {
    const sentence = store.sentence(label);
    if (!sentence) return;
    const c = fused.get(label) ?? { sentence, rrf: 0, dense: 0 };
    c.rrf += 1 / (RETRIEVAL_TUNING.rrfK + rank + 1);
    c[which] = rank;
    fused.set(label, c);
  };
  dense.forEach((hit, rank) => add(hit.label, rank, "denseRank"));
  lexical.forEach((hit, rank) => add(hit.label, rank, "lexicalRank"));

  const candidates = [...fused.values()].sort((a, b) => b.rrf - a.rrf).slice(0, options.k);
  // Followers and anchored sentences join the fused candidates once each, without a fusion score.
  const seen = new Set(candidates.map((c) => c.sentence.label));
  const join = (s: IndexedSentence | undefined) => {
    if (!s || seen.has(s.label)) return;
    seen.add(s.label);
    candidates.push({ sentence: s, rrf: 0, dense: 0 });
  };
  if (useLexical && options.synonymQuery) for (const hit of store.lexicalSearch(options.synonymQuery, RETRIEVAL_TUNING.synonymHits)) join(store.sentence(hit.label));
  // (Anchored sentences first: a follower of one is read too.)
  if (options.expand) for (const s of options.expand(candidates.map((c) => c.sentence))) join(s);
  if (options.followers) {
    for (const c of candidates.slice()) {
      if (!options.followers(c.sentence)) continue;
      // The next sentence, and on while each goes on from the one before ("He said…", a quote): a paragraph of
      // what someone said after the sentence naming him.
      const siblings = store.snapshot().sentencesOf(c.sentence.articleId);
      const body = store.article(c.sentence.articleId)?.body ?? "";
      // (In a transcript, the speaker's whole turn: "**SECRETARY RUBIO:** Thank you all… I would describe it as
      // very productive.")
      const turn = turnOf(body, siblings, c.sentence.index);
      const inTurn = (i: number) => turn !== undefined && turn.label !== undefined && !turn.asks && turnOf(body, siblings, i)?.opener === turn.opener;
      for (let i = c.sentence.index + 1; i <= c.sentence.index + (inTurn(c.sentence.index + 1) ? MAX_TURN_READ : 3) && siblings[i]; i++) {
        join(siblings[i]);
        // (And a block quote under the line introducing it: "His statement … took twenty seconds:" and '> "As you
        // know, the negotiations lasted two days…"'.)
        if (!CONTINUES.test(siblings[i + 1]?.text ?? "") && !inTurn(i + 1) && blockQuoteIntro(body, siblings, i + 1) === undefined) break;
      }
    }
  }
  // "The plan would:" — its items follow, and seldom repeat the words that found it.
  // (And a list opening right after a candidate — "The talks lasted five hours. **Key statements by Ushakov:**" —
  // or one a candidate is an item of: the other items are its neighbours.)
  for (const c of candidates.slice()) {
    const siblings = store.snapshot().sentencesOf(c.sentence.articleId);
    const body = store.article(c.sentence.articleId)?.body ?? "";
    const i = c.sentence.index;
    const opener = opensList(c.sentence.text) ? i : opensList(siblings[i + 1]?.text ?? "") ? i + 1 : (listOpener(body, siblings, i) ?? -1);
    if (opener < 0) continue;
    join(siblings[opener]);
    for (const k of listItems(body, siblings, opener)) join(siblings[k]);
  }
  // "**QUESTION:** Is the Thanksgiving deadline gone?" — the answer is the turn after it, which seldom repeats it.
  for (const c of candidates.slice()) {
    const siblings = store.snapshot().sentencesOf(c.sentence.articleId);
    const body = store.article(c.sentence.articleId)?.body ?? "";
    const turn = turnOf(body, siblings, c.sentence.index);
    if (!turn?.asks) continue;
    const answer = nextTurn(body, siblings, turn);
    if (answer !== undefined) for (let i = answer; i < answer + ANSWER_READ && turnOf(body, siblings, i)?.opener === answer; i++) join(siblings[i]);
  }
  if (queryVector) {
    const q = normalize(queryVector);
    for (const c of candidates) c.dense = dot(q, pointOf(store, c.sentence.label));
  }
  return candidates;
}

/**
 * Stored vectors by label, per loaded store, for a store without a view of its graph file's vectors: hnswlib's getPoint copies a vector out of native memory element by
 * element (~15 µs; 40-odd candidates a question were a tenth of the answer time), and the same sentences come back
 * question after question. Float32, as stored, so the cosine is exactly what getPoint gives. Starts over past
 * MAX_CACHED_POINTS (about 0.5 KB each at 100 dimensions).
 */
const points = new WeakMap<IndexStore, Map<number, Float32Array>>();
const MAX_CACHED_POINTS = 20_000;

function pointOf(store: IndexStore, label: number): Float32Array {
  // The graph file's own bytes when the store could read them: no copy, no cache needed.
  const stored = store.storedVector(label);
  if (stored) return stored;
  let cache = points.get(store);
  if (!cache) points.set(store, (cache = new Map()));
  let point = cache.get(label);
  if (!point) {
    if (cache.size >= MAX_CACHED_POINTS) cache.clear();
    point = Float32Array.from(store.vector(label));
    cache.set(label, point);
  }
  return point;
}

function normalize(v: number[]): number[] {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  return v.map((x) => x / n);
}

function dot(a: number[], b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
