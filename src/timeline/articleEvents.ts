/**
 * The dated reports of one article: one per date expression of a sentence, plus the lead on the publication day
 * when the lead names no date. A sentence without a date of its own is not placed: guessing would put background
 * facts on days they did not happen.
 */
import { quoteOf } from "../corpus/quote.js";
import { lexicalTerms } from "../text/terms.js";
import type { Article, IndexedSentence, Quote } from "../types.js";
import { addDays, daysBetween, maxDay, minDay, type Day } from "./calendar.js";
import { anaphoricShift, findDates, type DateMention } from "./findDates.js";
import { isDayHeading, isFurniture, restOfLine } from "../text/furniture.js";
import { referenceOf, referenceOfDay, type Reference } from "./reference.js";
import { eventClause } from "./summary.js";
import { datelineLength } from "../text/dateline.js";
import type { TimelineTuning } from "./tuning.js";

/** One article's report of an event, before reports of the same event are merged. */
export interface Report {
  start: Day;
  end: Day;
  /** The one-line summary this report gives. */
  text: string;
  expression: string;
  sentence: IndexedSentence;
  quote: Quote;
  /** Content words of the sentence without its date expression: what near-duplicates are compared on. */
  terms: Set<string>;
  /** Publication instant (ms), to order reports. */
  publishedAt: number;
  /** The sentence is the article's lead (its first sentence of reporting). */
  lead: boolean;
  /** The article's publication day, in its own offset. */
  newsDay: Day;
  /** Share of the headline's content words the sentence holds (1 for a lead that restates it). */
  headlineShare: number;
}

const remembered = new WeakMap<Article, { tuning: string; reports: Report[] }>();

/**
 * `articleEvents`, remembered per article object: a loaded index hands out the same objects until a re-index
 * swaps in new ones, so a bot answers every /timeline after the first without re-reading the dates of the corpus.
 */
export function articleEventsCached(article: Article, sentences: IndexedSentence[], tuning: TimelineTuning): Report[] {
  const key = JSON.stringify(tuning);
  const hit = remembered.get(article);
  if (hit?.tuning === key) return hit.reports;
  const reports = articleEvents(article, sentences, tuning);
  remembered.set(article, { tuning: key, reports });
  return reports;
}

export function articleEvents(article: Article, sentences: IndexedSentence[], tuning: TimelineTuning): Report[] {
  const published = referenceOf(article.published);
  if (!published) return [];
  const furniture = new Set(sentences.filter((s) => isFurniture(s.text, article.title, restOfLine(article.body, s.end))));
  const lead = sentences.find((s) => !furniture.has(s) && s.text.split(/\s+/).length >= tuning.leadMinWords);
  const storyDay = lead ? storyDayOf(lead, published) : published.day;
  const found: { sentence: IndexedSentence; mentions: DateMention[] }[] = [];
  let ref = published;
  let day = storyDay;
  /** The last day a sentence before named: what "the next day" counts from. */
  let last: Day | undefined;
  for (const sentence of sentences) {
    // A live blog's day heading: the entries under it were written that day.
    const heading = isDayHeading(sentence.text) ? findDates(sentence.text, published)[0] : undefined;
    if (heading && heading.start === heading.end && heading.start <= published.day) {
      ref = referenceOfDay(heading.start);
      day = heading.start;
    }
    if (furniture.has(sentence)) continue;
    const mentions = findDates(sentence.text, ref, day);
    found.push({ sentence, mentions: rebaseAnaphoric(mentions, last) });
    last = mentions.filter((m) => m.start === m.end).at(-1)?.start ?? last;
  }
  widenWeeks(found, published.day);
  const out: Report[] = [];
  for (const { sentence, mentions } of found) {
    const seen = new Set<string>();
    // "LONDON, Dec 22 — The ruble edged higher…": the date of the stamp; what happened is the sentence after it.
    const stamp = datelineLength(sentence.text);
    for (const m of mentions) {
      const key = `${m.start}|${m.end}`;
      if (seen.has(key) || daysBetween(m.start, m.end) + 1 > tuning.maxSpanDays) continue;
      // "The Kremlin had said the pause would last until 1 February": the end of a span, no day anything happened on.
      if (UNTIL.test(sentence.text.slice(0, m.at))) continue;
      seen.add(key);
      const text = m.at < stamp ? eventClause(sentence.text.slice(stamp), undefined, undefined, tuning.summaryMaxLength) : eventClause(sentence.text, m.at, m.to, tuning.summaryMaxLength);
      const withoutDate = sentence.text.slice(0, m.at) + sentence.text.slice(m.to);
      out.push(report(article, sentence, m.start, m.end, text, m.expression, withoutDate, sentence === lead));
    }
    if (sentence === lead && seen.size === 0) {
      const text = eventClause(sentence.text, undefined, undefined, tuning.summaryMaxLength);
      out.push(report(article, sentence, published.day, published.day, text, "published", sentence.text, true));
    }
  }
  return out;
}

