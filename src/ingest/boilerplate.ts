/**
 * What a news reader or a web page wraps around a story, recognised line by line.
 *
 * Every pattern matches a WHOLE line (trimmed, case-insensitive), never part of one, so a sentence of the story that
 * merely mentions "the app" or "sign up" is never touched. The lists come from the inkl capture of the seed article
 * (`../shared/seed/`) and from the usual furniture of news pages; add to them when a new source shows new furniture,
 * with a test.
 */

/** Lines dropped wherever they appear: sign-up prompts, app ads, page furniture. */
export const NOISE_PATTERNS: readonly RegExp[] = [
  // inkl reader, above the story
  /^get all your news in one place\.?$/i,
  /^\d[\d,.]*\s*[mk]?['’]?s?\+? of (premium )?titles\.?$/i, // "100M’s of premium titles."
  /^one app\.?$/i,
  /^start reading\.?$/i,
  // inkl reader, below the story
  /^read news from .{1,40} titles, curated specifically for you\.?$/i,
  /^already (a member|a subscriber|have an account)\??( (sign|log) ?in( here)?)?\.?$/i,
  /^one subscription that gives you access to news from hundreds of sites\.?$/i,
  /^[\w-]+ days? free( trial)?\.?$/i, // "Fourteen days free"
  /^download (the|our) app\.?$/i,
  /^one app\.? one membership\.?$/i,
  /^\d[\d,.]*\+? trusted (global )?sources\.?$/i, // "100+ trusted global sources."
  // web pages
  /^(advertisement|advertising|sponsored( content)?|ad|promoted)$/i,
  /^(share|share this( article| story)?|share on \w+|print|email|comments?|\d+ comments?)$/i,
  /^(subscribe|subscribe now|sign in|log ?in|sign up|sign up now|register)\.?$/i,
  /^sign up (for|to) (our|the) [\w ]{1,40}newsletters?\.?$/i,
  /^(skip to (main )?content|back to top|continue reading)\.?$/i,
  /^(read more|also read|see also|related|more on this|recommended reading):\s.{1,160}$/i, // in-story promo links
];

/**
 * Lines that end the story: what follows them is the reader's or the page's (other headlines, promotions). They
 * only count once the story has begun (see `STORY_LINE_WORDS`), so a menu above the headline cannot cut it.
 */
export const STOP_PATTERNS: readonly RegExp[] = [
  /^sign up to read (this|the full) (article|story)\.?$/i,
  /^related (stories|articles|content|coverage|news)$/i,
  /^top stories on [\w. ]{1,30}?( right now)?$/i,
  /^(our|editor['’]?s'?) picks$/i,
  /^more (stories )?from [\w. ]{1,30}$/i,
  /^(recommended( for you)?|you (may|might) also like|most (read|popular)|trending( now)?)$/i,
];

/** A line with at least this many words is story text: from then on a STOP line ends the story. */
export const STORY_LINE_WORDS = 8;

export function isNoise(line: string): boolean {
  const t = line.trim();
  return NOISE_PATTERNS.some((p) => p.test(t));
}

export function isStop(line: string): boolean {
  const t = line.trim();
  return STOP_PATTERNS.some((p) => p.test(t));
}

export function isStoryLine(line: string): boolean {
  return line.trim().split(/\s+/).length >= STORY_LINE_WORDS;
}

/**
 * Keeps the story: drops noise lines (and stop lines above the story), and everything from the first stop line
 * that comes after story text.
 * `text` gives the line of an item (items are lines of a plain-text file, or blocks of an HTML page).
 */
export function dropBoilerplate<T>(items: readonly T[], text: (item: T) => string): T[] {
  const kept: T[] = [];
  let storyStarted = false;
  for (const item of items) {
    const line = text(item);
    if (isStop(line)) {
      if (storyStarted) break;
      continue; // a "Related stories" menu above the story is furniture too
    }
    if (isNoise(line)) continue;
    if (isStoryLine(line)) storyStarted = true;
    kept.push(item);
  }
  return kept;
}
