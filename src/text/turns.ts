/**
 * Turns of a transcript or an interview: "**SECRETARY RUBIO:** Thank you all…" and the paragraphs after it, up to the
 * next speaker's label; "**QUESTION:** Is there agreement on territory?" and the answer under it; a Russian outlet's
 * dialogue ("— Who benefits from the leak? / — There are plenty of people…"). An answer seldom repeats the question it
 * answers, nor its speaker's name: both are said once, at the turn's start or in the turn before.
 */

import { breaksLine } from "./sentences.js";

type Sentences = readonly { start: number; end: number; text: string }[];

/** A speaker's label opening a paragraph: "**SECRETARY RUBIO:**", "Q:", "QUESTION (German news agency):", "Peskov:". */
const LABEL = /^\s*(?:\*\*|__)?\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*\.?)(?:\s*\([^)\n]{1,60}\))?\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*\S/u;

/** Capitals that label a page's parts, not a speaker. */
const PAGE_LABELS = /\b(?:RELATED|READ|MORE|KEYWORDS?|RATING|VERDICT|CLAIM|UPDATED?|NOTE|PHOTO|VIDEO|WATCH|LIVE|BREAKING|SOURCES?|CORRECTION|DISCLAIMER|TRANSLATION|CONTEXT|BACKGROUND|WHAT|WHY|HOW|WHO|WHEN|WHERE|ANALYSIS|OPINION|FACT|TIMELINE|EXCLUSIVE|ALSO|TAGS?|TOPICS?|SHARE|FILE)\b/;
/** A delegation's or a wire's name in a list ("**US:** Witkoff and Kushner."), not a speaker. */
const PLACES = /^(?:AP|AFP|TASS|RIA|DPA|US|USA|UK|EU|UN|UAE|NATO|RUSSIA|UKRAINE|KYIV|MOSCOW|WASHINGTON)$/;

/** Labels of whoever asks, not answers. */
const ASKER = /^(?:q|question|questions|reporter|journalist|interviewer|moderator|host|anchor|audience)$/i;

/** A paragraph of dialogue written with a dash, as Russian and Ukrainian outlets print interviews. */
const DASHED = /^\s*[—–]\s*\S/;

/** "I", "we", "our": words in the speaker's own voice. */
export const FIRST_PERSON = /\b(?:I|I'm|I've|we|We|we're|We're|our|Our|us|my|My)\b/;

/** The most sentences read as one turn: a long answer runs on over several paragraphs. */
const MAX_TURN = 16;

export interface Turn {
  /** Index of the turn's first sentence (the one with the label, or the dash). */
  opener: number;
  /** The label's words ("SECRETARY RUBIO"), when the turn has one. */
  label?: string;
  /** The turn asks (a question's label, or a dashed paragraph ending on a question mark). */
  asks: boolean;
}

/** Whether sentence `i` opens a paragraph (a line break between it and the one before). */
function opensParagraph(body: string, sentences: Sentences, i: number): boolean {
  return i === 0 || breaksLine(body, sentences[i - 1]!, sentences[i]!);
}

/** The label opening the text, or undefined: not a colon inside a sentence ("The message was clear: …"). */
export function turnLabel(text: string): string | undefined {
  const m = LABEL.exec(text);
  if (!m) return undefined;
  const words = m[1]!.trim().replace(/\.$/, "");
  // A transcript's label is in capitals ("RUBIO", "MR PESKOV", "Q"); a page's own labels are not speakers
  // ("RELATED:", "READ MORE:", "Rating:", "Thursday:", "After Geneva:").
  if (words !== words.toUpperCase() || PAGE_LABELS.test(words) || PLACES.test(words)) return undefined;
  return words;
}

