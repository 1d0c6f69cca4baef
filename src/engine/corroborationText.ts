/**
 * The words of corroboration shared by every adapter (terminal, `ask`, Discord): which other outlets report a
 * quote's fact, and where reports differ.
 */
import type { Answer, Quote } from "../types.js";

/** "Axios; also reported by Reuters and Kyiv Independent", or undefined when no other outlet reports it. */
export function reportedByLine(q: Pick<Quote, "source" | "alsoReportedBy">): string | undefined {
  const others = q.alsoReportedBy ?? [];
  if (others.length === 0) return undefined;
  return `${q.source}; also reported by ${andList(others)}`;
}

/**
 * One line per disagreement: `Reports differ: “more than five hours” (Rhein Post [2]) · “some six hours”
 * (Brussels Observer [1]).` Quote numbers are 1-based, as shown.
 */
export function disagreementLines(answer: Pick<Answer, "disagreements">): string[] {
  return (answer.disagreements ?? []).map((d) => {
    const reports = d.reports.map((r) => `“${r.value}” (${r.source} [${r.quote + 1}])`).join(" · ");
    return `Reports differ on the ${d.what === "date" ? "day" : "figure"}: ${reports}.`;
  });
}

function andList(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
