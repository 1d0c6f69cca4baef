/**
 * Corroboration on the team's multi-outlet test articles (eval/news/dev and heldout: several outlets reporting the
 * same events, one pair giving different lengths for the first Berlin round) and on small articles written here for
 * a death toll and a day that outlets give differently.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figuresIn } from "../../src/answer/figures.js";
import { loadConfig } from "../../src/config.js";
import type { AnswerEngine } from "../../src/engine/AnswerEngine.js";
import { createEngine } from "../../src/engine/createEngine.js";
import { formatAnswerText } from "../../src/engine/formatText.js";
import type { Answer } from "../../src/types.js";
import { writeArticle } from "../helpers/tempCorpus.js";

let root: string;
const engines: Record<"news" | "made", AnswerEngine> = {} as never;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "talks-corroborate-"));
  const news = path.join(root, "news");
  cpSync(path.resolve("eval/news/dev"), news, { recursive: true });
  cpSync(path.resolve("eval/news/heldout"), news, { recursive: true });
  const made = path.join(root, "made");
  mkdirSync(made);
  const strike = { published: "2025-12-09T18:00:00+02:00" };
  writeArticle(made, "t1", "DNIPRO, Ukraine - A Russian missile strike on Dnipro on Tuesday killed 23 people and wounded dozens more, regional governor Serhiy Lysak said.\n\nRescue teams worked through the night.", { ...strike, source: "Alpha Wire", title: "Missile strike on Dnipro" });
  writeArticle(made, "t2", "Regional governor Serhiy Lysak said 25 people were killed when a Russian missile hit Dnipro on Tuesday.\n\nThe strike came as envoys prepared new talks.", { ...strike, source: "Beta News", title: "Dnipro strike kills 25" });
  writeArticle(made, "t3", "A Russian missile strike killed 23 people in Dnipro on Tuesday, said Serhiy Lysak, the regional governor.\n\nIt was the deadliest attack on the city this year.", { source: "Gamma Times", published: "2025-12-10T08:00:00+02:00", title: "Deadly strike in Dnipro" });
  writeArticle(made, "t4", "Rustem Umerov and Steve Witkoff will meet in Geneva on 4 December to go through the revised framework, officials said.", { source: "Delta Post", published: "2025-12-01T09:00:00+01:00", title: "Umerov and Witkoff to meet" });
  writeArticle(made, "t5", "Rustem Umerov and Steve Witkoff will meet in Geneva on 5 December to go through the revised framework, officials said.", { source: "Epsilon Daily", published: "2025-12-01T11:00:00+01:00", title: "Geneva meeting set" });
  for (const [name, dir] of [["news", news], ["made", made]] as const) {
    const config = loadConfig({ env: { CORPUS_DIR: dir, INDEX_DIR: path.join(root, `${name}-index`), LLM: "off" } });
    engines[name] = await createEngine(config, { watch: false });
  }
}, 180_000);

afterAll(async () => {
  for (const e of Object.values(engines)) await e?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Every quote is the article's text at its offsets (corroboration adds quotes; they must be verbatim too). */
function expectVerbatim(engine: AnswerEngine, a: Answer): void {
  const bodies = new Map(engine.snapshot().articles.map((x) => [x.id, x.body]));
  for (const q of a.quotes) expect(bodies.get(q.articleId)!.slice(q.start, q.end)).toBe(q.text);
}

describe("figures", () => {
  it("GIVEN counts, lengths, sums and shares THEN each is read with its unit and words; dates, years and clock times are not figures", () => {
    expect(figuresIn("The first round lasted more than five hours, on Sunday 14 December at 20:05 in 2025.")).toEqual([{ value: 5, unit: "hour", phrase: "more than five hours" }]);
    expect(figuresIn("Lavrov said 91 long-range drones were fired; EU leaders agreed €90bn, roughly 95 per cent.").map((f) => [f.value, f.unit, f.phrase])).toEqual([
      [91, "drone", "91 long-range drones"],
      [90e9, "€", "€90bn"],
      [95, "%", "roughly 95 per cent"],
    ]);
  });
});

