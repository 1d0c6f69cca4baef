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
  /** What the model said about `found`; undefined when it did not say. */
  found?: boolean;
}

/** Most quote entries read from a reply; the rest are ignored unread (a reply with 100,000 quotes is hostile). */
export const MAX_QUOTE_ENTRIES = 24;
/** Most `{` positions tried as the start of the answer object: prose full of braces must not cost quadratic time. */
const MAX_CANDIDATES = 32;

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
      .preprocess((qs) => (Array.isArray(qs) ? qs.slice(0, MAX_QUOTE_ENTRIES) : qs), z.array(quoteEntry))
      .nullish()
      .transform((qs) => (qs ?? []).filter((q): q is ModelQuote => q !== undefined)),
    found: flag.nullish(),
  })
  .refine((o) => o.answer !== "" || o.quotes.length > 0 || o.found != null, "not an answer object");

/**
 * Parses a reply; `found` is what the model said, if it said anything. Stops looking (not ok) past `deadlineAt`.
 */
export function parseModelOutput(reply: string, options: { deadlineAt?: number } = {}): { ok: true; value: ModelOutput } | { ok: false; reason: string } {
  const text = reply.replace(/<think>[\s\S]*?<\/think>/gi, "");
  for (const candidate of jsonObjects(text)) {
    if (options.deadlineAt !== undefined && Date.now() > options.deadlineAt) return { ok: false, reason: "reading the model's reply took past the deadline" };
    const parsed = outputSchema.safeParse(candidate);
    if (!parsed.success) continue;
    const { answer, quotes, found } = parsed.data;
    return { ok: true, value: { answer: answer.trim(), quotes, ...(found != null ? { found } : {}) } };
  }
  return { ok: false, reason: "the model's reply has no JSON object of the expected shape" };
}

/** Every top-level `{…}` in `text` that parses as a JSON object, first to last (at most MAX_CANDIDATES tries). */
function* jsonObjects(text: string): Generator<Record<string, unknown>> {
  let from = 0;
  for (let tries = 0; tries < MAX_CANDIDATES; tries++) {
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
