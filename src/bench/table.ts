/** The benchmark report as one plain-text table: a row per figure, a column per corpus, the target at the end. */
import type { BenchReport, Check, CorpusReport } from "./runBench.js";
import { buildRatio, searchRatio } from "./runBench.js";
import { INDEX_TUNING } from "../index/tuning.js";
import { EF_CURVE } from "./tasks.js";

interface Row {
  label: string;
  cell: (r: CorpusReport) => string;
  /** Which check (by its `what`) this row's target is. */
  check?: string;
}

const n = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : "–");
/** Seconds or MB: two decimals under 1, one under 100, none above. */
const q = (x: number): string => n(x, Math.abs(x) < 1 ? 2 : Math.abs(x) < 100 ? 1 : 0);
const k = (x: number): string => (x >= 10_000 ? `${n(x / 1000, 0)}k` : String(Math.round(x)));
const ms3 = (p: { p50: number; p95: number; p99: number }): string => `${n(p.p50)} / ${n(p.p95)} / ${n(p.p99)}`;
const ms2 = (p: { p50: number; p95: number }): string => `${n(p.p50, 2)} / ${n(p.p95, 2)}`;

const ROWS: Row[] = [
  { label: "articles / sentences", cell: (r) => `${r.articles} / ${k(r.build.sentences)}` },
  { label: "full build, s", cell: (r) => q(r.build.seconds), check: "full build, s" },
  { label: "  read+split / embed / graph / BM25 / write, s", cell: (r) => phases(r.build.phases) },
  { label: "  CPU s of the build process", cell: (r) => q(r.build.cpuSeconds) },
  { label: "  sentences/s", cell: (r) => k(r.build.sentencesPerSecond) },
  { label: "  peak RSS, MB", cell: (r) => n(r.build.maxRssMb, 0), check: "peak RSS of the build, MB" },
  { label: "  index on disk, MB", cell: (r) => q(r.build.indexMb) },
  { label: "re-index, 1 article added, s", cell: (r) => n(r.reindexAdded.seconds, 2) },
  { label: "re-index, 1 article changed, s", cell: (r) => n(r.reindexChanged.seconds, 2), check: "re-index after one changed article, s" },
  { label: "  of which load previous+split / write, s", cell: (r) => `${n(r.reindexChanged.phases["read corpus"] ?? NaN, 2)} / ${n(r.reindexChanged.phases.write ?? NaN, 2)}` },
  { label: "cold load (createEngine), s", cell: (r) => n(r.load.engineLoadSeconds, 2), check: "cold load, s" },
  { label: "  npm start → chat ready, s (median)", cell: (r) => `${n(r.startup.chatReady.median, 2)}${r.startup.compiled ? "" : " (tsx)"}` },
  { label: "  npm run ask, one question, whole run, s", cell: (r) => n(r.startup.askOneQuestion.median, 2) },
  { label: "  first answer, ms", cell: (r) => n(r.load.firstAnswerMs, 0) },
  { label: "answer p50 / p95 / p99, ms", cell: (r) => ms3(r.query.answerMs), check: "answer p95, ms" },
  { label: "  same in CPU ms", cell: (r) => ms3(r.query.answerCpuMs) },
  { label: "  hybrid retrieval p50 / p95, ms", cell: (r) => ms2(r.query.retrievalMs) },
  { label: "  dense top-10 p50 / p95, ms", cell: (r) => ms2(r.query.denseMs) },
  { label: "  found / questions", cell: (r) => `${r.query.found} / ${r.query.questions}` },
  { label: `recall@10 (efSearch ${INDEX_TUNING.efSearch})`, cell: (r) => n(r.query.recallAt10, 3), check: "recall@10" },
  { label: `  at ef ${EF_CURVE.join(" / ")}`, cell: (r) => EF_CURVE.map((ef) => n(r.query.curve[String(ef)] ?? NaN, 2)).join(" / ") },
  { label: "LangChain HNSWLib build, s", cell: (r) => q(r.langchain.seconds) },
  { label: "  read+split / fromDocuments / save, s", cell: (r) => lcPhases(r.langchain.phases) },
  { label: "  peak RSS, MB / on disk, MB", cell: (r) => `${n(r.langchain.maxRssMb, 0)} / ${q(r.langchain.indexMb)}` },
  { label: "  build, ours / theirs", cell: (r) => n(buildRatio(r), 2), check: "build, ours / LangChain" },
  { label: "LangChain search p50 / p95, ms (ef 10)", cell: (r) => ms2(r.langchain.searchMs) },
  { label: "  recall@10 at their ef 10", cell: (r) => n(r.langchain.recallAt10, 3) },
  { label: `  at ef ${INDEX_TUNING.efSearch}: recall@10`, cell: (r) => n(r.langchain.recallAtOurEf, 3) },
  { label: `  side by side, ef ${INDEX_TUNING.efSearch}: our dense p50 / p95, ms`, cell: (r) => (r.query.sideBySide ? ms2(r.query.sideBySide.oursMs) : "–") },
  { label: `  side by side, ef ${INDEX_TUNING.efSearch}: their search p50 / p95, ms`, cell: (r) => (r.query.sideBySide ? ms2(r.query.sideBySide.theirsMs) : "–") },
  { label: "  search p95, ours / theirs (side by side)", cell: (r) => n(searchRatio(r), 2), check: "search p95, ours / LangChain (same ef)" },
  { label: "  answer p95 / their search p95 (ef 10)", cell: (r) => n(r.query.answerMs.p95 / r.langchain.searchMs.p95, 0) },
  { label: "LangChain cold load (HNSWLib.load), s", cell: (r) => n(r.langchainLoad.loadSeconds, 2) },
];