/** Words that make the date after them a span's end or a deadline: "until 1 February", "no later than Friday". */
const UNTIL = /\b(?:until|till|til|through|no later than|up to)\s*$/i;

/**
 * "Dmitriev arrived on Saturday. He wrote that the meetings would go on the next day": the day after Saturday, not
 * after the publication day. With no day named before, the mention is dropped: placed from the publication day it
 * would put the event on a day nothing says it happened.
 */
function rebaseAnaphoric(mentions: DateMention[], last: Day | undefined): DateMention[] {
  return mentions.flatMap((m) => {
    const shift = anaphoricShift(m.expression);
    if (shift === undefined) return [m];
    if (last === undefined) return [];
    const d = addDays(last, shift);
    return [{ ...m, start: d, end: d }];
  });
}

/**
 * The day the story is about: the day its lead names, when that is the publication day or one or two days before
 * (a story filed overnight, or in a zone ahead of the events); else the publication day.
 */
function storyDayOf(lead: IndexedSentence, published: Reference): Day {
  const named = findDates(lead.text, published).find((m) => m.start === m.end);
  if (!named) return published.day;
  const back = daysBetween(named.start, published.day);
  return back >= 0 && back <= 2 ? named.start : published.day;
}

/** Days outside a week a named day may lie and still widen it: the weekend either side. */
const WIDEN_DAYS = 2;
/** Content words two sentences must share to be about the same happening ("Geneva", "talks"). */
const WIDEN_SHARED_TERMS = 2;

/**
 * "Last week" is counted Monday–Sunday or Sunday–Saturday depending on the outlet; when the same article names the
 * day of that happening ("the talks in Geneva on Sunday, Nov. 23") just outside the week, the week is widened to
 * take it in, so the article never contradicts itself.
 */
function widenWeeks(found: { sentence: IndexedSentence; mentions: DateMention[] }[], published: Day): void {
  const days = found.flatMap(({ sentence, mentions }) =>
    mentions.filter((m) => m.start === m.end).map((m) => ({ day: m.start, terms: termsWithout(sentence.text, m) })),
  );
  for (const { sentence, mentions } of found) {
    for (const m of mentions) {
      if (!/\bweek\b/i.test(m.expression) || m.start === m.end) continue;
      const terms = termsWithout(sentence.text, m);
      for (const d of days) {
        const before = daysBetween(d.day, m.start);
        const after = daysBetween(m.end, d.day);
        // Weeks counted the other way differ by a day at either end: the Sunday before a Monday–Sunday week, the
        // Sunday after a Sunday–Saturday one. A week gone by never takes in the publication day or later.
        const near = (before >= 1 && before <= WIDEN_DAYS) || (after === 1 && !(m.end < published && d.day >= published));
        if (!near || (m.start > published && d.day <= published)) continue;
        let shared = 0;
        for (const t of d.terms) if (terms.has(t)) shared++;
        if (shared < WIDEN_SHARED_TERMS) continue;
        m.start = minDay(m.start, d.day);
        m.end = maxDay(m.end, d.day);
      }
    }
  }
}

function termsWithout(text: string, m: DateMention): Set<string> {
  return new Set(lexicalTerms(text.slice(0, m.at) + text.slice(m.to)));
}

function report(
  article: Article, sentence: IndexedSentence, start: Day, end: Day, text: string, expression: string, compared: string, lead: boolean,
): Report {
  const terms = new Set(lexicalTerms(compared));
  const title = new Set(lexicalTerms(article.title));
  let inTitle = 0;
  for (const t of title) if (terms.has(t)) inTitle++;
  return {
    lead,
    newsDay: referenceOf(article.published)!.day,
    headlineShare: title.size > 0 ? inTitle / title.size : 0,
    start,
    end,
    text,
    expression,
    sentence,
    quote: quoteOf(article, sentence),
    terms,
    publishedAt: Date.parse(article.published),
  };
}


