/**
 * Incremental re-indexing: only new or changed articles (by content hash) are embedded, removed ones leave the
 * index. The result is written as a new build beside the old one and published atomically (see writeBuild.ts);
 * one writer at a time, by a lock file.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import hnswlib from "hnswlib-node";
import type MiniSearch from "minisearch";
import { loadCorpus, sortNewestFirst } from "../corpus/loadCorpus.js";
import type { CorpusProblem } from "../corpus/article.js";
import { EntityIndex } from "../entities/EntityIndex.js";
import { IndexLoadError, UserError } from "../errors.js";
import { fsProblem } from "../fsProblem.js";
import { silentLogger, type Logger } from "../log.js";
import { splitSentences } from "../text/sentences.js";
import type { Article, EmbedderId, OnProgress } from "../types.js";
import { IndexStore, type Docstore, type Hnsw } from "./IndexStore.js";
import { newLexicalIndex, type LexicalDoc } from "./lexical.js";
import { FILES, INDEX_FORMAT, type Manifest } from "./manifest.js";
import { withIndexLock } from "./lock.js";
import { indexPaths, newBuildName } from "./paths.js";
import { INDEX_TUNING } from "./tuning.js";
import { publishBuild, pruneBuilds, writeBuild } from "./writeBuild.js";

const { HierarchicalNSW } = hnswlib;

export interface ReindexOptions {
  corpusDir: string;
  indexDir: string;
  embeddings: EmbeddingsInterface;
  embedder: EmbedderId;
  /** Re-embed everything, ignoring the previous build. */
  full?: boolean;
  onProgress?: OnProgress;
  logger?: Logger;
  /** How long to wait for another re-index to finish before giving up (ms). */
  lockWaitMs?: number;
  /** Allow a re-index that removes every indexed article, or more than half of them (`--allow-shrink`). */
  allowShrink?: boolean;
}

export interface ReindexSummary {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  articles: number;
  sentences: number;
  embedded: number;
  seconds: number;
  build: string;
  full: boolean;
  /** Files that could not be read; they are left out (or keep their previous entry) and the script exits non-zero. */
  problems: CorpusProblem[];
  /** Ids of unreadable files whose previous entry was kept. */
  retained: string[];
  /** Lines about indexed articles that look wrong (see LoadedCorpus.warnings). */
  warnings: string[];
}

export async function reindex(options: ReindexOptions): Promise<ReindexSummary> {
  try {
    await fs.mkdir(indexPaths(options.indexDir).builds, { recursive: true });
    return await withIndexLock(options.indexDir, options.lockWaitMs ?? 120_000, options.logger ?? silentLogger, async () => {
      await removeUnfinishedBuilds(options.indexDir);
      return reindexLocked(options);
    });
  } catch (err) {
    // A full disk or a permission problem is one line naming the path (the partial build is already gone).
    throw fsProblem("reindex", err, options.indexDir) ?? err;
  }
}

/**
 * Builds without a manifest that CURRENT does not name: left by a re-index that failed or was killed. Only the
 * lock holder writes builds, so none of them is being written; removing them gives their space back for this one.
 */
async function removeUnfinishedBuilds(indexDir: string): Promise<void> {
  const { builds, build, current } = indexPaths(indexDir);
  const published = await fs.readFile(current, "utf8").then((s) => s.trim(), () => "");
  for (const name of await fs.readdir(builds).catch(() => [] as string[])) {
    if (name === published) continue;
    const finished = await fs.stat(path.join(build(name), FILES.manifest)).then(() => true, () => false);
    if (!finished) await fs.rm(build(name), { recursive: true, force: true });
  }
}

