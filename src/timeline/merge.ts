/**
 * The same event reported by several articles appears once, with all its citations: reports of the same span whose
 * sentences share most of their content words are merged. Comparing whole sentences (not the short summaries)
 * keeps two different statements that share an attribution ("Rubio said on Sunday") apart.
 */
import type { Report } from "./articleEvents.js";
import type { TimelineTuning } from "./tuning.js";

/** Groups of reports of one event each; the first report of a group is the earliest published. */
export function mergeReports(reports: Report[], tuning: TimelineTuning): Report[][] {
  const ordered = [...reports].sort(
    (a, b) => a.publishedAt - b.publishedAt || a.sentence.articleId.localeCompare(b.sentence.articleId) || a.sentence.start - b.sentence.start,
  );
  const bySpan = new Map<string, Report[][]>();
  for (const r of ordered) {
    const key = `${r.start}|${r.end}`;
    const clusters = bySpan.get(key) ?? [];
    bySpan.set(key, clusters);
    const same = clusters.find((c) => c.some((other) => sameEvent(r, other, tuning)));
    if (same) same.push(r);
    else clusters.push([r]);
  }
  return [...bySpan.values()].flat();
}

export function sameEvent(a: Report, b: Report, tuning: TimelineTuning): boolean {
  let shared = 0;
  for (const t of a.terms) if (b.terms.has(t)) shared++;
  const union = a.terms.size + b.terms.size - shared;
  if (union > 0 && shared / union >= tuning.mergeJaccard) return true;
  const smaller = Math.min(a.terms.size, b.terms.size);
  return smaller >= tuning.mergeMinTerms && shared / smaller >= tuning.mergeContainment;
}
