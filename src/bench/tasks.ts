/**
 * The measurements, one function each. Each takes and returns plain JSON, so the runner can execute it in a child
 * process of its own (see runTask.ts): peak RSS and cold-start figures then belong to that one measurement.
 * Everything is offline: the GloVe/SIF embedder, the extractive answer, no chat model.
 */
import { readdir, rm, stat, readFile } from "node:fs/promises";
import path from "node:path";
import { Document } from "@langchain/core/documents";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import { loadConfig, type Config } from "../config.js";
import { loadCorpus } from "../corpus/loadCorpus.js";
import { createEmbeddings } from "../embeddings/createEmbeddings.js";
import { createEngine } from "../engine/createEngine.js";
import { IndexStore } from "../index/IndexStore.js";
import { indexPaths } from "../index/paths.js";
import { reindex } from "../index/reindex.js";
import { INDEX_TUNING } from "../index/tuning.js";
import { hybridSearch } from "../retrieval/hybridSearch.js";
import { RETRIEVAL_TUNING } from "../retrieval/tuning.js";
import { splitSentences } from "../text/sentences.js";
import type { Progress } from "../types.js";
import { generateQuestions, type QuestionSource } from "./questions.js";
import { ExactIndex, exactTruth, recallAtK } from "./recall.js";
import { percentiles, timed, type Percentiles } from "./stats.js";

/** The efSearch values whose recall@10 is reported beside the configured one (a tuning curve). */
export const EF_CURVE = [10, 32, 64, 128, 192, 256] as const;
const K = 10;

export interface IndexArgs {
  corpusDir: string;
  indexDir: string;
}

export interface QueryArgs extends IndexArgs {
  questions: number;
  warmup: number;
  seed: number;
  /** A saved LangChain HNSWLib store of the same corpus: timed side by side with our dense search. */
  storeDir?: string;
}

export interface BuildResult {
  seconds: number;
  articles: number;
  sentences: number;
  embedded: number;
  sentencesPerSecond: number;
  indexMb: number;
  /** Seconds per step of the build, from the re-index's progress events. */
  phases: Record<string, number>;
}

export interface LoadResult {
  /** From the process's start (Node, tsx, modules) to an engine ready to answer. */
  processToReadySeconds: number;
  /** createEngine alone: word vectors, embedder, index files. */
  engineLoadSeconds: number;
  firstAnswerMs: number;
}

export interface RecallResult {
  /** recall@10 at the configured efSearch. */
  recallAt10: number;
  efSearch: number;
  /** recall@10 at other efSearch values (same queries, same truth). */
  curve: Record<string, number>;
}

export interface QueryResult extends RecallResult {
  questions: number;
  found: number;
  /** engine.answer: retrieval + extractive answer (what `ask` does after loading). */
  answerMs: Percentiles;
  /** The same in CPU time of this process: what the answer costs when the machine is not shared. */
  answerCpuMs: Percentiles;
  /** The hybrid retrieval alone (embed, HNSW, BM25, fusion). */
  retrievalMs: Percentiles;
  /** Dense search alone: embed the question, HNSW top 10 (what LangChain's similaritySearch does). */
  denseMs: Percentiles;
  /**
   * Our dense top 10 and LangChain's similaritySearch(question, 10) at the same efSearch, in this one process,
   * alternating question by question over three rounds: a like-for-like ratio that a busy machine does not skew.
   */
  sideBySide?: { ef: number; oursMs: Percentiles; theirsMs: Percentiles };
}

export interface LangChainResult extends RecallResult {
  seconds: number;
  sentences: number;
  indexMb: number;
  phases: Record<string, number>;
  /** similaritySearch(question, 10) at LangChain's default ef (hnswlib's 10: it never sets it). */
  searchMs: Percentiles;
  /** recall@10 after setEf(our efSearch). */
  recallAtOurEf: number;
}

export interface LangChainLoadResult {
  processToReadySeconds: number;
  loadSeconds: number;
}

/** The project's configuration with the bench's folders, the offline embedder and no chat model. */
export function benchConfig(args: IndexArgs): Config {
  const config = loadConfig();
  config.corpusDir = path.resolve(args.corpusDir);
  config.indexDir = path.resolve(args.indexDir);
  config.embeddings = { provider: "offline" };
  delete config.llm;
  return config;
}

/** A full build from nothing (the index folder is removed first). */
export async function buildTask(args: IndexArgs): Promise<BuildResult> {
  await rm(args.indexDir, { recursive: true, force: true });
  return reindexTask(args, true);
}

/** A re-index of whatever changed since the last build (full when `full`). */
export async function reindexTask(args: IndexArgs, full = false): Promise<BuildResult> {
  const config = benchConfig(args);
  const { embeddings, id } = await createEmbeddings(config);
  const clock = new PhaseClock();
  const s = await reindex({ corpusDir: config.corpusDir, indexDir: config.indexDir, embeddings, embedder: id, full, onProgress: clock.onProgress });
  return {
    seconds: s.seconds,
    articles: s.articles,
    sentences: s.sentences,
    embedded: s.embedded,
    sentencesPerSecond: s.embedded / s.seconds,
    indexMb: await publishedBuildMb(config.indexDir),
    phases: clock.phases(),
  };
}

