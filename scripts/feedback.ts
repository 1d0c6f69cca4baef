/**
 * npm run feedback -- [--since DATE] [--json]
 * What users told the bot (from DATA_DIR): answers voted down with their quotes, reported quotes, and the most
 * frequent unanswered questions grouped by similarity — the corpus's gaps to fill.
 */
import { openFeedbackForReport } from "../src/feedback/openFeedback.js";
import { formatFeedbackReport } from "../src/feedback/formatReport.js";
import { feedbackReport } from "../src/feedback/report.js";
import { runScript, scriptConfig, scriptLogger } from "./lib/cli.js";
import { UsageError, parseFlags } from "./lib/flags.js";

const USAGE = "usage: npm run feedback -- [--since YYYY-MM-DD] [--json]";

await runScript(async () => {
  const { values } = parseFlags("feedback", USAGE, {
    options: { since: { type: "string" }, json: { type: "boolean", default: false } },
  });
  const since = values.since === undefined ? undefined : sinceOf(values.since);
  const config = scriptConfig({});
  const store = openFeedbackForReport(config.dataDir, scriptLogger(config));
  try {
    const report = feedbackReport(store, since);
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatFeedbackReport(report)}\n`);
  } finally {
    store.close();
  }
});

/** A day (YYYY-MM-DD, from its start in UTC) or an ISO date-time, as the ISO time stored answers are compared with. */
function sinceOf(value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const time = /^\d{4}-\d{2}-\d{2}T/.test(day) ? Date.parse(day) : NaN;
  if (Number.isNaN(time)) throw new UsageError("feedback", `--since must be a date such as 2025-12-01, not "${value.slice(0, 40)}"`, USAGE);
  return new Date(time).toISOString();
}
