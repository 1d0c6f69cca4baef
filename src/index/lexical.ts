/**
 * The BM25 half of the hybrid index, purpose-built on typed arrays. Each segment holds an inverted index of its
 * sentences (term → segment-local sentence numbers and term frequencies); a search scores across all segments with
 * corpus-wide statistics (live sentences, their average length, each term's live document frequency), so a
 * sentence scores the same whichever segment holds it.
 *
 * Why not MiniSearch (used before index format 3): its postings are a Map of Maps per term, and a search builds a
 * result object with match details for every matching sentence; on the ×10 speech corpus (618k sentences) a
 * question cost 200 ms of that, and the maps were most of the build's memory. Here a posting list is two typed
 * arrays, the scores of a search accumulate in one Float64Array per segment, and only the top k are sorted. The
 * scoring is MiniSearch's own (BM25+ with k 1.2, b 0.7, d 0.5, a document's length being its distinct terms, the
 * sum multiplied by the number of distinct query terms it matched), so rankings are those of before
 * (test/index/lexical.test.ts compares the two). Impact-ordered postings or WAND would need scores fixed at build
 * time, which corpus-wide idf across segments does not allow; a scan of typed arrays is already well under the
 * answer's budget (npm run bench).
 */
import { lexicalTerms } from "../text/terms.js";
import { fromBase64, toBase64 } from "./base64Arrays.js";

export interface LexicalDoc {
  label: number;
  text: string;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
const FORMAT = "lexical-segment-1";

interface LexicalJson {
  format: typeof FORMAT;
  terms: string[];
  /** Base64 of the typed arrays below. */
  labels: string;
  lengths: string;
  starts: string;
  docs: string;
  freqs: string;
}

/** One segment's inverted index. Immutable once built. */
export class LexicalSegment {
  private readonly termIds: Map<string, number>;

  private constructor(
    /** Segment-local sentence number → sentence label. */
    readonly labels: Int32Array,
    /** Distinct terms of each sentence (BM25's document length). */
    readonly lengths: Uint16Array,
    readonly terms: string[],
    /** Postings of term t are docs[starts[t]] … docs[starts[t + 1] - 1], ascending, with their frequencies. */
    readonly starts: Uint32Array,
    readonly docs: Uint32Array,
    readonly freqs: Uint16Array,
  ) {
    this.termIds = new Map(terms.map((t, i) => [t, i]));
  }

  static build(docs: LexicalDoc[]): LexicalSegment {
    return LexicalSegment.fromTerms(
      docs.map((d) => d.label),
      docs.map((d) => lexicalTerms(d.text)),
    );
  }

  /** From each sentence's label and index terms (lexicalTerms of its text). */
  static fromTerms(sentenceLabels: ArrayLike<number>, termLists: ArrayLike<string[]>): LexicalSegment {
    const builder = new LexicalBuilder();
    for (let i = 0; i < sentenceLabels.length; i++) builder.add(sentenceLabels[i]!, termLists[i]!);
    return builder.finish();
  }

  /** @internal (LexicalBuilder) */
  static of(labels: Int32Array, lengths: Uint16Array, terms: string[], starts: Uint32Array, docs: Uint32Array, freqs: Uint16Array): LexicalSegment {
    return new LexicalSegment(labels, lengths, terms, starts, docs, freqs);
  }

  get size(): number {
    return this.labels.length;
  }

  /** The range of `term`'s postings, or undefined when the segment never uses it. */
  postings(term: string): [number, number] | undefined {
    const id = this.termIds.get(term);
    return id === undefined ? undefined : [this.starts[id]!, this.starts[id + 1]!];
  }

  toJSON(): LexicalJson {
    return {
      format: FORMAT,
      terms: this.terms,
      labels: toBase64(this.labels),
      lengths: toBase64(this.lengths),
      starts: toBase64(this.starts),
      docs: toBase64(this.docs),
      freqs: toBase64(this.freqs),
    };
  }

