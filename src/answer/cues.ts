/**
 * Whether a sentence holds the kind of thing a question asks for: a name for "who", a date for "when", a clock
 * time for "what time", an age for "how old", and for "what did X say", X speaking rather than X mentioned.
 */
import { STOP_WORDS, stem, tokens, type Token } from "../text/terms.js";
import { synonymous, synonymsOf } from "../text/synonyms.js";
import { keyedTokens, textKeys } from "../entities/keys.js";
import type { AnswerWanted, QuestionTerm } from "./question.js";
import { isRoleWord, ROLE_MODIFIERS, ROLE_NOUNS } from "../entities/roles.js";
import { figuresIn } from "./figures.js";
import { datelineLength, withoutDateline } from "../text/dateline.js";

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec";
export const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const DATE = new RegExp(
  `\\b(${WEEKDAYS}|${MONTHS}|yesterday|today|tomorrow|tonight|weekend|(last|next|this) (week|month|year)|\\d{4})\\b`,
  "i",
);
/** Numbers written in words, as stories write them ("fifteen years", "one hundred million dollars"). */
const NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand";
const NUMBER = new RegExp(`[$€£]\\s?\\d|\\b(\\d[\\d,.]*|${NUMBER_WORDS}|million|billion|dozens?|several|once|twice|first|second|third|fourth|fifth)\\b`, "i");
/** Lengths of time, as figuresIn gives units: never a count of occasions. */
const LENGTHS = new Set(["year", "dai", "week", "month", "hour", "minut", "decad"]);
/** Units a number may measure that are never the thing "how many prisoners" counts: "the two countries", "for two years". */
// Stems, as figuresIn gives units.
const MEASURES = new Set(["year", "dai", "week", "month", "hour", "minut", "decad", "countri", "side", "nation", "region", "round", "point", "time"]);

/**
 * `text` without its figures of a measure ("between the two countries", "for the next two years") when the question
 * counts something else ("how many prisoners"): those numbers are no count of it.
 */
function withoutMeasures(text: string, terms: QuestionTerm[]): string {
  const counted = terms.find((t) => t.counted);
  // ("How many times had Witkoff met Putin": not "talks lasted almost five hours"; only lengths of time go.)
  const units = terms.some((t) => COUNTS_OCCASIONS.test(t.word)) ? LENGTHS : counted && !MEASURES.has(counted.stem) ? MEASURES : undefined;
  if (!units) return text;
  let out = text;
  for (const f of figuresIn(text)) if (units.has(f.unit)) out = out.replace(f.phrase, " ");
  return out;
}

/** A distance: "about 35 kilometres", "10km", "60 miles". */
const DISTANCE =
  /\b(?:\d[\d,.]*\s?(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)[ -](?:[a-z]+[ -]){0,4}?(?:kilomet(?:re|er)s?|miles?))\b/i;
const VAGUE_COUNT = /\b(several|dozens|many|few)\b/gi;
/** Verbs of a question about money ("how much did the EU agree to lend"): the answer is an amount. */
const MONEY_WORD = /^(lend|lends|lending|lent|pay|pays|paying|paid|cost|costs|costing|spend|spends|spending|spent|worth|price|priced)$/;
/** "How much money", "how much cash": the question's first word (not "how much of Ukraine's money needs…"). */
const MONEY_NOUN = /^(money|cash|funding|financing)$/;
// An amount: a currency sign or a currency's name. "2.4 million people" is no money, "$100m" and "one hundred million
// dollars" are.
const MONEY = /[$€£]\s?\d|\b(euros?|dollars?|pounds?|sterling|hryvnias?|roubles?|rubles?|francs?|yuan|usd|eur)\b/i;
const YEAR = /(?<![$€£]\s?)\b(19|20)\d{2}\b(?![,.]?\d)/g;
/** A day of a month ("2 October", "Dec. 27", "January 24th"): a date, which counts nothing. */
const DAY_OF_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b\\.?|\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, "gi");
// "One exchange of prisoners at a time" counts nothing either.
const PRONOUN_ONE = /\b(one of|one another|no one|the one|this one|that one|which one|one(?: [\w-]+){1,3} at a time)\b/gi;
/** "First, that no deal…": an ordinal orders, it does not count — unless times or rounds are counted. */
const ORDINAL_WORDS = /\b(first|second|third|fourth|fifth)\b/gi;
/**
 * A number joined to the noun it measures: "three-way", "five-hour", "20-point" (before the counted noun: another
 * noun's). Not "a 5,000-strong force", which counts it, nor a number written in words ("ninety-one drones").
 */
