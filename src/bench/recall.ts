/**
 * recall@k of an HNSW search against exact brute-force cosine search over the same vectors (read back from the
 * graph with `getPoint`, so both sides see exactly the same numbers).
 *
 * Ties count as hits: a returned point as close to the query as the exact k-th one is a right answer. This matters
 * on the ×10 corpus, where every sentence exists ten times with the same vector, and which ten copies the exact
 * search lists is arbitrary.
 */
export interface PointSource {
  getIdsList(): number[];
  getPoint(label: number): number[];
}

const TIE = 1e-5;

/** The graph's vectors as one row-major matrix, unit length (hnswlib's cosine space stores them normalised). */
export class ExactIndex {
  private readonly labels: Int32Array;
  private readonly rows = new Map<number, number>();
  private readonly matrix: Float32Array;

  constructor(source: PointSource, readonly dimensions: number, live: (label: number) => boolean = () => true) {
    const ids = source.getIdsList().filter(live).sort((a, b) => a - b);
    this.labels = Int32Array.from(ids);
    this.matrix = new Float32Array(ids.length * dimensions);
    ids.forEach((label, row) => {
      this.matrix.set(unit(source.getPoint(label)), row * dimensions);
      this.rows.set(label, row);
    });
  }

  /** The cosine similarities of the `k` rows closest to `query`, best first. */
  topScores(query: number[], k: number): number[] {
    const q = unit(query);
    const d = this.dimensions;
    const best = new Float64Array(k).fill(-Infinity);
    for (let row = 0, off = 0; row < this.labels.length; row++, off += d) {
      let s = 0;
      for (let j = 0; j < d; j++) s += q[j]! * this.matrix[off + j]!;
      if (s <= best[k - 1]!) continue;
      let i = k - 1;
      while (i > 0 && best[i - 1]! < s) {
        best[i] = best[i - 1]!;
        i--;
      }
      best[i] = s;
    }
    return [...best].filter((s) => s > -Infinity);
  }

  /** Cosine of `query` and the point `label` (NaN for a label not in the index). */
  similarity(query: number[], label: number): number {
    const row = this.rows.get(label);
    if (row === undefined) return NaN;
    const q = unit(query);
    let s = 0;
    for (let j = 0, off = row * this.dimensions; j < this.dimensions; j++) s += q[j]! * this.matrix[off + j]!;
    return s;
  }
}

/** The exact top-k scores of each query, computed once and reused for every setting measured. */
export function exactTruth(exact: ExactIndex, queries: number[][], k: number): number[][] {
  return queries.map((q) => exact.topScores(q, k));
}

/** Mean fraction of the k results that are at least as close as the exact k-th neighbour. */
export function recallAtK(
  exact: ExactIndex,
  truth: number[][],
  approximate: (query: number[]) => number[],
  queries: number[][],
  k: number,
): number {
  if (queries.length === 0) return NaN;
  let sum = 0;
  queries.forEach((q, i) => {
    const scores = truth[i]!;
    if (scores.length === 0) return void (sum += 1);
    const kth = scores[Math.min(k, scores.length) - 1]!;
    const hits = approximate(q)
      .slice(0, k)
      .filter((label) => exact.similarity(q, label) >= kth - TIE).length;
    sum += hits / Math.min(k, scores.length);
  });
  return sum / queries.length;
}

function unit(v: ArrayLike<number>): Float64Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i]! * v[i]!;
  n = Math.sqrt(n) || 1;
  return Float64Array.from(v, (x) => x / n);
}
