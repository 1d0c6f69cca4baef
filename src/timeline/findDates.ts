/**
 * Temporal expressions of one sentence, resolved to calendar spans against the article's publication day.
 *
 * chrono-node finds and reads the expressions; on top of it we add what a news timeline needs and chrono does not
 * decide: the tense rule for bare weekdays and year-less dates, and vague periods ("later this week", "last week",
 * "in late October") kept as ranges instead of the single day chrono would pick for them.
 */
import { createRequire } from "node:module";
import type { ParsedComponents, ParsedResult } from "chrono-node";
import type * as ChronoEn from "chrono-node/en";
import {
  addDays, addYears, dayOf, endOfMonth, maxDay, minDay, parts, startOfMonth, startOfWeek, weekdayOf, type Day,
} from "./calendar.js";
import type { Reference } from "./reference.js";
import { tenseAt, type Tense } from "./tense.js";

export interface DateSpan {
  start: Day;
  /** Equal to `start` for a single day. */
  end: Day;
}

/** One expression of the sentence and the span it names. */
export interface DateMention extends DateSpan {
  /** Offsets of the expression in the text given to `findDates`. */
  at: number;
  to: number;
  /** The expression as written, e.g. "last Sunday". */
  expression: string;
}

// The English parser only: the package's index also loads every other locale (≈270 modules, ~0.2 s at every
// start). Through require: Vite, which runs the tests, cannot resolve the package's "./*" export pattern.
const chrono = createRequire(import.meta.url)("chrono-node/en") as typeof ChronoEn;

type Parsed = ParsedResult;
type Modifier = "later" | "earlier" | "early" | "mid" | "late";

/** Days counted from the day the text last named, not from the publication day. */
const ANAPHORIC: [RegExp, number][] = [
  [/^(the )?(next|following) day$|^the day after$/i, 1],
  [/^the day before$/i, -1],
];

/** How many days "the next day", "the day before" counts from the day last named; undefined for other expressions. */
export function anaphoricShift(expression: string): number | undefined {
  return ANAPHORIC.find(([pattern]) => pattern.test(expression.trim()))?.[1];
}

/** Every dated expression of `text` that names a day or a period; times alone ("after five hours") are left out. */
export function findDates(text: string, ref: Reference, storyDay: Day = ref.day): DateMention[] {
  const out: DateMention[] = [];
  for (const r of chrono.casual.parse(text, ref.local)) {
    const expression = r.text.replace(/[\s,.;:]+$/, "");
    if (!isDateExpression(expression, r)) continue;
    const modifier = modifierBefore(text.slice(0, r.index), expression);
    // "In the days following the talks", "in the weeks before": no day at all (chrono reads one).
    if (/^in the (days|weeks|months|years)$/i.test(expression)) continue;
    // "Earlier in the day": the story's own day (the day its lead reports, which a story filed overnight
    // publishes a day later); chrono reads "in the day" as tomorrow.
    if (/^in the day$/i.test(expression)) {
      if (!modifier || (modifier.word !== "earlier" && modifier.word !== "later")) continue;
      const at = r.index - modifier.length;
      out.push({ start: storyDay, end: storyDay, at, to: r.index + expression.length, expression: text.slice(at, r.index + expression.length) });
      continue;
    }
    const span = resolve(r, expression, modifier?.word, text, ref);
    if (!span || span.start > span.end) continue;
    // The modifier belongs to the expression a reader sees: "later this week", not "this week".
    const at = r.index - (modifier?.length ?? 0);
    const second = secondDay(text.slice(r.index + expression.length), span, r);
    const to = r.index + expression.length + (second?.length ?? 0);
    out.push({ ...span, ...(second ? { end: second.end } : {}), at, to, expression: text.slice(at, to) });
  }
  return out;
}

/**
 * "on January 23 and 24", "Dec. 4 to 6": the second day chrono leaves out, so the span covers both days instead of
 * the first one alone. Only a bare day number later in the same month, followed by punctuation or a small word
 * (not "24 people").
 */