const NUMBER_COMPOUND = new RegExp(`\\b(?:\\d[\\d,.]*|${NUMBER_WORDS})-(?!strong\\b|(?:${NUMBER_WORDS})\\b)\\p{L}+`, "giu");
/** "The sixth meeting": how many times, told as the occasion's place in a row. */
const HIGHER_ORDINAL = /\b(?:sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\b/i;
const COUNTS_OCCASIONS = /^(times|rounds|round|occasions|meetings|sessions)$/;
const CLOCK = /\b\d{1,2}([:.]\d{2})?\s?(a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b|\b(noon|midnight|midday)\b|\b\d{1,2}(:\d{2})? ?(GMT|UTC|ET|EST|CET|MSK)\b|\blocal time\b|\bo'clock\b/i;
const AGE = /\b\d{1,3}-year-old\b|\b(?:is|was) \d{2}(?=[,;]| and\b| when\b| at the\b)|\baged \d{1,3}\b|\b\d{1,3} years old\b|\(\d{2}\)|, \d{2},|\bturn(?:ed|s|ing)? \d{2}\b|\b(?:oldest|youngest)\b[^.;]{0,30}\b(?:was|is|were|aged)\s+\d{1,3}\b|\b\d{2}(?:st|nd|rd|th) birthday\b|\bborn\b[^.;]{0,40}?\b(?:19|20)\d{2}\b/i;
/** A page's own time ("Updated 4:35 p.m.", "Posted 17:05"): when it was written, not when anything happened. */
const PAGE_STAMP = /\b(?:updated?|posted|published|last updated|first published)\b[^.\n]{0,25}?\b\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?/gi;
/**
 * Ages ("who turned 40 on Sunday", "the 62-year-old envoy", "his 54th birthday", "born in April 1982" — a profile's
 * way of giving one): no count of anything asked.
 */
const AGES = new RegExp(AGE.source, "gi");
/** Clock times, which count nothing ("**UPDATE, 4:35 p.m.:** Russia claims drone attack" is no number of drones). */
const CLOCK_TIMES = /\b\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]\.?m\.?(?!\w)/gi;
/** ", 71." after a name: "…said pensioner Halyna Tkachenko, 71." */
const AGE_AFTER_NAME = /\p{Lu}[\p{L}'’-]+, \d{2}(?:\.\s|\.$|$)/u;
const AGES_AFTER_NAME = new RegExp(AGE_AFTER_NAME.source, "gu");
// "Talks went on overnight" is a length; "drones launched overnight" a time.
const DURATION = new RegExp(
  `\\b(\\d[\\d.,]*|an?|${NUMBER_WORDS}|several|few|many|more than \\w+)[ -](hours?|days?|weeks?|months?|years?|minutes?)\\b|\\bhours-long\\b|\\b(lasted|went on|ran|continued|stretched|dragged on|talked|negotiated|worked)\\b[^.;]{0,30}\\b(overnight|into the night|through the night)\\b`,
  "i",
);
/** A time something must be done by: "by June", "by the beginning of summer", "by Thanksgiving", "a deadline". */
const BY_DATE = new RegExp(`\\bby (?:the (?:beginning|start|end|middle) of (?:the )?)?(?:${MONTHS}|summer|spring|autumn|fall|winter|christmas|thanksgiving|easter|new year|the end of the year)\\b|\\bdeadlines?\\b`, "i");
/** "deadline" or "deadlines": a question word asking for a date to be done by (question.ts and answerCue). */
export function isDeadlineWord(word: string): boolean {
  return word === "deadline" || word === "deadlines";
}

/** A day the sentence gives for the saying: "told reporters on Wednesday", "said on Friday". */
const DATE_OF_SAYING = new RegExp(`\\b(said|says|told (reporters|journalists|the press|the media|[A-Z][\\w-]*)|announced|wrote|added|posted)( (late|early|earlier|later))? on (${WEEKDAYS}|(${MONTHS})\\.? \\d{1,2})\\b`, "gi");
const SAYING_STEMS = new Set(["say", "said", "tell", "told", "announce", "wrote", "write", "post", "claim", "comment", "state", "statement", "remark", "speech", "address"].map(stem));
/** "The pause applied only until 1 February": a length given by its end ("how long was the truce to last"). */
const UNTIL_DATE = new RegExp(`\\b(until|till|through|up to)\\s+(the end of |mid-|early |late )?(\\d{1,2}(st|nd|rd|th)?\\s+)?(${MONTHS}|${WEEKDAYS})\\b`, "i");
const TEMPERATURE = /-?\d+(\.\d+)?\s?°|\b\d+ degrees\b|\bdegrees (celsius|fahrenheit|below)\b|\bminus \d+|\bbelow (zero|freezing)\b/i;
/** A meeting's length told by its verb: "met for nearly three hours", "sat down for two hours". */
const MET_FOR = /\b(?:met|meet|meets|sat down|held talks)\b[^.;]{0,30}?\bfor\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|over\s+|around\s+|roughly\s+|some\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hours?|minutes?)\b/i;
/**
 * "Two hours of talks", "a five-hour meeting", "talks that ran for about three hours", "the meeting, which ran to more
 * than two hours": the length and what it measures.
 */
const LENGTH_OF = /\b(?:hours?|minutes?|days?|weeks?)\s+of\s+(?:[\p{L}-]+\s+){0,2}?(talks|negotiations|meetings?|discussions?|consultations|calls?|conversations?|sessions?|fighting|strikes?|attacks?|shelling|debate|deliberations|exchanges?)\b|\b(?:hour|minute|day|week)-long\s+(?:[\p{L}-]+\s+)?(talks|negotiations|meetings?|discussions?|consultations|calls?|conversations?|sessions?)\b|\b(talks|negotiations|meetings?|discussions?|consultations|calls?|conversations?|sessions?),?\s+(?:that\s+|which\s+)?(?:ran|run|lasted|last|went on|continued|stretched)\b[^.;]{0,25}?\b(?:hours?|minutes?)\b/iu;
/** "A ceasefire of at least 60 days", "guarantees lasting 15 years": a length and the noun it is of. */
const NOUN_OF_LENGTH = new RegExp(`\\b(\\p{L}+)\\s+(?:of|lasting|running|spanning)\\s+(?:at least |about |around |up to |some |nearly |almost |more than |over |roughly )?(?:\\d[\\d.,]*|${NUMBER_WORDS})[ -](?:hours?|minutes?|days?|weeks?|months?|years?)\\b`, "iu");
/** Words for a length itself ("a total of five hours"): the noun before "of" then measures nothing else. */
const LENGTH_WORDS = /^(?:total|period|span|stretch|length|duration|marathon|maximum|minimum|average|more|most|all|each|both)$/i;
/** A weekday, whole (lower case): "how long did the Monday session go on" (see answerCue's "duration"). */
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})$`);
/** Weekdays in a lower-cased text, and one right after a length ("five hours of talks on Sunday"). */
const WEEKDAYS_IN_TEXT = new RegExp(`\\b(${WEEKDAYS})\\b`, "g");
const ON_WEEKDAY_AFTER = new RegExp(`^[^.;]{0,25}?\\bon (${WEEKDAYS})\\b`, "i");
/** A day named in a question: its events last hours. */
const ONE_DAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/;
/** What lasts hours or minutes at most: a phone call, a conversation, a speech, an interview. */
const HOURS_ONLY = new Set(["call", "calls", "phone", "conversation", "speech", "interview"].map(stem));
// ("Talks ran past midnight" is a length; "drones launched overnight" is when.)
const HOURS_LONG = new RegExp(`\\b(\\d[\\d.,]*|an?|${NUMBER_WORDS}|several|few|more than \\w+)[ -](hours?|minutes?)\\b|\\bhours-long\\b|\\b(lasted|went on|ran|continued|stretched|dragged on|talked|negotiated|worked|talks|meeting|session)\\b[^.;]{0,30}\\b(overnight|all night|past midnight|into the night)\\b`, "i");
/**
 * A span that says when, not how long: "in a few weeks", "within days", "could take weeks", "two days later", "the
 * last 48 hours" — but "after five hours of talks", "in two days of talks" are lengths.
 */
const NOT_A_LENGTH = new RegExp(
  `\\b(in|within|over the (next|coming)|(the|these) (last|past)|(could|would|will|may|might) take)\\s+["“]?(about |around |some |at least |as little as )?(the |an? )?(unusual |mere |record |short |brief |frantic |hectic |whirlwind |intense |just |only |under |less than )?(\\d[\\d.,]*|an?|${NUMBER_WORDS}|several|few|a few|many)[ -](hours?|days?|weeks?|months?|years?|minutes?)\\b(?! of\\b)|\\b(\\d[\\d.,]*|an?|${NUMBER_WORDS}|several|few)[ -](hours?|days?|weeks?|months?|years?|minutes?) (later|earlier|ago|before|after|from now)\\b`,
  "gi",
);
const COMPASS = /\b(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)(?:-?(?:[Ee]ast|[Ww]est)(?:ern)?)?\s+(?=\p{Lu})/gu;
const PERCENT = /%|\bper ?cent\b|\bpercentage\b/i;
/** The word "how much" asks of: the first, or the next after a country's name before it, unless a noun follows that. */
function moneyAsked(terms: QuestionTerm[]): QuestionTerm | undefined {
  const first = terms[0];
  if (!first?.entity || !first.adjacentToNext) return first;
  const next = terms[1];
  return next && !next.adjacentToNext ? next : first;
}

