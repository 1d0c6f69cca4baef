/**
 * Fits an embed within Discord's embed limits: each part is cut at a sentence (or word) boundary, fields beyond 25
 * are dropped, and the 6,000-character total is met by dropping fields from the end, then cutting the description.
 */
import type { APIEmbed, APIEmbedField } from "discord.js";
import { DISCORD_LIMITS as L, cutAtSentence, cutAtWord } from "./limits.js";

export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = cutAtWord(out.title, L.embedTitle);
  if (out.description !== undefined) out.description = cutLines(out.description, L.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: cutAtWord(out.footer.text, L.embedFooter) };
  if (out.author) out.author = { ...out.author, name: cutAtWord(out.author.name, L.embedAuthor) };
  let fields: APIEmbedField[] | undefined = out.fields
    ?.slice(0, L.embedFields)
    .map((f) => ({ ...f, name: cutAtWord(f.name, L.embedFieldName) || "\u200b", value: cutAtSentence(f.value, L.embedFieldValue) || "\u200b" }));
  out.fields = fields;
  while (embedLength(out) > L.embedTotal && fields && fields.length > 0) {
    fields = fields.slice(0, -1);
    out.fields = fields;
  }
  const over = embedLength(out) - L.embedTotal;
  if (over > 0 && out.description) out.description = cutLines(out.description, out.description.length - over);
  return out;
}

/** The characters Discord counts towards the 6,000 total of an embed. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Keeps whole lines while they fit (lists stay lists), else falls back to a sentence cut. */
function cutLines(text: string, max: number): string {
  if (text.length <= max) return text;
  const lines = text.split("\n");
  let kept = "";
  for (const line of lines) {
    const next = kept === "" ? line : `${kept}\n${line}`;
    if (next.length + 2 > max) break;
    kept = next;
  }
  return kept !== "" ? `${kept}\n…` : cutAtSentence(text, max);
}
