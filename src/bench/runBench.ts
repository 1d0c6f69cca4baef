/**
 * `npm run bench`: for each corpus, a full build, a cold load, warm answers and recall, the same build and search
 * with LangChain's HNSWLib, and two incremental re-indexes (one article added, one changed). Each measurement runs
 * in a child process of its own (see runTask.ts).
 */
import { cpus, freemem, loadavg, totalmem } from "node:os";
import path from "node:path";
import { INDEX_TUNING } from "../index/tuning.js";
import {
  addOneArticle,
  changeOneArticle,
  countArticles,
  replicatedSpeeches,
  seedCorpus,
  speechCorpus,
  speechSlice,
  type CorpusSpec,
} from "./corpora.js";
import { runTask, type TaskResult } from "./runTask.js";
import { measureStartup, type StartupResult } from "./startup.js";
import { BENCH_TARGETS } from "./targets.js";

export interface BenchOptions {
  /** The project's corpus folder (the seed corpus). */
  seedDir: string;
  /** Where corpora, indexes and LangChain stores are written (git-ignored). */
  workDir: string;
  /** Seed + a slice of the speeches, fewer questions, no ×10. */
  quick?: boolean;
  /** Run each measurement in its own process (default true; the smoke test runs them in-process). */
  isolate?: boolean;
  /** Questions timed per corpus (default 300, quick 60). */
  questions?: number;
  warmup?: number;
  seed?: number;
  /** Runs of `npm start` and `npm run ask` per corpus, median kept (default 5). */
  startRuns?: number;
  /** Replaces the default corpora (the smoke test uses tiny ones). */
  corpora?: CorpusSpec[];
  /** The corpus the targets apply to (default "speeches", quick "speech-slice"). */
  targetCorpus?: string;
  /** One line per step, for the terminal. */
  onStep?: (line: string) => void;
}

export interface CorpusReport {
  name: string;
  label: string;
  articles: number;
  build: TaskResult<"build">;
  load: TaskResult<"load">;
  /** `npm start` and `npm run ask` as a person runs them (see startup.ts). */
  startup: StartupResult;
  query: TaskResult<"query">;
  langchain: TaskResult<"langchain">;
  langchainLoad: TaskResult<"langchainLoad">;
  reindexAdded: TaskResult<"reindex">;
  reindexChanged: TaskResult<"reindex">;
}

export interface Check {
  corpus: string;
  what: string;
  value: number;
  target: string;
  ok: boolean;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  quick: boolean;
  isolated: boolean;
  machine: MachineInfo;
  tuning: { m: number; efConstruction: number; efSearch: number };
  targets: typeof BENCH_TARGETS;
  targetCorpus: string;
  corpora: CorpusReport[];
  checks: Check[];
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  freeMemoryGb: number;
  node: string;
  platform: string;
  /** 1-minute load average at the start and the end: above the CPU count, other work was competing. */
  loadAverage: { start: number; end: number };
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const quick = options.quick ?? false;
  const isolate = options.isolate ?? true;
  const seed = options.seed ?? 7;
  const questions = options.questions ?? (quick ? 60 : 300);
  const warmup = options.warmup ?? 20;
  const corpora = options.corpora ?? defaultCorpora(options.seedDir, quick, seed);
  const targetCorpus = options.targetCorpus ?? (quick ? "speech-slice" : "speeches");
  const step = options.onStep ?? (() => {});
  const startedAt = new Date().toISOString();
  const loadStart = loadavg()[0]!;
  const reports: CorpusReport[] = [];
  for (const spec of corpora) reports.push(await benchCorpus(spec, { ...options, isolate, seed, questions, warmup, step }));
  return {
    startedAt,
    finishedAt: new Date().toISOString(),
    quick,
    isolated: isolate,
    machine: machineInfo(loadStart),
    tuning: { m: INDEX_TUNING.m, efConstruction: INDEX_TUNING.efConstruction, efSearch: INDEX_TUNING.efSearch },
    targets: BENCH_TARGETS,
    targetCorpus,
    corpora: reports,
    checks: checks(reports.find((r) => r.name === targetCorpus)),
  };
}

