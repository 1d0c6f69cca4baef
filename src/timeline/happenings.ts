/**
 * Events, not sentences: the full timeline's events (reports of one span with near-identical wording) gathered into
 * happenings across outlets, spans and wording. "Talks in Geneva on Sunday", "the Geneva talks last week" and
 * "GENEVA, Nov 23 — negotiators said on Sunday …" are one happening; "Putin met the envoys on Tuesday" and "EU
 * leaders met in Brussels on Tuesday" stay two. Two events are the same happening when their spans overlap and
 * their sentences share enough of their rarer words (weighted by how few reports use them), so that "talks" or
 * "said" alone never joins two stories.
 */
import type { Report } from "./articleEvents.js";
import { addDays, daysBetween, type Day } from "./calendar.js";
import type { TimelineTuning } from "./tuning.js";

/** One happening: the events (report groups) it gathers, every report of them, and the day(s) its precise reports name. */
export interface Happening {
  events: Report[][];
  reports: Report[];
  /** First and last single day its one-day reports name (the span of the whole when it has none). */
  core: { start: Day; end: Day };
}

/**
 * Gathers `events` into happenings; each event is in exactly one. Pairs are joined strongest first (Kruskal's
 * order), and two groups join only if their members agree on average too, so that one sentence naming two
 * happenings cannot chain them together.
 */
export function gatherHappenings(events: Report[][], tuning: TimelineTuning): Happening[] {
  const weight = rarity(events.flat());
  const pairs: { i: number; j: number; sim: number }[] = [];
  const sims = new Map<string, number>();
  const order = events.map((_, i) => i).sort((a, b) => events[a]![0]!.start.localeCompare(events[b]![0]!.start));
  for (let x = 0; x < order.length; x++) {
    const i = order[x]!;
    for (let y = x + 1; y < order.length; y++) {
      const j = order[y]!;
      if (events[j]![0]!.start > addDays(events[i]![0]!.end, 1)) break;
      // One sentence dating one happening by two days ("a second day of talks on Sunday, after a first round on
      // Saturday") is one happening; otherwise spans must overlap.
      const oneSentence = shareSentence(events[i]!, events[j]!);
      if (!oneSentence && !overlaps(events[i]![0]!, events[j]![0]!)) continue;
      const sim = oneSentence ? 1 : similarity(events[i]!, events[j]!, weight);
      const sameSpan = events[i]![0]!.start === events[j]![0]!.start && events[i]![0]!.end === events[j]![0]!.end;
      // Reports naming different days must agree more: the resignation on Friday and the new negotiator named on
      // Saturday share most of their names.
      if (sim < (sameSpan ? tuning.happeningSimilarity : tuning.happeningSimilarityAcrossDays)) continue;
      pairs.push({ i, j, sim });
      sims.set(`${Math.min(i, j)}|${Math.max(i, j)}`, sim);
    }
  }
  pairs.sort((a, b) => b.sim - a.sim);
  const parent = events.map((_, i) => i);
  const members = events.map((_, i) => [i]);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const cores = events.map(coreOf);
  for (const { i, j, sim } of pairs) {
    const [a, b] = [find(i), find(j)];
    if (a === b || !coresMeet(cores[a]!, cores[b]!, tuning)) continue;
    let sum = 0;
    for (const m of members[a]!) for (const n of members[b]!) sum += sims.get(`${Math.min(m, n)}|${Math.max(m, n)}`) ?? 0;
    if (sum / (members[a]!.length * members[b]!.length) < sim * tuning.happeningCohesion) continue;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    parent[drop] = keep;
    members[keep]!.push(...members[drop]!);
    cores[keep] = joinCores(cores[keep]!, cores[drop]!, tuning.happeningDays);
  }
  const byRoot = new Map<number, Happening>();
  events.forEach((e, i) => {
    const root = find(i);
    const h = byRoot.get(root) ?? { events: [], reports: [], core: cores[root]! };
    h.events.push(e);
    h.reports.push(...e);
    byRoot.set(root, h);
  });
  return [...byRoot.values()];
}

/**
 * How much two events' wordings agree, 0–1: the best pair of their reports by the Dice measure on rarity-weighted
 * words (a short sentence is not "contained" in every long one that names the same people).
 */
export function similarity(a: Report[], b: Report[], weight: (t: string) => number): number {
  let best = 0;
  for (const x of a) {
    for (const y of b) {
      let shared = 0;
      let wx = 0;
      let wy = 0;
      const yTerms = new Set([...y.terms].map(spelling));
      for (const t of x.terms) {
        wx += weight(t);
        if (yTerms.has(spelling(t))) shared += weight(t);
      }
      for (const t of y.terms) wy += weight(t);
      if (wx + wy > 0) best = Math.max(best, (2 * shared) / (wx + wy));
    }
  }
  return best;
}

/**
 * One key for the transliterations outlets use for the same Ukrainian and Russian names: Zelenskyy / Zelenskiy /
 * Zelensky / Zelenskii, Andriy / Andrii, Dmitriyev / Dmitriev, Kyiv / Kiev. (The entity room, when the index has
 * one, knows more; the timeline only needs outlets' spellings to meet.)
 */
export function spelling(term: string): string {
  if (term === "kiev") return "kyiv";
  return term.replace(/iye/g, "ie").replace(/(?:yy|iy|ii|yi|i|y)$/, "y");
}

/** Inverse document frequency over report sentences: a word in every report weighs nothing. */
function rarity(reports: Report[]): (t: string) => number {
  const df = new Map<string, number>();
  const seen = new Set<string>();
  for (const r of reports) {
    const key = `${r.sentence.articleId}:${r.sentence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const t of r.terms) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = Math.max(1, seen.size);
  return (t) => Math.log((n + 1) / ((df.get(t) ?? 0) + 0.5));
}

function shareSentence(a: Report[], b: Report[]): boolean {
  const keys = new Set(a.map((r) => `${r.sentence.articleId}:${r.sentence.start}`));
  return b.some((r) => keys.has(`${r.sentence.articleId}:${r.sentence.start}`));
}

function overlaps(a: Report, b: Report): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function coreOf(event: Report[]): { start: Day; end: Day } {
  const r = event[0]!;
  return { start: r.start, end: r.end };
}

/** Two happenings join only when the days they name lie close: a week-long mention must not glue Monday to Friday. */
function coresMeet(a: { start: Day; end: Day }, b: { start: Day; end: Day }, tuning: TimelineTuning): boolean {
  const precise = (c: { start: Day; end: Day }) => daysBetween(c.start, c.end) <= tuning.happeningDays;
  if (!precise(a) || !precise(b)) return true;
  const joined = joinCores(a, b, tuning.happeningDays);
  return daysBetween(joined.start, joined.end) <= tuning.happeningDays;
}

function joinCores(a: { start: Day; end: Day }, b: { start: Day; end: Day }, maxDays: number): { start: Day; end: Day } {
  const precise = (c: { start: Day; end: Day }) => daysBetween(c.start, c.end) <= maxDays;
  if (precise(a) && !precise(b)) return a;
  if (precise(b) && !precise(a)) return b;
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
}
