/**
 * A loaded, read-only index: its segments (each an HNSW graph, BM25 postings and a docstore, see segment.ts) and the
 * entity index. Loading checks the manifest, the sizes and checksums of every file and the embedder, and turns any
 * damage into an `IndexLoadError` with a message that names the fix, never a crash deep inside a library.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import hnswlib from "hnswlib-node";
import { sortNewestFirst } from "../corpus/loadCorpus.js";
import { EntityIndex, type EntityIndexJson } from "../entities/EntityIndex.js";
import { IndexLoadError } from "../errors.js";
import type { Article, CorpusSnapshot, EmbedderId, IndexInfo, IndexedSentence } from "../types.js";
import { lexicalTerms } from "../text/terms.js";
import { sha256File, sha256HexAsync } from "./checksum.js";
import { sumEntityIndexes } from "./entities.js";
import { LexicalIndex, LexicalSegment } from "./lexical.js";
import { FILES, INDEX_FORMAT, manifestSchema, type Manifest, type SegmentInfo } from "./manifest.js";
import { indexPaths } from "./paths.js";
import { Segment, type Hnsw, type SegmentDocstore } from "./segment.js";
import { GraphVectors } from "./graphVectors.js";
import { SentenceTokens, type StoredTokens } from "./sentenceTokens.js";
import { StatCache } from "./statCache.js";
import { INDEX_TUNING } from "./tuning.js";

const { HierarchicalNSW } = hnswlib;
export type { Hnsw } from "./segment.js";

export interface ScoredLabel {
  label: number;
  score: number;
}

/** The vectors of the live graph points, for an exact search to compare with (the benchmark's recall). */
export interface PointSource {
  getIdsList(): number[];
  getPoint(label: number): number[];
}

const REINDEX_HINT = "run npm run reindex -- --full";

interface LiveSegment {
  segment: Segment;
  /** Points none of whose sentences is live; searches skip them. */
  deadPoints: Set<number>;
  livePoints: number;
}

export class IndexStore {
  private readonly byLabel = new Map<number, IndexedSentence>();
  private readonly segmentOf = new Map<number, Segment>();
  private readonly byArticle = new Map<string, IndexedSentence[]>();
  private readonly articlesById = new Map<string, Article>();
  private readonly articleList: Article[];
  private readonly live: LiveSegment[];
  readonly lexical: LexicalIndex;

  private constructor(
    readonly dir: string,
    readonly manifest: Manifest,
    readonly segments: Segment[],
    readonly entities: EntityIndex,
  ) {
    for (const segment of segments) {
      for (const article of segment.docstore.articles) {
        // An article lives in the segment the manifest names; its copies in other segments are dead.
        if (manifest.articles[article.id]?.segment !== segment.name || this.articlesById.has(article.id)) continue;
        this.articlesById.set(article.id, article);
        const flat = segment.docstore.sentences[article.id] ?? [];
        const list: IndexedSentence[] = [];
        for (let i = 0; i + 2 < flat.length; i += 3) {
          const [label, start, end] = [flat[i]!, flat[i + 1]!, flat[i + 2]!];
          const s = { label, articleId: article.id, index: list.length, start, end, text: article.body.slice(start, end) };
          list.push(s);
          this.byLabel.set(label, s);
          this.segmentOf.set(label, segment);
        }
        this.byArticle.set(article.id, list);
      }
    }
    this.articleList = sortNewestFirst([...this.articlesById.values()]);
    this.live = segments.map((segment) => {
      const deadPoints = new Set<number>();
      for (const point of segment.hnsw.getIdsList()) {
        if (!segment.sentencesOf(point).some((label) => this.byLabel.has(label))) deadPoints.add(point);
      }
      return { segment, deadPoints, livePoints: segment.hnsw.getCurrentCount() - deadPoints.size };
    });
    this.lexical = new LexicalIndex(
      segments.map((s) => s.lexical),
      (label) => this.byLabel.has(label),
    );
  }

  /** Loads the published build of `indexDir`. Throws IndexLoadError (missing, corrupt, other embedder). */
  static async load(indexDir: string, expected?: EmbedderId): Promise<IndexStore> {
    const name = await readCurrent(indexDir);
    return IndexStore.loadBuild(indexPaths(indexDir).build(name), expected);
  }

