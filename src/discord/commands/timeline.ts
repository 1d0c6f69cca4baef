/**
 * `/timeline [from] [to] [topic]`: the key dates of the talks first (the summary, one embed per page), with a
 * "Show all" button for every dated event and its quotes, and the picture of the summary attached. Button ids are
 * `timeline:<key|page>:<n>:<from>:<to>:<topic>` ("key" pages the summary, "page" the full list, as ids always did),
 * so a click carries its filters. A click is acknowledged at once (deferUpdate) and paged from the timeline
 * remembered for the current index (cachedEngineTimeline): no new topic search per click, however slow the
 * embeddings server. The one-line summaries are the extractive ones even with a chat model configured, so that
 * every page reads alike.
 */
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  InteractionContextType,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from "discord.js";
import type { Logger } from "../../log.js";
import {
  TIMELINE_DEFAULTS,
  cachedEngineTimeline,
  renderTimelinePng,
  reportedBy,
  timelineRefusal,
  type Timeline,
  type TimelineEvent,
  type TimelineOptions,
} from "../../timeline/index.js";
import { customId } from "../buttons.js";
import { errorForLog } from "../discordErrors.js";
import { fitEmbed } from "../format/embed.js";
import { clampPage, pagerButtons, type PagedEmbed } from "../format/pager.js";
import { DISCORD_LIMITS, cutAtSentence, cutAtWord } from "../format/limits.js";
import { articleLine } from "../format/sources.js";
import { escapeText, oneLine } from "../format/text.js";
import { NO_MENTIONS, deferReply, deferUpdate, respond, updateMessage } from "../respond.js";
import type { Command } from "./index.js";

const NAME = "timeline";
/** Keeps the custom id (command, view, page, both days and the topic) within Discord's 100 characters. */
const TOPIC_MAX_LENGTH = 50;
/** Room left under the description limit for the page's own lines. */
const PAGE_CHARS = 3800;
const QUOTES_PER_EVENT = 3;
const QUOTE_CHARS = 350;
const PICTURE = "timeline.png";

/** The summary ("key") or the full list ("page", the id older messages carry). */
type View = "key" | "page";

export default {
  data: new SlashCommandBuilder()
    .setName(NAME)
    .setDescription("The key dates of the peace talks, with the quotes each rests on (and every dated event on asking).")
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) => o.setName("from").setDescription("First day, YYYY-MM-DD (e.g. 2025-11-23)").setMinLength(10).setMaxLength(10))
    .addStringOption((o) => o.setName("to").setDescription("Last day, YYYY-MM-DD (e.g. 2025-12-06)").setMinLength(10).setMaxLength(10))
    .addStringOption((o) => o.setName("topic").setDescription("Only events about this, e.g. security guarantees").setMaxLength(TOPIC_MAX_LENGTH))
    .toJSON(),

  async execute(interaction, ctx) {
    const filters = optionsOf(interaction);
    const refusal = timelineRefusal(filters);
    if (refusal) {
      await respond(interaction, { content: refusal.message, ephemeral: true }, ctx.log);
      return;
    }
    if (!(await deferReply(interaction, { ephemeral: false }, ctx.log))) return;
    const t = await cachedEngineTimeline(ctx.engine, withView(filters, "key"));
    if (!(await respond(interaction, formatTimelinePage(t, 0, pageIds(filters, "key"), pageIds(filters, "page")), ctx.log))) return;
    if (t.events.length > 0) await attachPicture(interaction, renderTimelinePng(t), ctx.log);
  },

  async button(interaction, args, ctx) {
    const [view, page, from, to, ...topic] = args;
    if (view !== "page" && view !== "key") {
      await respond(interaction, { content: "This button no longer works; run /timeline again.", ephemeral: true }, ctx.log);
      return;
    }
    // Acknowledge first: the timeline may have to be made again (after a restart or a re-index), which can take
    // longer than the 3 s Discord allows a click.
    if (!(await deferUpdate(interaction, ctx.log))) return;
    const filters = { from: from || undefined, to: to || undefined, topic: topic.join(":") || undefined };
    const t = await cachedEngineTimeline(ctx.engine, withView(filters, view));
    const other = view === "key" ? "page" : "key";
    await updateMessage(interaction, formatTimelinePage(t, Number(page), pageIds(filters, view), pageIds(filters, other)), ctx.log);
  },
} satisfies Command;

function optionsOf(interaction: ChatInputCommandInteraction): TimelineOptions {
  const get = (name: string) => interaction.options.getString(name)?.trim() || undefined;
  return { from: get("from"), to: get("to"), topic: get("topic") };
}

function withView(filters: TimelineOptions, view: View): TimelineOptions {
  return { ...filters, max: view === "key" ? TIMELINE_DEFAULTS.summaryMax : undefined };
}

function pageIds(o: TimelineOptions, view: View): (page: number) => string {
  return (page) => customId(NAME, view, page, o.from ?? "", o.to ?? "", o.topic ?? "");
}

