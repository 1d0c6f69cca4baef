/**
 * Plain-text rendering of an answer for the terminal chat and `npm run ask` (without --json).
 */
import type { Answer, Quote } from "../types.js";
import { formatPublished } from "./leadIn.js";

export function formatAnswerText(answer: Answer): string {
  if (answer.quotes.length === 0) return answer.answer;
  const lines = [answer.answer, ""];
  answer.quotes.forEach((q, i) => {
    lines.push(`  “${q.text}”`, `     [${i + 1}] ${citation(q)}`, "");
  });
  return lines.join("\n").trimEnd();
}

/** Outlet, headline, date and link: "Axios — “Headline” — 30 Nov 2025 — https://…". */
export function citation(q: Pick<Quote, "source" | "title" | "published" | "url" | "alsoReportedBy">): string {
  const line = [q.source, `“${q.title}”`, formatPublished(q.published), q.url].filter(Boolean).join(" — ");
  return q.alsoReportedBy?.length ? `${line} (${alsoReported(q.alsoReportedBy)})` : line;
}

/** "also reported by Reuters", "also reported by Reuters and AP", "… Reuters, AP and 2 more". */
export function alsoReported(outlets: readonly string[]): string {
  const shown = outlets.slice(0, 2);
  const more = outlets.length - shown.length;
  if (more > 0) return `also reported by ${shown.join(", ")} and ${more} more`;
  return `also reported by ${shown.join(" and ")}`;
}
