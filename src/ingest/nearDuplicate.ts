/**
 * Near-duplicate texts: the same wire story carried by several outlets differs by a dateline, a credit line or a
 * changed word. Texts are compared as sets of word 5-shingles (Jaccard similarity); at `SYNDICATED_SIMILARITY` or
 * above they are one story. Exact Jaccard is cheap at corpus sizes (thousands of articles), so no MinHash sketch.
 */

/** Jaccard similarity of word 5-shingles at or above which two texts are the same story. */
export const SYNDICATED_SIMILARITY = 0.9;

const SHINGLE = 5;

/** The set of word 5-shingles of a text (lower case, letters and digits only). */
export function shingles(text: string): Set<string> {
  const words = text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  if (words.length < SHINGLE) {
    if (words.length) out.add(words.join(" "));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(" "));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The most similar of `candidates` to `text` when at or above the threshold, with its similarity. */
export function findNearDuplicate<T extends { body: string }>(
  text: string,
  candidates: readonly T[],
  threshold = SYNDICATED_SIMILARITY,
): { match: T; similarity: number } | undefined {
  const mine = shingles(text);
  let best: { match: T; similarity: number } | undefined;
  for (const c of candidates) {
    const theirs = shingles(c.body);
    // Sizes alone bound the similarity: skip what cannot reach the threshold.
    if (Math.min(mine.size, theirs.size) / Math.max(mine.size, theirs.size, 1) < threshold) continue;
    const similarity = jaccard(mine, theirs);
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = { match: c, similarity };
  }
  return best;
}