function secondDay(after: string, span: DateSpan, r: Parsed): { end: Day; length: number } | undefined {
  if (span.start !== span.end || !r.start.isCertain("day")) return undefined;
  const m = /^\s*(?:and|to|through|-|–)\s*(\d{1,2})(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|with|when|as|between|for|of|and|the|to)\b)/.exec(after);
  if (!m) return undefined;
  const { year, month, day } = parts(span.start);
  const last = Number(m[1]);
  if (last <= day || last > parts(endOfMonth(span.start)).day) return undefined;
  return { end: dayOf(year, month, last), length: m[0].length };
}

const MONTH_OR_WEEKDAY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?)$/i;

/**
 * Guards against chrono's casual readings that are not dates in running text: "will march", "The Sun reported",
 * "Sat down", "now", "five hours".
 */
function isDateExpression(expression: string, r: Parsed): boolean {
  if (/\b(?:hours?|minutes?|seconds?|now)\b/i.test(expression)) return false;
  if (isVagueCount(expression)) return false;
  for (const m of expression.matchAll(/[A-Za-z]+\.?/g)) {
    const word = m[0].replace(/\.$/, "");
    if (!MONTH_OR_WEEKDAY.test(word)) continue;
    if (word[0] !== word[0]!.toUpperCase()) return false;
    const abbreviated = word.length <= 4 && !/^(?:May|June|July)$/.test(word);
    if (abbreviated && !m[0].endsWith(".") && !r.start.isCertain("day")) return false;
  }
  return true;
}

const COUNT = "(?:a\\s+)?(?:few|several|couple(?:\\s+of)?|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|dozens?(?:\\s+of)?)";
/** "N days ago" names a day; every other counted span ("in a few weeks", "the last five months", "for two days") a stretch of time. */
const COUNTED_SPAN = new RegExp(`\\b${COUNT}\\s+(?:days?|weeks?|months?|years?|decades?)\\b`, "i");

/**
 * Counted stretches of time are not dates: "in a few weeks", "in the last five months", "for two days", "in two
 * years". Placed as dates they make events on days nothing happened. "Two days ago" and "a week ago" are kept when
 * counted in days or one week, the only ones precise enough to name a day.
 */
function isVagueCount(expression: string): boolean {
  if (!COUNTED_SPAN.test(expression)) return false;
  return !/^(?:(?:\d+|one|two|three|four|five|six|seven|a)\s+days?|a\s+week|one\s+week)\s+ago$/i.test(expression.trim());
}

function resolve(r: Parsed, expression: string, modifier: Modifier | undefined, text: string, ref: Reference): DateSpan | undefined {
  const anchor = dayOfComponents(r.start);
  const tense = () => tenseAt(text, r.index, r.index + expression.length);
  if (/\bweekend\b/i.test(expression)) return weekend(expression, ref.day, tense());
  const inWeek = weekdayOfWeek(expression, ref.day);
  if (inWeek) return { start: inWeek, end: inWeek };
  if (/\bpast week\b/i.test(expression)) return { start: addDays(ref.day, -7), end: addDays(ref.day, -1) };
  if (/^last week$/i.test(expression)) return lastWeek(ref.day);
  if (/\bweeks?\b/i.test(expression)) {
    const start = startOfWeek(anchor);
    return narrow({ start, end: addDays(start, 6) }, "week", modifier, ref.day);
  }
  if (/\bmonths?\b/i.test(expression)) {
    return narrow({ start: startOfMonth(anchor), end: endOfMonth(anchor) }, "month", modifier, ref.day);
  }
  if (/\byears?\b/i.test(expression)) {
    const year = r.start.get("year")!;
    return narrow({ start: dayOf(year, 1, 1), end: dayOf(year, 12, 31) }, "year", modifier, ref.day);
  }
  if (r.tags().has("refiner/ENEndOfPeriodRefiner") || /^(?:the\s+)?(?:end|beginning|start) of\b/i.test(expression)) {
    const span = { start: startOfMonth(anchor), end: endOfMonth(anchor) };
    const which = /^(?:the\s+)?end/i.test(expression) ? "late" : "early";
    return withYearByTense(narrow(span, "month", which, ref.day), r, tense(), ref.day);
  }
  if (r.start.isCertain("day")) {
    const end = r.end ? dayOfComponents(r.end) : anchor;
    return withYearByTense({ start: anchor, end: maxDay(anchor, end) }, r, tense(), ref.day);
  }
  if (r.start.isCertain("weekday")) {
    if (/\b(?:last|past|this|next|coming)\b/i.test(expression)) return { start: anchor, end: anchor };
    if (modifier === "later" || modifier === "earlier") {
      // "later Monday", "earlier Sunday": the story's own news day, never a week away. A story filed on Monday
      // and published early Tuesday in an Asian zone means the Monday just past.
      const day = nearestWeekday(r.start.get("weekday")!, ref.day);
      return { start: day, end: day };
    }
    const day = weekdayByTense(r.start.get("weekday")!, tense(), ref.day) ?? anchor;
    return { start: day, end: day };
  }
  if (r.start.isCertain("month")) {
    const span = narrow({ start: startOfMonth(anchor), end: endOfMonth(anchor) }, "month", modifier, ref.day);
    return withYearByTense(span, r, tense(), ref.day);
  }
  return undefined;
}

