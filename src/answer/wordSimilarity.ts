/**
 * Word and phrase similarity from the GloVe vectors, for matching a question's words to an article's
 * ("quit" ~ "resigned", "Florida" ~ "Miami", and the phrase "Russian president" ~ "Putin").
 */
import type { GloveVectors } from "../embeddings/gloveCache.js";
import type { WordSimilarity } from "./extractive.js";

export class GloveWordSimilarity implements WordSimilarity {
  private readonly unit = new Map<string, Float64Array | null>();
  /**
   * a → b → similarity, kept across questions: ranking compares each question word with every word of 40-odd
   * candidate sentences and their neighbours, mostly the same words question after question. Two levels, so a
   * lookup builds no key string. Bounded: starts over past MAX_CACHED_PAIRS.
   */
  private readonly pairs = new Map<string, Map<string, number | undefined>>();
  private cachedPairs = 0;

  constructor(private readonly vectors: GloveVectors) {}

  similarity(a: string, b: string): number | undefined {
    let row = this.pairs.get(a);
    if (row === undefined) {
      if (this.cachedPairs >= MAX_CACHED_PAIRS) {
        this.pairs.clear();
        this.cachedPairs = 0;
      }
      row = new Map();
      this.pairs.set(a, row);
    }
    const known = row.get(b);
    if (known !== undefined || row.has(b)) return known;
    const sim = this.vectors.similarity(a, b);
    row.set(b, sim);
    this.cachedPairs++;
    return sim;
  }

  /** The rows of the words the vectors know (an unknown word is similar to nothing): see bestSimilarity. */
  wordList(words: readonly string[]): Int32Array {
    const rows: number[] = [];
    for (const w of words) {
      const row = this.vectors.lookup(w);
      if (row >= 0) rows.push(row);
    }
    return Int32Array.from(rows);
  }

  /**
   * max(0, similarity(word, w) for every w of the list), without a lookup or a cache entry per pair: a dot product
   * of two rows costs less than finding the pair in the cache, and most pairs of a new sentence are new.
   */
  bestSimilarity(word: string, list: Int32Array): number {
    const a = this.vectors.lookup(word);
    if (a < 0) return 0;
    let best = 0;
    for (let i = 0; i < list.length; i++) {
      const sim = this.vectors.similarityOfRows(a, list[i]!);
      if (sim > best) best = sim;
    }
    return best;
  }

  /** Cosine between the sum of the phrase's word vectors and one word; undefined when a word is unknown. */
  phraseSimilarity(phrase: string[], word: string): number | undefined {
    const p = this.phraseVector(phrase);
    const w = this.wordVector(word);
    if (!p || !w) return undefined;
    let s = 0;
    for (let i = 0; i < p.length; i++) s += p[i]! * w[i]!;
    return s;
  }

  private phraseVector(words: string[]): Float64Array | undefined {
    const key = words.join(" ");
    if (!this.unit.has(key)) {
      const acc = new Float64Array(this.vectors.dims);
      let ok = true;
      for (const w of words) {
        const row = this.vectors.lookup(w);
        if (row < 0) ok = false;
        else this.vectors.accumulate(row, 1, acc);
      }
      this.unit.set(key, ok ? normalize(acc) : null);
    }
    return this.unit.get(key) ?? undefined;
  }

  /** phraseVector([word]) (the same entry: a one-word phrase's key is the word), without an array and a join a call. */
  private wordVector(word: string): Float64Array | undefined {
    const known = this.unit.get(word);
    return known !== undefined ? (known ?? undefined) : this.phraseVector([word]);
  }
}

/** About 50 bytes a pair: the bound keeps the cache to a few tens of MB. */
const MAX_CACHED_PAIRS = 500_000;

function normalize(v: Float64Array): Float64Array | null {
  let n = 0;
  for (const x of v) n += x * x;
  if (n === 0) return null;
  n = Math.sqrt(n);
  // In place (the same quotients): the vector is the caller's own, and one fewer array per new word.
  for (let i = 0; i < v.length; i++) v[i] = v[i]! / n;
  return v;
}
