/**
 * Corroboration: for each quote of an answer, the other outlets whose articles state the same fact, and the reports
 * that give a different figure or day for the same event.
 *
 * One rule, in three strengths, for "two sentences report the same thing":
 * - the same wording (`sameWording`): a syndicated copy, named "also in" (the ranker and the import use it);
 * - the same fact: the same event (the names of the sentence and the one before it shared, and the same day or
 *   most of the words) and no figure of the quote left unstated or stated otherwise — "also reported by";
 * - the same event with one figure (a count, a length, a sum, a share) or one day stated differently: the answer
 *   shows both, each with its source, instead of picking one.
 * Candidates are the quote's nearest sentences by meaning in the index (its own vector: no embedding call); names
 * are the entity keys of src/entities, figures those of ./figures.ts.
 */
import { tokenKeys } from "../entities/keys.js";
import { STOP_WORDS, stem, tokens } from "../text/terms.js";
import type { Answer, ArticleMeta, Disagreement, IndexedSentence, Quote } from "../types.js";
import { quoteOf } from "../corpus/quote.js";
import { daysIn } from "./dates.js";
import { figuresIn, type Figure } from "./figures.js";

/** What corroboration reads of the loaded index. */
export interface CorroborationView {
  article(id: string): (ArticleMeta & { body: string }) | undefined;
  sentencesOf(articleId: string): IndexedSentence[];
  /** The sentences nearest in meaning to the indexed sentence `label`, best first (itself possibly included). */
  similarSentences(label: number, k: number): { sentence: IndexedSentence; similarity: number }[];
  /** True when the corpus writes this (lower-case) word as a name. */
  isName(word: string): boolean;
  /** Every outlet of the corpus (read once): when a quote's outlets are all of them, no search can add one. */
  sources?(): Iterable<string>;
}

/** Knobs of corroboration (see the module comment); the defaults were set on eval/news/dev. */
export const CORROBORATION_TUNING = {
  /** Nearest sentences looked at per quote (10–50): more finds more restatements and costs ~linearly. */
  neighbours: 24,
  /** Cosine similarity below which a neighbour is not read at all (0.4–0.6): every report found had 0.5 or more. */
  minSimilarity: 0.5,
  /** Words in common (Dice coefficient of their stems) for the same report whatever the day (0.35–0.6). */
  sameWords: 0.45,
  /** With the same day named by both, this much is enough (0.15–0.4). */
  sameDayWords: 0.2,
  /** Two reports that differ only in their day must share this much of their words (0.5–0.8). */
  sameDateWords: 0.6,
  /** Sentences with fewer words than this ("MOSCOW, 3 December.") are never compared. */
  minWords: 4,
  /** Share of the words that makes a syndicated copy (the rule `also_published_by` has always used). */
  copyWords: 0.9,
  /** Disagreements shown per answer. */
  maxDisagreements: 2,
} as const;

/** The words (stems) of a sentence for comparing wording: its tokens minus stop words and numbers. */
export function wordStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokens(text)) if (!STOP_WORDS.has(t.word) && !/^\d/.test(t.word)) out.add(stem(t.word));
  return out;
}

/**
 * The same sentence in two articles (a wire copy), or nearly: the same words, about the same length, and the same
 * numbers — "killed 23" and "killed 25" in otherwise equal sentences are two reports that differ, not one copy.
 */
export function sameWording(a: { text: string; stems: ReadonlySet<string> }, b: { text: string; stems: ReadonlySet<string> }): boolean {
  if (a.text === b.text) return true;
  let inter = 0;
  for (const s of a.stems) if (b.stems.has(s)) inter++;
  if (inter / Math.max(1, Math.max(a.stems.size, b.stems.size)) < CORROBORATION_TUNING.copyWords) return false;
  return numbersOf(a.text) === numbersOf(b.text);
}

/** The numbers a text writes, in order ("23 … 2025" → "23 2025"). */
function numbersOf(text: string): string {
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).join(" ");
}