  static async loadBuild(dir: string, expected?: EmbedderId): Promise<IndexStore> {
    const manifest = await readManifest(dir);
    checkEmbedder(dir, manifest, expected);
    const folder = (segment: SegmentInfo) => path.join(path.dirname(dir), segment.name);
    await checkFileSizes(dir, manifest.files);
    for (const segment of manifest.segments) await checkFileSizes(folder(segment), segment.files);
    const segments = manifest.segments.map((info) => loadSegment(folder(info), info, manifest.embedder.dimensions));
    await Promise.allSettled(segments);
    await checkOtherFiles(dir, manifest);
    try {
      const loaded = await Promise.all(segments);
      const entities = EntityIndex.fromJSON(sumEntityIndexes(loaded.map((s) => s.entities)));
      const store = new IndexStore(dir, manifest, loaded, entities);
      const missing = Object.keys(manifest.articles).filter((id) => !store.articlesById.has(id));
      if (missing.length > 0 || store.byLabel.size !== manifest.sentences) {
        throw new Error(`counts disagree: ${store.byLabel.size} sentences, ${missing.length} articles missing`);
      }
      return store;
    } catch (err) {
      if (err instanceof IndexLoadError) throw err;
      throw new IndexLoadError("index.corrupt", `index: ${dir} is damaged (${(err as Error).message}) — ${REINDEX_HINT}`, dir);
    }
  }

  info(): IndexInfo {
    return {
      builtAt: this.manifest.builtAt,
      build: path.basename(this.dir),
      embedder: this.manifest.embedder,
      articles: this.articleList.length,
      sentences: this.manifest.sentences,
    };
  }

  sentence(label: number): IndexedSentence | undefined {
    return this.byLabel.get(label);
  }

  article(id: string): Article | undefined {
    return this.articlesById.get(id);
  }

  snapshot(): CorpusSnapshot {
    return { articles: this.articleList, sentencesOf: (id) => this.byArticle.get(id) ?? [] };
  }

  /** The vector of a live sentence (unit length: hnswlib's cosine space stores them normalised). */
  vector(label: number): number[] {
    const segment = this.segmentOf.get(label);
    if (!segment) throw new Error(`index: no sentence ${label}`);
    return segment.hnsw.getPoint(segment.pointOf(label));
  }

  /**
   * `vector(label)` as the graph file stores it, without a copy (a view: not to be written to); undefined when the
   * segment could not read its file's vectors (then use `vector`).
   */
  storedVector(label: number): Float32Array | undefined {
    const segment = this.segmentOf.get(label);
    return segment?.vectors?.get(segment.pointOf(label));
  }

  /** The tokens the build stored for a live sentence; undefined when its segment has none (read its text instead). */
  sentenceTokens(label: number): StoredTokens | undefined {
    return this.segmentOf.get(label)?.tokens?.read(label);
  }

  /**
   * The tokens of an article's body from its sentences' stored tokens, when the build found them to be the body's
   * tokens one after another; else undefined (read its text instead).
   */
  articleTokens(id: string): StoredTokens | undefined {
    const list = this.byArticle.get(id);
    const segment = list?.[0] && this.segmentOf.get(list[0].label);
    if (!list || !segment?.tokens?.holdsWhole(id)) return undefined;
    const out: StoredTokens = { words: [], capitalised: [] };
    for (const s of list) {
      const t = segment.tokens.read(s.label)!;
      for (let i = 0; i < t.words.length; i++) {
        out.words.push(t.words[i]!);
        out.capitalised.push(t.capitalised[i]!);
      }
    }
    return out;
  }

  /** Sets the graphs' search candidate list size (the benchmark's recall curve); INDEX_TUNING.efSearch after load. */
  setEf(ef: number): void {
    for (const s of this.segments) s.hnsw.setEf(ef);
  }

