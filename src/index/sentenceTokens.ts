/**
 * Each sentence's word tokens, stored by the build so that an answer does not tokenise its candidates again: the
 * first read of a sentence (the regular expression, lower-casing, a word-info lookup by string per token) was an
 * eighth of the answer time on the speech corpus. Per segment: its distinct token words once, and each sentence as
 * word numbers, with a bit for "written with a capital" (what name keys need: src/entities/keys.ts).
 *
 * Optional in a segment (index format 3 did not have it): a segment without it, or written by another tokenizer
 * (TOKENIZER_VERSION), answers from the text as before.
 */
import { wordInfo, capitalised, type WordInfo } from "../entities/keys.js";
import { TOKENIZER_VERSION, tokens } from "../text/terms.js";
import { fromBase64, toBase64 } from "./base64Arrays.js";

const FORMAT = "sentence-tokens-1";

export interface SentenceTokensJson {
  format: typeof FORMAT;
  /** TOKENIZER_VERSION of the build: tokens of another version are not used. */
  tokenizer: number;
  /** The segment's distinct token words (a Token's `word`). */
  words: string[];
  /** Base64 of the typed arrays below. */
  labels: string;
  /** Sentence i's codes are codes[starts[i]] … codes[starts[i + 1] - 1]. */
  starts: string;
  /** Per token: word number × 2, plus 1 when written with a capital; 16 bits each unless `wide` (32). */
  codes: string;
  wide: boolean;
  /**
   * Articles whose body's tokens are their sentences' tokens one after another (nothing between or across them):
   * their whole-article bag is made from the stored tokens too. Absent in the first files written: none.
   */
  whole?: string[];
}

/** A sentence's tokens as the ranker reads them: each one's WordInfo (shared per word) and capital. */
export interface StoredTokens {
  words: WordInfo[];
  capitalised: boolean[];
}

/** A segment's stored tokens. Immutable once built. */
export class SentenceTokens {
  private position?: Map<number, number>;
  /** WordInfo of each word number, made on first use (a stem and a name key per word). */
  private readonly infos: (WordInfo | undefined)[] = [];

  private constructor(
    private readonly words: string[],
    private readonly labels: Int32Array,
    private readonly starts: Uint32Array,
    private readonly codes: Uint16Array | Uint32Array,
    private readonly whole: ReadonlySet<string>,
  ) {}

  /** Whether the tokens of `articleId`'s body are its sentences' stored tokens one after another. */
  holdsWhole(articleId: string): boolean {
    return this.whole.has(articleId);
  }

  /** The tokens of sentence `label`, or undefined when the segment does not hold it. */
  read(label: number): StoredTokens | undefined {
    const i = this.indexOf(label);
    if (i === undefined) return undefined;
    const [from, to] = [this.starts[i]!, this.starts[i + 1]!];
    const words: WordInfo[] = new Array(to - from);
    const caps: boolean[] = new Array(to - from);
    for (let j = from; j < to; j++) {
      const code = this.codes[j]!;
      const id = code >>> 1;
      words[j - from] = this.infos[id] ??= wordInfo(this.words[id]!);
      caps[j - from] = (code & 1) === 1;
    }
    return { words, capitalised: caps };
  }

  /** The token words and capitals of sentence `label` as strings (what a merge carries into its new segment). */
  raw(label: number): EncodedTokens | undefined {
    const t = this.read(label);
    return t && { words: t.words.map((w) => w.word), capitalised: t.capitalised };
  }

  get size(): number {
    return this.labels.length;
  }

  private indexOf(label: number): number | undefined {
    // Built on the first read, not at load: a start to ready must not pay for it.
    if (!this.position) {
      this.position = new Map();
      for (let i = 0; i < this.labels.length; i++) this.position.set(this.labels[i]!, i);
    }
    return this.position.get(label);
  }

  toJSON(): SentenceTokensJson {
    const wide = this.codes instanceof Uint32Array;
    return {
      format: FORMAT,
      tokenizer: TOKENIZER_VERSION,
      words: this.words,
      labels: toBase64(this.labels),
      starts: toBase64(this.starts),
      codes: toBase64(this.codes),
      wide,
      whole: [...this.whole],
    };
  }

