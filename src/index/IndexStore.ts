/**
 * A loaded, read-only index: the HNSW graph (dense), MiniSearch (BM25) and the docstore (articles, sentence
 * offsets). Loading checks the manifest, the file sizes and the embedder, and turns any damage into an
 * `IndexLoadError` with a message that names the fix, never a crash deep inside a library.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import hnswlib from "hnswlib-node";
import type MiniSearch from "minisearch";
import { EntityIndex, type EntityIndexJson } from "../entities/EntityIndex.js";
import { IndexLoadError } from "../errors.js";
import type { Article, CorpusSnapshot, EmbedderId, IndexInfo, IndexedSentence } from "../types.js";
import { lexicalTerms } from "../text/terms.js";
import { sha256HexAsync } from "./checksum.js";
import { documentFrequency, loadLexicalIndex, type LexicalDoc } from "./lexical.js";
import { FILES, INDEX_FORMAT, manifestSchema, type Manifest } from "./manifest.js";
import { indexPaths } from "./paths.js";
import { INDEX_TUNING } from "./tuning.js";

const { HierarchicalNSW } = hnswlib;
export type Hnsw = InstanceType<typeof HierarchicalNSW>;

/** Sentence offsets of each article, flattened as [label, start, end, label, start, end, …]. */
export interface Docstore {
  articles: Article[];
  sentences: Record<string, number[]>;
}

export interface ScoredLabel {
  label: number;
  score: number;
}

const REINDEX_HINT = "run npm run reindex -- --full";

export class IndexStore {
  private readonly byLabel = new Map<number, IndexedSentence>();
  private readonly byArticle = new Map<string, IndexedSentence[]>();
  private readonly articlesById = new Map<string, Article>();

  private constructor(
    readonly dir: string,
    readonly manifest: Manifest,
    readonly hnsw: Hnsw,
    readonly lexical: MiniSearch<LexicalDoc>,
    readonly docstore: Docstore,
    readonly entities: EntityIndex,
  ) {
    for (const article of docstore.articles) {
      this.articlesById.set(article.id, article);
      const flat = docstore.sentences[article.id] ?? [];
      const list: IndexedSentence[] = [];
      for (let i = 0; i + 2 < flat.length; i += 3) {
        const [label, start, end] = [flat[i]!, flat[i + 1]!, flat[i + 2]!];
        const s = { label, articleId: article.id, index: list.length, start, end, text: article.body.slice(start, end) };
        list.push(s);
        this.byLabel.set(label, s);
      }
      this.byArticle.set(article.id, list);
    }
  }

  /** Loads the published build of `indexDir`. Throws IndexLoadError (missing, corrupt, other embedder). */
  static async load(indexDir: string, expected?: EmbedderId): Promise<IndexStore> {
    const name = await readCurrent(indexDir);
    return IndexStore.loadBuild(indexPaths(indexDir).build(name), expected);
  }