export function formatTable(report: BenchReport): string {
  const heads = ["", ...report.corpora.map((c) => c.label), `target (${labelOf(report)})`];
  const lines = ROWS.map((row) => [row.label, ...report.corpora.map((c) => row.cell(c)), target(report.checks, row.check)]);
  const widths = heads.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  const m = report.machine;
  return [
    fmt(heads),
    ...lines.map(fmt),
    "",
    `machine: ${m.cpus} × ${m.cpuModel}, ${n(m.memoryGb)} GB, Node ${m.node}; load average ${n(m.loadAverage.start, 2)} → ${n(m.loadAverage.end, 2)}` +
      (Math.max(m.loadAverage.start, m.loadAverage.end) > m.cpus ? " (busy: other work was competing, times are inflated)" : ""),
    `tuning: HNSW m ${report.tuning.m}, efConstruction ${report.tuning.efConstruction}, efSearch ${report.tuning.efSearch}; ` +
      `${report.isolated ? "each measurement in its own process" : "in-process (RSS is the whole process's)"}`,
    (report.quick ? "quick run: the targets are for the full speech corpus; beside a slice they are only indicative\n" : "") +
    `targets: ${report.checks.filter((c) => c.ok).length}/${report.checks.length} met` +
      (report.checks.some((c) => !c.ok) ? ` — missed: ${report.checks.filter((c) => !c.ok).map((c) => c.what).join("; ")}` : ""),
  ].join("\n");
}

function labelOf(report: BenchReport): string {
  return report.corpora.find((c) => c.name === report.targetCorpus)?.label ?? report.targetCorpus;
}

function target(checks: Check[], what: string | undefined): string {
  const c = what ? checks.find((x) => x.what === what) : undefined;
  return c ? `${c.target} ${c.ok ? "ok" : "MISSED"}` : "";
}

function phases(p: Record<string, number>): string {
  return [p["read corpus"], p.embed, p["after embed"], p["lexical index"], p.write].map((x) => q(x ?? 0)).join(" / ");
}

function lcPhases(p: Record<string, number>): string {
  return [p["read corpus"], p.fromDocuments, p.save].map((x) => q(x ?? 0)).join(" / ");
}
