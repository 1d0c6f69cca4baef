/**
 * npm run timeline -- [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--topic WORDS] [--corpus DIR] [--index DIR]
 *                     [--png FILE]
 * The dated events of the articles in date order, grouped by day, with their quotes; --json prints the contract
 * `{ events: [{ date, text, quotes }] }`; --png also writes the picture. With a chat model configured, the one-line
 * summaries are written by it (checked against the quotes).
 */
import { stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { createChatModel } from "../src/answer/chatModel.js";
import { createEngine } from "../src/engine/createEngine.js";
import { engineTimeline, formatTimelineText, renderTimelinePng, timelineJson } from "../src/timeline/index.js";
import { UserError } from "../src/errors.js";
import { runScript, scriptConfig, scriptLogger } from "./lib/cli.js";
import { parseFlags } from "./lib/flags.js";
import { progressReporter } from "./lib/progress.js";

const USAGE =
  "usage: npm run timeline -- [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--topic WORDS] [--corpus DIR] [--index DIR] [--png FILE]";

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
    },
  });
  const config = scriptConfig(values);
  // Before the index is loaded and the timeline built: a wrong --png path is found in a second, not after.
  const png = values.png === undefined ? undefined : await pngTarget(values.png);
  const logger = scriptLogger(config);
  const progress = progressReporter();
  const engine = await createEngine(config, { logger, onProgress: progress.onProgress, watch: false });
  progress.stop();
  const llm = config.llm ? { chat: createChatModel(config.llm), timeoutMs: config.llm.timeoutMs, logger } : undefined;
  try {
    const t = await engineTimeline(engine, { from: values.from, to: values.to, topic: values.topic }, llm);
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
    process.stdout.write(values.json ? `${JSON.stringify(timelineJson(t), null, 2)}\n` : `${formatTimelineText(t)}\n`);
  } finally {
    await engine.close();
  }
});

/** The --png file, refused with one line when its folder does not exist (or is not a folder). */
async function pngTarget(value: string): Promise<string> {
  const file = path.resolve(value);
  const dir = path.dirname(file);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UserError("timeline.png", `timeline: cannot write ${file}: the folder ${dir} does not exist — create it or choose another --png path`);
  return file;
}
