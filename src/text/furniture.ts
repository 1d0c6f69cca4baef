/**
 * Page furniture left in a stored article body: bylines and datelines, live-blog day headings and time stamps,
 * photo captions and credits, "Read also" links, newsletter and membership prompts, share labels, the headline
 * repeated in the body. Cleaning on import (src/ingest/) removes most of it from new articles; stored articles may
 * predate it, and a caption that ranks as a quote or makes a timeline event is junk. Answers never quote furniture
 * and the timeline never dates it: one rule for both.
 */
import { lexicalTerms } from "../text/terms.js";

const CAPTION =
  /(?:[/|]\s*(?:Getty Images|Reuters|AFP|AP|EPA(?:-EFE)?|Anadolu|Sputnik|TASS|Bloomberg|Shutterstock)\b|\((?:[A-Z]{2,6}\s+)?Photo\b|\bPhoto(?:graph)?\s*(?::|by\b)|\b(?:Image|Credit|Pictured|Caption)\s*:)/i;
// ("Sign up for the Morning Brief newsletter", not "Belgium refused to sign up to the loan".)
const PROMO =
  /(?:\bnewsletter\b|\bin your inbox\b|\b(?:subscribe|sign up) (?:to|for) (?:our|a free)\b|\b(?:subscribe|sign up) (?:to|for) the (?:[\w-]+ ){0,3}(?:newsletter|briefing|bulletin|digest|podcast|updates|alerts|edition)\b|\bread more:|\bfollow us on\b|\breading time\b|\b\d+\s*min(?:ute)?s?\s+read\b|\bclick here\b|\bshare this (?:article|story)\b)/i;
/** "By Anna Kovac", "By Pieter Janssens | 19 December 2025", "Reporting by …": a name and nothing more after "By". */
const BYLINE = /^(?:By\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*(?:$|[|·,\n])|(?:Reporting|Writing|Editing|Additional reporting) by\b)/u;
/**
 * "Thomas Whitcombe, diplomatic correspondent" (then the time on the next line), "Harriet Colburn, US correspondent
 * @HColburn": a byline without "By", with the writer's social handle or not.
 */
const BYLINE_ROLE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+(?:[\p{L}-]+\s+){0,4}(?:correspondent|editor|reporter|writer|columnist|contributor|bureau chief|staff)(?:\s+@\w+)?\s*(?:\n|$)/u;
const STAMP = /^(?:updated|published|last updated|posted|first published)\b/i;
/** Words that only tell time or place a story: they do not make a sentence about something. */
const DATE_WORDS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|gmt|utc|est|edt|cet|msk|bst|updated|published|min|time|reading)$/i;
/**
 * A sentence without a single lower-case content word ("Olena Marchenko 24 December 2025, 13:45", "MOSCOW,
 * 3 December.") has no verb: it names, it does not report.
 */