  /** Reads a segment's saved form; throws on anything inconsistent (the caller turns it into index.corrupt). */
  static fromJSON(json: unknown): LexicalSegment {
    const j = json as LexicalJson;
    if (j?.format !== FORMAT || !Array.isArray(j.terms)) throw new Error(`lexical: not a ${FORMAT} segment`);
    const labels = new Int32Array(fromBase64(j.labels, 4, "lexical"));
    const lengths = new Uint16Array(fromBase64(j.lengths, 2, "lexical"));
    const starts = new Uint32Array(fromBase64(j.starts, 4, "lexical"));
    const docs = new Uint32Array(fromBase64(j.docs, 4, "lexical"));
    const freqs = new Uint16Array(fromBase64(j.freqs, 2, "lexical"));
    const ok =
      lengths.length === labels.length &&
      starts.length === j.terms.length + 1 &&
      docs.length === freqs.length &&
      starts[j.terms.length] === docs.length &&
      docs.every((d) => d < labels.length);
    if (!ok) throw new Error("lexical: segment arrays disagree");
    return new LexicalSegment(labels, lengths, j.terms, starts, docs, freqs);
  }
}

/** Builds a segment's postings sentence by sentence, so a build never holds every sentence's term list at once. */
export class LexicalBuilder {
  private readonly labels: number[] = [];
  private readonly lengths: number[] = [];
  private readonly postings = new Map<string, number[]>();

  add(label: number, terms: string[]): void {
    const doc = this.labels.length;
    this.labels.push(label);
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    this.lengths.push(Math.min(counts.size, 0xffff));
    for (const [term, count] of counts) {
      const list = this.postings.get(term);
      if (list) list.push(doc, Math.min(count, 0xffff));
      else this.postings.set(term, [doc, Math.min(count, 0xffff)]);
    }
  }

  finish(): LexicalSegment {
    const terms = [...this.postings.keys()].sort();
    const starts = new Uint32Array(terms.length + 1);
    let total = 0;
    terms.forEach((t, i) => {
      starts[i] = total;
      total += this.postings.get(t)!.length / 2;
    });
    starts[terms.length] = total;
    const docs = new Uint32Array(total);
    const freqs = new Uint16Array(total);
    terms.forEach((t, i) => {
      const list = this.postings.get(t)!;
      for (let j = 0, at = starts[i]!; j < list.length; j += 2, at++) {
        docs[at] = list[j]!;
        freqs[at] = list[j + 1]!;
      }
    });
    return LexicalSegment.of(Int32Array.from(this.labels), Uint16Array.from(this.lengths), terms, starts, docs, freqs);
  }
}

export interface LexicalHit {
  label: number;
  score: number;
}

/**
 * The segments of a loaded index, with which of their sentences are live (a changed or deleted article's old
 * sentences stay in their segment until a merge, and are skipped here).
 */
export class LexicalIndex {
  private readonly liveCount: number;
  private readonly avgLength: number;
  /** Per segment: live flag per local sentence, or undefined when all are live. */
  private readonly live: (Uint8Array | undefined)[];
  private readonly scores: Float64Array[];
  private readonly matched: Uint8Array[];
  /** Per segment: the sentences a search has scored so far, in the order first scored (a buffer reused by every search). */
  private readonly touched: Uint32Array[];
  /** Per segment: each sentence's BM25 length norm, worked out once rather than at every posting of every search. */
  private readonly norms: Float64Array[];

  constructor(
    readonly segments: LexicalSegment[],
    isLive: (label: number) => boolean,
  ) {
    let count = 0;
    let lengthSum = 0;
    this.live = segments.map((seg) => {
      const flags = new Uint8Array(seg.size);
      let dead = 0;
      for (let i = 0; i < seg.size; i++) {
        if (isLive(seg.labels[i]!)) {
          flags[i] = 1;
          count++;
          lengthSum += seg.lengths[i]!;
        } else dead++;
      }
      return dead === 0 ? undefined : flags;
    });
    this.liveCount = count;
    this.avgLength = count === 0 ? 0 : lengthSum / count;
    this.scores = segments.map((s) => new Float64Array(s.size));
    this.matched = segments.map((s) => new Uint8Array(s.size));
    this.touched = segments.map((s) => new Uint32Array(s.size));
    const { k: k1, b } = BM25;
    this.norms = segments.map((seg) => Float64Array.from(seg.lengths, (length) => k1 * (1 - b + (b * length) / this.avgLength)));
  }