describe("GIVEN several outlets reporting the same events", () => {
  it("a quote names the other outlets that state the same fact in their own words, never its own outlet", async () => {
    const engine = engines.news;
    const a = await engine.answer("How long did the Kremlin meeting last?");
    expectVerbatim(engine, a);
    const first = a.quotes[0]!;
    expect(first.text).toMatch(/five hours/);
    expect(first.alsoReportedBy).toBeDefined();
    expect(first.alsoReportedBy).not.toContain(first.source);
    // Each outlet named has an article with a sentence about the Kremlin meeting's five hours.
    const articles = engine.snapshot().articles;
    for (const outlet of first.alsoReportedBy!) {
      const said = articles.filter((x) => x.source === outlet).some((x) => /five[- ]hour/.test(x.body) && /Kremlin|Putin/.test(x.body));
      expect(said, outlet).toBe(true);
    }
    expect(formatAnswerText(a)).toContain(`— ${first.source}; also reported by ${first.alsoReportedBy!.join(first.alsoReportedBy!.length > 2 ? ", " : " and ").replace(/, ([^,]*)$/, " and $1")}`);
  });

  it("two outlets giving different lengths for the first Berlin round THEN both are shown with their sources", async () => {
    const engine = engines.news;
    const a = await engine.answer("How long did the first round of the Berlin talks last?");
    expectVerbatim(engine, a);
    expect(a.disagreements).toHaveLength(1);
    const [d] = a.disagreements!;
    const values = d!.reports.map((r) => [r.value, r.source, a.quotes[r.quote]!.source]);
    expect(values).toEqual(
      expect.arrayContaining([
        ["more than five hours", "Rhein Post International", "Rhein Post International"],
        ["some six hours", "Brussels Observer", "Brussels Observer"],
      ]),
    );
    expect(formatAnswerText(a)).toMatch(/Reports differ on the figure: “(more than five|some six) hours” \(.+ \[\d\]\) · “(more than five|some six) hours” \(.+ \[\d\]\)\./);
  });

  it("GIVEN every dev and held-out question THEN no other disagreement is claimed (labels such as '28-point' and other events' figures are not conflicts)", async () => {
    const engine = engines.news;
    const lines = ["eval/news/dev-questions-a.jsonl", "eval/news/dev-questions-b.jsonl", "eval/news/heldout-questions.jsonl"].flatMap((f) =>
      readFileSync(f, "utf8").split("\n").filter(Boolean),
    );
    const claimed: string[] = [];
    for (const line of lines) {
      const { q } = JSON.parse(line) as { q: string };
      const a = await engine.answer(q);
      for (const d of a.disagreements ?? []) claimed.push([...new Set(d.reports.map((r) => r.value))].sort().join(" / ")); // two outlets may give one figure
    }
    expect(lines.length).toBeGreaterThan(100);
    expect([...new Set(claimed)]).toEqual(claimed.length ? ["more than five hours / some six hours"] : []);
  }, 120_000);
});

describe("GIVEN outlets that disagree on a death toll or a day", () => {
  it("a toll stated differently THEN both tolls are quoted with their outlets, and the agreeing outlet is named", async () => {
    const engine = engines.made;
    const a = await engine.answer("How many people did the missile strike on Dnipro kill?");
    expectVerbatim(engine, a);
    expect(a.disagreements).toEqual([
      {
        what: "number",
        reports: [
          { quote: 0, source: a.quotes[0]!.source, value: expect.stringMatching(/^2[35] people$/) },
          { quote: expect.any(Number), source: expect.any(String), value: expect.stringMatching(/^2[35] people$/) },
        ],
      },
    ]);
    const values = a.disagreements![0]!.reports.map((r) => r.value).sort();
    expect(values).toEqual(["23 people", "25 people"]);
    const withTwentyThree = a.quotes.find((q) => q.text.includes("23 people"))!;
    expect(withTwentyThree.alsoReportedBy).toEqual([withTwentyThree.source === "Alpha Wire" ? "Gamma Times" : "Alpha Wire"]);
    // The lead-in names the articles it now quotes.
    expect(a.answer).toMatch(/^From \d articles:/);
  });

  it("a meeting day stated differently THEN both days are shown", async () => {
    const engine = engines.made;
    const a = await engine.answer("When will Umerov and Witkoff meet in Geneva?");
    expectVerbatim(engine, a);
    expect(a.disagreements?.[0]?.what).toBe("date");
    expect(a.disagreements![0]!.reports.map((r) => r.value).sort()).toEqual(["on 4 December", "on 5 December"]);
    expect(formatAnswerText(a)).toContain("Reports differ on the day:");
  });

  it("GIVEN npm run ask THEN the terminal text and --json show the other outlets and both tolls", () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/ask.ts", "--corpus", path.join(root, "made"), "--index", path.join(root, "made-index"), ...args], {
        encoding: "utf8",
        env: { ...process.env, LOG_LEVEL: "warn", LLM: "off" },
        timeout: 60_000,
      });
    const question = "How many people did the missile strike on Dnipro kill?";
    const json = JSON.parse(run(["--json", question]).stdout) as Answer & { question: string };
    expect(json.disagreements![0]!.reports.map((r) => [r.value, json.quotes[r.quote]!.source]).sort()).toEqual([
      ["23 people", json.quotes.find((q) => q.text.includes("23 people"))!.source],
      ["25 people", "Beta News"],
    ]);
    expect(json.quotes.find((q) => q.text.includes("23 people"))!.alsoReportedBy).toHaveLength(1);
    const text = run([question]).stdout;
    expect(text).toMatch(/^From 2 articles:\nReports differ on the figure: “2[35] people” \(.+ \[1\]\) · “2[35] people” \(.+ \[2\]\)\./);
    expect(text).toMatch(/— (Alpha Wire|Gamma Times); also reported by (Gamma Times|Alpha Wire)\n/);
  }, 60_000);
});