interface Facts {
  text: string;
  stems: Set<string>;
  figures: Figure[];
  days?: Set<string>;
  /** Whether `days` are named by the sentence itself (not by the one before it). */
  ownDays?: boolean;
  sentence: IndexedSentence;
}

type Relation = { kind: "copy" | "same" | "none" } | { kind: "differs"; what: "number" | "date"; mine: string; theirs: string };

/**
 * What a figure must measure for two reports to disagree on it: lengths of time, sums, shares and counts of
 * people and arms. Labels ("the 28-point plan" beside "cut to 19 points") change as a story moves; they are
 * never shown as a disagreement.
 */
const MEASURES = new Set(
  ["hour", "minut", "dai", "week", "month", "year", "%", "€", "$", "£", "peopl", "person", "civilian", "soldier", "troop", "drone", "missil",
    "prison", "death", "dead", "casualti", "personnel", "child", "kilometr", "km", "mile"],
);

/** Bound on each cache of sentence facts, neighbours and names (a few hundred bytes each); it starts over when full. */
const MAX_CACHED = 20_000;

const WEEKDAYS_MONTHS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

export class Corroborator {
  private readonly facts = new Map<number, Facts>();
  private readonly near = new Map<number, IndexedSentence[]>();
  private readonly names = new Map<number, Set<string>>();
  private allSources: ReadonlySet<string> | undefined;

  constructor(private readonly view: CorroborationView) {}

  /** `answer` with each quote's other outlets (`alsoReportedBy`, more `alsoPublishedBy`) and its disagreements. */
  corroborate(answer: Answer): Answer {
    if (!answer.found || answer.quotes.length === 0) return answer;
    const quotes = answer.quotes.map((q) => ({ ...q }));
    const disagreements: Disagreement[] = [];
    const extra: Quote[] = [];
    quotes.forEach((q, i) => {
      const own = this.sentenceOf(q);
      if (!own) return;
      const mine = this.factsOf(own);
      const article = this.view.article(q.articleId);
      const known = new Set([q.source, ...(q.alsoPublishedBy ?? [])]);
      // Only other outlets' reports count (see the loop below): none left, no nearest-sentence search (a graph
      // search a quote, most of this step's time; all of it on a corpus of one outlet).
      if (!article || this.noOtherOutlet(known, article.source)) return;
      const copies = new Set<string>();
      const reported = new Set<string>();
      let differs: { relation: Extract<Relation, { kind: "differs" }>; other: IndexedSentence } | undefined;
      for (const s of this.neighbours(own)) {
        if (s.articleId === q.articleId) continue;
        const other = this.view.article(s.articleId);
        if (!other || !article || known.has(other.source) || other.source === article.source) continue;
        const relation = this.relate(mine, this.factsOf(s), article.published, other.published);
        if (relation.kind === "copy") copies.add(other.source);
        else if (relation.kind === "same") reported.add(other.source);
        else if (relation.kind === "differs" && !differs) differs = { relation, other: s };
      }
      for (const o of copies) reported.delete(o);
      if (copies.size > 0) q.alsoPublishedBy = [...(q.alsoPublishedBy ?? []), ...copies];
      if (reported.size > 0) q.alsoReportedBy = [...reported];
      if (differs) {
        const otherArticle = this.view.article(differs.other.articleId)!;
        const at = (x: Quote) => x.articleId === differs!.other.articleId && x.start === differs!.other.start;
        let index = [...quotes, ...extra].findIndex(at);
        // Another quote already differs from that same report: one more voice on the same side.
        const existing = disagreements.find((d) => d.reports.some((r) => r.quote === index));
        if (existing) {
          existing.reports.push({ quote: i, source: q.source, value: differs.relation.mine });
          return;
        }
        if (disagreements.length >= CORROBORATION_TUNING.maxDisagreements) return;
        // The other report is quoted too (verbatim, cited), after the answer's own quotes so their order holds.
        if (index < 0) {
          index = quotes.length + extra.length;
          extra.push(quoteOf(otherArticle, differs.other));
        }
        disagreements.push({
          what: differs.relation.what,
          reports: [
            { quote: i, source: q.source, value: differs.relation.mine },
            { quote: index, source: otherArticle.source, value: differs.relation.theirs },
          ],
        });
      }
    });
    const out: Answer = { ...answer, quotes: [...quotes, ...extra] };
    if (disagreements.length > 0) out.disagreements = disagreements;
    return out;
  }