  /** Live sentences holding `term` (an index term: already stemmed), across all segments. */
  documentFrequency(term: string): number {
    let n = 0;
    this.segments.forEach((seg, s) => {
      const range = seg.postings(term);
      if (!range) return;
      const live = this.live[s];
      if (!live) n += range[1] - range[0];
      else for (let p = range[0]; p < range[1]; p++) n += live[seg.docs[p]!]!;
    });
    return n;
  }

  /** Live sentences holding any of `terms`. */
  unionCount(terms: string[]): number {
    if (terms.length === 1) return this.documentFrequency(terms[0]!);
    let n = 0;
    this.segments.forEach((seg, s) => {
      const seen = new Uint8Array(seg.size);
      const live = this.live[s];
      for (const term of new Set(terms)) {
        const range = seg.postings(term);
        if (!range) continue;
        for (let p = range[0]; p < range[1]; p++) {
          const d = seg.docs[p]!;
          if (seen[d] || (live && !live[d])) continue;
          seen[d] = 1;
          n++;
        }
      }
    });
    return n;
  }

  /** BM25 top `k` for a free-text query (OR of its terms), best first. */
  search(query: string, k: number): LexicalHit[] {
    const terms = lexicalTerms(query);
    if (terms.length === 0 || k <= 0 || this.liveCount === 0) return [];
    const distinct = [...new Set(terms)];
    const times = new Map<string, number>();
    for (const t of terms) times.set(t, (times.get(t) ?? 0) + 1);
    const { k: k1, d } = BM25;
    const idf = new Map<string, number>();
    for (const term of distinct) {
      const df = this.documentFrequency(term);
      // A term written twice in the query counts twice, as in MiniSearch's OR of its terms.
      if (df > 0) idf.set(term, Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5)) * times.get(term)!);
    }
    const top = new TopK(k);
    this.segments.forEach((seg, s) => {
      const scores = this.scores[s]!;
      const matched = this.matched[s]!;
      const norms = this.norms[s]!;
      const live = this.live[s];
      const touched = this.touched[s]!;
      let count = 0;
      for (const term of distinct) {
        const range = seg.postings(term);
        const weight = idf.get(term);
        if (!range || weight === undefined) continue;
        for (let p = range[0]; p < range[1]; p++) {
          const doc = seg.docs[p]!;
          if (live && !live[doc]) continue;
          const tf = seg.freqs[p]!;
          const norm = norms[doc]!;
          if (matched[doc] === 0) touched[count++] = doc;
          matched[doc]!++;
          scores[doc]! += weight * (d + (tf * (k1 + 1)) / (tf + norm));
        }
      }
      for (let i = 0; i < count; i++) {
        const doc = touched[i]!;
        top.offer(seg.labels[doc]!, scores[doc]! * matched[doc]!);
        scores[doc] = 0;
        matched[doc] = 0;
      }
    });
    return top.sorted();
  }
}

const byScore = (a: LexicalHit, b: LexicalHit) => b.score - a.score || a.label - b.label;

/**
 * The best `k` hits seen. The weakest kept hit is remembered, so a hit that does not beat it (most of them, on a
 * common term) costs one comparison; a scan of the k kept ones happens only when one is replaced.
 */
class TopK {
  private readonly hits: LexicalHit[] = [];
  private weakest = -1;

  constructor(private readonly k: number) {}

  offer(label: number, score: number): void {
    const hits = this.hits;
    if (hits.length < this.k) {
      hits.push({ label, score });
      if (hits.length === this.k) this.findWeakest();
      return;
    }
    const w = hits[this.weakest]!;
    if (score < w.score || (score === w.score && label > w.label)) return;
    hits[this.weakest] = { label, score };
    this.findWeakest();
  }

  sorted(): LexicalHit[] {
    return this.hits.sort(byScore);
  }

  private findWeakest(): void {
    let weakest = 0;
    for (let i = 1; i < this.hits.length; i++) if (byScore(this.hits[i]!, this.hits[weakest]!) > 0) weakest = i;
    this.weakest = weakest;
  }
}
