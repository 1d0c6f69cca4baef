/**
 * A quote is a span of an article's body with the article's citation: the one way every path (extractive answers,
 * verified LLM quotes, the timeline) turns a span into what users see.
 */
import type { ArticleMeta, Quote } from "../types.js";

export function quoteOf(article: ArticleMeta, span: { text: string; start: number; end: number }): Quote {
  const q: Quote = {
    text: span.text,
    articleId: article.id,
    title: article.title,
    source: article.source,
    published: article.published,
    start: span.start,
    end: span.end,
  };
  if (article.url) q.url = article.url;
  if (article.alsoPublishedBy?.length) q.alsoPublishedBy = article.alsoPublishedBy;
  return q;
}