export async function loadTask(args: IndexArgs): Promise<LoadResult> {
  const started = performance.now();
  const engine = await createEngine(benchConfig(args), { build: "never", watch: false });
  const ready = performance.now();
  const first = await timed(() => engine.answer("What did the president say about the economy?"));
  await engine.close();
  return { processToReadySeconds: ready / 1000, engineLoadSeconds: (ready - started) / 1000, firstAnswerMs: first.ms };
}

export async function queryTask(args: QueryArgs): Promise<QueryResult> {
  const config = benchConfig(args);
  const engine = await createEngine(config, { build: "never", watch: false });
  const snapshot = engine.snapshot();
  const sources: QuestionSource[] = snapshot.articles.map((a) => ({ id: a.id, sentences: snapshot.sentencesOf(a.id).map((s) => s.text) }));
  const questions = generateQuestions(sources, args.questions, args.seed);
  // As the bot and the chat do once ready: the tagger loaded and the date parser's patterns compiled (~0.5 s, once
  // per process) before the first question, not inside one of the timed ones.
  // (And every article's word bags built, as a long-running bot has them soon after it starts. The warm-up never
  // keeps a process alive by itself: this one waits for it.)
  const alive = setInterval(() => undefined, 1000);
  await engine.warmUp();
  clearInterval(alive);
  for (const q of generateQuestions(sources, args.warmup, args.seed + 1)) await engine.answer(q);
  const answerMs: number[] = [];
  const answerCpuMs: number[] = [];
  let found = 0;
  for (const q of questions) {
    const cpu = process.cpuUsage();
    const { ms, value } = await timed(() => engine.answer(q));
    const used = process.cpuUsage(cpu);
    answerMs.push(ms);
    answerCpuMs.push((used.user + used.system) / 1000);
    if (value.found) found++;
  }
  await engine.close();

  const { embeddings, id } = await createEmbeddings(config);
  const store = await IndexStore.load(config.indexDir, id);
  const retrievalMs: number[] = [];
  for (const q of questions) retrievalMs.push((await timed(() => hybridSearch(store, embeddings, q, { k: RETRIEVAL_TUNING.candidates }))).ms);
  // Its own loop, warmed up like LangChain's below, so the two dense figures are measured the same way.
  const dense = async (q: string) => store.denseSearch(await embeddings.embedQuery(q), K);
  for (const q of generateQuestions(sources, args.warmup, args.seed + 1)) await dense(q);
  const denseMs: number[] = [];
  for (const q of questions) denseMs.push((await timed(() => dense(q))).ms);
  const vectors = await embeddings.embedDocuments(questions);
  // Over distinct sentence texts (the index keeps one vector for identical sentences): the exact 10 nearest live
  // texts against the 10 the graphs return.
  const exact = new ExactIndex(store.points(), id.dimensions);
  const recall = recallCurve(exact, vectors, (ef) => store.setEf(ef), (v) => store.densePoints(v, K).map((h) => h.label));
  const sideBySide = args.storeDir ? await timeSideBySide(args.storeDir, embeddings, questions, dense) : undefined;
  store.setEf(INDEX_TUNING.efSearch);
  const { at: _at, ...recallFigures } = recall;
  return {
    questions: questions.length,
    found,
    answerMs: percentiles(answerMs),
    answerCpuMs: percentiles(answerCpuMs),
    retrievalMs: percentiles(retrievalMs),
    denseMs: percentiles(denseMs),
    ...recallFigures,
    ...(sideBySide ? { sideBySide } : {}),
  };
}

/**
 * LangChain's HNSWLib on the same sentences and the same embedder: `fromDocuments` (embeds and inserts) and `save`,
 * timed from the same starting point as our build (read the corpus, split it); then `similaritySearch`.
 */
export async function langchainTask(args: QueryArgs & { storeDir: string }): Promise<LangChainResult> {
  const config = benchConfig(args);
  const { embeddings, id } = await createEmbeddings(config);
  await rm(args.storeDir, { recursive: true, force: true });
  const clock = new PhaseClock();
  const started = performance.now();
  clock.mark("read corpus");
  const { articles } = await loadCorpus(config.corpusDir);
  const sources: QuestionSource[] = [];
  const docs: Document[] = [];
  for (const a of articles) {
    const sentences = splitSentences(a.body).map((s) => ({ ...s, text: a.body.slice(s.start, s.end) }));
    sources.push({ id: a.id, sentences: sentences.map((s) => s.text) });
    for (const s of sentences) docs.push(new Document({ pageContent: s.text, metadata: { articleId: a.id, start: s.start, end: s.end } }));
  }
  clock.mark("fromDocuments");
  const store = await HNSWLib.fromDocuments(docs, embeddings);
  clock.mark("save");
  await store.save(args.storeDir);
  clock.mark("done");
  const seconds = (performance.now() - started) / 1000;

  const questions = generateQuestions(sources, args.questions, args.seed);
  const search = async () => {
    for (const q of generateQuestions(sources, args.warmup, args.seed + 1)) await store.similaritySearch(q, K);
    const ms: number[] = [];
    for (const q of questions) ms.push((await timed(() => store.similaritySearch(q, K))).ms);
    return percentiles(ms);
  };
  const searchMs = await search();
  const vectors = await embeddings.embedDocuments(questions);
  const exact = new ExactIndex(store.index, id.dimensions);
  const recall = recallCurve(exact, vectors, (ef) => store.index.setEf(ef), (v) => store.index.searchKnn(v, K).neighbors);
  // What a LangChain user gets: hnswlib's default ef of 10, which LangChain never changes.
  const recallAt10 = recall.at(10);
  return {
    seconds,
    sentences: docs.length,
    indexMb: await folderMb(args.storeDir),
    phases: clock.phases(),
    searchMs,
    recallAt10,
    efSearch: 10,
    curve: recall.curve,
    recallAtOurEf: recall.recallAt10,
  };
}

