/**
 * Lenient reading of the chat model's reply. Models asked for "one JSON object and nothing else" still wrap it in a
 * code fence, put a sentence before it, think aloud in `<think>` tags, write `"passage": "2"` or `"found": "true"`.
 * All of that is accepted; a reply with no JSON object of the expected shape is not.
 */
import { z } from "zod";
import type { ModelQuote } from "./verifyQuotes.js";

export interface ModelOutput {
  answer: string;
  quotes: ModelQuote[];
  found: boolean;
}

const passageNumber = z.union([
  z.number(),
  z.string().transform((s, ctx) => {
    const m = /^\s*\[?\s*(\d+)\s*\]?\s*$/.exec(s);
    if (!m) {
      ctx.addIssue({ code: "custom", message: "passage must be a number" });
      return z.NEVER;
    }
    return Number(m[1]);
  }),
]);

const flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((s) => s === "true")]);

/** A quote entry the model got wrong (a bare string, a bad passage number) is kept as passage 0, so it is rejected and logged. */
const quoteEntry = z.union([
  z.object({ passage: passageNumber, text: z.string() }),
  z.object({ text: z.string() }).transform((q) => ({ passage: 0, text: q.text })),
  z.string().transform((text) => ({ passage: 0, text })),
  z.unknown().transform(() => undefined),
]);

const outputSchema = z
  .object({
    answer: z.string().nullish().transform((s) => s ?? ""),
    quotes: z
      .array(quoteEntry)
      .nullish()
      .transform((qs) => (qs ?? []).filter((q): q is ModelQuote => q !== undefined)),
    found: flag.nullish(),
  })
  .refine((o) => o.answer !== "" || o.quotes.length > 0 || o.found != null, "not an answer object");

/** Parses a reply; `found` defaults to whether any quote was given. */
export function parseModelOutput(reply: string): { ok: true; value: ModelOutput } | { ok: false; reason: string } {
  const text = reply.replace(/<think>[\s\S]*?<\/think>/gi, "");
  for (const candidate of jsonObjects(text)) {
    const parsed = outputSchema.safeParse(candidate);
    if (!parsed.success) continue;
    const { answer, quotes, found } = parsed.data;
    return { ok: true, value: { answer: answer.trim(), quotes, found: found ?? quotes.length > 0 } };
  }
  return { ok: false, reason: "the model's reply has no JSON object of the expected shape" };
}

/** Every top-level `{…}` in `text` that parses as a JSON object, first to last. */
function* jsonObjects(text: string): Generator<Record<string, unknown>> {
  let from = 0;
  while (true) {
    const open = text.indexOf("{", from);
    if (open < 0) return;
    const close = matchingBrace(text, open);
    if (close < 0) return;
    try {
      const value: unknown = JSON.parse(text.slice(open, close + 1));
      if (value && typeof value === "object" && !Array.isArray(value)) {
        yield value as Record<string, unknown>;
        from = close + 1;
        continue;
      }
    } catch {
      // Not JSON after all (prose with a brace): try the next opening brace.
    }
    from = open + 1;
  }
}

/** Index of the `}` closing the `{` at `open`, skipping braces inside JSON strings; -1 when unbalanced. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}
