/**
 * A `CorpusSnapshot` made straight from articles, split with the index's own sentence splitter, for callers that
 * have a corpus but no loaded index (the eval script). Offsets and order are the ones the index holds.
 */
import { splitSentences } from "../text/sentences.js";
import type { Article, CorpusSnapshot, IndexedSentence } from "../types.js";

export function snapshotOfArticles(articles: Article[]): CorpusSnapshot {
  const byArticle = new Map<string, IndexedSentence[]>();
  let label = 0;
  for (const a of articles) {
    const sentences = splitSentences(a.body).map((span, index) => ({
      ...span,
      label: label++,
      articleId: a.id,
      index,
      text: a.body.slice(span.start, span.end),
    }));
    byArticle.set(a.id, sentences);
  }
  return { articles, sentencesOf: (id) => byArticle.get(id) ?? [] };
}
