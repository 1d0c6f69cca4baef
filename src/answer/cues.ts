/**
 * Whether a sentence holds the kind of thing a question asks for: a name for "who", a date for "when", a clock
 * time for "what time", an age for "how old", and for "what did X say", X speaking rather than X mentioned.
 */
import { STOP_WORDS, stem, tokens } from "../text/terms.js";
import { textKeys, tokenKeys } from "../entities/keys.js";
import type { AnswerWanted, QuestionTerm } from "./question.js";

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec";
const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const DATE = new RegExp(
  `\\b(${WEEKDAYS}|${MONTHS}|yesterday|today|tomorrow|tonight|weekend|(last|next|this) (week|month|year)|\\d{4})\\b`,
  "i",
);
const NUMBER =
  /[$€£]\s?\d|\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|several|once|twice|first|second|third|fourth|fifth)\b/i;
const CLOCK = /\b\d{1,2}([:.]\d{2})?\s?(a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b|\b(noon|midnight|midday)\b|\b\d{1,2}(:\d{2})? ?(GMT|UTC|ET|EST|CET|MSK)\b|\blocal time\b|\bo'clock\b/i;
const AGE = /\b\d{1,3}-year-old\b|\baged \d{1,3}\b|\b\d{1,3} years old\b|\(\d{2}\)|, \d{2},/i;
const DURATION = /\b(\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|many|more than \w+)[ -](hours?|days?|weeks?|months?|years?|minutes?)\b|\bhours-long\b|\bovernight\b/i;
const PERCENT = /%|\bper ?cent\b|\bpercentage\b/i;
const CAUSE = /\b(after|because|due to|since|as a result|amid|following|over|in response to|so that|in order to|prompted|citing|cited|reason|led to|triggered)\b/i;
const SAY = /["“”]|\b(said|says|told|added|noted|stressed|argued|claimed|warned|according to|statement|announced|wrote|insisted|declared)\b/i;
const PLAN = /\b(will|would|expected|plans?|wants?|hopes?|could|intends?|aims?|ready|willing|refuse[sd]?|agreed|rejected|not)\b/i;
// "next round", "next week" are plans; "the next administration" is not.
const NEXT = /\b(will|would|expected|is due|are due|plans?|planned|next (round|rounds|meeting|meetings|talks|step|steps|stage|week|month|session|phase|visit|trip|contacts?)|near future|later this|coming (days|weeks)|continue|again|set to|deadline|within (days|weeks)|upcoming|to travel|to meet|to return|to decide|to be settled)\b/i;
const PLACE = /\b(in|at|to|from|near)\s+(the\s+)?(\p{Lu}[\p{L}'’-]+)/u;

/** True when the sentence states a plan or an expectation ("will meet", "is due to", "the next round"). */
export function statesPlan(text: string): boolean {
  return NEXT.test(text);
}

/** How well a sentence holds the kind of thing asked for, 0–1. */
export function answerCue(want: AnswerWanted, text: string, terms: QuestionTerm[], whRole?: string, isPerson?: (word: string) => boolean): number {
  switch (want) {
    case "person":
      // "Which general…": a name with that title ("Gen. Andrii Hnatov", "Hnatov, the chief of the General Staff").
      if (!hasNewName(text, terms, isPerson)) return 0;
      return whRole === undefined || tokens(text).some((t) => stem(t.word) === whRole) ? 1 : 0.3;
    case "date":
      return DATE.test(text) ? 1 : 0;
    case "clock":
      return CLOCK.test(text) ? 1 : 0;
    case "age":
      return AGE.test(text) ? 1 : 0;
    case "duration":
      return DURATION.test(text) ? 1 : 0;
    case "percent":
      return PERCENT.test(text) ? 1 : NUMBER.test(text) ? 0.3 : 0;
    case "place":
      return PLACE.test(text) || [...textKeys(text)].some((k) => k.startsWith("g:")) ? 1 : 0;
    case "count":
      return NUMBER.test(text) ? 1 : 0;
    case "reason":
      return CAUSE.test(text) ? 1 : 0;
    case "statement":
      return SAY.test(text) ? 1 : 0;
    case "next":
      return NEXT.test(text) ? 1 : 0;
    case "yesno":
      return PLAN.test(text) ? 0.5 : 0;
    default:
      return 0;
  }
}

/**
 * A person's name the question did not already name: a person the corpus knows, or two capitalised words in a
 * row. Places, nationalities, days and months are capitalised too ("American and Ukrainian negotiators met on
 * Sunday") but name nobody.
 */
function hasNewName(text: string, terms: QuestionTerm[], isPerson?: (word: string) => boolean): boolean {
  const named = new Set(terms.map((t) => t.word));
  const toks = tokens(text);
  const keys = tokenKeys(toks);
  const nameLike = (i: number) => {
    const t = toks[i];
    if (!t || !/^\p{Lu}\p{Ll}/u.test(t.raw) || STOP_WORDS.has(t.word) || CALENDAR.test(t.word)) return false;
    return ![...keys[i]!].some((k) => k.startsWith("g:"));
  };
  return toks.some((t, i) => {
    if (i === 0 || named.has(t.word) || !nameLike(i)) return false;
    if (isPerson) return isPerson(t.word) || (nameLike(i + 1) && !named.has(toks[i + 1]!.word));
    return true;
  });
}

const CALENDAR = new RegExp(`^(${WEEKDAYS}|${MONTHS}|mar)$`);

const SPEECH = /^(said|says|say|told|tells|added|adds|noted|stressed|argued|claimed|warned|announced|wrote|insisted|declared|replied|explained|urged|promised|pledged|vowed|called|described|suggested|admitted|acknowledged|confirmed|denied|emphasised|emphasized|underlined|remarked|posted|commented|asserted|recalled|cautioned|predicted|believes|thinks|thanked|hailed|praised|welcomed|criticised|criticized|accused|rejected|dismissed|demanded|proposed|expressed|reiterated|signalled|signaled|conceded|complained|quoted)$/;
const PRONOUN = /^(he|she|they)$/;

/**
 * 1 when the speaker is the one speaking in the sentence — "X said", "said X", "according to X", "X: …", a quote
 * with "he said" right after a sentence naming X — 0.3 when X is only mentioned, 0 otherwise.
 */
export function speakerCue(text: string, previousKeys: ReadonlySet<string> | undefined, speakerKeys: string[]): number {
  const toks = tokens(text);
  const keys = tokenKeys(toks);
  const isSpeaker = (i: number) => speakerKeys.some((k) => keys[i]!.has(k));
  const speaker: number[] = [];
  toks.forEach((_, i) => isSpeaker(i) && speaker.push(i));
  const verbs: number[] = [];
  toks.forEach((t, i) => SPEECH.test(t.word) && verbs.push(i));
  const according = toks.findIndex((t, i) => t.word === "according" && toks[i + 1]?.word === "to");
  for (const s of speaker) {
    if (verbs.some((v) => (v > s && v - s <= 6) || (s > v && s - v <= 6))) return 1;
    // "Dmitriev, who heads the fund and is Putin's envoy, told reporters": the apposition sits between.
    if (verbs.some((v) => v > s && /^\s*,[^.;"“”]*,\s*$/.test(text.slice(toks[s]!.end, toks[v]!.start)))) return 1;
    if (according >= 0 && s > according && s - according <= 6) return 1;
    if (/^[^"“]{0,80}:\s*["“]/.test(text.slice(toks[s]!.start))) return 1;
  }
  const quoted = /["“]/.test(text);
  const pronounSays = toks.some((t, i) => PRONOUN.test(t.word) && verbs.some((v) => Math.abs(v - i) <= 2));
  if (speaker.length === 0 && previousKeys !== undefined && (pronounSays || quoted)) {
    if (speakerKeys.some((k) => previousKeys.has(k))) return pronounSays ? 0.9 : 0.6;
  }
  return speaker.length > 0 ? 0.3 : 0;
}
