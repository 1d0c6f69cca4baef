/**
 * An engine `Answer` as a Discord message: the lead-in, each quote as a block quote ending with its number, the
 * citations (outlet, headline, date, link) and link buttons to the cited articles. Pure: what to say comes from
 * the Answer; this only lays it out within Discord's limits.
 *
 * Numbering follows the engine: `[n]` is the n-th quote of `answer.quotes` (the lead-in's own `[n]` markers use the
 * same numbers). Quotes from the same article share one citation line, e.g. `[1, 3] Axios — …`.
 */
import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from "discord.js";
import { aboutLine } from "../../engine/formatText.js";
import { disagreementLines, reportedByLine } from "../../engine/corroborationText.js";
import type { Answer, Disagreement, Quote } from "../../types.js";
import { DISCORD_LIMITS, cutAtSentence, cutAtWord } from "./limits.js";
import { escapeText, formatPublished, oneLine, outletOf, safeUrl } from "./text.js";

export interface AnswerMessage {
  content: string;
  components: ActionRowBuilder<ButtonBuilder>[];
}

/** One cited article with the numbers of the quotes taken from it. */
export interface Citation {
  numbers: number[];
  articleId: string;
  source: string;
  title: string;
  published: string;
  url?: string;
  alsoPublishedBy?: string[];
}

/** Longest headline shown in a citation line; the rest of the line is short. */
const MAX_TITLE = 180;
/** A lead-in is cut to this before quotes are shortened: the quotes are the evidence. */
const MIN_LEAD = 300;

/** Groups the quotes by article, in order of first appearance. */
export function citationsOf(quotes: readonly Quote[]): Citation[] {
  const byArticle = new Map<string, Citation>();
  quotes.forEach((q, i) => {
    const existing = byArticle.get(q.articleId);
    if (existing) existing.numbers.push(i + 1);
    else {
      const c: Citation = { numbers: [i + 1], articleId: q.articleId, source: q.source, title: q.title, published: q.published, url: safeUrl(q.url) };
      if (q.alsoPublishedBy?.length) c.alsoPublishedBy = q.alsoPublishedBy;
      byArticle.set(q.articleId, c);
    }
  });
  return [...byArticle.values()];
}

export function citationLine(c: Citation): string {
  // The terminal's citation order (src/engine/formatText.ts), in Discord markdown.
  const parts = [`**[${c.numbers.join(", ")}]** ${escapeText(oneLine(outletOf(c)))}`, `“${escapeText(cutAtWord(oneLine(c.title), MAX_TITLE))}”`, formatPublished(c.published)];
  // `<…>` keeps Discord from unfurling a preview of the article.
  if (c.url) parts.push(`<${c.url}>`);
  return parts.join(" — ");
}

/** Formats `answer` for a message's content (≤ 2,000 characters) plus link buttons. */
export function formatAnswer(answer: Answer): AnswerMessage {
  // A follow-up says what it was taken to be about, so the answer stays honest about the question it answers.
  const lead = answer.followUp ? `${aboutLine(answer.followUp.about)}\n${answer.answer}` : answer.answer;
  if (!answer.found || answer.quotes.length === 0) {
    // "Not found" shows no quote at all, so nothing can pass for an answer.
    return { content: cutAtSentence(leadIn(lead), DISCORD_LIMITS.content), components: [] };
  }
  return fitAnswer(lead, answer.quotes, answer.disagreements ?? []);
}

function fitAnswer(lead: string, quotes: readonly Quote[], disagreements: readonly Disagreement[]): AnswerMessage {
  const max = DISCORD_LIMITS.content;
  // A quote longer than the whole message can only be shown in part: look at no more of it than could fit (plus a
  // little, to see where the sentence at the cut ends), so a 10 MB quote costs what a 2,000-character one does.
  const texts = quotes.map((q) => oneLine(q.text.length > 2 * max ? q.text.slice(0, 2 * max) : q.text));
  const render = (leadText: string, quoteTexts: readonly string[]) => {
    const shown = quotes.slice(0, quoteTexts.length);
    leadText = leadIn(dropMarkersAbove(leadText, quoteTexts.length));
    // Two reports side by side only while both are shown.
    const differ = disagreementLines({ disagreements: disagreements.filter((d) => d.reports.every((r) => r.quote < quoteTexts.length)) });
    if (differ.length > 0) leadText = [leadText, ...differ.map((l) => escapeText(oneLine(l)))].join("\n");
    const quoteLines = quoteTexts.map((t, i) => {
      const reported = reportedByLine(shown[i]!);
      return `> ${escapeText(t)} [${i + 1}]${reported ? `\n— ${escapeText(oneLine(reported))}` : ""}`;
    });
    const citations = citationsOf(shown).map(citationLine);
    return [leadText, quoteLines.join("\n\n"), citations.join("\n")].filter((s) => s !== "").join("\n\n");
  };

  let leadText = lead;
  let content = render(leadText, texts);
  if (content.length <= max) return { content, components: linkButtons(quotes) };

  // 1. Shorten the lead-in to a sentence or two.
  leadText = cutAtSentence(lead, MIN_LEAD);
  content = render(leadText, texts);
  // 2. Shorten quotes, the last first, at sentence boundaries (what is shown stays a verbatim prefix);
  //    drop a quote (and its citation, if no other quote has it) when nothing of it fits.
  const shortened = [...texts];
  while (content.length > max && shortened.length > 0) {
    const last = shortened.length - 1;
    const overflow = content.length - max;
    const room = escapeText(shortened[last]!).length - overflow;
    const cut = room > 40 ? cutAtSentence(shortened[last]!, room, (s) => escapeText(s).length) : "";
    if (cut === "" || cut === shortened[last]) shortened.pop();
    else shortened[last] = cut;
    content = render(leadText, shortened);
  }
  // 3. Whatever is left over (only possible with absurd metadata) is cut at a sentence boundary.
  if (content.length > max) content = cutAtSentence(content, max);
  return { content, components: linkButtons(quotes.slice(0, Math.max(shortened.length, 1))) };
}

/** The engine's lead-in (or not-found sentence) as markdown-safe text. */
export function leadIn(text: string): string {
  return escapeText(text);
}

/** Removes `[n]` markers that point at quotes no longer shown. */
function dropMarkersAbove(text: string, shown: number): string {
  return text.replace(/\s*\[(\d+(?:\s*,\s*\d+)*)\]/g, (all, list: string) => {
    const kept = list.split(",").map((n) => n.trim()).filter((n) => Number(n) <= shown);
    return kept.length === 0 ? "" : all.replace(list, kept.join(", "));
  });
}

/** A row of link buttons to the cited articles that have a link (at most 5, one per article). */
export function linkButtons(quotes: readonly Quote[]): ActionRowBuilder<ButtonBuilder>[] {
  const buttons = citationsOf(quotes)
    .filter((c): c is Citation & { url: string } => c.url !== undefined)
    .slice(0, DISCORD_LIMITS.buttonsPerRow)
    .map((c) =>
      new ButtonBuilder()
        .setStyle(ButtonStyle.Link)
        .setURL(c.url)
        .setLabel(cutAtWord(`[${c.numbers.join(", ")}] ${oneLine(c.source)}: ${oneLine(c.title)}`, DISCORD_LIMITS.buttonLabel)),
    );
  return buttons.length > 0 ? [new ActionRowBuilder<ButtonBuilder>().addComponents(buttons)] : [];
}