  /** True when every outlet of the corpus is `own` or in `known` (false when the view cannot list them). */
  private noOtherOutlet(known: ReadonlySet<string>, own: string): boolean {
    if (!this.view.sources) return false;
    this.allSources ??= new Set(this.view.sources());
    for (const s of this.allSources) if (s !== own && !known.has(s)) return false;
    return true;
  }

  /** The sentences close enough in meaning to be worth comparing (kept: the index does not change under it). */
  private neighbours(s: IndexedSentence): IndexedSentence[] {
    let list = this.near.get(s.label);
    if (!list) {
      list = this.view
        .similarSentences(s.label, CORROBORATION_TUNING.neighbours)
        .filter((h) => h.similarity >= CORROBORATION_TUNING.minSimilarity)
        .map((h) => h.sentence);
      if (this.near.size >= MAX_CACHED) this.near.clear();
      this.near.set(s.label, list);
    }
    return list;
  }

  /** The indexed sentence a quote starts in (LLM quotes may be part of one). */
  private sentenceOf(q: Quote): IndexedSentence | undefined {
    return this.view.sentencesOf(q.articleId).find((s) => s.start <= q.start && q.start < s.end);
  }

  private relate(a: Facts, b: Facts, publishedA: string, publishedB: string): Relation {
    if (a.text === b.text) return { kind: "copy" };
    // A copy may still differ in a figure or a day (a corrected toll): checked like any other report below.
    const copy = sameWording(a, b);
    if (Math.min(a.stems.size, b.stems.size) < CORROBORATION_TUNING.minWords) return { kind: "none" };
    const words = copy ? 1 : dice(a.stems, b.stems);
    const measured = a.figures.some((f) => b.figures.some((g) => g.unit === f.unit));
    // Most neighbours end here, before their names are read (the costly part of a sentence's facts).
    if (!measured && words < CORROBORATION_TUNING.sameWords) return { kind: "none" };
    const [namesA, namesB] = [this.namesAround(a.sentence), this.namesAround(b.sentence)];
    let shared = 0;
    for (const n of namesA) if (namesB.has(n)) shared++;
    // The same event needs the same actors or places: two of them, or the only one a sentence names.
    if (!copy && (shared === 0 || (shared < 2 && Math.min(namesA.size, namesB.size) > 1))) return { kind: "none" };
    // Days cost a date parse (a millisecond or two): read only when they decide something — a figure of the same
    // kind in both (the same day makes it one report or a disagreement), or wording so close that only the day
    // may differ. Otherwise most words in common with the same names is the same report.
    if (!measured && words < CORROBORATION_TUNING.sameDateWords) {
      return { kind: words >= CORROBORATION_TUNING.sameWords && a.figures.length === 0 ? "same" : "none" };
    }
    const daysA = this.daysOf(a, publishedA);
    const daysB = this.daysOf(b, publishedB);
    const sameDay = [...daysA].some((d) => daysB.has(d));
    if (daysA.size > 0 && daysB.size > 0 && !sameDay) {
      // Another day is another event, unless the two say the same thing in the same words but for the day.
      const [mine, theirs] = [dayPhrase(a.text), dayPhrase(b.text)];
      if (words >= CORROBORATION_TUNING.sameDateWords && a.ownDays && b.ownDays && daysA.size === 1 && daysB.size === 1 && mine && theirs) {
        return { kind: "differs", what: "date", mine, theirs };
      }
      return { kind: "none" };
    }
    const sameEvent = words >= CORROBORATION_TUNING.sameWords || (sameDay && words >= CORROBORATION_TUNING.sameDayWords);
    // The same people on the same day may be worded quite differently ("the first round lasted more than five
    // hours" / "some six hours of talks"): enough to compare what they measure, not to call it the same report.
    if (!sameEvent && !sameDay) return { kind: "none" };
    let agreed = 0;
    for (const f of a.figures) {
      const theirs = b.figures.filter((g) => g.unit === f.unit);
      if (theirs.length === 0) continue;
      if (theirs.some((g) => g.value === f.value)) {
        agreed++;
        continue;
      }
      // One figure of that kind on each side, or we cannot tell which figure answers which; and the same day (or
      // the same words), or a sentence about two events ("met Putin …, then six hours in Berlin") would seem to
      // contradict a report of the other one.
      if ((sameDay || copy) && MEASURES.has(f.unit) && theirs.length === 1 && a.figures.filter((g) => g.unit === f.unit).length === 1) {
        return { kind: "differs", what: "number", mine: f.phrase, theirs: theirs[0]!.phrase };
      }
      return { kind: "none" };
    }
    if (copy) return { kind: "copy" };
    // Every figure of the quote must be stated by the other report too, or it reports something else about it;
    // without figures, most of the words must be the same.
    const same = sameEvent && (a.figures.length > 0 ? agreed === a.figures.length : words >= CORROBORATION_TUNING.sameWords);
    return { kind: same ? "same" : "none" };
  }

