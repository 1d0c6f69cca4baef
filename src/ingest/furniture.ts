/**
 * Page furniture: the lines a news page puts around and inside a story that are not the story — bylines, date
 * stamps, read times, photo captions and credits, banners, editor's notes, promo links, newsletter and app prompts,
 * share labels, and the headline repeated in the body. Both extractors (text and HTML) drop them, so they never
 * rank as quotes or become timeline events.
 *
 * Every rule looks at a WHOLE line (a paragraph of an HTML page, a line of a text capture) and is guarded by length
 * or shape, so a story sentence that merely starts "By Tuesday," or mentions a photo is never touched. Add a rule
 * with a test on a page written like the outlet's markup.
 */

/** What is known about the article while its lines are cleaned: lines equal to these are not story text. */
export interface FurnitureContext {
  title?: string;
  author?: string;
  source?: string;
}

const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december";
const WEEKDAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const DATE_WORDS = new Set(
  [
    ...MONTHS.split("|"), ...WEEKDAYS.split("|"),
    "am", "pm", "a.m", "p.m", "at", "on", "ago", "today", "yesterday", "hour", "hours", "hr", "hrs", "minute",
    "minutes", "min", "mins", "day", "days", "week", "weeks", "and", "utc", "gmt", "et", "est", "edt", "ct", "cst",
    "cdt", "pt", "pst", "pdt", "bst", "cet", "cest", "eet", "eest", "msk", "kyiv", "time", "updated", "published",
    "posted", "first", "last", "modified", "th", "st", "nd", "rd", "read",
  ],
);

/** "Published 3 Dec 2025, 10:14 a.m. ET", "Updated 2 hours ago", "Sun 30 Nov 2025 20.00 EST": only date words. */
export function isDateStamp(line: string): boolean {
  const t = line.trim();
  if (t.length > 90 || !/\d/.test(t) && !/\b(today|yesterday)\b/i.test(t)) return false;
  const tokens = t.toLowerCase().split(/[\s,|·•/:()\-–—]+/).filter(Boolean);
  if (tokens.length === 0) return false;
  return tokens.every((tok) => {
    const w = tok.replace(/\.$/, "");
    return /^\d{1,4}(st|nd|rd|th)?$/.test(w) || /^\d{1,2}[.:h]\d{2}(am|pm)?$/.test(w) || /^\d{1,2}(am|pm)$/.test(w) ||
      /^[+-]?\d{2}:?\d{2}$/.test(w) || /^\d{4}-\d{2}-\d{2}(t[\d:.+-]+z?)?$/.test(w) || DATE_WORDS.has(w);
  });
}

const NAME = String.raw`[\p{Lu}][\p{L}'’.-]*`;
const NAMES = String.raw`${NAME}(?:\s+(?:${NAME}|de|van|von|der|al|bin|da|di|la|le))*`;
const NOT_A_NAME = new RegExp(`^(${MONTHS}|${WEEKDAYS}|the|this|then|now|late|early|mid|noon|midnight|end|dawn|friday's)\\b`, "i");

/** "By Jane Doe", "By JANE DOE and John Roe, Reuters", "Jane Doe | Reuters", "Written by …", "Reporting by …". */
export function isByline(line: string, ctx: FurnitureContext = {}): boolean {
  const t = line.trim();
  if (t.length > 140) return false;
  const by = /^(?:(?:written|words|story|text|reported) )?by:?\s+(.+)$/i.exec(t);
  if (by) {
    const rest = by[1]!.replace(/\s*[,|·—–-]\s*(?:[\p{L}. ]{1,40})$/u, "").replace(/\s+(?:and|&)\s+/g, " ").replace(/,\s*/g, " ");
    return !NOT_A_NAME.test(by[1]!) && new RegExp(`^${NAMES}$`, "u").test(rest) && !/[.!?]["”]?$/.test(by[1]!.replace(/\b\p{Lu}\.$/u, ""));
  }
  // Reuters/AP credit footers: "(Reporting by Guy Faulconbridge; Editing by Mark Heinrich)".
  if (/^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced) by [^)]{1,200}\)?\.?$/i.test(t)) return true;
  if (/^(?:author )?avatar(?: (?:for|of) .{1,60})?$|^(?:photo|picture|image) of (?:the )?author$/i.test(t)) return true;
  const { author, source } = ctx;
  if (author) {
    const a = norm(author);
    const n = norm(t);
    if (n === a || (source && (n === `${a} ${norm(source)}` || n === `${norm(source)} ${a}`))) return true;
  }
  // "Jane Doe, Senior Correspondent" / "Jane Doe · Kyiv bureau chief" / "Jane Doe | Reuters"
  const named = new RegExp(`^${NAMES}\\s*[,|·—–-]\\s*(.+)$`, "u").exec(t);
  if (!named || /[.!?]$/.test(t)) return false;
  // The role may follow a place or a beat: "Moscow correspondent", "senior Europe editor".
  return /^(?:[\p{L}'’-]+\s+){0,3}(?:correspondent|reporter|editor|writer|contributor|journalist|bureau chief|analyst|columnist)\b[\p{L} ,]{0,40}$/u.test(
    named[1]!.toLowerCase(),
  ) || (source !== undefined && norm(named[1]!) === norm(source));
}

