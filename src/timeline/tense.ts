/**
 * The tense rule for a bare weekday: "said Thursday" in a Sunday article is the Thursday before, "are expected to
 * present … on Tuesday" the Tuesday after. We look for the verb nearest to the expression in its own clause:
 * first before it (the verb that governs "on Friday" usually precedes it), then after it.
 */

export type Tense = "past" | "future";

// Looked for before past forms: "expected to" ends in -ed but points forward.
// A future auxiliary covers the verb it governs ("will be discussed", "would have signed"), and a participle of
// planning followed by "for"/"to" points forward however it ends ("talks scheduled for Saturday"); the present of
// a calendar ("Thanksgiving falls on Thursday", "the deadline expires on Friday") speaks of what is coming.
const FUTURE =
  /\b(?:(?:will|won['’]t|shall|would)(?:\s+(?:not|also|then|still|likely|probably|be|have|been))*(?:\s+[a-z]+ed\b)?|(?:is|are|was|were) (?:expected|set|scheduled|due|going|slated|poised|to)|(?:expected|set|scheduled|due|slated|planned|poised) (?:for|to)|plans? to|planning to|hopes? to|aims? to|intends? to|upcoming|later|next|(?:falls|begins|starts|opens|expires|closes|takes place|runs out))\b|['’]ll\b/gi;

const IRREGULAR_PAST = new Set(
  (
    "said told met held took gave made came went spoke sent left began saw won lost wrote flew brought thought sought " +
    "fought struck rose fell led paid ran drew chose became found kept stood knew felt hid shot spent threw broke " +
    "withdrew understood was were had did got ago"
  ).split(" "),
);

// -ed words that are not past verbs.
const NOT_PAST = new Set("need needed indeed speed seed feed bed red hundred proceed succeed exceed shed embed".split(" "));

const WORD = /[\p{L}'’]+/gu;

/** Tense of the clause around `text.slice(start, end)`, or undefined when no verb gives it away. */
export function tenseAt(text: string, start: number, end: number): Tense | undefined {
  const before = text.slice(clauseStart(text, start), start);
  const stop = clauseEnd(text, end);
  let after = text.slice(end, stop);
  // "On Sunday and Monday, the envoys met …": a time fronted before the comma belongs to the clause after it.
  // ("On Sunday and Monday," — the second day's window starts after the first.)
  if (FRONTED.test(before) && text[stop] === ",") after = text.slice(end, clauseEnd(text, stop + 1));
  return nearestBefore(before) ?? firstAfter(after);
}

/** Only words of time and linking before an expression: it opens its clause. */
const FRONTED = /^(?:\W|\d|\b(?:and|but|then|so|on|or|between|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)*$/i;

function nearestBefore(window: string): Tense | undefined {
  const hits = markers(window);
  return hits.length === 0 ? undefined : hits.reduce((a, b) => (b.at > a.at ? b : a)).tense;
}

function firstAfter(window: string): Tense | undefined {
  const hits = markers(window);
  return hits.length === 0 ? undefined : hits.reduce((a, b) => (b.at < a.at ? b : a)).tense;
}

function markers(window: string): { at: number; tense: Tense }[] {
  const out: { at: number; tense: Tense }[] = [];
  const futureSpans: [number, number][] = [];
  for (const m of window.matchAll(FUTURE)) {
    out.push({ at: m.index!, tense: "future" });
    futureSpans.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of window.matchAll(WORD)) {
    const at = m.index!;
    if (futureSpans.some(([s, e]) => at >= s && at < e)) continue;
    if (isPastForm(m[0].toLowerCase())) out.push({ at, tense: "past" });
  }
  return out;
}

function isPastForm(word: string): boolean {
  if (IRREGULAR_PAST.has(word)) return true;
  return word.length > 4 && word.endsWith("ed") && !NOT_PAST.has(word);
}

/** A clause starts after a semicolon, a colon or the sentence start; commas are too common inside clauses. */
function clauseStart(text: string, at: number): number {
  const cut = Math.max(text.lastIndexOf(";", at - 1), text.lastIndexOf(":", at - 1));
  return cut < 0 ? 0 : cut + 1;
}

/** Looking ahead we stop sooner, at a comma or "that": what follows is often reported speech with its own tense. */
function clauseEnd(text: string, at: number): number {
  const rest = text.slice(at);
  const m = /[,;:"“”]|\bthat\b/.exec(rest);
  return m ? at + m.index : text.length;
}
