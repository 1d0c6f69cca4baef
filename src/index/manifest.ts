/**
 * The manifest of a saved index: what built it and what is in it. Written last, so a build folder without a valid
 * manifest is a half-written build and is never loaded.
 */
import { z } from "zod";

/**
 * 2: `sha256` of every data file, and entities.json (names, spellings and roles) in the build.
 * 3: segments (a re-index writes only new and changed articles), one vector per distinct sentence text, and the
 *    lexical index of src/index/lexical.ts instead of MiniSearch's.
 */
export const INDEX_FORMAT = 3;

export const FILES = {
  manifest: "manifest.json",
  /** Per segment: the HNSW graph of its distinct sentence texts. */
  vectors: "vectors.hnsw",
  /** Per segment: its BM25 postings. */
  lexical: "lexical.json",
  /** Per segment: its articles and their sentence offsets. */
  docstore: "docstore.json",
  /** Per segment: names, spellings and roles learned from its articles (src/entities/; summed at load). */
  entities: "entities.json",
  /**
   * Per segment, optional: each sentence's tokens (src/index/sentenceTokens.ts). Added within format 3 without a new
   * format number: a segment without it answers as before (tokenising at query time), and a reader that does not
   * know it only checks its size and checksum like any file the manifest lists.
   */
  tokens: "tokens.json",
} as const;

const embedder = z.object({ name: z.string(), model: z.string(), dimensions: z.number().int().positive() });
const sizes = z.record(z.string(), z.number().int().nonnegative());
const checksums = z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/));

export const segmentSchema = z.object({
  /** The build folder that holds its files (the build that wrote it). */
  name: z.string().regex(/^[\w.-]+$/),
  /** Sentences stored, including those of articles changed or deleted since (dead until a merge). */
  sentences: z.number().int().nonnegative(),
  /** Points of its graph: one per distinct sentence text. */
  points: z.number().int().nonnegative(),
  /** Byte sizes and SHA-256 of its files, checked on load. */
  files: sizes,
  sha256: checksums,
});

export const manifestSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  builtAt: z.string(),
  embedder,
  /**
   * Per live article: content hash, sentence count and the segment holding it (its copies elsewhere are dead), and
   * when it first entered the index (null: before that was recorded), so that a re-index of a changed article keeps
   * it without parsing the old segment's docstore (absent in builds before it was recorded there: then it does).
   */
  articles: z.record(
    z.string(),
    z.object({
      hash: z.string(),
      sentences: z.number().int().nonnegative(),
      segment: z.string(),
      indexedAt: z.string().nullable().optional(),
    }),
  ),
  /** Live sentences. */
  sentences: z.number().int().nonnegative(),
  /** The next free label: labels are never reused, so a stale label can't point at another sentence. */
  nextLabel: z.number().int().nonnegative(),
  hnsw: z.object({ m: z.number().int().positive(), efConstruction: z.number().int().positive() }),
  /**
   * entityTablesFingerprint() of the build (src/entities/tablesFingerprint.ts): another one makes the next re-index
   * rebuild every article. Absent in builds before it was recorded: those are rebuilt once too.
   */
  entityTables: z.string().optional(),
  segments: z.array(segmentSchema),
  /** Byte sizes and SHA-256 (hex) of data files of the build itself (none in format 3), checked on load. */
  files: sizes,
  sha256: checksums,
});

export type Manifest = z.infer<typeof manifestSchema>;
export type SegmentInfo = z.infer<typeof segmentSchema>;