/** "3 min read", "Reading time: 4 minutes", "5-minute read", "Listen to this article · 6 min". */
export function isReadTime(line: string): boolean {
  return /^(?:reading time:?\s*)?(?:about\s+)?\d+(?:\s*-\s*|\s*)(?:min|mins|minute|minutes)(?:\s+read)?(?:\s+ago)?\.?$/i.test(line.trim()) ||
    /^(?:listen to (?:this )?(?:article|story)|listen)(?:\s*[·|:-]?\s*\d+(?::\d{2})?\s*(?:min|mins|minutes)?)?$/i.test(line.trim());
}

const AGENCIES = "getty images|afp|ap|reuters|epa|efe|anadolu|tass|sputnik|ria novosti|shutterstock|alamy|bloomberg|sipa|pool|ukrinform|unian|kremlin\\.ru|president's office|presidential office|handout";
const CREDIT_AT_END = new RegExp(
  String.raw`(?:\((?:photo|photograph|picture|image|credit|video)s?(?: by)?:?[^()]{1,120}\)|` +
    String.raw`(?:photo|photograph|picture|image|credit|source)s?(?: by)?:\s*[^.]{1,100}|` +
    String.raw`[\p{L}. -]{2,40}\s*/\s*(?:${AGENCIES})(?: via [\p{L} ]{2,30})?|` +
    String.raw`(?<=^|\s)(?:AP|AFP|REUTERS|EPA|Reuters|Getty Images|TASS|Anadolu)(?: Photo)?\s*/\s*[\p{L}. -]{2,40}|` +
    String.raw`\((?:${AGENCIES})[^()]{0,60}\)|\([^()]{2,60}/(?:${AGENCIES})\))\.?$`,
  "iu",
);

/** A photo caption or credit line: "Photo: Getty Images", "Zelensky in Kyiv. (Photo by X/AFP via Getty Images)". */
export function isCaptionOrCredit(line: string): boolean {
  const t = line.trim();
  if (t.length > 400) return false;
  if (/^(?:photo|photograph|picture|image|illustration|video|credit|file photo|pictured|caption|banner|lead image|main image|top image)s?\s*(?:by)?\s*[:|—–-]/i.test(t)) return true;
  if (new RegExp(`^(?:${AGENCIES})(?:\\s*(?:/|via)\\s*[\\p{L}. ]{0,40})?\\.?$`, "iu").test(t)) return true;
  if (/^(?:AP|AFP|REUTERS|EPA|Getty Images|Anadolu|TASS) ?(?:Photo)?\s*\/\s*[\p{L}. -]{2,40}$/u.test(t)) return true;
  if (/^(?:\p{Lu}[\p{L}.-]+ ){1,3}(?:\p{Lu}[\p{L}.-]+)?\s*\/\s*(?:getty images|afp|ap|reuters|epa|anadolu)(?: via getty images)?$/iu.test(t)) return true;
  return CREDIT_AT_END.test(t);
}