async function reindexLocked(options: ReindexOptions): Promise<ReindexSummary> {
  const started = performance.now();
  const log = options.logger ?? silentLogger;
  const progress = options.onProgress ?? (() => {});
  progress({ phase: "read corpus", done: 0, total: 1 });
  // Problems and warnings are the caller's to report (the script prints lines, the bot logs): reported once.
  const { articles, problems, warnings } = await loadCorpus(options.corpusDir);

  const previous = options.full ? undefined : await loadPrevious(options, log);
  const full = previous === undefined;
  const prevHashes = previous?.manifest.articles ?? {};
  // A file that was indexed before and is now unreadable keeps its previous entry until it is fixed: a typo in
  // front matter must not silently drop an article from the bot's answers. --full too (it is what every index error
  // advises): it re-embeds that entry's text from the published build, whatever embedder built it.
  const broken = problems.map((p) => path.basename(p.file).replace(/\.md$/, "")).filter((id) => !articles.some((a) => a.id === id));
  const keepFrom = previous ?? (broken.length > 0 ? await loadPublished(options.indexDir) : undefined);
  const retained = broken.map((id) => keepFrom?.article(id)).filter((a): a is Article => a !== undefined);
  articles.push(...retained);
  const current = new Map(articles.map((a) => [a.id, a]));
  const indexed = previous ? Object.keys(prevHashes) : await publishedArticleIds(options.indexDir);
  refuseShrink(options, indexed, current);
  // New or changed: the only articles embedded (an unknown id has no previous hash, so it differs too).
  const toEmbed = new Set(articles.filter((a) => prevHashes[a.id]?.hash !== a.hash));
  const added = [...toEmbed].filter((a) => !prevHashes[a.id]).map((a) => a.id);
  const changed = [...toEmbed].filter((a) => prevHashes[a.id]).map((a) => a.id);
  // Of the published build, also for --full (which starts from nothing but replaces that build all the same).
  const removed = indexed.filter((id) => !current.has(id));

  // Start from the previous graph and lexical index (they are this process's own copies), or from nothing.
  const sentences: Docstore["sentences"] = {};
  let nextLabel = previous?.manifest.nextLabel ?? 0;
  let hnsw: Hnsw;
  let lexical: MiniSearch<LexicalDoc>;
  let deleted = previous?.manifest.hnsw.deleted ?? 0;
  if (previous) {
    hnsw = previous.hnsw;
    lexical = previous.lexical;
    for (const id of [...removed, ...changed]) {
      for (const s of previous.snapshot().sentencesOf(id)) {
        hnsw.markDelete(s.label);
        lexical.discard(s.label);
        deleted++;
      }
    }
    for (const a of articles) if (!toEmbed.has(a)) sentences[a.id] = previous.docstore.sentences[a.id] ?? [];
  } else {
    hnsw = new HierarchicalNSW("cosine", options.embedder.dimensions);
    hnsw.initIndex({ maxElements: 1024, m: INDEX_TUNING.m, efConstruction: INDEX_TUNING.efConstruction, randomSeed: 100 });
    lexical = newLexicalIndex();
  }

  const pending = [...toEmbed].flatMap((a) => splitSentences(a.body).map((span) => ({ article: a, ...span, text: a.body.slice(span.start, span.end) })));
  const embedded = await embedAll(pending.map((p) => p.text), options, progress);
  ensureCapacity(hnsw, hnsw.getCurrentCount() + pending.length);
  const docs: LexicalDoc[] = [];
  pending.forEach((p, i) => {
    const label = nextLabel++;
    hnsw.addPoint(embedded[i]!, label);
    (sentences[p.article.id] ??= []).push(label, p.start, p.end);
    docs.push({ id: label, text: p.text });
  });
  progress({ phase: "lexical index", done: 0, total: 1 });
  lexical.addAll(docs);
  if (lexical.dirtCount > 0 && lexical.dirtFactor > INDEX_TUNING.compactAbove) await lexical.vacuum();

  const liveCount = Object.values(sentences).reduce((n, flat) => n + flat.length / 3, 0);
  if (deleted > liveCount * INDEX_TUNING.compactAbove) {
    progress({ phase: "compact graph", done: 0, total: 1 });
    hnsw = compactGraph(hnsw, sentences, options.embedder.dimensions);
    deleted = 0;
  }

  // When each article first entered the index (/whatsnew): kept from the build before, --full included.
  const builtAt = new Date().toISOString();
  const addedAt = previous ? new Map(previous.docstore.articles.map((a) => [a.id, a.indexedAt])) : await publishedAddedAt(options.indexDir);
  for (const a of articles) {
    // Indexed before this was recorded: unknown, not "now".
    const at = addedAt.has(a.id) ? addedAt.get(a.id) : builtAt;
    if (at) a.indexedAt = at;
    else delete a.indexedAt;
  }

  const buildName = newBuildName();
  const docstore: Docstore = { articles: sortNewestFirst(articles).map(stripFile), sentences };
  progress({ phase: "write", done: 0, total: 1 });
  const buildDir = indexPaths(options.indexDir).build(buildName);
  const manifest: Omit<Manifest, "files" | "sha256"> = {
    format: INDEX_FORMAT,
    builtAt: new Date().toISOString(),
    embedder: options.embedder,
    articles: Object.fromEntries(articles.map((a) => [a.id, { hash: a.hash, sentences: (sentences[a.id]?.length ?? 0) / 3 }])),
    sentences: liveCount,
    nextLabel,
    hnsw: {
      capacity: hnsw.getMaxElements(),
      points: hnsw.getCurrentCount(),
      deleted,
      m: INDEX_TUNING.m,
      efConstruction: INDEX_TUNING.efConstruction,
    },
  };
  try {
    await writeBuild(buildDir, { hnsw, lexical, docstore, entities: EntityIndex.build(docstore.articles), manifest });
    // The rename in publishBuild is its last step that can fail: until it is done, CURRENT names the old build.
    await publishBuild(options.indexDir, buildName);
  } catch (err) {
    // Not published: this build is nobody's, and a retry needs its space (a full disk is the usual cause).
    await fs.rm(buildDir, { recursive: true, force: true }).catch(() => undefined);
    throw fsProblem("reindex", err, buildDir, "the unfinished build was removed") ?? err;
  }
  const keep = [buildName, ...(previous ? [previous.dir.split(/[\\/]/).pop()!] : [])];
  await pruneBuilds(options.indexDir, keep);
  progress({ phase: "done", done: 1, total: 1 });
  return {
    added,
    changed,
    removed,
    unchanged: articles.length - added.length - changed.length,
    articles: articles.length,
    sentences: liveCount,
    embedded: pending.length,
    seconds: (performance.now() - started) / 1000,
    build: buildName,
    full,
    problems,
    retained: retained.map((a) => a.id),
    warnings,
  };
}

