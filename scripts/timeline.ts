/**
 * npm run timeline -- [--json] [--max N | --all] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--topic WORDS]
 *                     [--corpus DIR] [--index DIR] [--png FILE]
 * The key dates of the talks: the most salient events (at most --max, default 15) in date order, each with its
 * outlets and its most central report; --all lists every dated event with all its quotes, as before. --json prints
 * `{ events: [{ date, end?, label, text, outlets, articles, quotes }], total }` (with --all the full list's
 * `{ events: [{ date, end?, label?, text, quotes }] }`); --png also writes the picture. With a chat model
 * configured, the one-line summaries are written by it (checked against the quotes).
 */
import { stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { createEngine } from "../src/engine/createEngine.js";
import { TIMELINE_DEFAULTS, engineTimeline, formatTimelineText, renderTimelinePng, timelineJson } from "../src/timeline/index.js";
import { UserError } from "../src/errors.js";
import { runScript, scriptConfig, scriptLogger } from "./lib/cli.js";
import { parseFlags } from "./lib/flags.js";
import { progressReporter } from "./lib/progress.js";

const USAGE =
  "usage: npm run timeline -- [--json] [--max N | --all] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--topic WORDS] [--corpus DIR] [--index DIR] [--png FILE]";

await runScript(async () => {
  const { values } = parseFlags("timeline", USAGE, {
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
  // Before the index is loaded and the timeline built: a wrong --png path is found in a second, not after.
  const png = values.png === undefined ? undefined : await pngTarget(values.png);
  const logger = scriptLogger(config);
  const progress = progressReporter();
  const engine = await createEngine(config, { logger, onProgress: progress.onProgress, watch: false });
  progress.stop();
  const llm = config.llm
    ? { chat: (await import("../src/answer/chatModel.js")).createChatModel(config.llm), timeoutMs: config.llm.timeoutMs, logger }
    : undefined;
  try {
    const t = await engineTimeline(engine, { from: values.from, to: values.to, topic: values.topic, max }, llm);
    if (t.refusal) {
      process.stderr.write(`${t.refusal.message}\n`);
      return 1;
    }
    if (png) {
      await writeFile(png, renderTimelinePng(t)).catch((err: NodeJS.ErrnoException) => {
        throw new UserError("timeline.png", `timeline: cannot write ${png} (${err.code ?? err.message}) — choose another --png path`);
      });
      process.stderr.write(`timeline: wrote ${png}\n`);
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

/** The --png file, refused with one line when its folder does not exist (or is not a folder). */
async function pngTarget(value: string): Promise<string> {
  const file = path.resolve(value);
  const dir = path.dirname(file);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UserError("timeline.png", `timeline: cannot write ${file}: the folder ${dir} does not exist — create it or choose another --png path`);
  return file;
}
