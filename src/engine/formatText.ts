/**
 * Plain-text rendering of an answer for the terminal chat and `npm run ask` (without --json).
 */
import type { Answer, Quote } from "../types.js";
import { disagreementLines, reportedByLine } from "./corroborationText.js";
import { formatPublished, outletOf } from "./leadIn.js";

export function formatAnswerText(answer: Answer): string {
  const about = answer.followUp ? [aboutLine(answer.followUp.about)] : [];
  if (answer.quotes.length === 0) return [...about, answer.answer].join("\n");
  const lines = [...about, answer.answer, ...disagreementLines(answer), ""];
  answer.quotes.forEach((q, i) => {
    const reported = reportedByLine(q);
    lines.push(`  “${q.text}”`, `     [${i + 1}] ${citation(q)}`, ...(reported ? [`     — ${reported}`] : []), "");
  });
  return lines.join("\n").trimEnd();
}

/** Outlet (and the others that carried it), headline, date and link: "Axios — “Headline” — 30 Nov 2025 — https://…". */
export function citation(q: Pick<Quote, "source" | "title" | "published" | "url" | "alsoPublishedBy">): string {
  return [outletOf(q), `“${q.title}”`, formatPublished(q.published), q.url].filter(Boolean).join(" — ");
}

/** What a follow-up was taken to be about, shown above its answer so the reader can tell how it was understood. */
export function aboutLine(about: string): string {
  return `(about: ${about})`;
}
