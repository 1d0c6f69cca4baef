/**
 * Days named in a question and in a sentence, so "on Dec 28", "28 December", "29/12" in a question meet "on
 * Sunday" in an article published on Monday 29 December: the sentence's dates are resolved against its article's
 * own publication day and zone, as the timeline does (src/timeline/findDates.ts). Days are compared without the
 * year (questions seldom give one; the corpus covers months, not years).
 */
import { anaphoricShift, findDates } from "../timeline/findDates.js";
import { referenceOf } from "../timeline/reference.js";
import { addDays, daysBetween } from "../timeline/calendar.js";
import { WEEKDAYS } from "./cues.js";

/** A word or number that can name a day; a sentence without one names none. */
const DAY_WORDS =
  /\d|\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?s?\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(today|tonight|yesterday|tomorrow|weekend|day)\b/i;

/** Spans longer than this ("last week", "in December") name no particular day. */
const MAX_SPAN_DAYS = 2;

/**
 * "Early December", "mid-Dec", "at the end of December", "late Jan": a part of a month. Not a bound: "as of late Jan",
 * "by the end of December", "since early December" ask up to or from then, not of those days.
 */
const MONTH_PART = /(?<!\b(?:as of|by|until|till|before|after|since|from)\s+(?:the\s+)?)\b(early|mid|late|(?:the )?(?:end|start|beginning) of)[ -](?:in )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi;

/** The parts of months `text` names: each month (1-12) and its first and last day asked (the first, middle or last ten). */
function monthParts(text: string): { month: number; from: number; to: number }[] {
  return [...text.matchAll(MONTH_PART)].map((m) => {
    const part = m[1]!.toLowerCase();
    const [from, to] = /early|start|beginning/.test(part) ? [1, 10] : part === "mid" ? [11, 20] : [21, 31];
    return { month: MONTH_NUMBER[m[2]!.slice(0, 3).toLowerCase()]!, from, to };
  });
}

/**
 * "12-21" … "12-31" for "at the end of December": the days of a part of a month a question names — its first, middle
 * or last ten days or so. (Asked, it says which days; a sentence's "in late December" is left to name none.)
 */
