/** Issue 10, item 2: an article whose time is unknown dates its relative expressions against its calendar day. */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.js";
import { splitSentences } from "../../src/text/sentences.js";
import { articleEvents } from "../../src/timeline/articleEvents.js";
import { TIMELINE_DEFAULTS } from "../../src/timeline/tuning.js";
import type { IndexedSentence } from "../../src/types.js";

/** [day, expression] of each report of an article published on the date `published` (no time) with this body. */
function reportsOf(published: string, body: string): [string, string][] {
  const parsed = parseArticle("d.md", `---\ntitle: T\nsource: S\npublished: ${published}\n---\n\n${body}`);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const a = parsed.article;
  const sentences: IndexedSentence[] = splitSentences(a.body).map((s, i) => ({ ...s, label: i, articleId: a.id, index: i, text: a.body.slice(s.start, s.end) }));
  return articleEvents(a, sentences, TIMELINE_DEFAULTS).map((r) => [r.start, r.expression]);
}

describe("timeline: a date-only published", () => {
  it("GIVEN published: 2025-12-03 (a Wednesday) THEN 'on Monday' is 2025-12-01 and the lead without a date is on 2025-12-03", () => {
    const days = reportsOf(
      "2025-12-03",
      "Negotiators from both countries agreed to meet again in Berlin, officials said.\n\nThe envoys first met on Monday in Geneva to discuss the plan.\n",
    );
    expect(days).toEqual([
      ["2025-12-03", "published"],
      ["2025-12-01", "on Monday"],
    ]);
  });

  it("GIVEN 'in the days following the talks' THEN no day is read from it (chrono reads tomorrow)", () => {
    const days = reportsOf(
      "2026-01-24",
      "In November, the capital also hosted meetings between the envoys and a Russian delegation, in the days following the talks in Geneva.\n\nThe talks ended on Saturday.\n",
    );
    // The month is the lead's own report; "in the days following" names no day (chrono read one: tomorrow).
    expect(days).toEqual([
      ["2025-11-01", "November"],
      ["2026-01-24", "on Saturday"],
    ]);
  });

  it("GIVEN 'the next day' after a sentence naming Saturday THEN the Sunday, not the day after publication; with no day before THEN no day", () => {
    const days = reportsOf(
      "2025-12-21",
      "The envoy said the consultations in Miami were constructive.\n\nHe arrived in Florida on Saturday and met the American envoys.\n\nIn a post, he wrote that the meetings would go on the next day.\n",
    );
    expect(days).toEqual([
      ["2025-12-21", "published"],
      ["2025-12-20", "on Saturday"],
      ["2025-12-21", "next day"],
    ]);
    expect(reportsOf("2025-12-21", "The envoy said the consultations in Miami were constructive.\n\nHe wrote that the meetings would go on the next day.\n")).toEqual([
      ["2025-12-21", "published"],
    ]);
  });
});