const MIN_OWN_WORDS = 1;
/** Words of DATE_WORDS that, in lower case, are verbs: "sat", "march", "wed". */
const VERB_NOT_DATE = /^(?:sat|march|wed)$/;
/** A negation: "wasn't", "didn't", "not", "never" ("Zelensky was not in Florida" says something). */
const NEGATION = /^(?:\p{Ll}+n['’]t|not|never)$/u;

/** Labels, links and prompts by their usual wording (answers saw these quoted before). */
const FURNITURE = [
  /^(photo|image|picture|video|caption|file photo|banner|illustration)\s*[:|/-]/i,
  /\b(getty images|afp via getty|ap photo|reuters\/|\/reuters|\(reuters\)|epa-efe|photo:|photograph:|\/ ?afp|via reuters|shutterstock)\b/i,
  // "By Olena Kovalenko", "By Jane Doe, Kyiv · 28 Nov" — a name only, not "By Sunday, the delegation had…".
  /^By (\p{Lu}[\p{L}.'’-]+ ?){1,4}(and (\p{Lu}[\p{L}.'’-]+ ?){1,3})?([,|·–—-][^.]*)?$/u,
  /\b\d+ min(ute)?s? read\b/i,
  /^(read (also|more)|see also|related|more on this|more from|also read|watch|listen|advertisement|sponsored|share|tags?|topics?)\b/i,
  /^(editor's note|editor’s note|updated|last updated|published|first published|copyright|©)/i,
  // A correction's stamp: "This article was amended on 15 December 2025." (What it corrects, in the next sentence, is
  // reporting: "An earlier version said the talks lasted four hours.")
  // (Split or not from what follows: the stamp decides.)
  /^this (?:article|story|report|piece|page) (?:was|has been|had been) (?:amended|corrected|updated|changed) on \S+ \S+(?: \d{4})?\b/i,
  // A paper's print line and a syndication note: "A version of this article appears in print on Feb. 19, 2026,
  // Section A, Page 4…", "This story was originally published by …".
  /^(?:a version of this (?:article|story|report|piece) (?:appears|appeared|was published)\b|this (?:article|story|report|piece) (?:first |originally )?(?:appeared|was (?:first |originally )?published) (?:in|on|by)\b)/i,
  // Another story's headline in a list of links: "- Analysis: Europe has to decide…", "• Explainer: what the plan
  // says" — a headline, without a sentence's full stop.
  /^(?:[-–—•▪►]\s*)?(?:analysis|explainer|opinion|comment|watch|listen|video|podcast|live|interview|factbox|timeline)\s*:\s[^.!?]*$/i,
  // A translation's or transcript's own label: "Translated from Hungarian", "Kyiv, 7 February 2026. Edited transcript,
  // translated from Ukrainian".
  /^(?:[^.]{0,40}\d{4}\.\s+)?(?:(?:edited|unofficial|full|partial|abridged)\s+)?(?:transcript|translation)\b[^.]{0,60}\.?$|^translated from (?:the )?\p{Lu}\p{L}+\.?$/iu,
  // A page's date and stamp: "November 25, 2025 7:45 PM GMT Updated 2 hours ago", "3 Dec 2025 10:02 — updated 11:40".
  /^(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4})\b[^.]{0,40}\b(?:updated|published|posted)\b[^.]{0,30}$/iu,
  // A page's section and time stamp: "News of the region · 18 February 2026, 20:40".
  /^[^.]{0,60}\s[·|]\s[^.]{0,40}\b\d{1,2}[:.]\d{2}$/u,
  // A newsletter's greeting: "You're reading Dispatch Weekly's Sunday roundup…", "Welcome to our live coverage…".
  /^(?:you['’]re reading\b|(?:good (?:morning|afternoon|evening)(?:,| and))?\s*welcome (?:back )?to (?:our|the|this)\b[^.]{0,80}\b(?:newsletter|roundup|briefing|edition|digest|live (?:coverage|blog|updates)))/i,
  // Prompts by their whole wording: "Kyiv will not sign up to any deal…" is reporting.
  // ("…prepared to let go of its ambition to become a member of NATO" is reporting: a member of something.)
  /\b(become a (member|subscriber)(?! of\b)|support (our|independent) (journalism|reporting)|donate (now|today)|download (our|the) app|sign up now|subscribe now|follow us)\b/i,
  /^\(?(reporting by|editing by|writing by|additional reporting)\b/i,
  // A wire's trailer ("(Updates with Rubio remarks in paragraphs 5-6)", "(Adds Kremlin comment)") and a live page's
  // byline ("Live updates by Kateryna Moroz and Oleksandr Danyliuk").
  /^\((?:updates|adds|recasts|corrects|changes|rewrites|refiles|repeats)\b[^)]*\)\.?$/i,
  // A live page's sign-off: "That's where we will leave our live coverage for today", "Thanks for following".
  /\b(?:we(?:['’]ll| will| are going to) (?:leave|pause|end|close|wrap up|stop)(?: [a-z]+)? (?:our|this|the) (?:live )?(?:coverage|blog|updates|page)|this live (?:blog|page|coverage) (?:is|has) (?:now )?(?:closed|ended)|thanks? (?:you )?for (?:following|reading|joining us))\b/i,
  /^(?:[Ll]ive (?:updates|coverage|blog|reporting)|[Uu]pdates|[Cc]ompiled|[Ee]dited|[Tt]ext) by \p{Lu}\p{Ll}+ \p{Lu}/u,
  // A line that is only a link or an image in Markdown ("[Kremlin confirms team will travel](https://…)",
  // "![Delegations arrive](…jpg)"): another story's headline or a picture's caption, not this story's reporting.
  /^!?\[[^\]]+\]\([^)\s]+\)[.\s]*$/,
  // A picture and the caption under it, read as one sentence ("![Rubio speaks to reporters](rubio.jpg) *Secretary of
  // State Marco Rubio speaks…*"): a caption, whatever follows the picture.
  /^!?\[[^\]]*\]\([^)\s]+\.(?:jpe?g|png|gif|webp|svg|avif)(?:\?[^)\s]*)?\)/i,
];

/**
 * The rest of the line a sentence ends on, in its article's body: "*A sandbagged bus stop on Sobornyi Avenue.
 * Photo: Evening Herald*" is split in two sentences, and the first is a caption only by what follows it.
 */
export function restOfLine(body: string, end: number): string {
  const next = body.indexOf("\n", end);
  return body.slice(end, next < 0 ? undefined : next);
}

/** Where the line holding `offset` begins in `body`. */
export function lineStart(body: string, offset: number): number {
  return body.lastIndexOf("\n", offset - 1) + 1;
}

/** True for a sentence that is page furniture rather than reporting (`rest`: restOfLine, when known). */
export function isFurniture(sentence: string, title: string, rest = ""): boolean {
  // An italic line that ends with a picture's credit is a caption, the sentences before the credit too.
  if (rest !== "" && /^\s*[*_]/.test(sentence) && CAPTION.test(rest)) return true;
  // Markdown's emphasis and list marks are no words: "*Related threads: …*" is a "Related" line.
  // (And emphasis inside the line: "**By Oksana Dovzhenko** · 21 November 2025" is a byline.)
  const text = sentence.trim().replace(/^[*_#>\s]+/, "").replace(/\*\*|__/g, "");
  if (CAPTION.test(text) || PROMO.test(text) || BYLINE.test(text) || BYLINE_ROLE.test(text) || STAMP.test(text)) return true;
  // A page's strip of labels, stamps and bylines: "LIVE · Updated 1 December 2025, 01:20 Kyiv time · By Dmytro K…".
  const parts = text.split(/\s[·|]\s/).map((p) => p.trim().replace(/^\*+/, ""));
  // (Or a bare date and time for one of them: "Sunday, 7 December 2025, 22:10 · Igor Shestakov, from the programme…".)
  if (parts.length >= 2 && parts.some((p) => STAMP.test(p) || BYLINE.test(p) || (/\d/.test(p) && ownWords(p, 1) === 0))) return true;
  if (FURNITURE.some((re) => re.test(text))) return true;
  if (isRepeatedHeadline(text, title)) return true;
  return ownWords(text, MIN_OWN_WORDS) < MIN_OWN_WORDS;
}

/**
 * A short line without a sentence's ending is a label or a heading ("Live updates", "21:15 ET — What happens
 * next"): never an answer. (The timeline reads day headings for their date: see isDayHeading.)
 */
export function isHeading(sentence: string): boolean {
  const s = sentence.trim();
  // An item of a list ("— limit the army to 600,000 personnel;") runs on from the line that opened it: a sentence.
  if (/;$/.test(s) || /^(?:[-–—•*·▪►]|\d{1,2}[.)])\s+\p{Ll}/u.test(s)) return false;
  const words = s.split(/\s+/).length;
  // An explainer's own question ("Why Budanov?", "Is he a politician?") heads the answer; it answers nothing.
  return (words <= 8 && !/[.!?]["”’)]?$/.test(s)) || (words <= 12 && /\?$/.test(s) && !/["“”]/.test(s));
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

/**
 * Lower-case content words, not counting words of time ("Reading time: 4 min"), up to `enough`: the count only
 * decides whether there are that many, and reading on through a long sentence cost most of isFurniture's time.
 */
function ownWords(text: string, enough: number): number {
  let n = 0;
  // Whole words only, accented letters included: "Wróblewska" holds no lower-case word "blewska".
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]+(?![\p{L}\p{N}])/gu)) {
    // ("Putin wasn't there.", "Zelensky was not in Florida.": a negation says something, stop word as it is.)
    // ("…Witkoff and Jared Kushner sat with Trump.": in lower case, "sat" and "march" are verbs, no dates.)
    if ((DATE_WORDS.test(m[0]) && !VERB_NOT_DATE.test(m[0])) || (lexicalTerms(m[0]).length === 0 && !NEGATION.test(m[0]))) continue;
    if (++n >= enough) break;
  }
  return n;
}
