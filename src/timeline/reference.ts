/**
 * The moment an article speaks from, on its own wall clock. "On Sunday" in an article published
 * 2025-11-30T21:00-05:00 means the Sunday of its writer, although that instant is already Monday in UTC: so the
 * reference day is the date written in `published`, never that instant converted to another zone.
 */
import { dayOf, type Day } from "./calendar.js";

export interface Reference {
  /** The publication day in the article's own offset. */
  day: Day;
  /**
   * The same wall-clock time as a `Date` in this machine's zone, for chrono-node: chrono reads the reference's
   * local fields, so giving it the writer's wall clock makes its answers independent of where the bot runs.
   */
  local: Date;
}

const PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

/** Reads `published` (ISO 8601, offset optional); undefined when it is not such a date. */
export function referenceOf(published: string): Reference | undefined {
  const m = PUBLISHED.exec(published.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = dayOf(year, month, day);
  if (d !== `${m[1]}-${m[2]}-${m[3]}`) return undefined;
  // No time given: noon, the hour least likely to fall into a daylight-saving gap of the machine's zone.
  const hour = m[4] === undefined ? 12 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  return { day: d, local: new Date(year, month - 1, day, hour, minute) };
}

/** A reference at noon of `day`: for the entries under a live blog's day heading. */
export function referenceOfDay(day: Day): Reference {
  const [year, month, d] = day.split("-").map(Number) as [number, number, number];
  return { day, local: new Date(year, month - 1, d, 12, 0) };
}
