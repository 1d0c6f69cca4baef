/** The maintainers' report as text for the terminal (`npm run feedback`). */
import type { FeedbackReport, ReportedAnswer } from "./report.js";

const MAX_QUOTE = 300;

export function formatFeedbackReport(r: FeedbackReport): string {
  const lines = [`Feedback${r.since ? ` since ${r.since}` : ""}: ${r.answers} answer${r.answers === 1 ? "" : "s"} given, ${r.votedDown.length} voted down, ${r.reported.length} reported, ${r.unanswered.reduce((n, g) => n + g.count, 0)} not found.`, ""];
  lines.push(`Answers voted down (${r.votedDown.length}):`);
  if (r.votedDown.length === 0) lines.push("  none");
  for (const a of r.votedDown) lines.push(...answerLines(a, `👎 ${a.down} 👍 ${a.up}`));
  lines.push("", `Reported quotes (${r.reported.length}):`);
  if (r.reported.length === 0) lines.push("  none");
  for (const a of r.reported) lines.push(...answerLines(a, `reported ${a.reports}×`));
  lines.push("", "Most frequent unanswered questions (grouped by their terms):");
  if (r.unanswered.length === 0) lines.push("  none");
  r.unanswered.forEach((g, i) => {
    lines.push(`  ${i + 1}. ${g.count}× “${g.question}”`);
    for (const v of g.variants.slice(0, 5)) lines.push(`       also: “${v}”`);
    if (g.variants.length > 5) lines.push(`       …and ${g.variants.length - 5} more wordings`);
  });
  return lines.join("\n");
}

function answerLines(a: ReportedAnswer, votes: string): string[] {
  const out = [`  #${a.id} ${a.at.slice(0, 16).replace("T", " ")} UTC — ${votes} — ${a.mode}, build ${a.build || "?"}`, `    Q: ${a.question}`, `    A: ${a.answer}`];
  a.quotes.forEach((q, i) => {
    const text = q.text.length > MAX_QUOTE ? `${q.text.slice(0, MAX_QUOTE)}…` : q.text;
    out.push(`    [${i + 1}] ${q.source} (${q.articleId}, ${q.start}–${q.end}): “${text}”`);
  });
  return out;
}