/** A number given as a share: "90%", "95 per cent", "a third". */
const PERCENTAGES = /\b\d[\d.,]*\s?(?:%|per ?cent\b|percent\b)|\b(?:a|one|two) (?:third|quarter|half)s?\b/gi;
/** A unit of time a question may ask a length in ("how many hours"), singular or plural → its words in a text. */
const UNIT_IN_TEXT: Map<string, RegExp> = new Map(
  ["minute", "hour", "day", "week", "month", "year"].flatMap((u) => {
    const re = new RegExp(`\\b${u}s?\\b`, "i");
    return [[u, re], [`${u}s`, re]] as [string, RegExp][];
  }),
);
// "Fearing it would be left alone with the risk", "unless others shared it": a motive and a condition are reasons too;
// so is a purpose ("removing the risk that a single veto frees the money", "to make sure…"), what a thing is linked
// to or driven by ("the searches are linked to the Energoatom investigation", "the timetable was driven by US
// politics"), and a choice's grounds ("Ukraine now needs a greater focus on security", "the experience to deliver").
export const CAUSE =
  /\b(after|because|due to|since|as a result|amid|following|over|in response to|so that|in order to|prompted|citing|cited|reason|led to|triggered|fear|fears|feared|fearing|worried|worries|wary|unless|to avoid|to prevent|concerns? (?:that|about|over)|concerned (?:that|about)|(?:a |as a )?sign(?:al)? (?:that|of)|signal(?:s|ed|led|ing|ling) (?:that|of)|explain(?:s|ed|ing)?|(?:suggest|show|indicate|reflect)(?:s|ed|ing)? (?:that )?\w+ (?:sees?|wants?|wanted|is|was)|wants? (?:[\p{L}-]+ ){1,6}(?:before|by the time) (?:[\p{L}-]+ ){1,4}(?:take|takes|start|starts|begin|begins|get|gets|come|comes|kick|kicks|run|runs|set|sets)|tells? (?:you|us)|(?:connected|linked|tied) (?:it|this|that|the \w+) to|(?:is|are|was|were|been) (?:\w+ )?(?:linked|connected|tied|related) to (?!each other|one another)|(?:driven|dictated|prompted|motivated) (?:partly |largely |mainly |in part )?by|(?:need|want)(?:s|ed)? (?:a |an )?(?:more|greater|stronger|bigger|better|someone|somebody|people)\b|(?:has|had|have|with) (?:the |his |her )?(?:[\p{L}-]+ )?(?:experience|expertise|credibility) (?:to|in|of|and)|under (?:time )?pressure|(?:a|the|one|big|main) reasons?|seen as|read (?:it |this )?as|intended to|meant to|aimed at|designed to|so as to|(?:removing|remove|removes|to remove|reducing|to reduce) the risk|to ensure|to make sure|to guard against|to shield|part of (?:an? |the |a wider |a broader )?(?:[\p{L}"“”'’,-]+ ){0,5}?(?:investigation|inquiry|probe|case|operation|crackdown|campaign|effort|push))\b/iu;
// "After", "since", "amid", "following", "over" give an order of events far more often than a cause ("The strike came
// two days after the end of the pause"): half a cue, so a sentence that says "because of the extreme cold" is preferred.
const TEMPORAL_CAUSE = /\b(after|since|amid|following|over)\b/gi;
/** The text gives a cause, a motive or a purpose, not only an order of events ("after", "since"…). */
export function givesCause(text: string): boolean {
  return CAUSE.test(text.replace(TEMPORAL_CAUSE, " "));
}
/**
 * "Why did the detectives raid Yermak's flat": "Yermak resigned hours after detectives searched his flat" tells what
 * the raid led to, not why it happened — the asked deed stands in the "after" clause, and nothing asked before it.
 */
function askedAfterwards(text: string, terms: QuestionTerm[]): boolean {
  // (The last of them: "vacant since 28 November, when Yermak resigned after detectives searched…" gives why he
  // resigned.)
  const at = [...text.matchAll(/\b(?:after|following|since|amid)\b/gi)].pop();
  if (at === undefined) return false;
  const before = textKeys(text.slice(0, at.index));
  const after = textKeys(text.slice(at.index));
  const holds = (keys: Set<string>, t: QuestionTerm) => t.keys.some((k) => keys.has(k)) || synonymsOf(t.stem).some((o) => keys.has(`s:${o}`));
  const deeds = terms.filter((t) => !t.entity && !t.soft && !t.setting);
  return deeds.some((t) => holds(after, t)) && !deeds.some((t) => holds(before, t));
}
const SAY = /["“”]|\b(said|says|told|added|noted|stressed|argued|claimed|warned|according to|statement|announced|wrote|insisted|declared|condemned|denounced|slammed|accused|rejected|dismissed|called|described|repeated|replied|responded|reacted|urged)\b/i;
// (And a plain no: "There was no Russian presence in Geneva", "nobody signed anything", "it never met".)
const PLAN = /\b(will|would|expected|plans?|wants?|hopes?|could|intends?|aims?|ready|willing|refuse[sd]?|agreed|rejected|not|no|never|nobody|none|neither|denied)\b/i;
// "next round", "next week" are plans; "the next administration" is not.
const NEXT = /\b(will|would|expected|is due|are due|plans?|planned|next (round|rounds|meeting|meetings|talks|step|steps|stage|week|month|session|phase|visit|trip|contacts?)|near future|later this|coming (days|weeks)|continue|again|set to|deadline|within (days|weeks)|upcoming|to travel|to meet|to return|to decide|to be settled)\b/i;
const PLACE = /\b(in|at|to|from|near|via)\s+(the\s+)?(\p{Lu}[\p{L}'’-]+)/u;
const PLACES = new RegExp(PLACE.source, "gu");
/** The rest of a capitalised name after its first word ("Dhabi" of "Abu Dhabi"); may be empty. */
const NAME_GOES_ON = /^(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/u;
/** The press spoken to, right after a verb of saying ("spoke to journalists", "told reporters"). */
const TO_THE_PRESS = /^\s+(?:to\s+)?(?:the\s+)?(?:journalists|reporters|the press|press|media)\b/i;
/** The verb of a saying, for the place of it (see answerCue's "place"). */
export const SAYING_VERB = /\b(said|says|spoke|speaking|told|announced|declared|stated|remarked|addressed|statement|remarks|press conference|briefing)\b/i;

/** Words of one taking another's place, in a question ("who replaced X") and in its answer ("… took over"). */
export const SUCCESSION_WORDS = "replac(?:e|es|ed|ing)|succe(?:ed|eds|eded|eding|ssor)|took over|takes? over|taking over|in (?:his|her) place";

/** A sentence telling who came next: an appointment, a handover, a new holder. */
const SUCCEEDS = new RegExp(
  `\\b(${SUCCESSION_WORDS}|appoint(ed|s|ment|ing)?|named|naming|nominated|nominating|picked|chose|tapped|offered [^.;]{0,60}\\b(post|job|role)|accepted|new (head|chief|leader|minister|secretary|negotiator)|since then|stepped in|now leads?|has led|will lead|to lead|to head|took charge|in charge|put forward|proposed|becomes|became|to become|moves to|moved to|takes the post|(?:now|will) (?:be )?(?:headed|run|led) by|(is|are) now (headed|run|led)|now (heads|runs|leads)|will go to|(went|goes|passed|passes|passing) to)\\b`,
  "i",
);

/** SUCCEEDS, for every place it matches (see handoverTold). */
const SUCCEEDS_ALL = new RegExp(SUCCEEDS.source, "gi");

/**
 * A handover told of someone other than the one replaced: the one a word of succession is told of is not he. That is
 * the name before it — its subject ("Umerov has led the team since then", "Sokol will replace Volkov", "…, is to take
 * over HUR from Budanov") — or, after a verb of appointing ("Zelensky named Umerov", "offered the post to Budanov") or
 * "by" ("was replaced by Umerov"), the name after it. A name in the possessive is whose post it was ("Yermak's
 * successor, Umerov"), and one after "from" whom it was taken over from: never the newcomer. A sentence opening on
 * "he" or "she" before the word has someone as its subject, whom the sentence does not name. Only people's names
 * count, when the corpus knows who its people are.
 */
function handoverTold(text: string, toks: readonly Token[], keys: readonly ReadonlySet<string>[], replaced: ReadonlySet<string>, isPerson?: (word: string) => boolean): boolean {
  if (replaced.size === 0) return SUCCEEDS.test(text);
  const spans: { start: number; end: number; old: boolean }[] = [];
  if (OPENS_ON_PRONOUN.test(text)) spans.push({ start: 0, end: 0, old: false });
  for (let i = 0; i < toks.length; i++) {
    if (!namesSomeone(toks, keys, i)) continue;
    let j = i;
    while (j + 1 < toks.length && namesSomeone(toks, keys, j + 1) && toks[j + 1]!.start - toks[j]!.end <= 1) j++;
    const raw = toks[j]!.raw;
    // (People only: "has led the Defense Intelligence of Ukraine" is no one's handover to an agency.)
    const person = !isPerson || toks.slice(i, j + 1).some((x) => isPerson(x.word));
    const possessive = /['’]s?$/.test(raw) || /^['’]s\b/.test(text.slice(toks[j]!.end));
    if (person && !possessive && toks[i - 1]?.word !== "from") {
      const old = toks.slice(i, j + 1).some((_, k) => [...keys[i + k]!].some((key) => replaced.has(key)));
      spans.push({ start: toks[i]!.start, end: toks[j]!.end, old });
    }
    i = j;
  }
  for (const m of text.matchAll(SUCCEEDS_ALL)) {
    const from = m.index!;
    const to = from + m[0].length;
    const passive = /\b(?:was|were|is|are|be|been|being)\s+$/i.test(text.slice(Math.max(0, from - 12), from));
    // ("The agency is passing to Ivashchenko": after "to", the newcomer, whatever the verb's voice.)
    const after = /^\s+by\b/i.test(text.slice(to)) || /\b(?:by|to)$/i.test(m[0]) || /^successor/i.test(m[0]) || (APPOINTS.test(m[0]) && !passive);
    // (The newcomer may stand inside the words: "offered Kyrylo Budanov the job".)
    const told = after ? spans.find((s) => s.start > from) : spans.filter((s) => s.end <= from).pop();
    if (told && !told.old) return true;
  }
  return false;
}

/**
 * Words of succession whose newcomer comes after them: "named Umerov", "offered the post to Budanov", "will go to
 * Sokol", "In his place, Umerov…".
 */
const APPOINTS = /^(?:appoint|nam(?:ed|ing)|nominat(?:ed|ing)|picked|chose|tapped|offered|put forward|proposed|will go to|went to|goes to|pass(?:e[sd]|ing) to|in (?:his|her) place)/i;
/** A sentence opening on a person's pronoun. */
const OPENS_ON_PRONOUN = /^\W*(?:he|she)\b/i;

/** Where a sentence's clauses part: "…five hours on Sunday, and the delegations met again on Monday morning". */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|before|after)\b|\s+(?:after|before|while)\b|\s+and\s+(?=(?:then\s+)?(?:returned|resumed|continued|met|reconvened|came back|went on)\b)/gi;

/**
 * "How long did the Monday session go on": true when a length of hours in `text` is of `day` — the weekday nearest to
 * it in its clause, or, when its clause names none, the last one named in the clauses before ("On Monday they met
 * again; the session lasted five hours"). "…spent more than five hours with Zelensky at the chancellery on Sunday and
 * returned for another round on Monday" gives Sunday's; "the first round lasted more than five hours, and the
 * delegations continued on Monday" gives none of Monday's.
 */
function lengthOfDay(text: string, day: string): boolean {
  let before: string | undefined;
  for (const clause of text.split(CLAUSE_BREAK)) {
    const days = [...clause.toLowerCase().matchAll(WEEKDAYS_IN_TEXT)];
    const length = HOURS_LONG.exec(clause);
    if (length) {
      const at = length.index + length[0].length / 2;
      const nearest = days.sort((a, b) => Math.abs(a.index! - at) - Math.abs(b.index! - at))[0]?.[1] ?? before;
      if (nearest === day) return true;
    }
    if (days.length > 0) before = days[days.length - 1]![1];
  }
  return false;
}

/**
 * The clauses of a sentence of several (a factbox line: "Jan 22: Trump and Zelensky meet in Davos; that night Putin
 * receives the envoys for more than three hours") that hold a length of time; none for a one-clause sentence.
 * ("He proposed 30 to 50 years; Trump, he added, had offered 15 years": each its own.)
 */
export function durationClauses(text: string): string[] {
  if (!text.includes(";")) return [];
  return text.split(";").filter((c) => DURATION.test(c));
}

/**
 * "How many drones": the sentence's number stands next to the drones ("91 long-range drones", "drones: 91"), not
 * elsewhere in it ("an attack with drones and missiles left at least one person dead"). False when the counted word
 * is in the sentence and no number is near any of its uses; true when it is not there (a synonym met it).
 */
export function countsNear(text: string, stemmed: string): boolean {
  const noun = new RegExp(`\\b${stemmed.replace(/[^\p{L}\p{N}-]/gu, "")}\\w*`, "giu");
  let seen = false;
  for (const m of text.matchAll(noun)) {
    seen = true;
    // (Not a compound that measures another noun, "three-way talks … brought a prisoner exchange", nor an ordinal,
    // "the second round", unless occasions are counted: as the count cue reads the sentence.)
    let before = text.slice(Math.max(0, m.index! - 45), m.index!).replace(YEAR, " ").replace(PRONOUN_ONE, " ").replace(NUMBER_COMPOUND, " ");
    if (!COUNTS_OCCASIONS.test(m[0].toLowerCase())) before = before.replace(ORDINAL_WORDS, " ");
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    if (NUMBER.test(before) || COUNT_AFTER.test(after)) return true;
  }
  return !seen;
}

/** A number after the counted noun: "forces at 800,000", "armed forces at six lakh", "prisoners, 157 for 157". */
const COUNT_AFTER = new RegExp(
  `^\\s*[,:]?\\s*(?:(?:of|numbered|totalled|totaled|were|was|at|to)\\s+)?(?:(?:about|around|some|roughly|nearly|up to|a peacetime level of)\\s+)?(?:[$€£]?\\d|(?:${NUMBER_WORDS})\\b)`,
  "i",
);

/** A live blog's time stamp heading an entry: "17:30 Moscow time, December 2", "11.50am EST". */
export function isTimeStamp(text: string): boolean {
  const line = text.trim();
  // (Not the page's own stamp, "December 6, 2025 at 9:05 p.m. EST", "Last updated: 23:40 GMT, Sun 30 Nov 2025": a
  // year or "updated" says when the page was written, not when an entry's news happened.)
  if (/\b(?:19|20)\d{2}\b|\b(?:updated?|published|posted)\b/i.test(line)) return false;
  return CLOCK.test(line) && line.split(/\s+/).length <= 8 && !/[.!?]["”’]?$/.test(line.replace(/\b(?:a|p)\.m\.$/i, ""));
}

/** True when the sentence names a day, a month or another date ("on Tuesday evening", "Dec. 2"). */
export function statesDate(text: string): boolean {
  return DATE.test(text);
}

/** True when the sentence states a plan or an expectation ("will meet", "is due to", "the next round"). */
export function statesPlan(text: string): boolean {
  return NEXT.test(text);
}

/** What answerCue needs of the question beyond its kind and words (see AnalyzedQuestion for each). */
export interface CueOptions {
  /** "Which general": the role the asked person holds. */
  whRole?: string;
  /** Whether a word names a person the corpus knows. */
  isPerson?: (word: string) => boolean;
  /** "Who replaced X", and the one now holding the role when the corpus knows him. */
  succession?: boolean;
  holder?: string;
  /** "Where was X when he said Y": the place of a saying. */
  placeOfSaying?: boolean;
  /** "Where in Geneva": a place within the one named (a venue, a district), not another city. */
  placeWithin?: boolean;
}

/** How well a sentence holds the kind of thing asked for, 0–1. */
export function answerCue(want: AnswerWanted, text: string, terms: QuestionTerm[], { whRole, isPerson, succession = false, holder, placeOfSaying = false, placeWithin = false }: CueOptions = {}): number {
  switch (want) {
    case "person": {
      // "Which general…": a name with that title ("Gen. Andrii Hnatov", "Hnatov, the chief of the General Staff").
      const { toks, keys } = keyedTokens(text);
      if (!hasNewName(toks, keys, terms, isPerson)) return 0;
      // "Who replaced Yermak": someone else, in a sentence that says so ("appointed", "took over", "since then"); the
      // one now holding the role asked ("as head of the office") when the corpus knows who that is.
      // (With the successor known, a sentence naming neither him nor a handover is of the one replaced: "Until Friday,
      // the person running the delegation was Yermak".)
      // (A handover of the one replaced himself is his own move, not his successor's: "Budanov has led HUR since
      // 2020", "Zelensky asked Budanov … to lead the Office" answer no "who is taking over HUR from Budanov".)
      if (succession) {
        const replaced = new Set(terms.filter((t) => t.entity && (isPerson?.(t.word) ?? true)).flatMap((t) => t.keys).filter((k) => k.startsWith("n:")));
        const handover = handoverTold(text, toks, keys, replaced, isPerson);
        if (holder && keys.some((k) => k.has(holder))) return handover || !keys.some((k) => [...replaced].some((r) => k.has(r))) ? 1 : 0.5;
        return handover ? (holder ? 0.6 : 1) : holder ? 0 : 0.3;
      }
      return whRole === undefined || toks.some((t) => stem(t.word) === whRole) ? 1 : 0.3;
    }
    case "date": {
      // "MOSCOW, March 4 -", "…, his spokesman told reporters on Wednesday": the day of the filing or of the saying,
      // not of what is asked — unless the question asks when something was said.
      // (Half a cue: an announcement is often made the day of what it announces.)
      // "Any news on a deadline?": "everything done by June", "by the start of the summer", "as a deadline".
      if (terms.some((t) => isDeadlineWord(t.word))) return BY_DATE.test(text) ? 1 : DATE.test(text) ? 0.5 : 0;
      if (!DATE.test(text)) return 0;
      if (terms.some((t) => SAYING_STEMS.has(t.stem))) return 1;
      return DATE.test(withoutDateline(text).replace(DATE_OF_SAYING, " ")) ? 1 : 0.5;
    }
    case "clock":
      return CLOCK.test(text.replace(PAGE_STAMP, " ")) ? 1 : 0;
    case "age":
      return ageCue(text, terms);
    case "temperature":
      return TEMPERATURE.test(text) ? 1 : 0;
    case "duration": {
      // "How many hours": a length in hours ("about five hours"), not "in a week's time".
      const unit = terms.find((t) => UNIT_IN_TEXT.has(t.word));
      if (unit && !UNIT_IN_TEXT.get(unit.word)!.test(text)) return 0;
      // "How long was the phone call": "more than two hours of talks" measures the talks.
      const measured = terms.find((t) => t.measured);
      const of = measured ? LENGTH_OF.exec(text) : null;
      // ("The two leaders met for nearly three hours" measures a meeting, not the phone call before it.)
      // ("…would require a ceasefire of at least 60 days": the ceasefire's length, not the meeting's.)
      const ofNoun = measured && !of ? NOUN_OF_LENGTH.exec(text) : null;
      const what = of ? stem((of[1] ?? of[2] ?? of[3]!).toLowerCase()) : ofNoun && !LENGTH_WORDS.test(ofNoun[1]!) ? stem(ofNoun[1]!.toLowerCase()) : measured && MET_FOR.test(text) ? "meet" : undefined;
      if (measured && what !== undefined && what !== measured.stem && !synonymous(what, measured.stem)) return 0;
      // "How long did the Berlin talks go on on the Monday": one day's session lasts hours, not "two days of talks".
      // Nor does a phone call or a speech last weeks ("…came at the end of a frantic six weeks of diplomacy").
      // ("How long did the Monday session go on": "…met again on Monday, after more than five hours of talks on Sunday"
      // gives Sunday's length: a length told of another weekday is that day's.)
      const lengths = text.replace(NOT_A_LENGTH, " ");
      const day = terms.find((t) => t.date && WEEKDAY.test(t.word))?.word;
      if (day !== undefined) {
        // ("Recap of Sunday: the first round ran for more than five hours": only another weekday named.)
        const days = [...text.toLowerCase().matchAll(WEEKDAYS_IN_TEXT)].map((m) => m[1]);
        if (days.length > 0 && !days.includes(day)) return 0;
        const length = HOURS_LONG.exec(lengths);
        const its = length && ON_WEEKDAY_AFTER.exec(lengths.slice(length.index + length[0].length));
        if (its && its[1]!.toLowerCase() !== day) return 0;
        if (days.length > 0 && !lengthOfDay(lengths, day)) return 0;
      }
      if (!unit && (terms.some((t) => t.date && ONE_DAY.test(t.word)) || (measured !== undefined && HOURS_ONLY.has(measured.stem)))) return HOURS_LONG.test(lengths) ? 1 : 0;
      // "It could take a few weeks to know", "within days", "two days later": when, not how long something lasted.
      return DURATION.test(lengths) || (!unit && UNTIL_DATE.test(text)) ? 1 : 0;
    }
    case "percent":
      return PERCENT.test(text) ? 1 : NUMBER.test(text) ? 0.3 : 0;
    case "place": {
      // "In which city was Putin when he said…": a place the question does not name already ("in Bishkek"). Its own
      // places ("in Florida" for "where in Florida") and a country named otherwise ("the Russian president") are half
      // a cue. Named by the same word: "Hallandale Beach" answers "where is the Shell Bay club", of one alias group.
      const asked = new Set(terms.flatMap((t) => t.keys).filter((k) => !k.startsWith("g:")));
      const askedGroups = new Set(terms.flatMap((t) => t.keys).filter((k) => k.startsWith("g:")));
      // "Where was Putin when he said…": the place of the saying, in a sentence that tells of one ("spoke to
      // reporters in Bishkek"), not the place of what was said ("the fighting in Ukraine").
      // The place stands before the verb ("In Bishkek, Putin said") or just after it ("spoke to reporters on Thursday in
      // Bishkek"), not deep in what was said.
      const saying = placeOfSaying ? SAYING_VERB.exec(text) : undefined;
      // ("Spoke to journalists on Thursday at the end of his state visit to Kyrgyzstan": after "to journalists" the
      // words are the scene's, not what was said.)
      const reach = saying && TO_THE_PRESS.test(text.slice(saying.index + saying[0].length)) ? 90 : 40;
      const ofSaying = (at: number) => saying === undefined || (saying !== null && at < saying.index + saying[0].length + reach);
      // ("In South Florida" is Florida's own: a point of the compass names no other place.)
      // "Where in Geneva did they meet": a venue or a district ("at the Hotel Intercontinental", "in Petit-Saconnex"),
      // which no table of countries and cities knows; another city ("after meetings in Abu Dhabi") is a poor answer.
      let elsewhere = false;
      const plain = text.replace(COMPASS, "");
      for (const m of plain.matchAll(PLACES)) {
        const keys = [...textKeys(m[3]!)];
        if (keys.some((k) => !k.startsWith("g:") && asked.has(k))) continue;
        // (A place within is "in" or "at" one: "according to Axios" names none, nor "in January" any.)
        if (placeWithin && (!/^(?:in|at)$/i.test(m[1]!) || CALENDAR.test(m[3]!.toLowerCase()))) continue;
        // (The place's whole name for the tables: "Abu Dhabi", not "Abu".)
        // (A town of the region asked is within it: "Hallandale Beach" for "where in Florida".)
        const groups = placeWithin ? [...textKeys(m[3]! + NAME_GOES_ON.exec(plain.slice(m.index! + m[0].length))![0])].filter((k) => k.startsWith("g:")) : [];
        if (groups.length > 0 && !groups.some((k) => askedGroups.has(k))) {
          elsewhere = true;
          continue;
        }
        return ofSaying(m.index) ? 1 : 0.5;
      }
      if (placeWithin) return elsewhere ? 0.3 : 0.2;
      // (A nation named by its adjective, "Russian President Vladimir Putin", "the U.S. plan", says no place.)
      return PLACE.test(text) || [...textKeys(text.replace(DEMONYM, " "))].some((k) => k.startsWith("g:")) ? 0.5 : 0;
    }
    case "count":
      // "One of the few places", "no one": the pronoun "one" counts nothing.
      // Nor does a year ("swaps since 2024", "its defence in 2026 and 2027"), unless it is money ("$2024").
      // "How much money did the EU lend": an amount of money, not "one official said".
      // ("How much Russian money": the money of a country named before it is still the first thing asked — not in "how
      // much of Ukraine's money needs", where the needs are.)
      if (terms.some((t) => MONEY_WORD.test(t.word)) || MONEY_NOUN.test(moneyAsked(terms)?.word ?? "")) return MONEY.test(text) ? 1 : 0;
      // "How far is Huliaipole from Zaporizhzhia": a distance, from a sentence naming one of the places (the
      // distance of another town in the same story measures something else).
      if (terms.some((t) => t.word === "far" && t.soft)) {
        if (!DISTANCE.test(text)) return 0;
        const keys = textKeys(text);
        return terms.some((t) => t.entity && !t.soft && t.keys.some((k) => keys.has(k))) ? 1 : 0;
      }
      // "Several prisoner swaps", "dozens of drones": no number of them.
      {
        // (Nor a share, "the framework was '90% agreed'": no number of soldiers — though "how far along" it answers.)
        const numbers = withoutMeasures(text, terms);
        let counted = (terms.some((t) => t.counted) ? numbers.replace(PERCENTAGES, " ") : numbers).replace(CLOCK_TIMES, " ").replace(AGES, " ").replace(PRONOUN_ONE, " ").replace(DAY_OF_MONTH, " ").replace(YEAR, " ").replace(VAGUE_COUNT, " ");
        // "How many points was the counter-proposal to the 28 point plan": the question's own number, naming a thing
        // ("the 28-point plan"), is no answer. (A number the asker guesses, "is it 90 billion?", may be confirmed.)
        for (const t of terms) if (/^\d+$/.test(t.word)) counted = counted.replace(new RegExp(`(?<![\\d.,])${t.word}-(?=\\p{L})`, "gu"), " ");
        const occasions = terms.some((t) => COUNTS_OCCASIONS.test(t.word));
        return NUMBER.test(occasions ? counted : counted.replace(ORDINAL_WORDS, " ")) || (occasions && HIGHER_ORDINAL.test(counted)) ? 1 : 0;
      }
    case "reason":
      return !CAUSE.test(text) ? 0 : givesCause(text) ? 1 : askedAfterwards(text, terms) ? 0 : 0.5;
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
 * "How old is Budanov": an age, and his — "…proposed that Mykhailo Fedorov, the 34-year-old first deputy prime minister,
 * replace Budanov" gives Fedorov's. When the sentence names the person asked, the age must stand within a few words of
 * the name; a sentence that names him elsewhere is half a cue. (Without his name — "He turns 40 on Sunday" — it is his.)
 */
/** True when the sentence gives someone's age ("He is 43, a Crimean Tatar…", "the 62-year-old envoy"). */
export function statesAge(text: string): boolean {
  AGES.lastIndex = 0;
  return AGES.test(text) || AGE_AFTER_NAME.test(text);
}

function ageCue(text: string, terms: QuestionTerm[]): number {
  const ages = [...text.matchAll(AGES), ...text.matchAll(AGES_AFTER_NAME)];
  if (ages.length === 0) return 0;
  const lower = text.toLowerCase();
  const names = terms.filter((t) => t.entity && !t.soft && /^\p{L}{3,}$/u.test(t.word)).map((t) => t.word.toLowerCase());
  const at = names.flatMap((n) => [...lower.matchAll(new RegExp(`\\b${n}`, "g"))].map((m) => m.index));
  if (at.length === 0) return 1;
  return ages.some((m) => at.some((i) => i >= m.index - AGE_NEAR && i <= m.index + m[0].length + AGE_NEAR)) ? 1 : 0.5;
}

/** How far (in characters) an age may stand from the name it belongs to: "Budanov, a lieutenant general, will turn 40". */
const AGE_NEAR = 45;

/**
 * A person's name the question did not already name: a person the corpus knows, or two capitalised words in a
 * row. Places, nationalities, days and months are capitalised too ("American and Ukrainian negotiators met on
 * Sunday") but name nobody.
 */
function hasNewName(toks: readonly Token[], keys: readonly ReadonlySet<string>[], terms: QuestionTerm[], isPerson?: (word: string) => boolean): boolean {
  const named = new Set(terms.map((t) => t.word));
  const nameLike = (i: number) => namesSomeone(toks, keys, i);
  return toks.some((t, i) => {
    if (i === 0 || named.has(t.word) || !nameLike(i)) return false;
    if (isPerson) return isPerson(t.word) || (nameLike(i + 1) && !named.has(toks[i + 1]!.word));
    return true;
  });
}

/**
 * Someone named as the one who did the deed: "…was handed to the president by US Army Secretary Dan Driscoll",
 * "Driscoll handed it over" — not "an American delegation handed him the plan", which names only whom it was given.
 * `deed` is the stem of the question's verb; its synonyms count.
 */
export function agentNamed(text: string, deed: string): boolean {
  const { toks, keys } = keyedTokens(text);
  const deeds = new Set([deed, ...synonymsOf(deed)]);
  for (let i = 0; i < toks.length; i++) {
    if (!deeds.has(stem(toks[i]!.word))) continue;
    // ("Trump wrote on social media" is no author of the plan: a verb of saying or posting tells its doer only
    // passively, "written by".)
    if (i > 0 && !SPEECH.test(toks[i]!.word) && namesSomeone(toks, keys, i - 1)) return true;
    for (let j = i + 1; j < Math.min(toks.length, i + AGENT_REACH); j++) {
      if (toks[j]!.word !== "by") continue;
      for (let k = j + 1; k < Math.min(toks.length, j + 6); k++) if (namesSomeone(toks, keys, k)) return true;
      break;
    }
  }
  return false;
}

/** How many words after the deed its "by …" may come: "was handed to the president on Thursday by …". */
const AGENT_REACH = 10;

/** A weekday or a month, whole (lower case): capitalised, but naming no one. */
export const CALENDAR = new RegExp(`^(${WEEKDAYS}|${MONTHS}|mar)$`);

/** A sentence opening on a spokesman titled by office alone ("Spokesman Dmitry Peskov confirmed", "Its spokeswoman said"). */
const SPOKESMAN_OPENS = /^\W*(?:(?:its|a|the|his|her) )?(?:spokes(?:man|woman|person)|press secretary)\b/i;

const SPEECH = /^(said|says|say|spoke|speaks|told|tells|repeated|restated|stated|maintained|added|adds|noted|stressed|argued|claimed|warned|announced|wrote|insisted|declared|replied|explained|urged|promised|pledged|vowed|called|described|suggested|admitted|acknowledged|confirmed|denied|emphasised|emphasized|underlined|remarked|posted|commented|asserted|recalled|cautioned|predicted|believes|thinks|thanked|hailed|pronounced|termed|dubbed|praised|welcomed|criticised|criticized|accused|rejected|dismissed|demanded|proposed|expressed|reiterated|signalled|signaled|conceded|complained|quoted|condemned|denounced|slammed|blasted|decried|lamented|scoffed|ridiculed|mocked|labelled|labeled|branded|countered|responded|reacted|retorted|answered|summed|summarised|summarized|characterised|characterized)$/;
const PRONOUN = /^(he|she|they)$/;
/** "Gave one of the bleakest speeches", "delivered an address", "addressed the nation": a saying without a verb of it. */
const SPEECH_GIVEN = /\s(?:gave|gives|delivered|delivers|made|makes|recorded)\b[^.;"“]{0,50}?\b(?:speech|speeches|address|addresses|remarks)\b|\saddressed the (?:nation|country|parliament)\b/i;
const SPOKE = /^(spoke|speaks)$/;
const SPOKE_OF = /^\s+(?:of|about|to (?:reporters|journalists|the press|the media|state television|television))\b/;
const APPOSITION_BEFORE_VERB = /^\s*,[^.;"“”]*,\s*(?:(?:also|later|then|again|separately|earlier|afterwards|himself|herself|too)\s+)?$/;
/** No roles: the speaker is found by name only (see speakerCue's `roleKeys`). */
export const NO_ROLES: ReadonlySet<string> = new Set();
const LEADER = /^(leader|head|chief)$/;
/** Subjects of a verb of saying that are no person: "a joint statement said", "officials said", "the ministry said". */
const OTHER_SAYER = /^(statement|statements|communique|readout|officials?|ministry|agency|agencies|sources?|analysts?|experts?|diplomats?|media|spokes(man|woman|person)|aides?|document|report|reports|survey)$/;
const NAME_LIKE = /^\p{Lu}\p{Ll}/u;

/**
 * Token `i` may be a person's name: capitalised, and no small word, day, month, place or institution (those are
 * capitalised too: "American and Ukrainian negotiators met on Sunday").
 */
function namesSomeone(toks: readonly Token[], keys: readonly ReadonlySet<string>[], i: number): boolean {
  const t = toks[i];
  if (!t || !NAME_LIKE.test(t.raw) || STOP_WORDS.has(t.word) || CALENDAR.test(t.word)) return false;
  return ![...keys[i]!].some((k) => k.startsWith("g:"));
}

const APPOSITION_AFTER = /^\s*,\s*(?:the|a|an)\b/i;
/** Words that open a sentence and a comma without being anyone's name. */
const OPENER = /^(however|meanwhile|yesterday|today|tonight|earlier|later|separately|still|instead|also|now|then|afterwards|indeed|again|moreover|finally|first|second|overall|nonetheless|nevertheless|similarly|likewise|elsewhere|there|here|above|below)$/;

/** Token `s` ends a speaker label at the start of the text ("Kaarel Vahtramäe: …", "ZELENSKY: …"). */
function labelled(text: string, toks: readonly Token[], s: number): boolean {
  return s <= 2 && /^\s*:\s*\S/.test(text.slice(toks[s]!.end)) && !/[.;]/.test(text.slice(0, toks[s]!.start));
}

// And titles' dots: "…, who led the U.S. side with Mr. Witkoff, told reporters".
const INITIALS = /\b(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Adm|Lt|Col|Sen|Rep|Gov|Prof|Sgt|Capt|Maj|Jr|Sr|St)\./gu;

/** Text ending inside a relative clause or an apposition of someone else: "The president, who was joined by …". */
const IN_CLAUSE = /,\s*(who|which|whose|accompanied|joined|flanked)\b[^,]*$/i;
/** A relative clause that reports what someone else said: "…, who said (that) …" right before a name. */
const REPORTED_IN_CLAUSE = /,\s*who\s+(?:said|says|added|noted|recalled|told\s+\w+)\s+(?:that\s+)?$/i;

/** A nation's adjective before a noun, or the US and UK written so: "Russian", "Ukrainian", "Emirati", "U.S.". */
const DEMONYM = /\b(?:\p{Lu}\p{Ll}+(?:ian|an|ese|ish)|Emirati|Swiss|French|Dutch|Greek|U\.S\.|US|U\.K\.|UK)(?=\s+\p{L})/gu;

/** A sentence opening on a phrase of time or circumstance, which a comma closes ("Hours before receiving the envoys, …"). */
const OPENING_PHRASE = /^\W*(?:(?:hours?|days?|minutes?|weeks?|moments?|shortly|just|soon|a day|the day|an hour|a week)\s+(?:before|after|ahead|later|earlier)|before|after|during|while|when|as|on|in|at|following|ahead of|speaking|asked|since|despite|amid|with|unlike|like)\b[^,]*,/i;

/** X is the sentence's subject, roughly: its first named person, and not inside a relative clause. */
function subjectIs(text: string, speakerKeys: string[]): boolean {
  const { toks, keys } = keyedTokens(text);
  const first = toks.findIndex((_, i) => speakerKeys.some((k) => keys[i]!.has(k)));
  if (first < 0) return false;
  if (IN_CLAUSE.test(text.slice(0, toks[first]!.start))) return false;
  // X's title and first name ("Army Secretary Dan Driscoll") are X's; another name before them is the subject.
  let start = first;
  const joined = (a: Token, b: Token) => a.end + 1 === b.start || (a.raw.length <= 4 && text.slice(a.end, b.start) === ". ");
  while (start > 0 && NAME_LIKE.test(toks[start - 1]!.raw) && joined(toks[start - 1]!, toks[start]!)) start--;
  // "Putin's foreign policy aide Yuri Ushakov told…", "Presidential aide Yuri Sokol": a name (or a capital) in the
  // title run straight into X's name — no punctuation, no "and" — is the title's, not another subject.
  const titleWord = (t: Token) => NAME_LIKE.test(t.raw) || isRoleWord(t.word) || ROLE_MODIFIERS.has(t.word) || t.word === "of" || t.word === "the";
  const inTitle = (i: number) => !/[,;:."“”(]/.test(text.slice(toks[i]!.end, toks[start]!.start)) && toks.slice(i + 1, start).every(titleWord);
  // (A newsletter's capitals before it are a label: "MIAMI WAS THE EASY PART — Secretary of State Marco Rubio …".)
  const label = (t: Token) => /^\p{Lu}{2,}$/u.test(t.raw);
  // (Nor is a participle opening the sentence: "Speaking to reporters after the meeting, … Marco Rubio struck…".)
  const participle = (i: number) => i === 0 && /(?:ing|ed)$/.test(toks[0]!.word) && /^\p{Ll}/u.test(toks[1]?.raw ?? "");
  // (Nor a name in an opening phrase set off by a comma: "Hours before receiving the U.S. envoys, Putin adopted…".)
  const opens = OPENING_PHRASE.test(text);
  const opening = (i: number) => opens && text.slice(toks[i]!.end, toks[start]!.start).includes(",");
  for (let i = 0; i < start; i++) if (namesSomeone(toks, keys, i) && !inTitle(i) && !label(toks[i]!) && !participle(i) && !opening(i)) return false;
  return true;
}
const NOT_BEFORE = /\b(?:did not|didn't|does not|doesn't|would not|wouldn't|could not|couldn't|declined to|refused to|not)\s+$/i;
const SILENT = /\b(declined|refused) to (comment|speak|answer)|\bwithout (speaking|talking|commenting|comment)\b|\b(did not|didn't|would not|wouldn't) (comment|speak to)\b|\bmade no (comment|statement)\b|\bno comment\b/i;

/** A line opening a list of someone's words: "Key statements by Yuri Ushakov:", "What Peskov said:". */
const OPENS_SAYINGS = /\b(?:statements?|remarks?|quotes?|comments?|words|said|says|told|answers?|points?)\b[^:]{0,60}:\s*(?:\*\*|__|\*|_)?\s*$/i;

/** An account of someone's words, named by whose it is: "Ushakov's read-out", "the Kremlin's statement". */
const ACCOUNT_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:read-?outs?|statements?|accounts?|remarks|comments|briefings?|words|message|version|summary)\b/iu;

/** True when `text` names a speaker of `speakerKeys` as the owner of an account of words ("in Ushakov's read-out"). */
function ownAccount(text: string, speakerKeys: string[]): boolean {
  const { toks, keys } = keyedTokens(text);
  return toks.some((t, i) => /['’]s$/.test(t.raw) && speakerKeys.some((k) => keys[i]!.has(k)) && ACCOUNT_AFTER.test(text.slice(t.end)));
}

/**
 * What speaks for the one it belongs to: "Budanov's office said", "Russia's defence ministry said", "Ukraine's foreign
 * ministry", "the Kremlin's press service" (a ministry or office after a word or two that says which).
 */
const OWN_VOICE = /^\s*(?:(?:office|spokes\w*|press|aides?|administration|government|ministry|team|camp|representatives?|delegation|embassy)\b|(?:[\p{L}-]+\s+){1,2}(?:ministry|office|service|administration|embassy|delegation)\b)/iu;

/**
 * A quotation of someone's words: one opening the sentence, five words or more in quotation marks, or the end of one
 * begun in a sentence before.
 */
const QUOTATION = /^\s*["“]|["“](?:[^"”\s]+\s+){4,}[^"”]*(?:["”]|$)|^[^"“]*[.!?,]["”]\s*$/;

/** A line introducing a quote by a pronoun: "His statement, which we transcribe in full, took twenty seconds:". */
const INTRO_BY_PRONOUN = /^\W*(?:his|her|he|she)\b/i;

/**
 * Whether the line introducing a block quote (`intro`, ending on a colon) gives it to the speaker: it has him as its
 * subject ("Zelensky wrote on Telegram:"), or it opens on "his" or "he" after a sentence that does ("Vladimir Medinsky
 * … came out to the cameras. His statement … took about twenty seconds:").
 */
export function introducesWordsOf(
  intro: { keys: ReadonlySet<string>; text: string },
  before: { keys: ReadonlySet<string>; text: string } | undefined,
  speakerKeys: string[],
): boolean {
  if (speakerKeys.some((k) => intro.keys.has(k))) return subjectIs(intro.text, speakerKeys);
  return INTRO_BY_PRONOUN.test(intro.text) && before !== undefined && speakerKeys.some((k) => before.keys.has(k)) && subjectIs(before.text, speakerKeys);
}

/** Words in quotation marks, opened and closed in the sentence. */
const QUOTED_SPAN = /“[^”]*”|"[^"]*"/g;

/** A line that signs the quotation above it: "— Zelenskyy in his New Year's Eve address, on Wednesday night." */
export const ATTRIBUTION_LINE = /^\s*[—―–]\s*\p{Lu}/u;

/**
 * 1 when the speaker is the one speaking in the sentence — "X said", "said X", "according to X", "X: …", a quote
 * with "he said" right after a sentence naming X — 0.3 when X is only mentioned, 0 otherwise.
 */
export function speakerCue(
  text: string,
  previous: { keys: ReadonlySet<string>; text: string } | undefined,
  speakerKeys: string[],
  roleKeys: ReadonlySet<string> = NO_ROLES,
): number {
  const { toks, keys } = keyedTokens(text);
  // "The president said", "the Kremlin aide added": the speaker named by a role the articles give him (`roleKeys`,
  // set only when his story names him), when the sentence names no one else.
  const byRole = (i: number) => {
    if (roleKeys.size === 0 || !ROLE_NOUNS.has(stem(toks[i]!.word))) return false;
    // "None of the delegation heads spoke": several people, not the one asked about.
    if (stem(toks[i]!.word) !== toks[i]!.word && /s$/.test(toks[i]!.word)) return false;
    // ("Ukraine's chief negotiator wrote": a country's, as "the".)
    if (!/(?:\bthe|\b\p{Lu}\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(Math.max(0, toks[i]!.start - 40), toks[i]!.start).replace(/\bThe\b/g, "the"))) return false;
    // (The first word too when an apposition follows it: "Melnyk, the secretary of the security council, said".)
    // (Names in what the role says do not count: "…wrote that the delegation would report to President Zelensky".)
    const said = toks.findIndex((t, k) => k > i && SPEECH.test(t.word));
    const end = said < 0 ? toks.length : said;
    if (toks.some((_, j) => j < end && (j > 0 || APPOSITION_AFTER.test(text.slice(toks[0]!.end)) && !OPENER.test(toks[0]!.word)) && namesSomeone(toks, keys, j))) return false;
    // ("The president said Budanov had the experience": the one asked, named in what is said, is not the one saying it.)
    if (toks.some((_, j) => j >= end && speakerKeys.some((k) => keys[j]!.has(k)))) return false;
    // "the president" for a president; "the Russian leader" for the one the articles call Russian anything.
    return roleKeys.has(`s:${stem(toks[i]!.word)}`) || (LEADER.test(toks[i]!.word) && [...(keys[i - 1] ?? [])].some((k) => k.startsWith("g:") && roleKeys.has(k)));
  };
  const isSpeaker = (i: number) => i >= 0 && i < toks.length && (speakerKeys.some((k) => keys[i]!.has(k)) || byRole(i));
  const speaker: number[] = [];
  // ("KYIV/MOSCOW, Nov 26 (Meridian Wire) - Ukraine and the United States have…": a dateline's city is where the
  // story was filed, not Moscow speaking.)
  const dateline = datelineLength(text);
  toks.forEach((t, i) => t.start >= dateline && isSpeaker(i) && speaker.push(i));
  // '"If you read what Medinsky said, the talks were difficult," he told reporters': a name inside the quoted words
  // is not who speaks them (it is still named: see the end).
  const quotedSpans = [...text.matchAll(QUOTED_SPAN)].map((m) => [m.index, m.index + m[0].length] as const);
  const speaking = speaker.filter((s) => !quotedSpans.some(([a, b]) => toks[s]!.start > a && toks[s]!.end < b));
  const verbs: number[] = [];
  // "Spoke of progress", "spoke to reporters" tell what was said; "Trump and Putin spoke before the meeting" does not.
  // "Lavrov did not say whether Putin was there": what he left unsaid is not what he said.
  const unsaid = (t: Token) => NOT_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start)) && /^\s*(whether|if|when|how|who|what|why|where)\b/i.test(text.slice(t.end));
  toks.forEach((t, i) => SPEECH.test(t.word) && (!SPOKE.test(t.word) || SPOKE_OF.test(text.slice(t.end))) && !unsaid(t) && verbs.push(i));
  // "He flew home without speaking to reporters", "declined to comment": what X said is that X said nothing.
  const silent = SILENT.exec(text);
  if (silent && speaker.some((s) => toks[s]!.end <= silent.index && silent.index - toks[s]!.end < 120)) return 1;
  const according = toks.findIndex((t, i) => t.word === "according" && toks[i + 1]?.word === "to");
  // "… admiral Igor Kostyukov, presidential aide Yuri Ushakov said": the verb belongs to the name next to it.
  // (A first name next to the speaker's surname, "Sergei Lavrov", is the speaker's own.)
  const otherName = (i: number) => !isSpeaker(i) && !isSpeaker(i - 1) && !isSpeaker(i + 1) && i > 0 && NAME_LIKE.test(toks[i]!.raw) && ![...keys[i]!].some((k) => k.startsWith("g:"));
  // A country or institution speaks through its people ("Russian Foreign Minister Sergei Lavrov said"): no such check.
  const group = speakerKeys.some((k) => k.startsWith("g:"));
  const between = (a: number, b: number) => !group && toks.slice(a + 1, b).some((_, k) => otherName(a + 1 + k));
  // "The president, who was accompanied by … Andrii Hnatov, said": a name inside a relative clause is not the subject.
  // (But "Ushakov, who said Putin told Trump that…": what the clause reports, X speaks, when his verb follows.)
  const inClause = (s: number, v: number) => {
    const before = text.slice(0, toks[s]!.start);
    return IN_CLAUSE.test(before) && !(v === s + 1 && REPORTED_IN_CLAUSE.test(before));
  };
  // "said Peskov" after a quote or a comma; "The president said Budanov had…" is the president speaking.
  const inverted = (v: number) => v === 0 || /[,"”]\s*$/.test(text.slice(0, toks[v]!.start));
  // "Budanov's critics argued": the possessor is not the one speaking — unless it is his office or spokesman.
  const possessive = (s: number) =>
    /['’]s$/.test(toks[s]!.raw) && !OWN_VOICE.test(text.slice(toks[s]!.end));
  // "The decision to send Medinsky was announced by Peskov": a passive verb's speaker is the one after "by".
  const passive = (v: number) => toks[v + 1]?.word === "by";
  for (const s of speaking) {
    // ("Budanov, he said, had the experience": the pronoun speaks, of him.)
    const pronounSubject = (v: number) => v - 1 > s && PRONOUN.test(toks[v - 1]!.word);
    if (verbs.some((v) => (v > s && v - s <= 6 && !passive(v) && !pronounSubject(v) && !between(s, v) && !inClause(s, v) && !possessive(s)) || (s > v && s - v <= 6 && !between(v, s) && (inverted(v) || (passive(v) && s > v + 1))))) return 1;
    // "Dmitriev, who heads the fund and is Putin's envoy, told reporters": the apposition sits between.
    // (Initials' dots are no sentence's end: "…, who led the U.S. team at the club, told reporters".)
    // "Rustem Umerov, secretary of the council, also spoke of…": an adverb may follow it.
    if (verbs.some((v) => v > s && APPOSITION_BEFORE_VERB.test(text.slice(toks[s]!.end, toks[v]!.start).replace(INITIALS, "X")))) return 1;
    // "Rubio emerged on Sunday from five hours with the delegation at Witkoff's club and pronounced the session
    // 'very productive'": the sentence's subject goes on to speak, whoever is named on the way.
    if (verbs.some((v) => v > s && toks[v - 1]!.word === "and") && subjectIs(text, speakerKeys)) return 1;
    // "According to Kremlin aide Yuri Ushakov," — not "According to Ushakov, Witkoff and Kushner will…".
    if (according >= 0 && s > according && s - according <= 6 && !text.slice(toks[according]!.end, toks[s]!.start).includes(",")) return 1;
    if (/^[^"“]{0,80}:\s*["“]/.test(text.slice(toks[s]!.start))) return 1;
    // A transcript's or interview's speaker label: "Vahtramäe: Europe has to stop waiting at the door."
    if (labelled(text, toks, s)) return 1;
    // A pull quote's signature under it: "— Zelenskyy in his New Year's Eve address" (quoted with the words above it).
    if (s <= 2 && ATTRIBUTION_LINE.test(text)) return 1;
  }
  // (Words quoted, not a name in quotation marks: 'what Europe calls the "coalition of the willing"' quotes nobody.)
  const quoted = QUOTATION.test(text);
  const pronounSays = toks.some((t, i) => PRONOUN.test(t.word) && verbs.some((v) => Math.abs(v - i) <= 2));
  // A quote or "he said" continues the sentence before — when that one has X as its subject ("The president, who was
  // accompanied by … Hnatov, said …" followed by "He said …" is the president), and this one names no speaker of its own
  // ("Kremlin spokesman Dmitry Peskov said …").
  // "A joint statement by the Europeans … said", "officials said": a speaker that is no person is one all the same.
  // "He said Russia's position remained … the understanding Moscow says …": opening on "he said", the sentence is
  // his, whoever speaks inside what he said.
  const opensOnPronoun = PRONOUN.test(toks[0]?.word ?? "") && verbs.some((v) => v <= 2);
  const ownSpeaker = !opensOnPronoun && verbs.some(
    (v) =>
      // (Not a place: "Standing outside his office in Kyiv, he said".)
      // (Nor a capital inside quoted words: '"Typical Russian lies," he told reporters'.)
      toks.slice(Math.max(0, v - 4), v).some((t, k) => NAME_LIKE.test(t.raw) && !CALENDAR.test(t.word) && !STOP_WORDS.has(t.word) && !PRONOUN.test(t.word) && ![...keys[Math.max(0, v - 4) + k]!].some((key) => key.startsWith("g:")) && !quotedSpans.some(([a, b]) => t.start > a && t.end < b)) ||
      // ("Kiev speaks of 'progress'": a capital right before the verb is its subject — not "in Kyiv, he said".)
      (v > 0 && NAME_LIKE.test(toks[v - 1]!.raw) && [...keys[v - 1]!].some((key) => key.startsWith("g:")) && !/^(in|at|from|to|near|outside)$/.test(toks[v - 2]?.word ?? "")) ||
      toks.slice(Math.max(0, v - 8), v).some((t) => OTHER_SAYER.test(t.word)),
  ) || (verbs.length > 0 && toks.slice(0, 4).some((t) => OTHER_SAYER.test(t.word)));
  // "The Kremlin gave a narrower account. Spokesman Dmitry Peskov confirmed…": an institution speaks through its
  // spokesman, titled by the office and not by whose it is, right after a sentence whose subject it is.
  if (group && previous && verbs.length > 0 && SPOKESMAN_OPENS.test(text) && speakerKeys.some((k) => previous.keys.has(k)) && subjectIs(previous.text, speakerKeys)) return 0.9;
  // (Opening on "he told reporters", names in what he told them are not speaking: "…looked acceptable to Moscow".)
  if ((speaker.length === 0 || opensOnPronoun) && previous && !ownSpeaker) {
    const carriesOn = pronounSays || quoted;
    const namedBefore = speakerKeys.some((k) => previous.keys.has(k));
    if (carriesOn && namedBefore && subjectIs(previous.text, speakerKeys)) return pronounSays ? 0.9 : 0.6;
    // "Key statements by Yuri Ushakov:" and his words below, an item each (the opening line is `previous` then).
    if (carriesOn && namedBefore && OPENS_SAYINGS.test(previous.text)) return 0.9;
    // "The second signal came in Ushakov's read-out late that night. He told reporters…": his read-out, his words.
    if (pronounSays && opensOnPronoun && namedBefore && ownAccount(previous.text, speakerKeys)) return 0.9;
    // The answer of an interview goes on after its label: "Vahtramäe: Europe has to stop waiting. We were in Berlin…".
    if (namedBefore) {
      const { toks: before, keys: keysBefore } = keyedTokens(previous.text);
      const at = before.findIndex((_, i) => speakerKeys.some((k) => keysBefore[i]!.has(k)));
      if (at >= 0 && labelled(previous.text, before, at)) return 0.9;
    }
    // "On guarantees, the president said … On territory, though, he admitted …".
    if (carriesOn && roleKeys.size > 0 && pronounSays && speakerCue(previous.text, undefined, speakerKeys, roleKeys) === 1) return 0.9;
    // "The Ukrainian president gave one of the bleakest speeches of his time in office. Standing outside his office, he
    // said…": a speech given is a saying, for the one giving it.
    if (carriesOn && roleKeys.size > 0 && pronounSays && SPEECH_GIVEN.test(previous.text) && speakerCue(previous.text.replace(SPEECH_GIVEN, " said"), undefined, speakerKeys, roleKeys) === 1) return 0.9;
  }
  return speaker.length > 0 ? 0.3 : 0;
}