function dayOfComponents(c: ParsedComponents): Day {
  return dayOf(c.get("year")!, c.get("month")!, c.get("day")!);
}

/**
 * "later this week", "in late October", "mid-November", "earlier this month": the word just before the match (and
 * how many characters it adds in front of it), or one chrono kept inside the match.
 */
function modifierBefore(before: string, expression: string): { word: Modifier; length: number } | undefined {
  const m = /\b(later|earlier|early|mid|late)[\s-]+(?:in\s+|on\s+)?(?:the\s+)?$/i.exec(before);
  if (m) return { word: m[1]!.toLowerCase() as Modifier, length: m[0].length };
  const inside = /^(later|earlier|early|mid|late)\b/i.exec(expression)?.[1];
  return inside ? { word: inside.toLowerCase() as Modifier, length: 0 } : undefined;
}

/** Applies a modifier to a whole week, month or year. "later"/"earlier" cut at the publication day. */
function narrow(span: DateSpan, unit: "week" | "month" | "year", modifier: Modifier | undefined, today: Day): DateSpan {
  if (!modifier) return span;
  if (modifier === "later") return { start: maxDay(span.start, addDays(today, 1)), end: span.end };
  if (modifier === "earlier") {
    const cut = { start: span.start, end: minDay(span.end, addDays(today, -1)) };
    // On a Sunday, the first day of its week, "earlier this week" can only mean the days just before it.
    if (cut.start > cut.end && unit === "week") return { start: addDays(today, -6), end: addDays(today, -1) };
    return cut;
  }
  if (unit === "week") {
    const offset = { early: 1, mid: 2, late: 4 }[modifier];
    return { start: addDays(span.start, offset), end: addDays(span.start, offset + 2) };
  }
  if (unit === "month") {
    const { year, month } = parts(span.start);
    if (modifier === "early") return { start: span.start, end: dayOf(year, month, 10) };
    if (modifier === "mid") return { start: dayOf(year, month, 11), end: dayOf(year, month, 20) };
    return { start: dayOf(year, month, 21), end: span.end };
  }
  return span;
}

/** A bare weekday: the one before (past tense) or after (future tense); the publication day itself in both cases. */
function weekdayByTense(weekday: number, tense: Tense | undefined, today: Day): Day | undefined {
  const back = (weekdayOf(today) - weekday + 7) % 7;
  if (back === 0) return today;
  if (tense === "past") return addDays(today, -back);
  if (tense === "future") return addDays(today, 7 - back);
  return undefined;
}

/** The day with this weekday nearest to `today` (at most three days away). */
function nearestWeekday(weekday: number, today: Day): Day {
  const back = (weekdayOf(today) - weekday + 7) % 7;
  return back <= 3 ? addDays(today, -back) : addDays(today, 7 - back);
}

