/**
 * Every reply to an interaction goes through here, which keeps Discord's rules in one place:
 * - no pings: allowed mentions parse nothing on every message (the client default says the same);
 * - no link previews: content-only messages carry the SuppressEmbeds flag;
 * - 40060 (already acknowledged) is avoided: the deferred/replied state (and an ack still in flight) picks
 *   reply, edit or follow-up;
 * - 10062 (unknown interaction) is logged and dropped, never retried;
 * - nothing is edited once the 15-minute interaction token is about to expire.
 */
import {
  MessageFlags,
  type APIEmbed,
  type ActionRowBuilder,
  type ButtonBuilder,
  type ButtonInteraction,
  type MessageMentionOptions,
  type RepliableInteraction,
} from "discord.js";
import type { Logger } from "../log.js";
import { ALREADY_ACKNOWLEDGED, UNKNOWN_INTERACTION, discordErrorCode, errorForLog } from "./discordErrors.js";

/** Mentions in a message ping nobody: not @everyone/@here, no role, no user, not even the author replied to. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

/** Interaction tokens live 15 minutes; stop a minute early so an edit never races the expiry. */
export const EDIT_DEADLINE_MS = 14 * 60_000;

export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: ActionRowBuilder<ButtonBuilder>[];
  /** Visible only to the user (only takes effect on the first response: a deferred reply keeps its visibility). */
  ephemeral?: boolean;
}

/** Acks still in flight, so a second response waits for the first instead of answering twice. */
const pendingAcks = new WeakMap<RepliableInteraction, Promise<unknown>>();

export function canStillEdit(interaction: RepliableInteraction, now: number = Date.now()): boolean {
  return now - interaction.createdTimestamp < EDIT_DEADLINE_MS;
}

/**
 * Defers the reply ("thinking…"). Returns false if it was already acknowledged or Discord no longer knows the
 * interaction (logged), in which case the caller should stop.
 */
export async function deferReply(interaction: RepliableInteraction, options: { ephemeral: boolean }, log: Logger): Promise<boolean> {
  await pendingAcks.get(interaction);
  if (interaction.deferred || interaction.replied) return true;
  return track(interaction, log, "defer", () =>
    interaction.deferReply(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  );
}

/**
 * Acknowledges a button click at once ("the message will be updated"), so work that may take longer than
 * Discord's 3 s does not lose the click (10062); `updateMessage` then edits the message. Returns false as
 * `deferReply` does.
 */
export async function deferUpdate(interaction: ButtonInteraction, log: Logger): Promise<boolean> {
  await pendingAcks.get(interaction);
  if (interaction.deferred || interaction.replied) return true;
  return track(interaction, log, "defer update", () => interaction.deferUpdate());
}

/**
 * Sends `payload` as the interaction's response: a reply if nothing was sent yet, an edit of the deferred reply,
 * or a follow-up after a reply. Returns false if it could not be delivered (expired, unknown interaction); other
 * errors are thrown.
 */
export async function respond(interaction: RepliableInteraction, payload: ReplyPayload, log: Logger): Promise<boolean> {
  await pendingAcks.get(interaction);
  if (!canStillEdit(interaction)) {
    log.warn({ ageMs: Date.now() - interaction.createdTimestamp }, "discord: interaction token about to expire, response dropped");
    return false;
  }
  const base = {
    content: payload.content ?? "",
    embeds: payload.embeds ?? [],
    components: payload.components ?? [],
    allowedMentions: NO_MENTIONS,
  };
  const suppress = base.embeds.length === 0 ? MessageFlags.SuppressEmbeds : 0;
  const ephemeral = payload.ephemeral ? MessageFlags.Ephemeral : 0;
  if (!interaction.deferred && !interaction.replied) {
    return track(interaction, log, "reply", () => interaction.reply({ ...base, flags: suppress | ephemeral }));
  }
  if (interaction.deferred && !interaction.replied) {
    return guard(log, "edit", () => interaction.editReply(suppress ? { ...base, flags: MessageFlags.SuppressEmbeds } : base));
  }
  return guard(log, "follow-up", () => interaction.followUp({ ...base, flags: suppress | ephemeral }));
}

/** Replaces the message a button sits on (the button's own acknowledgement). */
export async function updateMessage(interaction: ButtonInteraction, payload: ReplyPayload, log: Logger): Promise<boolean> {
  await pendingAcks.get(interaction);
  if (interaction.deferred || interaction.replied) return respond(interaction, payload, log);
  return track(interaction, log, "update", () =>
    interaction.update({
      content: payload.content ?? "",
      embeds: payload.embeds ?? [],
      components: payload.components ?? [],
      allowedMentions: NO_MENTIONS,
    }),
  );
}

/**
 * Sends `content` so only the user sees it, even after a public defer: the public "thinking…" reply is deleted
 * and the message sent as an ephemeral follow-up.
 */
export async function respondPrivately(interaction: RepliableInteraction, content: string, log: Logger): Promise<boolean> {
  await pendingAcks.get(interaction);
  if (!interaction.deferred && !interaction.replied) return respond(interaction, { content, ephemeral: true }, log);
  if (interaction.ephemeral) return respond(interaction, { content }, log);
  if (!canStillEdit(interaction)) return false;
  if (interaction.deferred && !interaction.replied && !(await guard(log, "delete", () => interaction.deleteReply()))) return false;
  return guard(log, "follow-up", () =>
    interaction.followUp({ content, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds }),
  );
}

async function track(interaction: RepliableInteraction, log: Logger, what: string, send: () => Promise<unknown>): Promise<boolean> {
  const sending = guard(log, what, send);
  pendingAcks.set(interaction, sending);
  try {
    return await sending;
  } finally {
    pendingAcks.delete(interaction);
  }
}

async function guard(log: Logger, what: string, send: () => Promise<unknown>): Promise<boolean> {
  try {
    await send();
    return true;
  } catch (err) {
    const code = discordErrorCode(err);
    if (code === UNKNOWN_INTERACTION) {
      log.warn({ code, action: what }, "discord: unknown interaction (acknowledged too late or expired); dropped");
      return false;
    }
    if (code === ALREADY_ACKNOWLEDGED) {
      log.error({ code, action: what, err: errorForLog(err) }, "discord: interaction was already acknowledged; dropped");
      return false;
    }
    throw err;
  }
}