/** LangChain's `HNSWLib.load` in a fresh process, to set beside our cold load. */
export async function langchainLoadTask(args: IndexArgs & { storeDir: string }): Promise<LangChainLoadResult> {
  const started = performance.now();
  const { embeddings } = await createEmbeddings(benchConfig(args));
  const store = await HNSWLib.load(args.storeDir, embeddings);
  await store.similaritySearch("warm", 1);
  const ready = performance.now();
  return { processToReadySeconds: ready / 1000, loadSeconds: (ready - started) / 1000 };
}

/** Alternates our dense search and LangChain's similaritySearch question by question, both at our efSearch. */
async function timeSideBySide(
  storeDir: string,
  embeddings: EmbeddingsInterface,
  questions: string[],
  ours: (q: string) => Promise<unknown>,
): Promise<NonNullable<QueryResult["sideBySide"]>> {
  const theirs = await HNSWLib.load(storeDir, embeddings);
  theirs.index.setEf(INDEX_TUNING.efSearch);
  const oursMs: number[] = [];
  const theirsMs: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const [i, q] of questions.entries()) {
      // Who goes first alternates, so neither always runs on the other's warm caches.
      const first = (i + round) % 2 === 0;
      if (first) oursMs.push((await timed(() => ours(q))).ms);
      theirsMs.push((await timed(() => theirs.similaritySearch(q, K))).ms);
      if (!first) oursMs.push((await timed(() => ours(q))).ms);
    }
  }
  return { ef: INDEX_TUNING.efSearch, oursMs: percentiles(oursMs), theirsMs: percentiles(theirsMs) };
}

function recallCurve(
  exact: ExactIndex,
  vectors: number[][],
  setEf: (ef: number) => void,
  approximate: (v: number[]) => number[],
): RecallResult & { at: (ef: number) => number } {
  const truth = exactTruth(exact, vectors, K);
  const at = (ef: number) => {
    setEf(ef);
    const r = recallAtK(exact, truth, approximate, vectors, K);
    setEf(INDEX_TUNING.efSearch);
    return r;
  };
  const curve: Record<string, number> = {};
  for (const ef of EF_CURVE) curve[String(ef)] = at(ef);
  return { recallAt10: at(INDEX_TUNING.efSearch), efSearch: INDEX_TUNING.efSearch, curve, at };
}

/**
 * Turns progress events into seconds per phase. A phase lasts until the next one starts; when a phase reports more
 * than once (the embed batches), the time from its last report to the next phase is reported apart, as
 * `after <phase>` (after the last embed batch, the re-index inserts the vectors into the graph).
 */
class PhaseClock {
  private readonly marks: { phase: string; first: number; last: number; events: number }[] = [];

  readonly onProgress = (p: Progress): void => this.mark(p.phase);

  mark(phase: string): void {
    const now = performance.now();
    const current = this.marks[this.marks.length - 1];
    if (current?.phase === phase) {
      current.last = now;
      current.events++;
    } else this.marks.push({ phase, first: now, last: now, events: 1 });
  }

  phases(): Record<string, number> {
    const out: Record<string, number> = {};
    const add = (name: string, ms: number) => (out[name] = (out[name] ?? 0) + ms / 1000);
    for (let i = 0; i + 1 < this.marks.length; i++) {
      const m = this.marks[i]!;
      const next = this.marks[i + 1]!.first;
      if (m.events > 1) {
        add(m.phase, m.last - m.first);
        add(`after ${m.phase}`, next - m.last);
      } else add(m.phase, next - m.first);
    }
    return out;
  }
}

async function publishedBuildMb(indexDir: string): Promise<number> {
  const name = (await readFile(indexPaths(indexDir).current, "utf8")).trim();
  return folderMb(indexPaths(indexDir).build(name));
}

async function folderMb(dir: string): Promise<number> {
  let bytes = 0;
  for (const name of await readdir(dir)) bytes += (await stat(path.join(dir, name))).size;
  return bytes / 1e6;
}
