/**
 * One link into the corpus: fetch the page (`fetchPage`), then import it as `addArticle` does a file, with the
 * address it came from as the `url` when the page names no canonical one.
 */
import { addArticle, type AddArticleOptions, type AddArticleResult } from "./addArticle.js";
import { fetchPage, type FetchOptions } from "./fetchPage.js";

export type ImportUrlResult = AddArticleResult | { ok: false; reason: "fetch"; message: string };

export async function importUrl(
  url: string,
  options: Omit<AddArticleOptions, "raw" | "format" | "fetchedFrom"> & { fetch?: FetchOptions },
): Promise<ImportUrlResult> {
  const page = await fetchPage(url, options.fetch);
  if (!page.ok) return { ok: false, reason: "fetch", message: `add-article: ${page.message}` };
  const { fetch: _fetch, ...rest } = options;
  const result = await addArticle({ ...rest, raw: page.text, format: page.format, fetchedFrom: page.url });
  return result.ok ? result : { ...result, message: result.message.replace(/^add-article: /, `add-article: ${url}: `) };
}
