/**
 * "What's new": the articles added to the index in a window and the timeline events dated in it, newest first,
 * for `/whatsnew` in Discord and the terminal. The window is `1d`/`7d` (days back from now), a day (YYYY-MM-DD), or
 * by default since the last re-index that added articles (each article's `indexedAt`, recorded by the re-index).
 */
import { isDay } from "../timeline/calendar.js";
import { cachedEngineTimeline, type TimelineEvent } from "../timeline/index.js";
import type { Article, ArticleMeta, Engine } from "../types.js";

export interface WhatsNewWindow {
  /** Start of the window (ISO date-time, UTC). */
  since: string;
  /** How to say it: "since the last update, 30 Nov 2026 06:44 UTC", "in the last 7 days", "since 1 Dec 2025". */
  label: string;
}

export type WindowResult = { ok: true; window: WhatsNewWindow } | { ok: false; refusal: { id: string; message: string } };

export interface WhatsNew extends WhatsNewWindow {
  /** Added in the window, newest first (by when added, then by publication). */
  articles: Article[];
  /** Dated in the window (up to today), newest first. */
  events: TimelineEvent[];
}

const MAX_DAYS = 3650;
/** Without a recorded re-index (an index built before `indexedAt` existed), the last week. */
const FALLBACK_DAYS = 7;

/** Reads `since` ("1d", "7d", "2025-12-01", or empty for the default) into a window; a bad value is one line. */
export function whatsNewWindow(since: string | undefined, articles: readonly ArticleMeta[], now: Date = new Date()): WindowResult {
  const arg = since?.trim() ?? "";
  if (arg === "") {
    const last = articles.reduce<string | undefined>((max, a) => (a.indexedAt && (!max || a.indexedAt > max) ? a.indexedAt : max), undefined);
    if (last) return { ok: true, window: { since: new Date(last).toISOString(), label: `since the last update, ${formatInstant(last)}` } };
    return { ok: true, window: { since: daysBack(now, FALLBACK_DAYS), label: `in the last ${FALLBACK_DAYS} days` } };
  }
  const days = /^(\d{1,4})\s*d$/i.exec(arg);
  if (days) {
    const n = Number(days[1]);
    if (n >= 1 && n <= MAX_DAYS) return { ok: true, window: { since: daysBack(now, n), label: n === 1 ? "in the last day" : `in the last ${n} days` } };
  }
  if (isDay(arg)) {
    if (arg > now.toISOString().slice(0, 10)) return refuse(`whatsnew: ${arg} is in the future — give a day up to today, or 1d / 7d`);
    return { ok: true, window: { since: `${arg}T00:00:00.000Z`, label: `since ${formatDay(arg)}` } };
  }
  return refuse(`whatsnew: "since" must be a number of days such as 1d or 7d, or a day written YYYY-MM-DD such as 2025-12-01 (got "${arg.slice(0, 40)}")`);
}

/** The articles added and the events dated in `window`, newest first. */
export async function whatsNew(engine: Pick<Engine, "snapshot" | "search">, window: WhatsNewWindow, now: Date = new Date()): Promise<WhatsNew> {
  const { articles } = engine.snapshot();
  // An article indexed before `indexedAt` was recorded counts by its publication date: the best it says.
  const addedAt = (a: ArticleMeta) => new Date(a.indexedAt ?? a.published).toISOString();
  const added = articles
    .filter((a) => addedAt(a) >= window.since)
    .sort((a, b) => addedAt(b).localeCompare(addedAt(a)) || Date.parse(b.published) - Date.parse(a.published));
  const from = window.since.slice(0, 10);
  const to = now.toISOString().slice(0, 10);
  const t = from <= to ? await cachedEngineTimeline(engine, { from, to }) : undefined;
  // A vague span that began before the window ("early December") is not news of the window.
  const events = [...(t?.events ?? [])].filter((e) => e.date >= from).reverse();
  return { ...window, articles: added, events };
}

function refuse(message: string): WindowResult {
  return { ok: false, refusal: { id: "whatsnew.since", message } };
}

function daysBack(now: Date, n: number): string {
  return new Date(now.getTime() - n * 86_400_000).toISOString();
}

/** "30 Nov 2026 06:44 UTC". */
function formatInstant(iso: string): string {
  const d = new Date(iso);
  return `${formatDay(d.toISOString().slice(0, 10))} ${d.toISOString().slice(11, 16)} UTC`;
}

function formatDay(day: string): string {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${Number(day.slice(8, 10))} ${months[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}