  /**
   * Nearest sentences by cosine similarity (1 = same direction): the `k` nearest distinct sentence texts, each with
   * every live sentence that has it (so more than `k` when texts repeat), best first.
   */
  denseSearch(vector: number[], k: number): ScoredLabel[] {
    const out: ScoredLabel[] = [];
    for (const hit of this.nearestPoints(vector, k)) {
      for (const label of hit.segment.sentencesOf(hit.label)) if (this.byLabel.has(label)) out.push({ label, score: hit.score });
    }
    return out;
  }

  /**
   * The sentences nearest in meaning to an indexed one, by its own stored vector (no embedding call), best first;
   * corroboration reads other outlets' reports of a quoted fact this way.
   */
  similarSentences(label: number, k: number): { sentence: IndexedSentence; similarity: number }[] {
    if (!this.byLabel.has(label)) return [];
    const vector = this.vector(label);
    return this.denseSearch(vector, k + 1).flatMap((h) => {
      const sentence = this.byLabel.get(h.label);
      return sentence ? [{ sentence, similarity: h.score }] : [];
    });
  }

  /** The `k` nearest live graph points across the segments (a point stands for one distinct sentence text). */
  densePoints(vector: number[], k: number): ScoredLabel[] {
    return this.nearestPoints(vector, k).map(({ label, score }) => ({ label, score }));
  }

  private nearestPoints(vector: number[], k: number): (ScoredLabel & { segment: Segment })[] {
    const hits: (ScoredLabel & { segment: Segment })[] = [];
    for (const { segment, deadPoints, livePoints } of this.live) {
      const n = Math.min(k, livePoints);
      if (n === 0) continue;
      // The filter runs inside native code: it must never throw (an exception there aborts the process). Without
      // dead points there is none: a call into JavaScript per visited point costs ~15% of a search.
      const filter = deadPoints.size === 0 ? undefined : (label: number) => !deadPoints.has(label);
      const { neighbors, distances } = segment.hnsw.searchKnn(vector, n, filter);
      neighbors.forEach((label, i) => hits.push({ label, score: 1 - distances[i]!, segment }));
    }
    return this.live.length === 1 ? hits : hits.sort((a, b) => b.score - a.score).slice(0, k);
  }

  /** The live graph points and their vectors (see PointSource). */
  points(): PointSource {
    const owner = new Map<number, Segment>();
    for (const { segment, deadPoints } of this.live) for (const p of segment.hnsw.getIdsList()) if (!deadPoints.has(p)) owner.set(p, segment);
    return { getIdsList: () => [...owner.keys()], getPoint: (label) => owner.get(label)!.hnsw.getPoint(label) };
  }

  /** BM25 search over sentence terms, with corpus-wide statistics. */
  lexicalSearch(query: string, k: number): ScoredLabel[] {
    return this.lexical.search(query, k);
  }

  /** How many sentences contain the (already stemmed) term: 0 means the corpus never uses the word. */
  termDocumentCount(term: string): number {
    return this.lexical.unionCount(lexicalTerms(term));
  }
}

export interface VerifiedBuild {
  name: string;
  dir: string;
  manifest: Manifest;
}

/**
 * Checks the published build without loading it: manifest, embedder, and the size and checksum of every file of
 * it and of its segments (what a re-index keeps using). Throws IndexLoadError like load. A file whose checksum
 * `checksums` trusts (checked before, unchanged since: statCache.ts) is not read again; loading always reads all.
 */
export async function verifyPublished(indexDir: string, expected?: EmbedderId, checksums?: StatCache<string>): Promise<VerifiedBuild> {
  const name = await readCurrent(indexDir);
  const dir = indexPaths(indexDir).build(name);
  const manifest = await readManifest(dir);
  checkEmbedder(dir, manifest, expected);
  const folder = (segment: SegmentInfo) => path.join(path.dirname(dir), segment.name);
  await checkFileSizes(dir, manifest.files);
  for (const segment of manifest.segments) await checkFileSizes(folder(segment), segment.files);
  const checks = [
    ...Object.keys(manifest.files).map((f) => hashChecked(dir, manifest, f, checksums)),
    ...manifest.segments.flatMap((s) => Object.keys(s.files).map((f) => hashChecked(folder(s), s, f, checksums))),
  ];
  await Promise.all(checks);
  return { name, dir, manifest };
}