  private daysOf(f: Facts, published: string): Set<string> {
    if (!f.days) {
      const own = daysIn(f.text, published);
      const previous = this.view.sentencesOf(f.sentence.articleId)[f.sentence.index - 1];
      f.ownDays = own.size > 0;
      f.days = own.size > 0 || !previous ? own : daysIn(previous.text, published);
    }
    return f.days;
  }

  private factsOf(s: IndexedSentence): Facts {
    let f = this.facts.get(s.label);
    if (!f) {
      f = { text: s.text, stems: wordStems(s.text), figures: figuresIn(s.text), sentence: s };
      if (this.facts.size >= MAX_CACHED) this.facts.clear();
      this.facts.set(s.label, f);
    }
    return f;
  }

  /** The names of a sentence and of the one before it (a sentence often leaves its actors to the one before). */
  private namesAround(s: IndexedSentence): Set<string> {
    const previous = this.view.sentencesOf(s.articleId)[s.index - 1];
    if (!previous) return this.namesOf(s);
    return new Set([...this.namesOf(s), ...this.namesOf(previous)]);
  }

  /** Name keys of the names a sentence holds (the corpus's names, days and months aside). */
  private namesOf(s: IndexedSentence): Set<string> {
    const cached = this.names.get(s.label);
    if (cached) return cached;
    const toks = tokens(s.text);
    const keys = tokenKeys(toks);
    const out = new Set<string>();
    toks.forEach((t, i) => {
      if (WEEKDAYS_MONTHS.test(t.word)) return;
      const named = /^\p{Lu}/u.test(t.raw) && this.view.isName(t.word);
      for (const k of keys[i]!) if (k.startsWith("g:") || (named && k.startsWith("n:"))) out.add(k);
    });
    if (this.names.size >= MAX_CACHED) this.names.clear();
    this.names.set(s.label, out);
    return out;
  }
}

/** Dice coefficient of two sets of words: 1 for the same words, 0 for none in common. */
function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return (2 * inter) / Math.max(1, a.size + b.size);
}

/** The words naming the day in a sentence, for showing two reports' days side by side. */
function dayPhrase(text: string): string {
  const m =
    /\b(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:[-–]\d{1,2})?)?\b|\b(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.exec(text);
  return m ? m[0].trim() : "";
}
