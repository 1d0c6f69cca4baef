/**
 * Entity keys: what a word or phrase stands for, independent of spelling. A text's keys are its stems
 * (`s:resign`), the name keys of its capitalised words (`n:zlnsk` for Zelensky, Zelenskyy, Zelenskiy…) and the
 * alias groups its place and institution names belong to (`g:russia` for Russia, Moscow, the Kremlin, Russian).
 * A question's word is "in" a text when they share a key.
 */
import { STOP_WORDS, stem, tokens, type Token } from "../text/terms.js";
import { ALIAS_GROUPS } from "./aliases.js";
import { nameKey } from "./names.js";
import { memo } from "../text/memo.js";

interface GroupHit {
  /** The group and every group it lies within. */
  keys: string[];
  /** Whether the phrase names the group itself (true) or a place inside it. */
  direct: string;
}

/** Alias phrase (its token words joined by spaces) → the keys it stands for. */
const PHRASES: Map<string, GroupHit> = (() => {
  const byId = new Map(ALIAS_GROUPS.map((g) => [g.id, g]));
  const closure = (id: string, seen = new Set<string>()): string[] => {
    if (seen.has(id)) return [];
    seen.add(id);
    return [id, ...(byId.get(id)?.within ?? []).flatMap((w) => closure(w, seen))];
  };
  const out = new Map<string, GroupHit>();
  for (const g of ALIAS_GROUPS) {
    for (const name of g.names) {
      const words = tokens(name).map((t) => t.word).join(" ");
      if (words) out.set(words, { keys: closure(g.id).map((id) => `g:${id}`), direct: `g:${g.id}` });
    }
  }
  return out;
})();

/** The first word of every alias phrase → the most words a phrase starting with it has. */
const FIRST_WORDS: Map<string, number> = (() => {
  const out = new Map<string, number>();
  for (const phrase of PHRASES.keys()) {
    const words = phrase.split(" ");
    out.set(words[0]!, Math.max(out.get(words[0]!) ?? 0, words.length));
  }
  return out;
})();

/** The most words of any alias phrase. */
const LONGEST_PHRASE = Math.max(1, ...FIRST_WORDS.values());

/** Alias groups found in a run of tokens, by the index of the token where each phrase starts, with its length. */
export function aliasHits(toks: readonly { word: string; aliasLength?: number }[]): { index: number; length: number; hit: GroupHit }[] {
  const out: { index: number; length: number; hit: GroupHit }[] = [];
  for (let i = 0; i < toks.length; i++) {
    // Most words start no alias: one set lookup instead of four joined phrases (this runs on every candidate), none
    // for a WordInfo, which knows.
    const longest = toks[i]!.aliasLength ?? FIRST_WORDS.get(toks[i]!.word) ?? 0;
    if (longest === 0) continue;
    // The phrases of 1, 2, … words starting here, each the one before and a word ("the" starts "the kremlin", so
    // this runs at every "the": no slice, map and join per length), then tried longest first.
    const most = Math.min(longest, toks.length - i);
    PHRASE_PARTS[0] = toks[i]!.word;
    for (let n = 2; n <= most; n++) PHRASE_PARTS[n - 1] = `${PHRASE_PARTS[n - 2]!} ${toks[i + n - 1]!.word}`;
    for (let n = most; n >= 1; n--) {
      const hit = PHRASES.get(PHRASE_PARTS[n - 1]!);
      if (hit) {
        out.push({ index: i, length: n, hit });
        break;
      }
    }
  }
  return out;
}

/** aliasHits' phrases being tried (reused: it never calls anything that uses them meanwhile). */
const PHRASE_PARTS: string[] = [];

/**
 * Words that are capitalised only inside an alias phrase and name nothing alone: "house" (White House), "beach"
 * (Palm Beach), "united" (United States). A question's lower-case "house" is not a name.
 */