/**
 * "Last week": the Monday–Sunday week before the one under way, as most outlets outside the US count weeks and as
 * a Wednesday story means it when the talks it refers to were on the Sunday. Said on a Sunday, the seven days just
 * before: the week in progress is nearly over, and "last week" there means the days just gone.
 */
function lastWeek(today: Day): DateSpan {
  if (weekdayOf(today) === 0) return { start: addDays(today, -7), end: addDays(today, -1) };
  const monday = addDays(today, -((weekdayOf(today) + 6) % 7));
  return { start: addDays(monday, -7), end: addDays(monday, -1) };
}

const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY_AND_WEEK = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b.*\b(last|past|next|this|coming)\s+week\b|\b(last|past|next|this|coming)\s+week\b.*\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

/**
 * "On Thursday last week", "Monday next week", "last week on Tuesday": that weekday of the week named (the weeks of
 * `lastWeek`), not the whole week — chrono reads the pair as a week, and the week as the one holding the weekday.
 */
function weekdayOfWeek(expression: string, today: Day): Day | undefined {
  const m = WEEKDAY_AND_WEEK.exec(expression);
  if (!m) return undefined;
  const weekday = WEEKDAY_NAMES.indexOf((m[1] ?? m[4])!.toLowerCase());
  const which = (m[2] ?? m[3])!.toLowerCase();
  const monday = addDays(today, -((weekdayOf(today) + 6) % 7));
  const start = which === "last" || which === "past" ? lastWeek(today).start : which === "this" ? monday : addDays(monday, 7);
  // The named weekday within the seven days from `start`.
  return addDays(start, (weekday - weekdayOf(start) + 7) % 7);
}

/** A date written without its year ("on Nov. 20", "in February") lies before the article if told in the past. */
function withYearByTense(span: DateSpan, r: Parsed, tense: Tense | undefined, today: Day): DateSpan {
  if (r.start.isCertain("year")) return span;
  // Within a few weeks of the article a date keeps its year whatever the tense: "Trump said on Friday that
  // Thanksgiving, 27 November, was the deadline" is this year's, told in reported speech.
  if (tense === "past" && span.start > addDays(today, YEAR_SLACK_DAYS)) return shiftYears(span, -1);
  if (tense === "future" && span.end < addDays(today, -YEAR_SLACK_DAYS)) return shiftYears(span, 1);
  return span;
}

/** How far past the article a past-tense date without a year may lie before it is read as last year's. */
const YEAR_SLACK_DAYS = 31;

/** A month's last day stays its last day (28 Feb 2025 → 29 Feb 2024). */
function shiftYears(span: DateSpan, n: number): DateSpan {
  const end = span.end === endOfMonth(span.end) ? endOfMonth(addYears(startOfMonth(span.end), n)) : addYears(span.end, n);
  return { start: addYears(span.start, n), end };
}

/**
 * Saturday and Sunday. Said on a weekend, "this weekend" / "the weekend" is the one under way; said on a weekday,
 * the tense decides: "took a town over the weekend" looks back, "will meet this weekend" ahead; with no verb to
 * tell, the nearer one. "Last"/"past" is the one before, "next" the one after the coming one.
 */
function weekend(expression: string, today: Day, tense: Tense | undefined): DateSpan {
  const wd = weekdayOf(today);
  const coming = wd === 0 ? addDays(today, -1) : addDays(today, 6 - wd);
  const previous = addDays(coming, -7);
  let saturday: Day;
  if (/\b(?:last|past)\b/i.test(expression)) saturday = previous;
  else if (/\bnext\b/i.test(expression)) saturday = addDays(coming, 7);
  else if (wd === 0 || wd === 6) saturday = coming;
  else if (tense === "past") saturday = previous;
  else if (tense === "future") saturday = coming;
  else saturday = wd <= 2 ? previous : coming;
  return { start: saturday, end: addDays(saturday, 1) };
}