/** Checks a file's checksum by streaming it (a re-index checks the whole index without holding it in memory). */
async function hashChecked(dir: string, manifest: { sha256: Record<string, string> }, file: string, checksums?: StatCache<string>): Promise<void> {
  const expected = manifest.sha256[file];
  const where = path.join(dir, file);
  const seen = checksums && (await StatCache.observe(where));
  if (expected && seen && checksums.get(where, seen) === expected) return;
  const actual = await sha256File(where).catch((err: NodeJS.ErrnoException) => {
    throw new IndexLoadError("index.corrupt", `index: ${dir}/${file} cannot be read (${err.code ?? err.message}) — ${REINDEX_HINT}`, dir);
  });
  if (!expected || actual !== expected) {
    throw new IndexLoadError("index.corrupt", `index: ${dir}/${file} is damaged (its checksum does not match the manifest) — ${REINDEX_HINT}`, dir);
  }
  if (seen) checksums.set(where, seen, actual);
}

/** Reads and checks one segment's files; hnswlib reads the graph only once its checksum matched. */
export async function loadSegment(dir: string, info: SegmentInfo, dimensions: number): Promise<Segment> {
  const manifest = { sha256: info.sha256 };
  // A fresh graph per load: a graph whose readIndex is pending is never searched. hnswlib trusts the file and
  // crashes the process (SIGSEGV) on damaged bytes, so it reads the file only once its checksum matched; it reads on
  // a thread of the pool while this one checks and parses the JSON files.
  const hnsw = new HierarchicalNSW("cosine", dimensions);
  const graphRead = readChecked(dir, manifest, FILES.vectors).then(async (bytes) => {
    await hnsw.readIndex(path.join(dir, FILES.vectors));
    return bytes;
  });
  graphRead.catch(() => {}); // awaited below; this only keeps an early JSON error from leaving it unhandled
  const [lexicalBytes, docBytes, entityBytes, tokenBytes] = await Promise.all([
    readChecked(dir, manifest, FILES.lexical),
    readChecked(dir, manifest, FILES.docstore),
    readChecked(dir, manifest, FILES.entities),
    // Optional: segments written before sentence tokens were stored have none (see sentenceTokens.ts).
    FILES.tokens in info.files ? readChecked(dir, manifest, FILES.tokens) : undefined,
  ]);
  try {
    const docstore = JSON.parse(docBytes.toString("utf8")) as SegmentDocstore;
    const entities = JSON.parse(entityBytes.toString("utf8")) as EntityIndexJson;
    const lexical = LexicalSegment.fromJSON(JSON.parse(lexicalBytes.toString("utf8")));
    const tokens = tokenBytes && SentenceTokens.fromJSON(JSON.parse(tokenBytes.toString("utf8")));
    // The vectors as the file holds them, for the answer's exact similarities (see graphVectors.ts); getPoint if not.
    const graphBytes = await graphRead;
    const stored = hnsw.getCurrentCount() > 0 ? GraphVectors.read(graphBytes, dimensions) : undefined;
    const vectors = stored?.agreesWith((label) => hnsw.getPoint(label)) ? stored : undefined;
    hnsw.setEf(INDEX_TUNING.efSearch);
    if (
      !Array.isArray(docstore.articles) ||
      !Array.isArray(docstore.shared) ||
      hnsw.getCurrentCount() !== info.points ||
      lexical.size !== info.sentences ||
      (tokens && tokens.size !== info.sentences)
    ) {
      throw new Error(`counts disagree: ${hnsw.getCurrentCount()} points, ${lexical.size} sentences, ${tokens?.size ?? "no"} tokenised`);
    }
    return new Segment(info.name, hnsw, lexical, docstore, entities, tokens, vectors);
  } catch (err) {
    if (err instanceof IndexLoadError) throw err;
    throw new IndexLoadError("index.corrupt", `index: ${dir} is damaged (${(err as Error).message}) — ${REINDEX_HINT}`, dir);
  }
}

function checkEmbedder(dir: string, manifest: Manifest, expected?: EmbedderId): void {
  if (expected && !sameEmbedder(manifest.embedder, expected)) {
    throw new IndexLoadError(
      "index.embedder-mismatch",
      `index: built with ${describeEmbedder(manifest.embedder)}, configured ${describeEmbedder(expected)} — ${REINDEX_HINT}`,
      dir,
    );
  }
}

