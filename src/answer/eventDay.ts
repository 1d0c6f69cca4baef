/**
 * "What did Russia claim the day after Trump and Zelensky met in Florida?": the answer falls on a day the question
 * does not name. The event placing it ("Trump and Zelensky met in Florida") is reported in the articles with its
 * day ("met at Mar-a-Lago on Sunday"): the days of the sentences naming all the event's names, read against their
 * articles' publication days as the timeline reads them, vote; a clear winner, shifted by the connector's offset
 * ("the day after" +1), becomes the question's days. No clear winner, nothing is assumed.
 */
import type { IndexStore } from "../index/IndexStore.js";
import { textKeys } from "../entities/keys.js";
import { addDays } from "../timeline/calendar.js";
import { daysIn } from "./dates.js";
import { synonymsOf } from "../text/synonyms.js";
import { stem } from "../text/terms.js";
import type { AnalyzedQuestion } from "./question.js";

/** Sentences read for the event: the best of a BM25 search on the clause's words. */
const SEARCHED = 40;
/** The winning day needs this share of the votes: an event the articles date differently is left undated. */
const CLEAR_WIN = 0.6;
/** Sentences naming more days than this are lists (factboxes, timelines): they date nothing in particular. */
const MAX_DAYS = 2;

/** "The day he met Witkoff": a meeting is reported as one received or hosted the other, or as talks. */
const MEETING: ReadonlySet<string> = new Set(["meet", "met", "meeting", "talks", "received", "receiv", "hosted", "host", "talk"].map(stem));

/** The days ("MM-DD") the answer falls on, or undefined when the event's day is not clear from the articles. */
export function eventDays(q: AnalyzedQuestion, store: IndexStore): Set<string> | undefined {
  const anchor = q.timeAnchor;
  if (!anchor) return undefined;
  const names = anchor.terms.filter((t) => t.entity);
  if (names.length === 0) return undefined;
  // "Earlier on the day he met Witkoff": "he" is the question's subject, its first name before the clause.
  const subject = /^(he|she|they)\b/i.test(anchor.text) ? q.terms.find((t) => t.entity && !anchor.terms.includes(t)) : undefined;
  if (subject) names.push(subject);
  // What happened: "met", "resigned" (or a word of the same meaning) — many sentences name the same people.
  // Each such word's keys with those of its synonyms (and the meeting words for a meeting), worked out once.
  const acts = anchor.terms
    .filter((t) => !t.entity && !t.date)
    .map((t) => [...t.keys, ...[...synonymsOf(t.stem), ...(MEETING.has(t.stem) ? MEETING : [])].map((o) => `s:${o}`)]);
  const votes = new Map<string, number>();
  let total = 0;
  for (const hit of store.lexicalSearch(subject ? `${subject.word} ${anchor.text}` : anchor.text, SEARCHED)) {
    const s = store.sentence(hit.label);
    if (!s) continue;
    const keys = textKeys(s.text);
    if (!names.every((t) => t.keys.some((k) => keys.has(k)))) continue;
    if (acts.length > 0 && !acts.some((alternatives) => alternatives.some((k) => keys.has(k)))) continue;
    const days = daysIn(s.text, store.article(s.articleId)?.published ?? "");
    if (days.size === 0 || days.size > MAX_DAYS) continue;
    for (const d of days) votes.set(d, (votes.get(d) ?? 0) + 1 / days.size);
    total++;
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (!best || best[1] < CLEAR_WIN * total) return undefined;
  const out = new Set<string>();
  // Any year will do for the shift: days are compared without one (dates.ts); 2025 has no 29 February to skip.
  for (let n = anchor.from; n <= anchor.to; n++) out.add(addDays(`2025-${best[0]}`, n).slice(5));
  return out;
}
