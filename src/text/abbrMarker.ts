/**
 * sentence-splitter 5's abbreviation marker runs at every word of a text and compares the word with each of its 235
 * abbreviations and exclamation words by lowercasing both (`a.toLowerCase() === b.toLowerCase()`): about 70% of
 * splitting, which is most of a one-article re-index and the critical path of a full build. The same test as a Set
 * look-up (some `a` matches ⇔ the set of lowercased `a` has `b.toLowerCase()`), and the word boundary test it makes
 * before every character with a fast path for ASCII, split the speeches 4× faster with identical sentences
 * (test/text/abbrMarker.test.ts compares both).
 *
 * The package does not export the class, so it is reached by file, in both its builds (ESM and CommonJS), and its
 * methods are replaced only when the version and their source are exactly the code this replicates: another version
 * of the package is left as it is (slower, never different).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The version replicated, and SHA-256 of the source of each method replaced (the same in both builds). */
const VERSION = "5.0.1";
const REPLACED = {
  mark: "395b6b18967cf04956f64dba09944c2f7283aa70a77b119329aec6272ed5419d",
  words: "a35eee33086256adeb6c79af71bc986f4d16ace9a74ac3a518a2c108715481b1",
};

interface SourceCode {
  offset: number;
  read(over?: number): string | false;
  isInContextRange(): boolean;
  markContextRange(range: [number, number]): void;
}

interface Language {
  ABBREVIATIONS: string[];
  PREPOSITIVE_ABBREVIATIONS: string[];
  EXCLAMATION_WORDS: string[];
}

interface AbbrMarkerLike {
  lang: Language;
  getWord(sourceCode: SourceCode, startIndex?: number): string;
  getPrevWord(sourceCode: SourceCode): string;
  mark(sourceCode: SourceCode): void;
}

interface Lowered {
  exclamations: Set<string>;
  prepositive: Set<string>;
  abbreviations: Set<string>;
}

const lowered = new WeakMap<Language, Lowered>();

function setsOf(lang: Language): Lowered {
  let sets = lowered.get(lang);
  if (!sets) {
    const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
    sets = {
      exclamations: lower(lang.EXCLAMATION_WORDS),
      prepositive: lower(lang.PREPOSITIVE_ABBREVIATIONS),
      abbreviations: lower(lang.ABBREVIATIONS),
    };
    lowered.set(lang, sets);
  }
  return sets;
}

const isCapitalized = (text: string) => text.length > 0 && /^\p{Uppercase_Letter}/u.test(text);

const WHITE_SPACE = /\s/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The package's word boundary (white space, or a CJK character), with a fast path for ASCII (the marker tests the
 * character before every character of the text): the two regular expressions answer the same for it.
 */
function isBoundary(char: string): boolean {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITE_SPACE.test(char) || CJK.test(char);
}

function isWhiteSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITE_SPACE.test(char);
}

/** sentence-splitter 5.0.1's `AbbrMarker.getWord`: the word starting at `startIndex`, or "" inside a word. */
function getWord(this: AbbrMarkerLike, sourceCode: SourceCode, startIndex = 0): string {
  const prevChar = sourceCode.read(-1);
  if (prevChar && !isBoundary(prevChar)) return "";
  let word = "";
  let count = startIndex;
  let char: string | false;
  while ((char = sourceCode.read(count))) {
    if (isBoundary(char)) break;
    word += char;
    count++;
  }
  return word;
}

/** sentence-splitter 5.0.1's `AbbrMarker.getPrevWord`. */
function getPrevWord(this: AbbrMarkerLike, sourceCode: SourceCode): string {
  let count = -1;
  let char: string | false;
  while ((char = sourceCode.read(count))) {
    if (!isWhiteSpace(char)) break;
    count--;
  }
  while ((char = sourceCode.read(count))) {
    if (isWhiteSpace(char)) break;
    count--;
  }
  return this.getWord(sourceCode, count + 1);
}