export function monthPartDays(text: string): Set<string> {
  const out = new Set<string>();
  for (const { month, from, to } of monthParts(text)) {
    for (let d = from; d <= to; d++) out.add(`${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  }
  return out;
}

/** The month (1-12) of the first part of a month `text` names ("at the end of Dec": 12), else undefined. */
export function monthPartMonth(text: string): number | undefined {
  return monthParts(text)[0]?.month;
}

/** "12-28" for each day the text names, dates resolved against `published` (an ISO date or date-time). */
export function daysIn(text: string, published: string): Set<string> {
  const out = new Set<string>();
  // Most sentences name no day at all; the date parser is slow, so it reads only those that might.
  if (!DAY_WORDS.test(text)) return out;
  text = capitaliseDays(text);
  const ref = referenceOf(published);
  if (ref) {
    for (const d of findDates(text, ref)) {
      // "…named head of the delegation the day before": a day counted from one the sentence does not give.
      if (anaphoricShift(d.expression) !== undefined) continue;
      const length = daysBetween(d.start, d.end);
      if (length < 0 || length > MAX_SPAN_DAYS) continue;
      for (let i = 0; i <= length; i++) out.add(addDays(d.start, i).slice(5));
    }
  }
  // "29/12", "29.12": day first when it cannot be a month (the US order is read by the parser above).
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})\b/g)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b >= 1 && b <= 12 && a <= 31) out.add(`${String(b).padStart(2, "0")}-${String(a).padStart(2, "0")}`);
  }
  return out;
}

/** How far after a story's publication a year-less day it names may lie and still be of that year (see timeOfDay). */
const HALF_YEAR = 182 * 86_400_000;

/**
 * The time of a day key ("12-28") in the year that puts it nearest before `published` (ms since the epoch), or
 * within half a year after it; undefined for a key that is no day.
 */
export function timeOfDay(day: string, published: number): number | undefined {
  const [month, date] = day.split("-").map(Number);
  if (!month || !date) return undefined;
  const year = new Date(published).getUTCFullYear();
  const t = Date.UTC(year, month - 1, date);
  return t > published + HALF_YEAR ? Date.UTC(year - 1, month - 1, date) : t;
}

/**
 * True when an article published on `published` can be reporting on one of `days` ("MM-DD"): published that day, the
 * day before (time zones, previews) or up to `after` days later. A sentence naming no day takes its article's.
 */
export function publishedNear(published: string, days: Set<string>, after = 4): boolean {
  const day = published.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return true;
  const year = Number(day.slice(0, 4));
  for (const d of days) {
    for (const y of [year - 1, year, year + 1]) {
      const gap = daysBetween(`${y}-${d}`, day);
      if (gap >= -1 && gap <= after) return true;
    }
  }
  return false;
}

const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/** A month before a number ("feb 3"), after one ("3 february", "3rd of feb"), a weekday: lower case as typed. */
const MONTH_BEFORE_DAY = new RegExp(`\\b${MONTH}(?=\\.?\\s+\\d)`, "g");
const MONTH_AFTER_DAY = new RegExp(`(?<=\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?)${MONTH}\\b`, "g");
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS})\\b`, "g");
const CALENDAR_DAY = new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b|\\b\\d{1,2}[/.]\\d{1,2}\\b`, "i");

/**
 * People type "feb 3", "on 3 february", "last tuesday" in chat; the date parser reads month and day names only
 * capitalised. A month is capitalised only next to a number ("may" and "march" are verbs too).
 */
function capitaliseDays(text: string): string {
  const up = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  return text.replace(MONTH_BEFORE_DAY, up).replace(MONTH_AFTER_DAY, up).replace(WEEKDAY, up);
}

const MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

const MONTH_WORD = new RegExp(`^${MONTH}$`);

/** 1–12 for a month's name or short form ("dec", "December"); undefined for any other word. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  return MONTH_WORD.test(w) ? MONTH_NUMBER[w.slice(0, 3)] : undefined;
}

// Months as a sentence writes them. Not "Mar" (Mar-a-Lago); "may" and "march" are words too, so monthsOf takes
// them only capitalised.
const MONTH_IN_TEXT = /\b(?:jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|march)\b/gi;

/**
 * The months a sentence is about: those it names, those of the days it names, else its story's — the month it
 * was published in, and the one before in a story of the first three days of a month (reporting the last days).
 */
export function monthsOf(text: string, published: string, days: ReadonlySet<string>): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(MONTH_IN_TEXT)) {
    const w = m[0];
    if (/^(may|march)$/.test(w) && !/^[A-Z]/.test(w)) continue;
    // "The first swap since October" happened after October: a point counted from, not the sentence's month.
    if (/\bsince\s+(?:early\s+|late\s+|mid-?\s*)?$/i.test(text.slice(Math.max(0, m.index! - 20), m.index))) continue;
    const n = monthNumber(w);
    if (n !== undefined) out.add(n);
  }
  for (const d of days) out.add(Number(d.slice(0, 2)));
  if (out.size > 0) return out;
  const m = /^\d{4}-(\d{2})-(\d{2})/.exec(published);
  if (m) {
    const month = Number(m[1]);
    out.add(month);
    if (Number(m[2]) <= 3) out.add(month === 1 ? 12 : month - 1);
  }
  return out;
}

/** The text names a calendar day ("Feb 3", "3 February", "29/12"), not only a weekday or "last week". */
export function namesCalendarDay(text: string): boolean {
  return CALENDAR_DAY.test(text);
}

/**
 * The question is about particular days: its days are set, and either it names a calendar day or they were worked
 * out from an event it names ("the day after Trump and Zelensky met") or a part of a month ("in late December").
 * Then other days' reporting answers another question, and the stories of those days are read.
 */
export function asksDays(q: { text: string; days?: ReadonlySet<string>; daysFromEvent?: boolean }): boolean {
  return q.days !== undefined && q.days.size > 0 && (namesCalendarDay(q.text) || q.daysFromEvent === true || monthPartMonth(q.text) !== undefined);
}
