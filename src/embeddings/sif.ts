/**
 * SIF sentence embeddings (Arora, Liang & Ma 2017, "A Simple but Tough-to-Beat Baseline for Sentence Embeddings"):
 * a weighted average of word vectors, weight a / (a + p(w)), then removal of the projection on a common component.
 *
 * Two departures from the paper, both forced by what we have and what the index needs:
 * - p(w) comes from the frequency rank (Zipf's law), because the GloVe package ships ranks, not counts.
 * - The common component is not fitted on the corpus being indexed (then every re-index would move every vector,
 *   and a query embedded today would not match documents embedded yesterday). It is the first principal component
 *   of the expected SIF vectors of pseudo-sentences drawn from the unigram (Zipf) distribution of the vocabulary:
 *   a fixed reference, computed once when the GloVe cache is compiled and stored in it.
 */

/** The vector access SIF needs (implemented by `GloveVectors`). */
export interface WordVectorSource {
  readonly dims: number;
  readonly size: number;
  word(row: number): string;
  /** into += factor · (unit vector of `row`). */
  accumulate(row: number, factor: number, into: Float64Array): void;
}

/** Tuning knobs of SIF. Changing one changes every vector: bump the cache format version (gloveCache.ts). */
export const SIF_DEFAULTS = {
  /**
   * The smoothing weight a of a / (a + p(w)). With Zipf probabilities (p ≈ 1 / (13 · rank)) a word at rank r gets
   * weight r / (r + 1/(13a)): at 1e-3 the weight is 0.5 around rank 75 ("the" ≈ 0.01, rank 1000 ≈ 0.93).
   * The paper finds 1e-4 to 1e-3 best; the larger value suits ranks, which over-estimate rare words' p(w).
   */
  a: 1e-3,
  /** Length of the reference pseudo-sentences used for the common component (typical news sentences: 15–30). */
  referenceSentenceLength: 20,
} as const;

/**
 * SIF weight a / (a + p) of every row, p the Zipf probability 1 / ((rank + 1) · H(size)). Rows are in frequency
 * order, so a row is its rank.
 */
export function sifWeights(size: number, a: number = SIF_DEFAULTS.a): Float32Array {
  const weights = new Float32Array(size);
  const h = harmonic(size);
  for (let row = 0; row < size; row++) {
    const p = 1 / ((row + 1) * h);
    weights[row] = a / (a + p);
  }
  return weights;
}

/** Rows whose word can come out of the tokenizer (punctuation rows cannot, so they stay out of the reference). */
function isWordRow(word: string): boolean {
  return /[a-z0-9]/.test(word);
}

/**
 * The common component (unit length): the top eigenvector of E[s sᵀ], s the SIF vector of an n-word pseudo-sentence
 * whose words are drawn independently from the unigram distribution. With c_w = weight(w) · v_w and μ = Σ p_w c_w:
 * E[s sᵀ] = (1/n) Σ p_w c_w c_wᵀ + (1 − 1/n) μ μᵀ, exactly, so no sampling (and no seed) is needed.
 * Power iteration applies that matrix implicitly: O(iterations · size · dims).
 */
export function commonComponent(
  source: WordVectorSource,
  options: { a?: number; sentenceLength?: number } = {},
): Float32Array {
  const { dims, size } = source;
  const n = options.sentenceLength ?? SIF_DEFAULTS.referenceSentenceLength;
  const weights = sifWeights(size, options.a);
  // Zipf probabilities renormalised over the rows a text can produce.
  const rows: number[] = [];
  for (let row = 0; row < size; row++) if (isWordRow(source.word(row))) rows.push(row);
  const total = rows.reduce((sum, row) => sum + 1 / (row + 1), 0);
  const p = rows.map((row) => 1 / (row + 1) / total);
  // Unit vectors of the reference rows, scaled by their SIF weight, gathered once (every iteration below reads them all).
  const c = new Float32Array(rows.length * dims);
  const tmp = new Float64Array(dims);
  const mu = new Float64Array(dims);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    tmp.fill(0);
    source.accumulate(row, weights[row]!, tmp);
    c.set(tmp, i * dims);
    for (let d = 0; d < dims; d++) mu[d]! += p[i]! * tmp[d]!;
  }
  let x = normalised(mu);
  for (let iter = 0; iter < 200; iter++) {
    const next = new Float64Array(dims);
    const muDotX = dot(mu, x);
    for (let d = 0; d < dims; d++) next[d] = (1 - 1 / n) * mu[d]! * muDotX;
    for (let i = 0; i < rows.length; i++) {
      const off = i * dims;
      let proj = 0;
      for (let d = 0; d < dims; d++) proj += c[off + d]! * x[d]!;
      const f = (p[i]! * proj) / n;
      for (let d = 0; d < dims; d++) next[d]! += f * c[off + d]!;
    }
    const y = normalised(next);
    const converged = Math.abs(Math.abs(dot(x, y)) - 1) < 1e-12;
    x = y;
    if (converged) break;
  }
  return Float32Array.from(x);
}

function harmonic(n: number): number {
  // Euler–Maclaurin: exact to ~1e-12 for the sizes we use.
  return Math.log(n) + 0.5772156649015329 + 1 / (2 * n) - 1 / (12 * n * n);
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function normalised(v: Float64Array): Float64Array {
  const norm = Math.sqrt(dot(v, v));
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i]! / norm;
  return out;
}
