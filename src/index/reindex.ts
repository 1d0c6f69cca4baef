/**
 * Incremental re-indexing: only new or changed articles (by content hash) are split and embedded, into a new
 * segment (segment.ts); removed and changed articles' old sentences become dead by the manifest no longer naming
 * their segment for them, and segments are merged when there are many or much is dead (merge.ts). The result is a
 * new build folder published atomically (see writeBuild.ts); one writer at a time, by a lock file.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { sortNewestFirst } from "../corpus/loadCorpus.js";
import type { CorpusProblem } from "../corpus/article.js";
import { IndexLoadError, UserError } from "../errors.js";
import { fsProblem } from "../fsProblem.js";
import { silentLogger, type Logger } from "../log.js";
import type { Article, EmbedderId, OnProgress } from "../types.js";
import { buildSegment } from "./buildSegment.js";
import { IndexStore, loadSegment, verifyPublished, type VerifiedBuild } from "./IndexStore.js";
import { FILES, INDEX_FORMAT, type Manifest, type SegmentInfo } from "./manifest.js";
import { mergePlan, mergeSegments } from "./merge.js";
import { entityTablesFingerprint } from "../entities/tablesFingerprint.js";
import { withIndexLock } from "./lock.js";
import { indexPaths, newBuildName } from "./paths.js";
import { isFull, scanCorpus, type CorpusEntry } from "./scanCorpus.js";
import { writeSegment, type SegmentDocstore } from "./segment.js";
import { StatCache } from "./statCache.js";
import { INDEX_TUNING } from "./tuning.js";
import { publishBuild, pruneBuilds, writeBuild } from "./writeBuild.js";

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
  /** The word tables' fingerprint (default: entityTablesFingerprint(); tests pass another to stand for an edit). */
  entityTables?: string;
}

export interface ReindexSummary {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  articles: number;
  sentences: number;
  /** Sentences of the new and changed articles (split, and embedded once per distinct text). */
  embedded: number;
  seconds: number;
  build: string;
  full: boolean;
  /** Segments were merged after the re-index (`build` is then the merged build). */
  merged: boolean;
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
  const paths = indexPaths(options.indexDir);
  // The previous build is only checked (sizes, checksums), never loaded: its segments are kept as they are. Files
  // checked by an earlier re-index and unchanged since are not read again (statCache.ts).
  const checksums = await StatCache.open(paths.checksumCache, isChecksum);
  const verified = options.full ? undefined : await verifyPrevious(options, log, checksums);
  // Roles learned with an older alias or role table keep its keys: the edit reaches every article only by a rebuild.
  const tables = options.entityTables ?? entityTablesFingerprint();
  const tablesChanged = verified !== undefined && verified.manifest.entityTables !== tables;
  if (tablesChanged) log.info("reindex: the alias or role tables changed since the last build; re-indexing every article");
  const previous = tablesChanged ? undefined : verified;
  const full = previous === undefined;
  const prevArticles = previous?.manifest.articles ?? {};
  // Problems and warnings are the caller's to report (the script prints lines, the bot logs): reported once. Only
  // the articles to embed are read in full; the others' files are only read when they changed (scanCorpus.ts).
  const corpus = await scanCorpus(options.corpusDir, paths.corpusCache, (a) => prevArticles[a.id]?.hash !== a.hash);
  const { articles, problems, warnings } = corpus;
  // A file that was indexed before and is now unreadable keeps its previous entry until it is fixed: a typo in
  // front matter must not silently drop an article from the bot's answers. --full too (it is what every index error
  // advises): it re-embeds that entry's text from the published build, whatever embedder built it.
  const broken = problems.map((p) => path.basename(p.file).replace(/\.md$/, "")).filter((id) => !articles.some((a) => a.id === id));
  const retained = previous
    ? await previousArticles(options.indexDir, previous.manifest, broken.filter((id) => prevArticles[id]))
    : broken.length > 0
      ? await loadPublished(options.indexDir).then((store) => broken.map((id) => store?.article(id)).filter((a): a is Article => a !== undefined))
      : [];
  articles.push(...retained);
  const current = new Map(articles.map((a) => [a.id, a]));
  const indexed = previous ? Object.keys(prevArticles) : await publishedArticleIds(options.indexDir);
  refuseShrink(options, indexed, current);
  // New or changed: the only articles embedded (an unknown id has no previous hash, so it differs too).
  const toEmbed = sortNewestFirst(articles.filter((a) => prevArticles[a.id]?.hash !== a.hash).map(readInFull));
  const added = toEmbed.filter((a) => !prevArticles[a.id]).map((a) => a.id);
  const changed = toEmbed.filter((a) => prevArticles[a.id]).map((a) => a.id);
  // Of the published build, also for --full (which starts from nothing but replaces that build all the same).
  const removed = indexed.filter((id) => !current.has(id));

