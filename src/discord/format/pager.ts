/**
 * Previous/Next buttons for a paged embed (/sources, /timeline, /whatsnew). Each button's custom id names the page it opens,
 * so a click needs no state on the bot's side.
 */
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type APIEmbed } from "discord.js";

/** One page of a paged embed (/sources, /timeline, /whatsnew). */
export interface PagedEmbed {
  embeds: APIEmbed[];
  components: ActionRowBuilder<ButtonBuilder>[];
  /** The page actually shown (the requested one clamped to the pages that exist). */
  page: number;
  pages: number;
}

/** The page to show for a requested one: a whole number within the pages that exist (an old button may ask for more). */
export function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(0, Math.trunc(page) || 0), pages - 1);
}

/** One row of Previous/Next buttons, or none when everything fits on one page. */
export function pagerButtons(pageId: (page: number) => string, current: number, pages: number): ActionRowBuilder<ButtonBuilder>[] {
  if (pages <= 1) return [];
  return [
    new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId(pageId(current - 1)).setLabel("Previous").setStyle(ButtonStyle.Secondary).setDisabled(current === 0),
      new ButtonBuilder().setCustomId(pageId(current + 1)).setLabel("Next").setStyle(ButtonStyle.Secondary).setDisabled(current >= pages - 1),
    ),
  ];
}
