/**
 * Passages for the chat model: each top sentence with its neighbours, overlapping windows of one article merged,
 * so the model sees enough context to answer and the verifier knows exactly which characters each passage holds.
 */
import type { CorpusSnapshot, IndexedSentence, Passage } from "../types.js";

export function buildPassages(snapshot: CorpusSnapshot, bodyOf: (id: string) => string, top: IndexedSentence[], max = 6, radius = 1): Passage[] {
  const windows: { articleId: string; from: number; to: number }[] = [];
  for (const s of top) {
    if (windows.length >= max) break;
    const count = snapshot.sentencesOf(s.articleId).length;
    const from = Math.max(0, s.index - radius);
    const to = Math.min(count - 1, s.index + radius);
    const same = windows.find((w) => w.articleId === s.articleId && from <= w.to + 1 && to >= w.from - 1);
    if (same) {
      same.from = Math.min(same.from, from);
      same.to = Math.max(same.to, to);
    } else windows.push({ articleId: s.articleId, from, to });
  }
  return windows.map((w) => {
    const sentences = snapshot.sentencesOf(w.articleId);
    const start = sentences[w.from]!.start;
    const end = sentences[w.to]!.end;
    return { articleId: w.articleId, fromSentence: w.from, toSentence: w.to, start, end, text: bodyOf(w.articleId).slice(start, end) };
  });
}