  // When each article first entered the index (/whatsnew): a changed article keeps its date, --full included.
  const builtAt = new Date().toISOString();
  const addedAt = previous ? await previousAddedAt(options.indexDir, previous.manifest, changed) : await publishedAddedAt(options.indexDir);
  for (const a of toEmbed) {
    // Indexed before this was recorded: unknown, not "now".
    const at = addedAt.has(a.id) ? addedAt.get(a.id) : builtAt;
    if (at) a.indexedAt = at;
    else delete a.indexedAt;
  }

  const buildName = newBuildName();
  const buildDir = indexPaths(options.indexDir).build(buildName);
  let manifest: Manifest;
  let embedded = 0;
  try {
    // Only the new and changed articles are split and embedded, into a segment of their own; the others keep
    // their entry (and segment), and their old copies elsewhere become dead by the manifest no longer naming them.
    const entries: Manifest["articles"] = {};
    for (const a of articles) if (prevArticles[a.id]?.hash === a.hash) entries[a.id] = prevArticles[a.id]!;
    let nextLabel = previous?.manifest.nextLabel ?? 0;
    let segment: SegmentInfo | undefined;
    if (toEmbed.length > 0) {
      const built = await buildSegment(toEmbed, nextLabel, { embeddings: options.embeddings, embedder: options.embedder, onProgress: progress });
      nextLabel = built.nextLabel;
      embedded = built.sentences;
      for (const a of toEmbed) {
        entries[a.id] = { hash: a.hash, sentences: built.counts.get(a.id) ?? 0, segment: buildName, indexedAt: a.indexedAt ?? null };
      }
      progress({ phase: "write", done: 0, total: 1 });
      segment = await writeSegment(buildDir, buildName, built);
    } else progress({ phase: "write", done: 0, total: 1 });
    const holding = new Set(Object.values(entries).map((e) => e.segment));
    const segments = [...(previous?.manifest.segments ?? []).filter((s) => holding.has(s.name)), ...(segment ? [segment] : [])];
    manifest = await writeBuild(buildDir, {
      segments,
      manifest: {
        format: INDEX_FORMAT,
        builtAt: new Date().toISOString(),
        embedder: options.embedder,
        articles: entries,
        sentences: Object.values(entries).reduce((n, e) => n + e.sentences, 0),
        nextLabel,
        hnsw: { m: INDEX_TUNING.m, efConstruction: INDEX_TUNING.efConstruction },
        entityTables: tables,
      },
    });
    // The rename in publishBuild is its last step that can fail: until it is done, CURRENT names the old build.
    await publishBuild(options.indexDir, buildName);
  } catch (err) {
    // Not published: this build is nobody's, and a retry needs its space (a full disk is the usual cause).
    await fs.rm(buildDir, { recursive: true, force: true }).catch(() => undefined);
    throw fsProblem("reindex", err, buildDir, "the unfinished build was removed") ?? err;
  }
  const published = [buildName];
  const merged = await mergeIfDue(options, manifest, progress, log);
  if (merged) published.push(merged);
  await pruneBuilds(options.indexDir, await keptFolders(options.indexDir, [...published, ...(previous ? [previous.name] : [])]));
  // A full build or a merge wrote a large segment: its checksums are checked now (once its files are older than a
  // clock tick: statCache.ts), not by the next re-index (0.3 s at ×10). A small segment is left to the next one.
  if (full || merged) await rememberChecksums(options, checksums);
  await Promise.all([corpus.save(), checksums.save()]);
  progress({ phase: "done", done: 1, total: 1 });
  return {
    added,
    changed,
    removed,
    unchanged: articles.length - added.length - changed.length,
    articles: articles.length,
    sentences: manifest.sentences,
    embedded,
    seconds: (performance.now() - started) / 1000,
    build: merged ?? buildName,
    full,
    merged: merged !== undefined,
    problems,
    retained: retained.map((a) => a.id),
    warnings,
  };
}

/** An article to embed: scanCorpus reads those in full (what `needed` said). */
function readInFull(a: CorpusEntry | Article): Article {
  if (!isFull(a)) throw new Error(`reindex: ${a.id} was to be embedded but was not read`);
  return a;
}

/** Checks the published build's files into `checksums`; a failure here is the next re-index's to find. */
async function rememberChecksums(options: ReindexOptions, checksums: StatCache<string>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, StatCache.settleMs));
  await verifyPublished(options.indexDir, options.embedder, checksums).catch(() => undefined);
}

function isChecksum(v: unknown): v is string {
  return typeof v === "string" && /^[0-9a-f]{64}$/.test(v);
}

/**
 * Merges segments when the policy says so (merge.ts), as a build of its own published after the re-index's: a
 * merge that fails or is killed leaves the re-index's build serving. Returns the merged build's name.
 */