async function readCurrent(indexDir: string): Promise<string> {
  try {
    const name = (await fs.readFile(indexPaths(indexDir).current, "utf8")).trim();
    if (!/^[\w.-]+$/.test(name)) throw new Error("bad CURRENT");
    return name;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new IndexLoadError("index.missing", `index: no index in ${indexDir} — run npm run reindex`, indexDir);
    }
    if (code === "EACCES" || code === "EPERM") {
      throw new IndexLoadError(
        "index.unreadable",
        `index: ${indexDir}/CURRENT is unreadable (${code}) — give the bot's user read access to ${indexDir} (owner or mode)`,
        indexDir,
      );
    }
    throw new IndexLoadError("index.corrupt", `index: ${indexDir}/CURRENT is unreadable — ${REINDEX_HINT}`, indexDir);
  }
}

export async function readManifest(dir: string): Promise<Manifest> {
  let raw: string;
  try {
    raw = await fs.readFile(path.join(dir, FILES.manifest), "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") {
      throw new IndexLoadError(
        "index.unreadable",
        `index: ${dir}/manifest.json is unreadable (${code}) — give the bot's user read access to ${dir} (owner or mode)`,
        dir,
      );
    }
    throw new IndexLoadError("index.corrupt", `index: ${dir} has no manifest (a half-written build?) — ${REINDEX_HINT}`, dir);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new IndexLoadError("index.corrupt", `index: ${dir}/manifest.json is not valid JSON — ${REINDEX_HINT}`, dir);
  }
  const format = (json as { format?: unknown })?.format;
  if (format !== INDEX_FORMAT) {
    throw new IndexLoadError("index.format", `index: format ${String(format)} found, this version reads format ${INDEX_FORMAT} — ${REINDEX_HINT}`, dir);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new IndexLoadError("index.corrupt", `index: ${dir}/manifest.json is invalid (${parsed.error.issues[0]?.path.join(".")}) — ${REINDEX_HINT}`, dir);
  }
  return parsed.data;
}

async function checkFileSizes(dir: string, files: Record<string, number>): Promise<void> {
  for (const [file, size] of Object.entries(files)) {
    const actual = await fs.stat(path.join(dir, file)).then((s) => s.size, () => -1);
    if (actual !== size) {
      const what = actual < 0 ? "is missing" : `has ${actual} bytes, expected ${size}`;
      throw new IndexLoadError("index.corrupt", `index: ${dir}/${file} ${what} — ${REINDEX_HINT}`, dir);
    }
  }
}

/** Reads a data file of the build and checks it against the manifest's checksum. */
async function readChecked(dir: string, manifest: { sha256: Record<string, string> }, file: string): Promise<Buffer> {
  const expected = manifest.sha256[file];
  if (!expected) throw new IndexLoadError("index.corrupt", `index: ${dir}/manifest.json has no checksum for ${file} — ${REINDEX_HINT}`, dir);
  const bytes = await fs.readFile(path.join(dir, file)).catch((err: NodeJS.ErrnoException) => {
    throw new IndexLoadError("index.corrupt", `index: ${dir}/${file} cannot be read (${err.code ?? err.message}) — ${REINDEX_HINT}`, dir);
  });
  if ((await sha256HexAsync(bytes)) !== expected) {
    throw new IndexLoadError("index.corrupt", `index: ${dir}/${file} is damaged (its checksum does not match the manifest) — ${REINDEX_HINT}`, dir);
  }
  return bytes;
}

/** Files a later version lists in the manifest beside the segments: checked all the same. */
async function checkOtherFiles(dir: string, manifest: Manifest): Promise<void> {
  for (const file of Object.keys(manifest.files)) await readChecked(dir, manifest, file);
}

export function sameEmbedder(a: EmbedderId, b: EmbedderId): boolean {
  return a.name === b.name && a.model === b.model && a.dimensions === b.dimensions;
}

export function describeEmbedder(e: EmbedderId): string {
  return `${e.name}:${e.model} (${e.dimensions} dimensions)`;
}
