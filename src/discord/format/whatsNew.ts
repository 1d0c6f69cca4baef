/**
 * One page of `/whatsnew`: the articles added in the window (as `/sources` lists them), then the events dated in it
 * (day, the event's line, its first report), newest first, with `/sources`' Previous/Next buttons.
 */
import type { WhatsNew } from "../../engine/whatsNew.js";
import { fitEmbed } from "./embed.js";
import { cutAtWord } from "./limits.js";
import { clampPage, pagerButtons, type PagedEmbed } from "./pager.js";
import { articleLine } from "./sources.js";
import { escapeText, oneLine } from "./text.js";

export const WHATS_NEW_PAGE_SIZE = 10;

export type WhatsNewPage = PagedEmbed;

type Entry = { kind: "article" | "event"; line: string };

export function formatWhatsNewPage(news: WhatsNew, page: number, pageId: (page: number) => string, pageSize = WHATS_NEW_PAGE_SIZE): WhatsNewPage {
  const entries: Entry[] = [
    ...news.articles.map((a) => ({ kind: "article" as const, line: articleLine(a) })),
    ...news.events.map((e) => {
      const q = e.quotes[0]!;
      return { kind: "event" as const, line: `**${e.label}** · ${escapeText(cutAtWord(oneLine(e.text), 200))}\n   — ${articleLine({ ...q, id: q.articleId })}` };
    }),
  ];
  const pages = Math.max(1, Math.ceil(entries.length / pageSize));
  const current = clampPage(page, pages);
  const shown = entries.slice(current * pageSize, (current + 1) * pageSize);
  const lines: string[] = [];
  shown.forEach((entry, i) => {
    // Each kind gets its heading where it starts on this page.
    if (i === 0 || shown[i - 1]!.kind !== entry.kind) {
      if (lines.length > 0) lines.push("");
      lines.push(entry.kind === "article" ? "**Articles added**" : "**Events dated in this window**");
    }
    lines.push(`${entry.kind === "article" ? "•" : "◦"} ${entry.line}`);
  });
  const counts = `${news.articles.length} article${news.articles.length === 1 ? "" : "s"} added · ${news.events.length} event${news.events.length === 1 ? "" : "s"}`;
  const embed = fitEmbed({
    title: `What's new ${news.label}`,
    description: lines.length > 0 ? lines.join("\n") : "Nothing new: no article was added and no event is dated in this window. Try `since:7d`.",
    footer: { text: `Page ${current + 1} of ${pages} · ${counts}, newest first` },
  });
  return { embeds: [embed], components: pagerButtons(pageId, current, pages), page: current, pages };
}