/** sentence-splitter 5.0.1's `AbbrMarker.mark`, step for step, with the three list scans as Set look-ups. */
function mark(this: AbbrMarkerLike, sourceCode: SourceCode): void {
  if (sourceCode.isInContextRange()) return;
  const currentWord = this.getWord(sourceCode);
  if (currentWord.length === 0) return;
  const range: [number, number] = [sourceCode.offset, sourceCode.offset + currentWord.length];
  // Multi-period abbreviations (U.S.A)
  if (/^([a-zA-Z]\.){3,}$/.test(currentWord)) return sourceCode.markContextRange(range);
  const sets = setsOf(this.lang);
  const lower = currentWord.toLowerCase();
  // Exclamation words (Yahoo!)
  if (sets.exclamations.has(lower)) return sourceCode.markContextRange(range);
  // Prepositive abbreviations (Mr. Fuji) and line numbers (1.)
  if (sets.prepositive.has(lower) || /^\d+\.$/.test(currentWord)) return sourceCode.markContextRange(range);
  const isMatched = sets.abbreviations.has(lower);
  const prevWord = this.getPrevWord(sourceCode);
  const nextWord = this.getWord(sourceCode, currentWord.length + 1);
  // "Capital <ABBR>. Capital" (Albert I. Jones), and an abbreviation not followed by a capitalised word.
  if (isCapitalized(prevWord) && /^\p{Uppercase_Letter}\./u.test(currentWord) && isCapitalized(nextWord)) {
    sourceCode.markContextRange(range);
  } else if (isMatched && !isCapitalized(nextWord)) {
    sourceCode.markContextRange(range);
  }
}

type Methods = Pick<AbbrMarkerLike, "mark" | "getWord" | "getPrevWord">;
const FAST: Methods = { mark, getWord, getPrevWord };

/** Replaces the methods on one build's class when they are the replicated code; true when it did. */
function replaceMethods(prototype: Methods | undefined): boolean {
  if (!prototype || typeof prototype.mark !== "function") return false;
  if (prototype.mark === mark) return true;
  const sha = (text: string) => createHash("sha256").update(text).digest("hex");
  if (sha(prototype.mark.toString()) !== REPLACED.mark) return false;
  if (sha(String(prototype.getWord) + String(prototype.getPrevWord)) !== REPLACED.words) return false;
  Object.assign(prototype, FAST);
  return true;
}

/** The builds whose marker was replaced ("esm", "cjs"). */
export const replaced: string[] = [];
let esmMarker: { prototype: Methods; original: Methods } | undefined;

/** Runs `fn` with the package's own marker in the ESM build (what src/ imports): the test that compares both. */
export function withOriginalMarker<T>(fn: () => T): T {
  if (!esmMarker) return fn();
  Object.assign(esmMarker.prototype, esmMarker.original);
  try {
    return fn();
  } finally {
    Object.assign(esmMarker.prototype, FAST);
  }
}

try {
  const require = createRequire(import.meta.url);
  // The CommonJS entry (lib/sentence-splitter.js): the package root is two folders up.
  const root = path.dirname(path.dirname(require.resolve("sentence-splitter")));
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version?: unknown };
  if (version !== VERSION) throw new Error(`sentence-splitter ${String(version)}`);
  const cjs = require(path.join(root, "lib", "parser", "AbbrMarker.js")) as { AbbrMarker?: { prototype: AbbrMarkerLike } };
  const esm = (await import(pathToFileURL(path.join(root, "module", "parser", "AbbrMarker.js")).href)) as { AbbrMarker?: { prototype: AbbrMarkerLike } };
  const prototype = esm.AbbrMarker?.prototype;
  const original = prototype && { mark: prototype.mark, getWord: prototype.getWord, getPrevWord: prototype.getPrevWord };
  if (prototype && original && replaceMethods(prototype)) {
    replaced.push("esm");
    if (original.mark !== mark) esmMarker = { prototype, original };
  }
  if (replaceMethods(cjs.AbbrMarker?.prototype)) replaced.push("cjs");
} catch {
  // Another layout of the package: split with its own marker.
}
