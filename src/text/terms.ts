/**
 * Lexical terms for the BM25 index and for matching question words to article words.
 * Porter stemming (the `stemmer` package) plus a small table of irregular verb forms, because users ask
 * "what did X say?" of articles that write "said", and "who led…" of articles that write "now led by".
 */
import { stemmer } from "stemmer";

const IRREGULAR: Record<string, string> = {
  said: "say", says: "say", saying: "say", told: "tell", tells: "tell", led: "lead", leads: "lead", met: "meet",
  meets: "meet", held: "hold", holds: "hold", took: "take", taken: "take", went: "go", gone: "go", made: "make",
  gave: "give", given: "give", spoke: "speak", spoken: "speak", won: "win", ran: "run", sent: "send",
  brought: "bring", thought: "think", wrote: "write", written: "write", began: "begin", begun: "begin", came: "come",
  became: "become", chose: "choose", chosen: "choose", fought: "fight", sought: "seek", stood: "stand", knew: "know",
  known: "know", saw: "see", seen: "see", felt: "feel", kept: "keep", paid: "pay", struck: "strike", left: "leave",
  lost: "lose", built: "build", bought: "buy", caught: "catch", drew: "draw", drawn: "draw", flew: "fly",
  grew: "grow", hid: "hide", rose: "rise", risen: "rise", shot: "shoot", spent: "spend", threw: "throw",
  understood: "understand", withdrew: "withdraw", withdrawn: "withdraw", broke: "break", broken: "break",
  agreed: "agree",
  // Month abbreviations ("Dec 28", "Dec. 2") meet the full names ("28 December"). Not "mar": Mar-a-Lago.
  jan: "january", feb: "february", apr: "april", jun: "june", jul: "july", aug: "august", sep: "september",
  sept: "september", oct: "october", nov: "november", dec: "december",
  // Abbreviated titles ("Gen. Andrii Hnatov") meet the words ("which general").
  gen: "general", lt: "lieutenant", col: "colonel", adm: "admiral", gov: "governor", sen: "senator",
  men: "man", women: "woman", children: "child", people: "people",
};

/** Abbreviations whose dotted and undotted forms must meet ("U.S." in the article, "US" in the question). */
const ABBREVIATED: Record<string, string> = { "u.s.": "usa", "u.s": "usa", "u.k.": "uk", "u.k": "uk", "u.n.": "un", "u.n": "un", "e.u.": "eu", "e.u": "eu" };

export const STOP_WORDS = new Set(
  (
    "a about above after again against all am an and any are aren't as at be because been before being below between both " +
    "but by can could did do does doing down during each few for from further had has have having he her here hers herself " +
    "him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or " +
    "other our ours ourselves out over own same she should so some such than that the their theirs them themselves then " +
    "there these they this those through to too under until up very was we were what when where which while who whom why " +
    "will with would you your yours yourself yourselves us also s t don't won't didn't doesn't isn't wasn't weren't it's " +
    "he's she's they're we're i'm there's that's what's who's let's"
  ).split(" "),
);

/** Words of a question that ask rather than tell: they say what kind of answer is wanted, not what it is about. */
export const QUESTION_WORDS = new Set(
  (
    "who whom whose what which when where why how many much long did does do is are was were will would can could " +
    "should shall may might tell me please anything something know happen happened happening say said says according " +
    "explain describe give whats what's hows wheres whos whens"
  ).split(" "),
);

/**
 * The version of what `tokens` returns (its `word`s and which `raw`s start with a capital). The index stores each
 * sentence's tokens (src/index/sentenceTokens.ts) and uses them only when they were made by this version: change it
 * with any change to TOKEN, ABBREVIATED or the word normalisation below.
 */
export const TOKENIZER_VERSION = 1;

const TOKEN = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export interface Token {
  /** The word as written. */
  raw: string;
  /** Lower-cased, possessive removed, abbreviations unified. */
  word: string;
  start: number;
  end: number;
}

/** Word tokens of `text` with their offsets. "U.S." is one token; "U.S.-Ukraine" is two. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  // exec on the one expression rather than matchAll (which copies it), and the replacements only for the words
  // that hold an apostrophe: this runs on every sentence ranked, twice as fast so.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    let word = raw.toLowerCase();
    if (word.includes("'") || word.includes("’")) word = word.replace(/['’]s$/, "").replace(/’/g, "'");
    // Own keys only: a plain object would map "constructor" to a function (found by the speech corpus).
    word = (word.includes(".") && Object.hasOwn(ABBREVIATED, word) ? ABBREVIATED[word] : undefined) ?? (raw === "US" ? "usa" : raw === "UK" ? "uk" : word);
    out.push({ raw, word, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** Stems already computed: Porter stemming is a dozen regular expressions, and the same words recur endlessly. */
const STEMS = new Map<string, string>();
/** Bound on the memo (a corpus's vocabulary is tens of thousands of words); it starts over when full. */
const MAX_STEMS = 200_000;

/** The index form of one lower-cased word: irregular forms mapped, then Porter-stemmed. */
export function stem(word: string): string {
  let out = STEMS.get(word);
  if (out === undefined) {
    const base = Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word]! : word;
    out = /^\p{L}+$/u.test(base) && base.length > 3 ? stemmer(base) : base;
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    STEMS.set(word, out);
  }
  return out;
}

/** The lexical terms of a text: tokens minus stop words, stemmed. Used for BM25 indexing and queries alike. */
export function lexicalTerms(text: string): string[] {
  return termsOfTokens(tokens(text));
}

/** The lexical terms of tokens already made (`tokens(text)`, or a run of them): what lexicalTerms gives. */
export function termsOfTokens(toks: readonly Token[], from = 0, to = toks.length): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const word = toks[i]!.word;
    if (STOP_WORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}