/** Where a credit sits in the middle of a text line (a caption and the lead run together): the text after it. */
export function afterInlineCredit(line: string): string | undefined {
  const m = new RegExp(
    // Case spelled out: with the i flag, \p{Lu} would match lower-case letters too.
    String.raw`^(.{10,400}?(?:\((?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Cc]redit)s?(?: by)?:?[^()]{1,120}\)|` +
      String.raw`(?:\p{Lu}[\p{L}.-]+ ){1,3}\s*/\s*(?:Getty Images|AFP|AP|Reuters|REUTERS|EPA)(?: via Getty Images)?))\s+(\p{Lu}.*)$`,
    "u",
  ).exec(line.trim());
  if (!m) return undefined;
  const rest = m[2]!;
  return rest.split(/\s+/).length >= 8 && /[.!?]["”’]?$/.test(rest) ? rest : undefined;
}

/** Donation, subscription and membership banners: "Support The Kyiv Independent!", "Become a member". */
export function isBanner(line: string): boolean {
  const t = line.trim();
  if (t.length > 160) return false;
  return /^(?:banner:|support (?:the |our |independent |us\b)|please (?:support|donate)|donate\b|become a (?:member|patron|subscriber|supporter)|join (?:our community|us|the [\w ]{1,30} club)\b|help us\b|we need your (?:help|support)|subscribe (?:to|now|for|today)\b|subscribe$|try \d+ days? (?:free|for)|get unlimited access|unlock (?:this|full|unlimited)|you have \d+ free articles?|this (?:article|story) is (?:free|for subscribers)|already a subscriber|cookie|we use cookies)/i.test(t) &&
    (t.split(/\s+/).length <= 25);
}

/** "Editor's note: this story is being updated", "This is a developing story", "UPDATE: …" notices. */
export function isEditorsNote(line: string): boolean {
  const t = line.trim();
  if (t.length > 300) return false;
  return /^(?:editor['’]?s['’]? note|note to readers|update|updated|correction|clarification)\s*[:—–-]\s*.*(?:updat|develop|correct|clarif|earlier version|will be|breaking)/i.test(t) ||
    /^(?:this (?:is a |story is a )?(?:developing|breaking) (?:news )?story|this (?:story|article|post|page) (?:is being|has been|will be) updated|breaking(?: news)?|developing(?: story)?|live|live updates|live blog|refresh for updates|pinned(?: post)?|key events|show key events only|please turn on javascript.*)\.?[.!]?$/i.test(t);
}

/** "SEE ALSO: …", "Read more: …", "Related", "READ MORE", "More on this story", "Also read …". */
export function isPromoLink(line: string): boolean {
  const t = line.trim();
  if (t.length > 220) return false;
  return /^(?:see also|read more|read also|also read|related|related articles?|related stories|related coverage|more on this(?: story)?|more:|recommended|watch|watch:|listen:|explainer:|analysis:|opinion:|read next|up next|what to read next|in other news|further reading|must read)(?:\s*[:|—–-]\s*.{0,200}|\s+»?|\s*)?$/i.test(t) ||
    /^(?:►|▶|»|>>)\s*.{1,200}$/.test(t);
}

/** Newsletter and app prompts: "Sign up now: our morning briefing", "Get the app", "Follow us on Telegram". */
export function isPrompt(line: string): boolean {
  const t = line.trim();
  if (t.length > 200) return false;
  return /^(?:sign up(?: now| today| here)?(?:\s*[:—–-]|\s+(?:for|to) (?:our|the|a|free)\b)|get (?:our|the) [\w ]{0,40}(?:newsletter|app|briefing|alerts?)|download (?:our|the) [\w ]{0,30}app|follow (?:us|\w+) on (?:telegram|twitter|x|facebook|instagram|whatsapp|google news)|join (?:our|us on) (?:telegram|whatsapp|the conversation)|subscribe to (?:our|the) [\w ]{0,40}(?:newsletter|channel|podcast|briefing)|enable (?:push )?notifications|get (?:breaking )?news alerts|(?:our|the) [\w ]{0,30}newsletter(?:\s*[:—–-].*)?$|newsletter$|enter your email)/i.test(t);
}

/** Share, print, comment and save labels: "Share", "Copy link", "Facebook Twitter Email", "Comments (12)". */
export function isShareLabel(line: string): boolean {
  const t = line.trim();
  if (t.length > 120) return false;
  const words = t.toLowerCase().split(/[\s|·•,/]+/).filter(Boolean);
  const LABELS = new Set([
    "share", "shares", "tweet", "post", "print", "email", "e-mail", "mail", "copy", "link", "copied", "save", "saved",
    "comment", "comments", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "bookmark",
    "gift", "article", "this", "story", "on", "reuse", "content", "licensing", "rights", "reprints", "permissions",
    "the", "font", "size", "a", "a+", "a-", "view", "flipboard", "messenger", "pinterest", "sms",
  ]);
  if (words.length > 0 && words.length <= 10 && words.every((w) => LABELS.has(w) || /^\(?\d+\)?$/.test(w))) {
    return words.some((w) => /^(share|shares|tweet|print|email|e-mail|copy|save|comments?|facebook|twitter|whatsapp|telegram|linkedin|bookmark|gift|reuse|reprints)$/.test(w));
  }
  return /^(?:\d+\s+)?comments?\s*\(?\d*\)?$|^(?:view|show|read|join|add|leave)(?: all)?(?: \d+)? comments?$|^(?:gift|share) (?:this|the) (?:article|story)$/i.test(t);
}

/** Lowercase, letters and digits only: "U.S. and Ukraine — talks" and "US and Ukraine talks" compare equal. */
export function norm(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").replace(/\./g, "").trim();
}

/** True when `line` is the title again (a repeated headline or a standfirst equal to it). */
export function isTitleAgain(line: string, title: string | undefined): boolean {
  return title !== undefined && norm(title) !== "" && norm(line) === norm(title);
}

/** Any furniture line (the title repeat included when the title is known). */
export function isFurniture(line: string, ctx: FurnitureContext = {}): boolean {
  const t = line.trim();
  if (t === "") return false;
  return isTitleAgain(t, ctx.title) || isByline(t, ctx) || isDateStamp(t) || isReadTime(t) || isCaptionOrCredit(t) ||
    isBanner(t) || isEditorsNote(t) || isPromoLink(t) || isPrompt(t) || isShareLabel(t);
}

/** A line that can never be the title: furniture, or too long / sentence-like to be a headline (a caption). */
export function canBeTitle(line: string | undefined, ctx: FurnitureContext = {}): boolean {
  if (!line) return false;
  const t = line.trim();
  if (t.length < 8 || t.length > 250 || t.split(/\s+/).length > 30 || !t.includes(" ")) return false;
  return !isFurniture(t, { ...ctx, title: undefined });
}

// "KYIV, Ukraine (AP) — ", "MOSCOW, Dec 3 (Reuters) - ", "WASHINGTON — ", "Kyiv, 3 December (Interfax-Ukraine) – "
const PLACE = String.raw`\p{Lu}[\p{Lu}'’. /-]*\p{Lu}\.?`;
const DATELINE = new RegExp(
  String.raw`^((?:${PLACE}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?=,[^—–-]{0,40}\())` +
    String.raw`(?:,\s*(?:\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}|\d{1,2} \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}{2,8}\.? \d{1,2}))*` +
    String.raw`(?:\s*\([\p{L}\p{N} .&/-]{2,40}\))?)\s*(?:—|–|--| - |-(?= ))\s*`,
  "u",
);

/**
 * Cuts a dateline from the start of a paragraph: `{ dateline: "KYIV, Ukraine (AP)", rest: "Ukraine's…" }`. The
 * place must be written in capitals, or be followed by an agency in brackets, so "Officials — who…" stays.
 */
export function takeDateline(paragraph: string): { dateline?: string; rest: string } {
  const m = DATELINE.exec(paragraph);
  if (!m) return { rest: paragraph };
  const rest = paragraph.slice(m[0].length);
  if (rest === "" || !/^[\p{Lu}"“‘'\p{N}]/u.test(rest)) return { rest: paragraph };
  return { dateline: m[1]!.trim(), rest };
}

/** A whole line that is only a dateline ("KYIV, Ukraine (AP) —"), as some captures break it off the lead. */
export function wholeDateline(line: string): string | undefined {
  const m = DATELINE.exec(`${line.trim()} `);
  return m && m[0].trim().length === line.trim().length ? m[1]!.trim() : undefined;
}

/**
 * Drops furniture lines and cuts the dateline off the first story paragraph. `text`/`withText` read and rewrite
 * an item (a line or a block). Returns the kept items and the dateline, if any.
 */
export function removeFurniture<T>(
  items: readonly T[],
  text: (item: T) => string,
  withText: (item: T, text: string) => T,
  ctx: FurnitureContext,
): { kept: T[]; dateline?: string } {
  const kept: T[] = [];
  let dateline: string | undefined;
  for (const item of items) {
    const line = text(item);
    if (isFurniture(line, ctx)) continue;
    if (kept.length === 0 && dateline === undefined) {
      const alone = wholeDateline(line);
      if (alone) {
        dateline = alone;
        continue;
      }
      const cut = takeDateline(line);
      if (cut.dateline) {
        dateline = cut.dateline;
        kept.push(withText(item, cut.rest));
        continue;
      }
      const after = afterInlineCredit(line);
      if (after !== undefined) {
        kept.push(withText(item, after));
        continue;
      }
    }
    kept.push(item);
  }
  return dateline === undefined ? { kept } : { kept, dateline };
}