export type TimelinePage = PagedEmbed;

/**
 * Page `page` (0-based, clamped) of `t`: whole days while they fit, a long day split between its events. With
 * `otherView`, a button to the other view: "Show all" under a summary that leaves events out, "Key dates" under
 * the full list.
 */
export function formatTimelinePage(
  t: Timeline, page: number, pageId: (page: number) => string, otherView?: (page: number) => string,
): TimelinePage {
  const pagesText = paginate(t);
  const pages = pagesText.length;
  const current = clampPage(page, pages);
  const n = t.events.length;
  const count = t.summary
    ? `${n} key event${n === 1 ? "" : "s"}${t.total > n ? ` of ${t.total}` : ""} from ${t.articles} article${t.articles === 1 ? "" : "s"}`
    : `${n} event${n === 1 ? "" : "s"} from ${t.articles} article${t.articles === 1 ? "" : "s"}`;
  const embed = fitEmbed({
    title: cutAtWord(`${t.summary ? "Key dates of the talks" : "Timeline of the talks"}${t.topic ? `: ${oneLine(t.topic)}` : ""}`, DISCORD_LIMITS.embedTitle),
    description: pagesText[current]!,
    footer: { text: `Page ${current + 1} of ${pages} · ${count}${t.from || t.to ? ` · ${t.from ?? "…"} to ${t.to ?? "…"}` : ""}` },
  });
  const components = pagerButtons(pageId, current, pages);
  const switchTo = t.summary ? (t.total > n ? "Show all" : undefined) : "Key dates";
  if (otherView && switchTo) {
    const button = new ButtonBuilder().setCustomId(otherView(0)).setLabel(switchTo).setStyle(ButtonStyle.Primary);
    if (components[0]) components[0].addComponents(button);
    else components.push(new ActionRowBuilder<ButtonBuilder>().addComponents(button));
  }
  return { embeds: [embed], components, page: current, pages };
}

/** The pages' descriptions: each day's heading and events, packed while under `PAGE_CHARS`. */
function paginate(t: Timeline): string[] {
  if (t.events.length === 0) {
    return [t.topic ? `No dated event in the articles is about “${escapeText(oneLine(t.topic))}”.` : "No dated event in the articles."];
  }
  const pages: string[] = [];
  let current = "";
  for (const group of t.groups) {
    group.events.forEach((event, i) => {
      const block = eventBlock(event, t.summary);
      // A day carried over to the next page repeats its heading.
      const heading = `**${group.label}**${i > 0 ? " (continued)" : ""}`;
      const appended = i === 0 ? `${current ? "\n\n" : ""}${heading}\n${block}` : `\n${block}`;
      if (current !== "" && current.length + appended.length > PAGE_CHARS) {
        pages.push(current);
        current = `${heading}\n${block}`;
      } else {
        current += appended;
      }
    });
  }
  pages.push(current);
  return pages;
}

/**
 * `• summary`, then each report as a block quote with its citation; in a summary, who reported it and its most
 * central report only.
 */
function eventBlock(e: TimelineEvent, summary: boolean): string {
  const lines = [`• ${escapeText(oneLine(e.text))}`];
  if (summary) {
    lines.push(`*${escapeText(reportedBy(e))}*`);
    const q = e.quotes[0]!;
    // The line is cut from this quote most of the time: then the citation alone, so a page holds more dates.
    const head = e.text.replace(/\s*…$/, "").replace(/^\[[^\]]+\]/, "").slice(0, 60);
    if (!q.text.includes(head)) lines.push(`> ${cutAtSentence(escapeText(oneLine(q.text)), QUOTE_CHARS)}`);
    lines.push(`> — ${articleLine({ ...q, id: q.articleId })}`);
    return lines.join("\n");
  }
  for (const q of e.quotes.slice(0, QUOTES_PER_EVENT)) {
    lines.push(`> ${cutAtSentence(escapeText(oneLine(q.text)), QUOTE_CHARS)}`);
    lines.push(`> — ${articleLine({ ...q, id: q.articleId })}`);
  }
  const more = e.quotes.length - QUOTES_PER_EVENT;
  if (more > 0) lines.push(`> …and ${more} more report${more === 1 ? "" : "s"}`);
  return lines.join("\n");
}

/**
 * Adds the picture to the reply just sent. `respond` carries no files, so this one edit goes to discord.js
 * directly; a failure leaves the text timeline in place and is only logged.
 */
async function attachPicture(interaction: ChatInputCommandInteraction, png: Buffer, log: Logger): Promise<void> {
  try {
    await interaction.editReply({
      files: [new AttachmentBuilder(png, { name: PICTURE, description: "The timeline: dates on an axis, one labelled mark per event" })],
      allowedMentions: NO_MENTIONS,
    });
  } catch (err) {
    log.warn({ err: errorForLog(err) }, "timeline: could not attach the picture");
  }
}