async function mergeIfDue(options: ReindexOptions, manifest: Manifest, progress: OnProgress, log: Logger): Promise<string | undefined> {
  const chosen = mergePlan(manifest);
  if (!chosen) return undefined;
  progress({ phase: "merge", done: 0, total: chosen.length });
  const name = newBuildName(new Date(Date.now() + 1));
  const dir = indexPaths(options.indexDir).build(name);
  try {
    const builds = indexPaths(options.indexDir).builds;
    const segments = await Promise.all(chosen.map((s) => loadSegment(path.join(builds, s.name), s, manifest.embedder.dimensions)));
    const merged = mergeSegments(segments, manifest, manifest.embedder.dimensions);
    const segment = await writeSegment(dir, name, merged);
    const names = new Set(chosen.map((s) => s.name));
    const articles = Object.fromEntries(Object.entries(manifest.articles).map(([id, e]) => [id, names.has(e.segment) ? { ...e, segment: name } : e]));
    const { files: _f, sha256: _s, segments: kept, ...rest } = manifest;
    await writeBuild(dir, {
      segments: [...kept.filter((s) => !names.has(s.name)), segment],
      manifest: { ...rest, builtAt: new Date().toISOString(), articles },
    });
    await publishBuild(options.indexDir, name);
    progress({ phase: "merge", done: chosen.length, total: chosen.length });
    return name;
  } catch (err) {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    log.warn({ err: (err as Error).message }, "reindex: merging segments failed; the re-index's build stays published");
    return undefined;
  }
}

/** The build folders to keep: the given builds and every folder holding one of their segments. */
async function keptFolders(indexDir: string, builds: string[]): Promise<string[]> {
  const keep = new Set(builds);
  for (const name of builds) {
    const manifest = await fs
      .readFile(path.join(indexPaths(indexDir).build(name), FILES.manifest), "utf8")
      .then((t) => JSON.parse(t) as { segments?: { name?: unknown }[] }, () => undefined);
    for (const s of manifest?.segments ?? []) if (typeof s.name === "string") keep.add(s.name);
  }
  return [...keep];
}

/**
 * When the given articles of the previous build first entered the index: from its manifest, or (a build from before
 * the manifest recorded it) from the docstores of the segments holding them.
 */
async function previousAddedAt(indexDir: string, manifest: Manifest, ids: string[]): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  for (const id of ids) {
    const at = manifest.articles[id]?.indexedAt;
    if (at !== undefined) out.set(id, at ?? undefined);
  }
  const unknown = ids.filter((id) => !out.has(id));
  for (const a of await previousArticles(indexDir, manifest, unknown)) out.set(a.id, a.indexedAt);
  return out;
}

/** Articles of the previous build (unreadable files keep their entry), read from the segments holding them. */
async function previousArticles(indexDir: string, manifest: Manifest, ids: string[]): Promise<Article[]> {
  const out: Article[] = [];
  for (const segment of new Set(ids.map((id) => manifest.articles[id]!.segment))) {
    const docstore = JSON.parse(await fs.readFile(path.join(indexPaths(indexDir).build(segment), FILES.docstore), "utf8")) as SegmentDocstore;
    for (const a of docstore.articles) if (ids.includes(a.id) && manifest.articles[a.id]?.segment === segment) out.push(a);
  }
  return out;
}

/**
 * A wrong or empty corpus folder looks like "every article was deleted": refuse a re-index that would remove every
 * indexed article, or more than half of them, unless the caller says so.
 */
function refuseShrink(options: ReindexOptions, indexed: string[], current: Map<string, unknown>): void {
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

/**
 * `indexedAt` of the published build's articles, read loosely from each segment's docstore (for --full, which does
 * not load the build); a build of the format before segments has them all in its own docstore.
 */
async function publishedAddedAt(indexDir: string): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  try {
    const name = (await fs.readFile(indexPaths(indexDir).current, "utf8")).trim();
    const manifest = JSON.parse(await fs.readFile(path.join(indexPaths(indexDir).build(name), FILES.manifest), "utf8")) as {
      articles?: Record<string, { segment?: string }>;
    };
    const segmentOf = (id: string) => manifest.articles?.[id]?.segment ?? name;
    const segments = new Set(Object.keys(manifest.articles ?? {}).map(segmentOf));
    segments.add(name);
    for (const segment of segments) {
      const file = path.join(indexPaths(indexDir).build(segment), FILES.docstore);
      const doc = JSON.parse(await fs.readFile(file, "utf8").catch(() => "{}")) as { articles?: { id: string; indexedAt?: string }[] };
      for (const a of doc.articles ?? []) if (segmentOf(a.id) === segment) out.set(a.id, a.indexedAt);
    }
  } catch {
    // No published build, or one too damaged to read: every article is new.
  }
  return out;
}

/** The published build whatever its embedder (only its articles are used), or undefined when it cannot be loaded. */
async function loadPublished(indexDir: string): Promise<IndexStore | undefined> {
  return IndexStore.load(indexDir).catch(() => undefined);
}

/** The published build, checked whole, or undefined when there is none or it cannot be used (then all is rebuilt). */
async function verifyPrevious(options: ReindexOptions, log: Logger, checksums: StatCache<string>): Promise<VerifiedBuild | undefined> {
  try {
    return await verifyPublished(options.indexDir, options.embedder, checksums);
  } catch (err) {
    if (!(err instanceof IndexLoadError)) throw err;
    if (err.id === "index.embedder-mismatch" || err.id === "index.unreadable") throw err;
    if (err.id !== "index.missing") log.warn({ err: err.message }, "reindex: previous index unusable, building from scratch");
    return undefined;
  }
}
