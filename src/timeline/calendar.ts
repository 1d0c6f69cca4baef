/**
 * Calendar days as `YYYY-MM-DD` strings. A day here is a date on the wall calendar, not an instant: the arithmetic
 * runs on UTC midnights so that no machine time zone or daylight-saving change can move a day.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type Day = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** True for a real calendar day written `YYYY-MM-DD` (2025-02-30 is not one). */
export function isDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return toDay(t) === value;
}

export function dayOf(year: number, month: number, day: number): Day {
  return toDay(Date.UTC(year, month - 1, day));
}

export function parts(day: Day): { year: number; month: number; day: number } {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return { year: y, month: m, day: d };
}

export function addDays(day: Day, n: number): Day {
  return toDay(toUtc(day) + n * MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(toUtc(day)).getUTCDay();
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / MS_PER_DAY);
}

/** The Sunday that starts the week of `day` (weeks run Sunday to Saturday, as US outlets count them). */
export function startOfWeek(day: Day): Day {
  return addDays(day, -weekdayOf(day));
}

export function startOfMonth(day: Day): Day {
  const p = parts(day);
  return dayOf(p.year, p.month, 1);
}

export function endOfMonth(day: Day): Day {
  const p = parts(day);
  return dayOf(p.year, p.month + 1, 0);
}

/** Same day of the month `n` years away (29 Feb becomes 1 Mar in a common year, as `Date` does). */
export function addYears(day: Day, n: number): Day {
  const p = parts(day);
  return dayOf(p.year + n, p.month, p.day);
}

export function minDay(a: Day, b: Day): Day {
  return a <= b ? a : b;
}

export function maxDay(a: Day, b: Day): Day {
  return a >= b ? a : b;
}

/** "Sun 30 Nov 2025". */
export function formatDay(day: Day): string {
  const p = parts(day);
  return `${WEEKDAYS[weekdayOf(day)]} ${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "30 Nov" (no year). */
export function formatShort(day: Day): string {
  const p = parts(day);
  return `${p.day} ${MONTHS[p.month - 1]}`;
}

/**
 * A span of days named the way a reader would say it: one day ("Sun 30 Nov 2025"), a whole week ("week of 23 Nov
 * 2025"), a month ("Nov 2025") or its thirds ("early/mid-/late Oct 2025"), a year ("2024"), or plain dates
 * ("1–6 Dec 2025", "29 Nov – 2 Dec 2025"). Derived from the dates alone, so the label can never disagree with them.
 */
export function formatSpan(start: Day, end: Day): string {
  if (start === end) return formatDay(start);
  const s = parts(start);
  const e = parts(end);
  if (s.month === 1 && s.day === 1 && e.year === s.year && e.month === 12 && e.day === 31) return String(s.year);
  if (weekdayOf(start) === 0 && daysBetween(start, end) === 6) return `week of ${formatShort(start)} ${s.year}`;
  if (s.year === e.year && s.month === e.month) {
    const month = `${MONTHS[s.month - 1]} ${s.year}`;
    const last = parts(endOfMonth(start)).day;
    if (s.day === 1 && e.day === last) return month;
    if (s.day === 1 && e.day === 10) return `early ${month}`;
    if (s.day === 11 && e.day === 20) return `mid-${month}`;
    if (s.day === 21 && e.day === last) return `late ${month}`;
    return `${s.day}–${e.day} ${month}`;
  }
  if (s.year === e.year) return `${formatShort(start)} – ${formatShort(end)} ${s.year}`;
  return `${formatShort(start)} ${s.year} – ${formatShort(end)} ${e.year}`;
}

function toUtc(day: Day): number {
  const p = parts(day);
  return Date.UTC(p.year, p.month - 1, p.day);
}

function toDay(utcMs: number): Day {
  return new Date(utcMs).toISOString().slice(0, 10);
}