function defaultCorpora(seedDir: string, quick: boolean, seed: number): CorpusSpec[] {
  return quick ? [seedCorpus(seedDir), speechSlice(12)] : [seedCorpus(seedDir), speechCorpus(), replicatedSpeeches(10, seed)];
}

type Resolved = BenchOptions & { isolate: boolean; seed: number; questions: number; warmup: number; step: (line: string) => void };

async function benchCorpus(spec: CorpusSpec, o: Resolved): Promise<CorpusReport> {
  const corpusDir = path.join(o.workDir, "corpora", spec.name);
  const indexDir = path.join(o.workDir, "index", spec.name);
  const storeDir = path.join(o.workDir, "langchain", spec.name);
  const run = { isolate: o.isolate };
  o.step(`${spec.label}: writing the corpus`);
  await spec.prepare(corpusDir);
  const articles = await countArticles(corpusDir);
  o.step(`${spec.label}: full build (${articles} articles)`);
  const build = await runTask("build", { corpusDir, indexDir }, run);
  o.step(`${spec.label}: cold load`);
  const load = await runTask("load", { corpusDir, indexDir }, run);
  o.step(`${spec.label}: npm start and npm run ask, ${o.startRuns ?? 5} times each`);
  const startup = await measureStartup({ corpusDir, indexDir }, o.startRuns ?? 5);
  const queryArgs = { corpusDir, indexDir, questions: o.questions, warmup: o.warmup, seed: o.seed };
  o.step(`${spec.label}: LangChain HNSWLib build and search`);
  const langchain = await runTask("langchain", { ...queryArgs, storeDir }, run);
  const langchainLoad = await runTask("langchainLoad", { corpusDir, indexDir, storeDir }, run);
  o.step(`${spec.label}: ${o.questions} questions, recall@10`);
  const query = await runTask("query", { ...queryArgs, storeDir }, run);
  o.step(`${spec.label}: re-index after adding one article`);
  await addOneArticle(corpusDir, o.seed);
  const reindexAdded = await runTask("reindex", { corpusDir, indexDir }, run);
  o.step(`${spec.label}: re-index after changing one article`);
  await changeOneArticle(corpusDir);
  const reindexChanged = await runTask("reindex", { corpusDir, indexDir }, run);
  return { name: spec.name, label: spec.label, articles, build, load, startup, query, langchain, langchainLoad, reindexAdded, reindexChanged };
}

/** The targets, checked on the target corpus. */
export function checks(r: CorpusReport | undefined): Check[] {
  if (!r) return [];
  const t = BENCH_TARGETS;
  const max = (what: string, value: number, limit: number, unit: string): Check => ({
    corpus: r.name,
    what,
    value,
    target: `≤ ${limit}${unit}`,
    ok: value <= limit,
  });
  return [
    max("full build, s", r.build.seconds, t.buildSeconds, " s"),
    max("re-index after one changed article, s", r.reindexChanged.seconds, t.reindexChangedSeconds, " s"),
    max("cold load, s", r.load.engineLoadSeconds, t.coldLoadSeconds, " s"),
    max("answer p95, ms", r.query.answerMs.p95, t.answerP95Ms, " ms"),
    max("peak RSS of the build, MB", r.build.maxRssMb, t.peakRssMb, " MB"),
    { corpus: r.name, what: "recall@10", value: r.query.recallAt10, target: `≥ ${t.recallAt10}`, ok: r.query.recallAt10 >= t.recallAt10 },
    max("build, ours / LangChain", buildRatio(r), t.ratioVsLangChain, ""),
    max("search p95, ours / LangChain (same ef)", searchRatio(r), t.ratioVsLangChain, ""),
  ];
}

export const buildRatio = (r: CorpusReport): number => r.build.seconds / r.langchain.seconds;
/** Our dense top 10 against LangChain's similaritySearch at the same efSearch, timed side by side (like for like). */
export const searchRatio = (r: CorpusReport): number =>
  r.query.sideBySide ? r.query.sideBySide.oursMs.p95 / r.query.sideBySide.theirsMs.p95 : NaN;

function machineInfo(loadStart: number): MachineInfo {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? "unknown",
    memoryGb: totalmem() / 2 ** 30,
    freeMemoryGb: freemem() / 2 ** 30,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: { start: loadStart, end: loadavg()[0]! },
  };
}
