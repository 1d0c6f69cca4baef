/**
 * Date precision, recall and F1 of the timeline's summary against a reference timeline written by hand (the
 * measure of timeline summarisation, news-tls / tilse's Date-F1, with a day's tolerance): an entry counts when its
 * day or span lies within a reference date's span widened by one day on each side; a reference date is covered
 * when one entry counts for it. For any corpus folder and reference file: `npm run eval` calls it for the team's
 * multi-outlet corpus.
 */
import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { loadCorpus } from "../corpus/loadCorpus.js";
import { addDays, isDay } from "./calendar.js";
import { snapshotOfArticles } from "./corpusSnapshot.js";
import { timeline } from "./timeline.js";
import { TIMELINE_DEFAULTS } from "./tuning.js";

const DAY = z.string().refine(isDay, "a day written YYYY-MM-DD");
const REFERENCE = z.array(z.object({ date: DAY, end: DAY.optional(), event: z.string().min(1) }));

export type ReferenceDate = z.infer<typeof REFERENCE>[number];

export interface DateEntry {
  date: string;
  end?: string;
}

export interface DateScores {
  entries: number;
  /** Entries within a day of some reference date. */
  matched: number;
  /** Reference dates with at least one entry. */
  covered: number;
  references: number;
  precision: number;
  recall: number;
  f1: number;
  missed: ReferenceDate[];
  stray: DateEntry[];
}

/** True when `entry` (a day or a span) lies inside `ref`'s span widened by a day on each side. */
export function withinADay(entry: DateEntry, ref: ReferenceDate): boolean {
  return entry.date >= addDays(ref.date, -1) && (entry.end ?? entry.date) <= addDays(ref.end ?? ref.date, 1);
}

export function scoreDates(entries: DateEntry[], reference: ReferenceDate[]): DateScores {
  const stray = entries.filter((e) => !reference.some((r) => withinADay(e, r)));
  const missed = reference.filter((r) => !entries.some((e) => withinADay(e, r)));
  const matched = entries.length - stray.length;
  const covered = reference.length - missed.length;
  const precision = entries.length ? matched / entries.length : 0;
  const recall = reference.length ? covered / reference.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { entries: entries.length, matched, covered, references: reference.length, precision, recall, f1, missed, stray };
}

/** Reads a reference timeline file: `[{ "date": "YYYY-MM-DD", "end"?: "YYYY-MM-DD", "event": "…" }]`. */
export async function readReference(file: string): Promise<ReferenceDate[]> {
  const parsed = REFERENCE.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) throw new Error(`timeline eval: ${file} is not a list of { date, end?, event }: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/**
 * The summary of the corpus in `corpusDir` (read with the index's own sentence splitter; no index needed, as the
 * timeline without a topic reads sentences only) scored against `referenceFile`.
 */
export async function evalTimelineDates(corpusDir: string, referenceFile: string, max = TIMELINE_DEFAULTS.summaryMax): Promise<DateScores> {
  const [{ articles }, reference] = await Promise.all([loadCorpus(corpusDir), readReference(referenceFile)]);
  const t = timeline(snapshotOfArticles(articles), { max });
  return scoreDates(t.events.map((e) => ({ date: e.date, ...(e.end !== e.date ? { end: e.end } : {}) })), reference);
}

/** "timeline dates: 15 entries, 13/15 key dates covered, 12/15 entries within a day (P 80%, R 87%, F1 83%)" and the misses. */
export function formatDateScores(s: DateScores, label: string): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const head =
    `timeline dates (${label}): ${s.entries} entries, ${s.covered}/${s.references} key dates covered, ` +
    `${s.matched}/${s.entries} entries within a day of one (P ${pct(s.precision)}, R ${pct(s.recall)}, F1 ${pct(s.f1)})`;
  const missed = s.missed.map((r) => `\n  MISSED ${r.date}${r.end ? `..${r.end}` : ""} ${r.event}`);
  const stray = s.stray.map((e) => `\n  STRAY  ${e.date}${e.end ? `..${e.end}` : ""}`);
  return head + missed.join("") + stray.join("");
}

/**
 * The eval script's line for a corpus folder and its reference timeline, or a line saying why it was not measured
 * (no such folder or file yet).
 */
export async function evalTimelineDatesSummary(corpusDir: string, referenceFile: string): Promise<string> {
  for (const p of [corpusDir, referenceFile]) {
    try {
      await access(p);
    } catch {
      return `timeline dates: ${p} not found, not measured`;
    }
  }
  return formatDateScores(await evalTimelineDates(corpusDir, referenceFile), path.basename(referenceFile));
}