  /**
   * Reads a segment's saved form: undefined when another tokenizer wrote it (the sentences are then read from their
   * text); throws on anything inconsistent (the caller turns it into index.corrupt).
   */
  static fromJSON(json: unknown): SentenceTokens | undefined {
    const j = json as SentenceTokensJson;
    if (j?.format !== FORMAT || !Array.isArray(j.words)) throw new Error(`tokens: not a ${FORMAT} file`);
    if (j.tokenizer !== TOKENIZER_VERSION) return undefined;
    const labels = new Int32Array(fromBase64(j.labels, 4, "tokens"));
    const starts = new Uint32Array(fromBase64(j.starts, 4, "tokens"));
    const codes = j.wide ? new Uint32Array(fromBase64(j.codes, 4, "tokens")) : new Uint16Array(fromBase64(j.codes, 2, "tokens"));
    let ok = starts.length === labels.length + 1 && starts[0] === 0 && starts[labels.length] === codes.length;
    for (let i = 0; ok && i < codes.length; i++) ok = codes[i]! >>> 1 < j.words.length;
    if (!ok) throw new Error("tokens: arrays disagree");
    if (j.whole !== undefined && !(Array.isArray(j.whole) && j.whole.every((id) => typeof id === "string"))) throw new Error("tokens: bad article list");
    return new SentenceTokens(j.words, labels, starts, codes, new Set(j.whole ?? []));
  }

  /** @internal (SentenceTokensBuilder) */
  static of(words: string[], labels: Int32Array, starts: Uint32Array, codes: Uint16Array | Uint32Array, whole: ReadonlySet<string>): SentenceTokens {
    return new SentenceTokens(words, labels, starts, codes, whole);
  }
}

/** A sentence's token words and capitals, as strings: what the split worker sends (see encodeTokens). */
export interface EncodedTokens {
  words: string[];
  capitalised: boolean[];
}

/** The tokens of `text` in the form the builder takes. */
export function tokensOf(text: string): EncodedTokens {
  const toks = tokens(text);
  return { words: toks.map((t) => t.word), capitalised: toks.map((t) => capitalised(t.raw)) };
}

/**
 * One string for a sentence's tokens (words joined by spaces, a capitalised one marked by a leading "^"; token words
 * hold neither), so the split worker sends strings like the index terms it already sends.
 */
export function encodeTokens(t: EncodedTokens): string {
  return t.words.map((w, i) => (t.capitalised[i] ? `^${w}` : w)).join(" ");
}

export function decodeTokens(s: string): EncodedTokens {
  if (s === "") return { words: [], capitalised: [] };
  const parts = s.split(" ");
  return { words: parts.map((p) => (p.startsWith("^") ? p.slice(1) : p)), capitalised: parts.map((p) => p.startsWith("^")) };
}

/** "^", the mark of a capitalised word in encodeTokens. */
const CARET = 0x5e;

/** Builds a segment's stored tokens sentence by sentence. */
export class SentenceTokensBuilder {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly labels: number[] = [];
  private readonly starts: number[] = [0];
  private readonly codes: number[] = [];
  private readonly whole = new Set<string>();

  /** Marks an article whose body's tokens are its sentences' tokens one after another (see splitWork.ts). */
  wholeArticle(id: string): void {
    this.whole.add(id);
  }

  add(label: number, t: EncodedTokens): void {
    this.labels.push(label);
    t.words.forEach((w, i) => this.codes.push(this.idOf(w) * 2 + (t.capitalised[i] ? 1 : 0)));
    this.starts.push(this.codes.length);
  }

  /** `add(label, decodeTokens(encoded))`, read straight from the string the split worker sent. */
  addEncoded(label: number, encoded: string): void {
    this.labels.push(label);
    if (encoded !== "") {
      for (const part of encoded.split(" ")) {
        const capital = part.charCodeAt(0) === CARET;
        this.codes.push(this.idOf(capital ? part.slice(1) : part) * 2 + (capital ? 1 : 0));
      }
    }
    this.starts.push(this.codes.length);
  }

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
    }
    return id;
  }

  finish(): SentenceTokens {
    // Half the bytes when the codes fit in 16 bits (the speeches' 25,000 words do).
    const codes = this.words.length * 2 <= 0xffff ? Uint16Array.from(this.codes) : Uint32Array.from(this.codes);
    return SentenceTokens.of(this.words, Int32Array.from(this.labels), Uint32Array.from(this.starts), codes, this.whole);
  }
}
