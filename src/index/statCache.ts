/**
 * What a re-index learned from a file's bytes (a checksum, an article's hash and date), kept with the file's identity
 * and times, so that the next re-index need not read the file again while it is unchanged. At ×10 reading the corpus
 * and checking the kept segments' checksums was most of a one-article re-index (2,330 files and 237 MB).
 *
 * A file counts as unchanged when its device, inode, size, mtime and ctime are all the same. ctime cannot be set
 * back by a program (utimes sets it to now), and a file replaced by a rename has another inode. One hole remains: a
 * write in the same clock tick as the write that the entry saw leaves every time the same (git's "racy" entries).
 * So an entry is trusted only when the file was already older than a tick when it was read (`racyMs`: file systems
 * with whole-second times get 2 s); others are read again until they are. Entries also expire (`maxAgeMs`), so that
 * damage no write made (a bad disk) is found again by a re-read within a day.
 *
 * The file is a cache: a missing, unreadable or garbled one is an empty cache, and failing to save it is harmless.
 */
import { promises as fs, type BigIntStats } from "node:fs";

const FORMAT = 1;
/** Sub-second file times: ticks are at most 10 ms (exFAT) — 100 ms leaves room for clocks read differently. */
const RACY_MS = 100;
/** Whole-second file times (FAT: 2 s, ext3, HFS+: 1 s). */
const RACY_COARSE_MS = 2_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A file's identity and times (nanoseconds as decimal strings: JSON has no 64-bit integers). */
type Stamp = [dev: string, ino: string, size: string, mtimeNs: string, ctimeNs: string];

/** The file's stamp, when it was taken (before the bytes are read), and what was learned from the bytes. */
type Entry<T> = [...Stamp, readAt: number, value: T];

/** A file's stat, and the time just before it was taken. */
export interface Observed {
  stats: BigIntStats;
  at: number;
}

export class StatCache<T> {
  /** How long after its last write a file (with sub-second times) can be read into a trusted entry. */
  static readonly settleMs = RACY_MS + 20;

  private readonly next = new Map<string, Entry<T>>();

  private constructor(
    private readonly file: string,
    private readonly previous: Map<string, Entry<T>>,
    private readonly isValue: (v: unknown) => v is T,
    private readonly maxAgeMs: number,
  ) {}

  /** The cache saved in `file`, or an empty one. */
  static async open<T>(file: string, isValue: (v: unknown) => v is T, options: { maxAgeMs?: number } = {}): Promise<StatCache<T>> {
    const entries = new Map<string, Entry<T>>();
    try {
      const json = JSON.parse(await fs.readFile(file, "utf8")) as { format?: unknown; entries?: unknown };
      if (json.format === FORMAT && json.entries && typeof json.entries === "object") {
        for (const [path, entry] of Object.entries(json.entries as Record<string, unknown>)) {
          if (isEntry(entry, isValue)) entries.set(path, entry);
        }
      }
    } catch {
      // No cache yet, or one that cannot be used: everything is read.
    }
    return new StatCache(file, entries, isValue, options.maxAgeMs ?? DAY_MS);
  }

  /** Stats `path` (following links) and notes the time first; undefined when it cannot be stat'ed. */
  static async observe(path: string): Promise<Observed | undefined> {
    const at = Date.now();
    const stats = await fs.stat(path, { bigint: true }).catch(() => undefined);
    return stats ? { stats, at } : undefined;
  }

  /** What was learned from `path`'s bytes when it is trusted to be unchanged since (and kept for the next save). */
  get(path: string, seen: Observed, now = Date.now()): T | undefined {
    const entry = this.previous.get(path);
    if (!entry || !sameStamp(entry, stampOf(seen.stats))) return undefined;
    const readAt = entry[5];
    if (now - readAt > this.maxAgeMs || now < readAt) return undefined;
    if (!oldEnough(entry, readAt)) return undefined;
    this.next.set(path, entry);
    return entry[6];
  }

  /** Records what was learned from `path`'s bytes, read after `seen` was taken. */
  set(path: string, seen: Observed, value: T): void {
    if (!this.isValue(value)) throw new Error("statCache: not a value of this cache");
    this.next.set(path, [...stampOf(seen.stats), seen.at, value]);
  }

  /** Writes the entries got or set since `open` (files not seen are dropped), atomically; never throws. */
  async save(): Promise<boolean> {
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      await fs.writeFile(tmp, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.next) }));
      await fs.rename(tmp, this.file);
      return true;
    } catch {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      return false;
    }
  }
}

function stampOf(s: BigIntStats): Stamp {
  return [String(s.dev), String(s.ino), String(s.size), String(s.mtimeNs), String(s.ctimeNs)];
}

function sameStamp(entry: Entry<unknown>, stamp: Stamp): boolean {
  return stamp.every((v, i) => entry[i] === v);
}

/** The file's last change was more than a tick before it was read: a later write cannot have left its times. */
function oldEnough(entry: Entry<unknown>, readAt: number): boolean {
  const mtime = BigInt(entry[3]);
  const ctime = BigInt(entry[4]);
  const coarse = mtime % 1_000_000_000n === 0n;
  const limit = BigInt(readAt - (coarse ? RACY_COARSE_MS : RACY_MS)) * 1_000_000n;
  return mtime <= limit && ctime <= limit;
}

function isEntry<T>(v: unknown, isValue: (v: unknown) => v is T): v is Entry<T> {
  return (
    Array.isArray(v) &&
    v.length === 7 &&
    v.slice(0, 5).every((s) => typeof s === "string" && /^\d+$/.test(s)) &&
    typeof v[5] === "number" &&
    Number.isFinite(v[5]) &&
    isValue(v[6])
  );
}
