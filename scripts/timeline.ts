/**
 * npm run timeline -- [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--topic WORDS] [--corpus DIR] [--index DIR]
 *                     [--png FILE]
 * The dated events of the articles in date order, grouped by day, with their quotes; --json prints the contract
 * `{ events: [{ date, text, quotes }] }`; --png also writes the picture. With a chat model configured, the one-line
 * summaries are written by it (checked against the quotes).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createChatModel } from "../src/answer/chatModel.js";
import { createEngine } from "../src/engine/createEngine.js";
import { engineTimeline, formatTimelineText, renderTimelinePng, timelineJson } from "../src/timeline/index.js";
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
    },
  });
  const config = scriptConfig(values);
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
    if (values.png) {
      const file = path.resolve(values.png);
      await writeFile(file, renderTimelinePng(t));
      process.stderr.write(`timeline: wrote ${file}\n`);
    }
    process.stdout.write(values.json ? `${JSON.stringify(timelineJson(t), null, 2)}\n` : `${formatTimelineText(t)}\n`);
  } finally {
    await engine.close();
  }
});