const PHRASE_ONLY: Set<string> = (() => {
  const single = new Set<string>();
  const parts = new Set<string>();
  for (const phrase of PHRASES.keys()) {
    const words = phrase.split(" ");
    if (words.length === 1) single.add(words[0]!);
    else for (const w of words) parts.add(w);
  }
  return new Set([...parts].filter((w) => !single.has(w)));
})();

/** A word that alone names a country, capital or institution ("russia", "kremlin", "kyiv"). */
export function isAliasWord(word: string): boolean {
  return PHRASES.get(word)?.keys.length ? !PHRASE_ONLY.has(word) : false;
}

/**
 * The other names of the group a phrase names itself ("bankova" → office of the president, presidential office…),
 * for the BM25 query: a story calls the office by its title, the chat by its street. Empty when the phrase is none
 * or a country's.
 */
export function aliasNames(phrase: string): string[] {
  const hit = PHRASES.get(phrase);
  // Only of what lies within a country (an office, a bureau, a resort): a country's names ("moscow" → russia,
  // russian, kremlin…) are in every story and would drown the question's own words.
  if (hit === undefined || hit.keys.length < 2) return [];
  const direct = hit.direct;
  return [...PHRASES].filter(([p, h]) => h.direct === direct && p !== phrase).map(([p]) => p);
}

export function partOfAliasOnly(word: string): boolean {
  return PHRASE_ONLY.has(word);
}

/** What a text's keys and word bags need of one lower-case word (a token's `word`). */
export interface WordInfo {
  /** The word, one string shared by every text that has it. */
  word: string;
  stem: string;
  stop: boolean;
  /** `s:` and its stem. */
  stemKey: string;
  /** `n:` and its name key, when it has one: a key of a text where the word is capitalised. */
  nameKey: string | undefined;
  /** The most words of an alias phrase starting with this word; 0 when none does (see aliasHits). */
  aliasLength: number;
}

/**
 * Word → its WordInfo, computed once: a text's keys took a stem lookup, a name key and two new strings a token,
 * for every sentence ranked. Bounded like the stems' memo (src/text/terms.ts), starting over when full.
 */
const WORD_INFO = new Map<string, WordInfo>();
const MAX_WORD_INFO = 200_000;

export function wordInfo(word: string): WordInfo {
  // (Most calls find it: no closure made for them.)
  return WORD_INFO.get(word) ?? memo(WORD_INFO, word, () => newWordInfo(word), MAX_WORD_INFO);
}

function newWordInfo(word: string): WordInfo {
  const s = stem(word);
  const k = nameKey(word);
  return { word, stem: s, stop: STOP_WORDS.has(word), stemKey: `s:${s}`, nameKey: k === undefined ? undefined : `n:${k}`, aliasLength: FIRST_WORDS.get(word) ?? 0 };
}

/** The token as written starts with an upper-case letter (the name keys' test), without a regular expression for ASCII. */
export function capitalised(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(raw);
}

/** Every key of a text: its stems, its capitalised words' name keys, and its alias groups (with enclosing ones). */
export function textKeys(text: string): Set<string> {
  return tokensKeys(tokens(text));
}

/**
 * `textKeys` of the text `toks` were read from (for a caller that has its tokens already: tokenising costs), with
 * `each` called on every token's WordInfo, for a caller reading more of the words in the same pass.
 */
export function tokensKeys(toks: Token[], each?: (w: WordInfo) => void): Set<string> {
  const keys = new Set<string>();
  for (const t of toks) {
    const w = wordInfo(t.word);
    each?.(w);
    keys.add(w.stemKey);
    if (w.nameKey !== undefined && capitalised(t.raw)) keys.add(w.nameKey);
  }
  for (const { hit } of aliasHits(toks)) for (const k of hit.keys) keys.add(k);
  return keys;
}

/**
 * `tokensKeys` of tokens the index stored (src/index/sentenceTokens.ts): each token's WordInfo and whether it was
 * written with a capital. The same keys in the same order, without reading the text again.
 */
