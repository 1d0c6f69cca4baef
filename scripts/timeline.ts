/**
 * npm run timeline -- [--json] [--max N | --all] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--topic WORDS]
 *                     [--corpus DIR] [--index DIR] [--png FILE]
 * The key dates of the talks: the most salient events (at most --max, default 15) in date order, each with its
 * outlets and its most central report; --all lists every dated event with all its quotes, as before. --json prints
 * `{ events: [{ date, end?, label, text, outlets, articles, quotes }], total }` (with --all the full list's
 * `{ events: [{ date, end?, label?, text, quotes }] }`); --png also writes the picture. With a chat model
 * configured, the one-line summaries are written by it (checked against the quotes).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createChatModel } from "../src/answer/chatModel.js";
import { createEngine } from "../src/engine/createEngine.js";
import { TIMELINE_DEFAULTS, engineTimeline, formatTimelineText, renderTimelinePng, timelineJson } from "../src/timeline/index.js";
import { runScript, scriptConfig, scriptLogger } from "./lib/cli.js";
import { progressReporter } from "./lib/progress.js";

await runScript(async () => {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      from: { type: "string" },
      to: { type: "string" },
      topic: { type: "string" },
      corpus: { type: "string" },
      index: { type: "string" },
      png: { type: "string" },
      max: { type: "string" },
      all: { type: "boolean", default: false },
    },
  });
  const max = maxOf(values.max, values.all);
  if (typeof max === "string") {
    process.stderr.write(`${max}\n`);
    return 2;
  }
  const config = scriptConfig(values);
  const logger = scriptLogger(config);
  const progress = progressReporter();
  const engine = await createEngine(config, { logger, onProgress: progress.onProgress, watch: false });
  progress.stop();
  const llm = config.llm ? { chat: createChatModel(config.llm), timeoutMs: config.llm.timeoutMs, logger } : undefined;
  try {
    const t = await engineTimeline(engine, { from: values.from, to: values.to, topic: values.topic, max }, llm);
    if (t.refusal) {
      process.stderr.write(`${t.refusal.message}\n`);
      return 1;
    }
    if (values.png) {
      const file = path.resolve(values.png);
      await writeFile(file, renderTimelinePng(t));
      process.stderr.write(`timeline: wrote ${file}\n`);
    }
    const hint = "Every dated event, with all its quotes: npm run timeline -- --all";
    process.stdout.write(values.json ? `${JSON.stringify(timelineJson(t), null, 2)}\n` : `${formatTimelineText(t, hint)}\n`);
  } finally {
    await engine.close();
  }
});

/** The summary's size: --max N, the default, or undefined for --all; a message when the value is unusable. */
function maxOf(max: string | undefined, all: boolean): number | undefined | string {
  if (all && max !== undefined) return "timeline: --max and --all contradict each other — give one of them";
  if (all) return undefined;
  if (max === undefined) return TIMELINE_DEFAULTS.summaryMax;
  const n = Number(max);
  if (!/^\d+$/.test(max.trim()) || n < 1 || n > 1000) return `timeline: --max must be a whole number from 1 to 1000 (got "${max.slice(0, 20)}")`;
  return n;
}