/** The turn sentence `index` belongs to, or undefined when it is in none (an ordinary paragraph of a story). */
export function turnOf(body: string, sentences: Sentences, index: number): Turn | undefined {
  if (!sentences[index] || !mayHaveTurns(body, sentences)) return undefined;
  // The start of the last paragraph passed on the way back (an answer under a bold question opens there).
  let plain: number | undefined;
  for (let i = index; i >= 0 && i > index - MAX_TURN; i--) {
    if (!opensParagraph(body, sentences, i)) continue;
    const text = sentences[i]!.text;
    // An interview printed with the interviewer's words in bold: "**And the territory?**" and the answer below.
    if (boldQuestion(body, sentences, i)) return plain === undefined ? { opener: i, asks: true } : { opener: plain, asks: false };
    const label = turnLabel(text);
    if (label !== undefined) return { opener: i, label, asks: ASKER.test(label) };
    if (DASHED.test(text)) {
      // A dashed turn is its paragraph: the one before it, if any, is another speaker's.
      if (paragraphStart(body, sentences, index) !== i) return undefined;
      if (/\?\s*$/.test(sentences[paragraphLast(body, sentences, i)]!.text)) return { opener: i, asks: true };
      // An answer follows a dashed question; other dashed lines are a list's items ("— limit the army to 600,000;").
      const before = i > 0 ? paragraphStart(body, sentences, i - 1) : -1;
      if (before >= 0 && DASHED.test(sentences[before]!.text) && /\?\s*$/.test(sentences[i - 1]!.text)) return { opener: i, asks: false };
      // An exchange opened by a question alternates, question and answer: "— Western media report that Driscoll met
      // the Russians." is asked, as a statement, after an answer; the paragraph after it answers.
      const step = exchangeStep(body, sentences, i);
      return step === undefined ? undefined : { opener: i, asks: step % 2 === 0 };
    }
    // A paragraph of the story between a label and the sentence: a turn ends at a line that is not its own — a
    // heading, a rule, a caption — but runs on over the speaker's paragraphs, which open on no label.
    // (Nor over a paragraph of the story: one that quotes or reports someone is the writer's, not the speaker's.)
    if (/^\s*(?:#|\*|---|\[)/.test(text) || /["“”]|\b(?:said|says|told)\b/.test(text)) return undefined;
    plain = i;
  }
  return undefined;
}

/**
 * Whether the article has a line a turn could open on (a label in capitals, a dashed line, a bold question): most
 * stories have none, and the answer asks for the turn of every candidate. Once per article (its sentences' array).
 */
const CAN_OPEN_TURN = /(?:^|\n)[ \t]*(?:(?:\*\*|__)?[ \t]*\p{Lu}[\p{Lu}\p{N} .'’-]{0,40}(?:\([^)\n]{1,60}\))?[ \t]*(?:\*\*|__)?[ \t]*:|[—–][ \t]*\S|\*\*[^\n]*[.?][ \t]*\*\*[ \t]*(?:\n|$))/u;
const openable = new WeakMap<Sentences, boolean>();
function mayHaveTurns(body: string, sentences: Sentences): boolean {
  let known = openable.get(sentences);
  if (known === undefined) openable.set(sentences, (known = CAN_OPEN_TURN.test(body)));
  return known;
}

/** The index of the first sentence of the turn after `turn` (the answer to a question), or undefined. */
export function nextTurn(body: string, sentences: Sentences, turn: Turn): number | undefined {
  for (let i = turn.opener + 1; i <= turn.opener + MAX_TURN && sentences[i]; i++) {
    if (!opensParagraph(body, sentences, i)) continue;
    const t = turnOf(body, sentences, i);
    return t && t.opener === i ? i : undefined;
  }
  return undefined;
}

/** A paragraph in bold that asks: "**Does Washington understand that?**". */
function boldQuestion(body: string, sentences: Sentences, i: number): boolean {
  if (!/^\s*\*\*(?!\s)/.test(sentences[i]!.text)) return false;
  const j = paragraphLast(body, sentences, i);
  const last = sentences[j]!.text;
  if (!/\S\*\*\s*$/.test(last) || /\*\*\S[^*]*\*\*\s*\S/.test(sentences[i]!.text)) return false;
  // (A prompt of several sentences — "**Then on Monday Moscow said… Lavrov said Russia would review its position.**" —
  // when the one interviewed answers it in the first person.)
  return /\?\s*\*\*\s*$/.test(last) || (j > i && sentences.slice(j + 1, j + 4).some((x) => FIRST_PERSON.test(x.text)));
}

/** The index of the first sentence of the paragraph sentence `i` is in. */
function paragraphStart(body: string, sentences: Sentences, i: number): number {
  while (i > 0 && !opensParagraph(body, sentences, i)) i--;
  return i;
}

/**
 * The place of the dashed paragraph opening at `i` in a run of dashed paragraphs that opens on a question (0 for that
 * question, 1 for its answer, 2 for the next question…), or undefined when the run opens on no question (a list).
 */
function exchangeStep(body: string, sentences: Sentences, i: number): number | undefined {
  let step = 0;
  let start = i;
  while (start > 0) {
    const before = paragraphStart(body, sentences, start - 1);
    if (!DASHED.test(sentences[before]!.text)) break;
    start = before;
    step++;
  }
  if (step < 2 || !/\?\s*$/.test(sentences[paragraphLast(body, sentences, start)]!.text)) return undefined;
  return step;
}

/** The index of the last sentence of the paragraph sentence `i` is in. */
function paragraphLast(body: string, sentences: Sentences, i: number): number {
  while (sentences[i + 1] && !opensParagraph(body, sentences, i + 1)) i++;
  return i;
}
