import { describe, expect, it } from "vitest";
import { engineTimeline } from "../../src/timeline/engineTimeline.js";
import type { SearchHit } from "../../src/types.js";
import { seedArticle, snapshotOf } from "./snapshot.js";

/** The engine's search as the timeline sees it: here, a ranking the test chooses (the edge being faked). */
function engineWith(rank: (query: string) => string[]) {
  const snapshot = snapshotOf([seedArticle()]);
  const sentences = snapshot.sentencesOf(snapshot.articles[0]!.id);
  const queries: string[] = [];
  return {
    queries,
    snapshot: () => snapshot,
    search: async (query: string, k: number): Promise<SearchHit[]> => {
      queries.push(query);
      return rank(query)
        .map((words) => sentences.find((s) => s.text.includes(words))!)
        .slice(0, k)
        .map((sentence, i) => ({ sentence, score: 1 / (i + 1) }));
    },
  };
}

describe("engineTimeline with a topic", () => {
  it("GIVEN search hits that share a word with the topic THEN their events are kept along with the lexical matches", async () => {
    const engine = engineWith(() => ["he resigned on Friday", "Yermak, long seen", "arrived in Miami on Saturday"]);
    const t = await engineTimeline(engine, { topic: "Yermak resignation" });
    expect(engine.queries).toEqual(["Yermak resignation"]);
    // Friday: "resigned" + "Yermak" in the sentence; Sunday: a hit naming Yermak; Saturday's hit shares no word.
    expect(t.events.map((e) => e.date)).toEqual(["2025-11-28", "2025-11-30"]);
  });

  it("GIVEN a topic the articles never mention THEN no events, although search always returns its nearest sentences", async () => {
    const engine = engineWith(() => ["The negotiations on Sunday", "he resigned on Friday"]);
    expect((await engineTimeline(engine, { topic: "banana exports" })).events).toEqual([]);
  });

  it("GIVEN no topic THEN search is not called", async () => {
    const engine = engineWith(() => []);
    expect((await engineTimeline(engine, {})).events.length).toBeGreaterThan(5);
    expect(engine.queries).toEqual([]);
  });
});