  static async loadBuild(dir: string, expected?: EmbedderId): Promise<IndexStore> {
    const manifest = await readManifest(dir);
    if (expected && !sameEmbedder(manifest.embedder, expected)) {
      throw new IndexLoadError(
        "index.embedder-mismatch",
        `index: built with ${describeEmbedder(manifest.embedder)}, configured ${describeEmbedder(expected)} — ${REINDEX_HINT}`,
        dir,
      );
    }
    await checkFileSizes(dir, manifest);
    // A fresh graph per load: a graph whose readIndex is pending is never searched. hnswlib trusts the file and
    // crashes the process (SIGSEGV) on damaged bytes, so it reads the file only once its checksum matched; it reads on
    // a thread of the pool while this one checks and parses the JSON files.
    const hnsw = new HierarchicalNSW("cosine", manifest.embedder.dimensions);
    const graphRead = readChecked(dir, manifest, FILES.vectors).then(() => hnsw.readIndex(path.join(dir, FILES.vectors)));
    graphRead.catch(() => {}); // awaited below; this only keeps an early JSON error from leaving it unhandled
    const [lexicalBytes, docBytes, entitiesBytes] = await Promise.all([
      readChecked(dir, manifest, FILES.lexical),
      readChecked(dir, manifest, FILES.docstore),
      readChecked(dir, manifest, FILES.entities),
    ]);
    await checkOtherFiles(dir, manifest);
    try {
      const docstore = JSON.parse(docBytes.toString("utf8")) as Docstore;
      const lexical = loadLexicalIndex(lexicalBytes.toString("utf8"));
      const entities = EntityIndex.fromJSON(JSON.parse(entitiesBytes.toString("utf8")) as EntityIndexJson);
      await graphRead;
      hnsw.setEf(INDEX_TUNING.efSearch);
      const store = new IndexStore(dir, manifest, hnsw, lexical, docstore, entities);
      if (store.byLabel.size !== manifest.sentences || hnsw.getCurrentCount() !== manifest.hnsw.points) {
        throw new Error(`counts disagree: ${store.byLabel.size} sentences, ${hnsw.getCurrentCount()} points`);
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
      articles: this.docstore.articles.length,
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
    const articles = this.docstore.articles;
    return { articles, sentencesOf: (id) => this.byArticle.get(id) ?? [] };
  }

  /** Nearest sentences by cosine similarity (1 = same direction). */
  denseSearch(vector: number[], k: number): ScoredLabel[] {
    const live = this.byLabel.size;
    const n = Math.min(k, live);
    if (n === 0) return [];
    // hnswlib never returns points marked deleted; when every other point is a sentence of the docstore (what the
    // re-index writes), a filter only adds a call into JavaScript per visited point (~15% of a search, npm run bench).
    // The filter runs inside native code: it must never throw (an exception there aborts the process).
    const allLive = this.hnsw.getCurrentCount() - this.manifest.hnsw.deleted === live;
    const { neighbors, distances } = this.hnsw.searchKnn(vector, n, allLive ? undefined : (label) => this.byLabel.has(label));
    return neighbors.map((label, i) => ({ label, score: 1 - distances[i]! }));
  }

  /**
   * The sentences nearest in meaning to an indexed one, by its own stored vector (no embedding call), best first;
   * corroboration reads other outlets' reports of a quoted fact this way.
   */
  similarSentences(label: number, k: number): { sentence: IndexedSentence; similarity: number }[] {
    if (!this.byLabel.has(label)) return [];
    const vector = this.hnsw.getPoint(label);
    return this.denseSearch(vector, k + 1).flatMap((h) => {
      const sentence = this.byLabel.get(h.label);
      return sentence ? [{ sentence, similarity: h.score }] : [];
    });
  }

  /** BM25 search over sentence terms. */
  lexicalSearch(query: string, k: number): ScoredLabel[] {
    return this.lexical
      .search(query)
      .slice(0, k)
      .map((r) => ({ label: r.id as number, score: r.score }));
  }

  /** How many sentences contain the (already stemmed) term: 0 means the corpus never uses the word. */
  termDocumentCount(term: string): number {
    // The same count a one-term search gives, read off the posting list (idf lookups were a search per term).
    const terms = lexicalTerms(term);
    if (terms.length === 1) return documentFrequency(this.lexical, terms[0]!);
    return this.lexical.search(term, { fields: ["text"] }).length;
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

async function checkFileSizes(dir: string, manifest: Manifest): Promise<void> {
  for (const [file, size] of Object.entries(manifest.files)) {
    const actual = await fs.stat(path.join(dir, file)).then((s) => s.size, () => -1);
    if (actual !== size) {
      const what = actual < 0 ? "is missing" : `has ${actual} bytes, expected ${size}`;
      throw new IndexLoadError("index.corrupt", `index: ${dir}/${file} ${what} — ${REINDEX_HINT}`, dir);
    }
  }
}

/** Reads a data file of the build and checks it against the manifest's checksum. */
async function readChecked(dir: string, manifest: Manifest, file: string): Promise<Buffer> {
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

/** Files a later version lists in the manifest beside the three this one reads: checked all the same. */
async function checkOtherFiles(dir: string, manifest: Manifest): Promise<void> {
  const known = new Set<string>([FILES.vectors, FILES.lexical, FILES.docstore, FILES.entities]);
  for (const file of Object.keys(manifest.files)) if (!known.has(file)) await readChecked(dir, manifest, file);
}

export function sameEmbedder(a: EmbedderId, b: EmbedderId): boolean {
  return a.name === b.name && a.model === b.model && a.dimensions === b.dimensions;
}

export function describeEmbedder(e: EmbedderId): string {
  return `${e.name}:${e.model} (${e.dimensions} dimensions)`;
}