/**
 * A wrong or empty corpus folder looks like "every article was deleted": refuse a re-index that would remove every
 * indexed article, or more than half of them, unless the caller says so.
 */
function refuseShrink(options: ReindexOptions, indexed: string[], current: Map<string, Article>): void {
  if (options.allowShrink || indexed.length === 0) return;
  const removed = indexed.filter((id) => !current.has(id)).length;
  if (removed < indexed.length && removed * 2 <= indexed.length) return;
  throw new UserError(
    "index.shrink",
    `reindex: this would remove ${removed} of the ${indexed.length} indexed articles (${current.size} found in ${options.corpusDir}) — ` +
      "check CORPUS_DIR or --corpus, or pass --allow-shrink if they are really gone",
    { removed, indexed: indexed.length, found: current.size },
  );
}

/**
 * Ids in the published build's manifest, for --full (which does not load the build). Read loosely, so a build of an
 * older format or with damaged data files still counts; none if there is no readable manifest.
 */
async function publishedArticleIds(indexDir: string): Promise<string[]> {
  try {
    const name = (await fs.readFile(indexPaths(indexDir).current, "utf8")).trim();
    const manifest = JSON.parse(await fs.readFile(path.join(indexPaths(indexDir).build(name), FILES.manifest), "utf8")) as { articles?: unknown };
    return manifest.articles && typeof manifest.articles === "object" ? Object.keys(manifest.articles) : [];
  } catch {
    return [];
  }
}

/** `indexedAt` of the published build's articles, read loosely (for --full, which does not load the build). */
async function publishedAddedAt(indexDir: string): Promise<Map<string, string | undefined>> {
  try {
    const name = (await fs.readFile(indexPaths(indexDir).current, "utf8")).trim();
    const doc = JSON.parse(await fs.readFile(path.join(indexPaths(indexDir).build(name), FILES.docstore), "utf8")) as { articles?: { id: string; indexedAt?: string }[] };
    return new Map((doc.articles ?? []).map((a) => [a.id, a.indexedAt]));
  } catch {
    return new Map();
  }
}

/** The published build whatever its embedder (only its articles are used), or undefined when it cannot be loaded. */
async function loadPublished(indexDir: string): Promise<IndexStore | undefined> {
  return IndexStore.load(indexDir).catch(() => undefined);
}

/** The published build, or undefined when there is none or it cannot be used (then everything is rebuilt). */
async function loadPrevious(options: ReindexOptions, log: Logger): Promise<IndexStore | undefined> {
  try {
    return await IndexStore.load(options.indexDir, options.embedder);
  } catch (err) {
    if (!(err instanceof IndexLoadError)) throw err;
    if (err.id === "index.embedder-mismatch" || err.id === "index.unreadable") throw err;
    if (err.id !== "index.missing") log.warn({ err: err.message }, "reindex: previous index unusable, building from scratch");
    return undefined;
  }
}

async function embedAll(texts: string[], options: ReindexOptions, progress: OnProgress): Promise<number[][]> {
  const out: number[][] = [];
  const batch = INDEX_TUNING.embedBatch;
  for (let i = 0; i < texts.length; i += batch) {
    progress({ phase: "embed", done: i, total: texts.length });
    out.push(...(await options.embeddings.embedDocuments(texts.slice(i, i + batch))));
  }
  progress({ phase: "embed", done: texts.length, total: texts.length });
  for (const v of out) {
    if (v.length !== options.embedder.dimensions) {
      throw new Error(`reindex: the embedder returned ${v.length} dimensions, the index expects ${options.embedder.dimensions}`);
    }
  }
  return out;
}

function ensureCapacity(hnsw: Hnsw, needed: number): void {
  if (needed > hnsw.getMaxElements()) hnsw.resizeIndex(Math.ceil(needed * (1 + INDEX_TUNING.growth)));
}

/** A new graph holding only the live points: deleted points still cost search time and memory. */
function compactGraph(old: Hnsw, sentences: Docstore["sentences"], dimensions: number): Hnsw {
  const labels = Object.values(sentences).flatMap((flat) => flat.filter((_, i) => i % 3 === 0));
  const fresh = new HierarchicalNSW("cosine", dimensions);
  fresh.initIndex({
    maxElements: Math.max(1024, Math.ceil(labels.length * (1 + INDEX_TUNING.growth))),
    m: INDEX_TUNING.m,
    efConstruction: INDEX_TUNING.efConstruction,
    randomSeed: 100,
  });
  for (const label of labels) fresh.addPoint(old.getPoint(label), label);
  return fresh;
}

function stripFile(a: Article): Article {
  // The absolute path says nothing about the article and would make builds differ between checkouts.
  return { ...a, file: `${a.id}.md` };
}

