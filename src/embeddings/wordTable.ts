/**
 * The vocabulary of the GloVe cache as a hash table stored in the file itself, so a load maps it instead of building
 * it: splitting 341k words into strings and filling a Map with them took ~0.3 s of every start (≈1 s on a busy
 * machine), more than reading and checking the whole 40 MB file.
 *
 * Stored: the words as UTF-8, back to back; `offsets` u32[size + 1] (word `row` is bytes offsets[row]…offsets[row+1]);
 * `slots` u32[2^k ≥ 2·size], open addressing with linear probing on the FNV-1a hash of the word's UTF-8 bytes,
 * each slot 0 (empty) or row + 1.
 */

/** The three parts of a table, as written into the cache file. */
export interface WordTableParts {
  blob: Buffer;
  offsets: Uint32Array;
  slots: Uint32Array;
}

/** Slots for `size` words: a power of two, at most half full (about 1.5 probes a lookup). */
export function slotCount(size: number): number {
  let n = 1;
  while (n < 2 * size) n *= 2;
  return n;
}

/** The table of `words` (row = index). A word listed twice resolves to its last row, as a Map filled in order would. */
export function buildWordTable(words: string[]): WordTableParts {
  const encoded = words.map((w) => Buffer.from(w, "utf8"));
  const offsets = new Uint32Array(words.length + 1);
  for (let row = 0; row < words.length; row++) offsets[row + 1] = offsets[row]! + encoded[row]!.length;
  const blob = Buffer.concat(encoded);
  const slots = new Uint32Array(slotCount(words.length));
  const table = new WordTable(blob, offsets, slots);
  for (let row = 0; row < words.length; row++) table.insert(encoded[row]!, row);
  return { blob, offsets, slots };
}

/** Lookups over the stored parts (views into the loaded file; nothing is copied). */
export class WordTable {
  private readonly mask: number;
  /** Words already looked up: a build asks for the same few thousand words millions of times. */
  private readonly memo = new Map<string, number>();

  constructor(
    private readonly blob: Uint8Array,
    private readonly offsets: Uint32Array,
    private readonly slots: Uint32Array,
  ) {
    this.mask = slots.length - 1;
  }

  /** Row of `word`, or -1. */
  lookup(word: string): number {
    const known = this.memo.get(word);
    if (known !== undefined) return known;
    const row = this.find(isAscii(word) ? word : Buffer.from(word, "utf8"));
    // Bounded: a corpus has tens of thousands of distinct words; past the bound, lookups just hash.
    if (this.memo.size < MEMO_LIMIT) this.memo.set(word, row);
    return row;
  }

  word(row: number): string {
    if (row < 0 || row + 1 >= this.offsets.length) return "";
    return Buffer.from(this.blob.buffer, this.blob.byteOffset, this.blob.byteLength).toString("utf8", this.offsets[row], this.offsets[row + 1]);
  }

  insert(bytes: Uint8Array, row: number): void {
    let slot = hash(bytes) & this.mask;
    for (;;) {
      const held = this.slots[slot]!;
      if (held === 0 || this.equals(held - 1, bytes)) {
        this.slots[slot] = row + 1;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** `key` is the word itself when it is ASCII (a byte per character), else its UTF-8 bytes. */
  private find(key: string | Uint8Array): number {
    let slot = hash(key) & this.mask;
    for (let probes = 0; probes < this.slots.length; probes++) {
      const held = this.slots[slot]!;
      if (held === 0) return -1;
      if (this.equals(held - 1, key)) return held - 1;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  private equals(row: number, key: string | Uint8Array): boolean {
    const start = this.offsets[row]!;
    const length = this.offsets[row + 1]! - start;
    if (length !== key.length) return false;
    const blob = this.blob;
    if (typeof key === "string") {
      for (let i = 0; i < length; i++) if (blob[start + i] !== key.charCodeAt(i)) return false;
    } else {
      for (let i = 0; i < length; i++) if (blob[start + i] !== key[i]) return false;
    }
    return true;
  }
}

const MEMO_LIMIT = 200_000;

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** FNV-1a (32-bit) of the UTF-8 bytes; for an ASCII string its character codes are those bytes. */
function hash(key: string | Uint8Array): number {
  let h = 0x811c9dc5;
  if (typeof key === "string") {
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  } else {
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key[i]!, 0x01000193);
  }
  return h >>> 0;
}
