/**
 * Previous/Next buttons for a paged embed (/sources, /timeline). Each button's custom id names the page it opens,
 * so a click needs no state on the bot's side.
 */
import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from "discord.js";

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
