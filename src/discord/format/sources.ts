/**
 * One page of `/sources`: the indexed articles (outlet, date, headline, link), newest first, with Previous/Next
 * buttons. The caller supplies the buttons' custom ids so the routing prefix stays with the command.
 */
import type { ArticleMeta } from "../../types.js";
import { fitEmbed } from "./embed.js";
import { clampPage, pagerButtons, type PagedEmbed } from "./pager.js";
import { cutAtWord } from "./limits.js";
import { escapeText, formatPublished, oneLine, outletOf, safeUrl } from "./text.js";

export const SOURCES_PAGE_SIZE = 10;

export type SourcesPage = PagedEmbed;

/** Renders page `page` (0-based) of `articles` (already newest first). */
export function formatSourcesPage(
  articles: readonly ArticleMeta[],
  page: number,
  pageId: (page: number) => string,
  pageSize: number = SOURCES_PAGE_SIZE,
): SourcesPage {
  const pages = Math.max(1, Math.ceil(articles.length / pageSize));
  const current = clampPage(page, pages);
  const shown = articles.slice(current * pageSize, (current + 1) * pageSize);
  const description =
    shown.length === 0 ? "No articles are indexed yet." : shown.map((a, i) => `${current * pageSize + i + 1}. ${articleLine(a)}`).join("\n");
  const embed = fitEmbed({
    title: "Sources",
    description,
    footer: { text: `Page ${current + 1} of ${pages} · ${articles.length} article${articles.length === 1 ? "" : "s"}${syndication(articles)}, newest first` },
  });
  const components = pagerButtons(pageId, current, pages);
  return { embeds: [embed], components, page: current, pages };
}

/** " (2 also carried by 3 other outlets)" when some stories were stored once for several outlets; "" otherwise. */
function syndication(articles: readonly ArticleMeta[]): string {
  const shared = articles.filter((a) => a.alsoPublishedBy?.length);
  if (shared.length === 0) return "";
  const others = new Set(shared.flatMap((a) => a.alsoPublishedBy!.filter((o) => o !== a.source)));
  return ` (${shared.length} also carried by ${others.size} other outlet${others.size === 1 ? "" : "s"})`;
}

/** `**Axios** · 30 Nov 2025 · [Headline](url)`: a masked link in an embed shows no preview. */
export function articleLine(a: ArticleMeta): string {
  const title = escapeText(cutAtWord(oneLine(a.title), 200));
  const url = safeUrl(a.url);
  return `**${escapeText(oneLine(outletOf(a)))}** · ${formatPublished(a.published)} · ${url ? `[${title}](${url})` : `*${title}*`}`;
}
