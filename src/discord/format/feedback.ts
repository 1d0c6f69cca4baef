/**
 * The feedback buttons under an answer: 👍 / 👎 and "Wrong quote?" (the latter only when quotes are shown). Their
 * custom ids refer to the stored answer by id (`ask:vote:<id>:up`, `ask:report:<id>`): the answer itself is in the
 * feedback store, since a custom id holds at most 100 characters.
 */
import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from "discord.js";
import { customId } from "../buttons.js";

/** The command whose `button` handler receives the feedback buttons (it owns the answers). */
export const FEEDBACK_COMMAND = "ask";

export function feedbackRow(answerId: number, withQuotes: boolean): ActionRowBuilder<ButtonBuilder> {
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(customId(FEEDBACK_COMMAND, "vote", answerId, "up")).setStyle(ButtonStyle.Secondary).setEmoji("👍"),
    new ButtonBuilder().setCustomId(customId(FEEDBACK_COMMAND, "vote", answerId, "down")).setStyle(ButtonStyle.Secondary).setEmoji("👎"),
  );
  if (withQuotes) row.addComponents(new ButtonBuilder().setCustomId(customId(FEEDBACK_COMMAND, "report", answerId)).setStyle(ButtonStyle.Secondary).setLabel("Wrong quote?"));
  return row;
}
