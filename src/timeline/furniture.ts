/**
 * Page furniture the timeline never shows as an event: bylines and datelines with a date ("By Anna Kovac |
 * 19 December 2025"), live-blog day headings and time stamps ("Friday 28 November", "Updated 20:55 GMT"), photo
 * captions ("… / Getty Images", "(AP Photo/…)"), newsletter prompts, and the headline repeated in the body.
 * The cleaning on import (src/corpus/, src/ingest/) removes much of it; the timeline keeps its own rule because
 * articles already in a corpus were imported before that cleaning, and a dated caption makes a junk event.
 */
import { lexicalTerms } from "../text/terms.js";

const CAPTION =
  /(?:[/|]\s*(?:Getty Images|Reuters|AFP|AP|EPA(?:-EFE)?|Anadolu|Sputnik|TASS|Bloomberg|Shutterstock)\b|\((?:[A-Z]{2,6}\s+)?Photo\b|\bPhoto(?:graph)?\s*(?::|by\b)|\b(?:Image|Credit|Pictured|Caption)\s*:)/i;
const PROMO =
  /(?:\bnewsletter\b|\bin your inbox\b|\b(?:subscribe|sign up) (?:to|for) (?:our|the|a free)\b|\bread more:|\bfollow us on\b|\breading time\b|\b\d+\s*min(?:ute)?s?\s+read\b|\bclick here\b|\bshare this (?:article|story)\b)/i;
/** "By Anna Kovac", "By Pieter Janssens | 19 December 2025", "Reporting by …": a name and nothing more after "By". */
const BYLINE = /^(?:By\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*(?:$|[|·,\n])|(?:Reporting|Writing|Editing|Additional reporting) by\b)/u;
const STAMP = /^(?:updated|published|last updated|posted|first published)\b/i;
/** Words that only tell time or place a story: they do not make a sentence about something. */
const DATE_WORDS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|gmt|utc|est|edt|cet|msk|bst|updated|published|min|time|reading)$/i;
/**
 * A sentence without a single lower-case content word ("Olena Marchenko 24 December 2025, 13:45", "MOSCOW,
 * 3 December.") has no verb: it names, it does not report.
 */
const MIN_OWN_WORDS = 1;

/** True for a sentence that is page furniture rather than reporting. */
export function isFurniture(sentence: string, title: string): boolean {
  const text = sentence.trim();
  if (CAPTION.test(text) || PROMO.test(text) || BYLINE.test(text) || STAMP.test(text)) return true;
  if (isRepeatedHeadline(text, title)) return true;
  return ownWords(text) < MIN_OWN_WORDS;
}

/** A day heading of a live blog ("Saturday 29 November"): a line that is only a date. */
export function isDayHeading(sentence: string): boolean {
  const words = sentence.trim().split(/[\s,.]+/).filter(Boolean);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\d{1,4}$/.test(w) || DATE_WORDS.test(w));
}

/** The headline printed again at the top of the body, or a piece of it cut at its semicolon. */
function isRepeatedHeadline(text: string, title: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const t = norm(title);
  const s = norm(text);
  return s.length > 0 && t.length > 0 && (s === t || (t.includes(s) && s.split(" ").length >= 2));
}

/** Lower-case content words, not counting words of time ("Reading time: 4 min"). */
function ownWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\b[a-z][a-z'’-]+\b/g)) {
    if (DATE_WORDS.test(m[0]) || lexicalTerms(m[0]).length === 0) continue;
    n++;
  }
  return n;
}