export function storedKeys(words: readonly WordInfo[], caps: readonly boolean[], each?: (w: WordInfo) => void): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    each?.(w);
    keys.add(w.stemKey);
    if (w.nameKey !== undefined && caps[i]) keys.add(w.nameKey);
  }
  for (const { hit } of aliasHits(words)) for (const k of hit.keys) keys.add(k);
  return keys;
}

/**
 * True when an alias phrase may start in the last tokens of `toks` and run past them ("… met at the White" +
 * "House …"): then the keys of the text joined to another are not the union of the two texts' keys.
 */
export function aliasMayContinue(toks: readonly { word: string }[]): boolean {
  for (let i = Math.max(0, toks.length - LONGEST_PHRASE + 1); i < toks.length; i++) {
    if ((FIRST_WORDS.get(toks[i]!.word) ?? 0) > toks.length - i) return true;
  }
  return false;
}

/** The keys of each token of `toks` (its alias group included when it is part of an alias phrase). */
export function tokenKeys(toks: Token[]): Set<string>[] {
  const out = toks.map((t) => {
    const w = wordInfo(t.word);
    const keys = new Set([w.stemKey]);
    if (w.nameKey !== undefined && capitalised(t.raw)) keys.add(w.nameKey);
    return keys;
  });
  for (const { index, length, hit } of aliasHits(toks)) {
    for (let i = index; i < index + length; i++) for (const k of hit.keys) out[i]!.add(k);
  }
  return out;
}

/** A text's tokens and each one's keys (see tokenKeys). Shared between callers: read only. */
export interface KeyedTokens {
  toks: readonly Token[];
  keys: readonly ReadonlySet<string>[];
}

/**
 * `tokens(text)` and their `tokenKeys`, remembered for the texts read last: the answer's cues read a candidate's
 * tokens for each of several tests, and the same candidates recur from question to question. Bounded like
 * WORD_INFO, starting over when full.
 */
const KEYED = new Map<string, KeyedTokens>();
const MAX_KEYED = 4096;

export function keyedTokens(text: string): KeyedTokens {
  return memo(
    KEYED,
    text,
    () => {
      const toks = tokens(text);
      return { toks, keys: tokenKeys(toks) };
    },
    MAX_KEYED,
  );
}

/** Words of seven letters or more ending in "ly" that are no adverb of an adjective. */
const NOT_ADVERB = /^(?:assembly|anomaly|monopoly|multiply|butterfly|underbelly|quarterly|friendly|elderly|costly|lonely|lovely|likely|unlikely|orderly|deadly|weekly|monthly|yearly|daily|nightly|hourly)$/;

/** The keys a question word is satisfied by: its stem, its name key, and the group its alias names. */
export function wordKeys(word: string, capitalised: boolean): string[] {
  const keys = [`s:${stem(word)}`];
  // "Did Kyiv deal directly with Moscow": "no direct agreement". An adverb is met by its adjective (not "only",
  // "early").
  if (!capitalised && /^[a-z]{5,}ly$/.test(word) && !NOT_ADVERB.test(word)) {
    const adjective = `s:${stem(word.slice(0, -2))}`;
    if (adjective !== keys[0]) keys.push(adjective);
  }
  if (capitalised) {
    const k = nameKey(word);
    if (k) keys.push(`n:${k}`);
  }
  const hit = PHRASES.get(word);
  if (hit) keys.push(hit.direct);
  return keys;
}

/** Alias key (`g:russia`) → the lower-case phrases that carry it ("russia", "moscow", "kremlin", …). */
const NEEDLES: Map<string, string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [phrase, hit] of PHRASES) for (const k of hit.keys) out.set(k, [...(out.get(k) ?? []), phrase]);
  return out;
})();

/** The lower-case phrases a text must contain to hold this alias key (empty for other keys). */
export function aliasNeedles(key: string): readonly string[] {
  return NEEDLES.get(key) ?? [];
}
