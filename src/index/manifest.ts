/**
 * The manifest of a saved index folder: what built it and what is in it. Written last, so a folder without a
 * valid manifest is a half-written build and is never loaded.
 */
import { z } from "zod";

/** 2: `sha256` of every data file, and entities.json (names, spellings and roles) in the build. */
export const INDEX_FORMAT = 2;

export const FILES = {
  manifest: "manifest.json",
  vectors: "vectors.hnsw",
  lexical: "lexical.json",
  docstore: "docstore.json",
  /** Names, spellings and roles learned from the articles (src/entities/). */
  entities: "entities.json",
} as const;

const embedder = z.object({ name: z.string(), model: z.string(), dimensions: z.number().int().positive() });

export const manifestSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  builtAt: z.string(),
  embedder,
  /** Per article: content hash and the labels of its sentences in the vector index. */
  articles: z.record(z.string(), z.object({ hash: z.string(), sentences: z.number().int().nonnegative() })),
  sentences: z.number().int().nonnegative(),
  /** The next free label: labels are never reused, so a stale label can't point at another sentence. */
  nextLabel: z.number().int().nonnegative(),
  hnsw: z.object({
    capacity: z.number().int().positive(),
    /** Points in the graph, including those marked deleted. */
    points: z.number().int().nonnegative(),
    deleted: z.number().int().nonnegative(),
    m: z.number().int().positive(),
    efConstruction: z.number().int().positive(),
  }),
  /** Byte sizes of the data files, checked on load to catch a truncated copy. */
  files: z.record(z.string(), z.number().int().nonnegative()),
  /** SHA-256 (hex) of each data file, checked on load before any file is parsed or handed to hnswlib. */
  sha256: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});

export type Manifest = z.infer<typeof manifestSchema>;
