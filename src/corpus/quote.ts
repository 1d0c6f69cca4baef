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

/**
 * The quotes whose text is exactly `body.slice(start, end)` of their article as loaded now; the others are left out
 * and logged. The last check before a quote is shown: whatever went wrong upstream (a damaged or mismatched index,
 * a bug in offsets), nothing reaches a user as "verbatim" unless the article says exactly that.
 */
export function verbatimQuotes(
  quotes: Quote[],
  bodyOf: (articleId: string) => string | undefined,
  log?: { warn: (obj: object, msg: string) => void },
): Quote[] {
  return quotes.filter((q) => {
    const body = bodyOf(q.articleId);
    if (body !== undefined && body.slice(q.start, q.end) === q.text) return true;
    log?.warn(
      { articleId: q.articleId, start: q.start, end: q.end, quoted: q.text.slice(0, 200), found: body?.slice(q.start, q.end).slice(0, 200) ?? null },
      "answer: left out a quote that is not the article's text at its offsets",
    );
    return false;
  });
}
