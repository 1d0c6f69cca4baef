import { describe, expect, it } from "vitest";
import { timelineJson } from "../../src/timeline/json.js";
import { timeline } from "../../src/timeline/timeline.js";
import { article, SEED_ID, seedArticle, snapshotOf } from "./snapshot.js";

const seed = () => snapshotOf([seedArticle()]);
const byText = (t: ReturnType<typeof timeline>, words: string) => t.events.find((e) => e.quotes.some((q) => q.text.includes(words)));

describe("timeline of the seed article", () => {
  it("GIVEN the seed THEN its dated events come in date order, grouped by day, each span once", () => {
    const t = timeline(seed());
    expect(t.groups.map((g) => g.label)).toEqual([
      "Sun 23 Nov 2025",
      "week of 23 Nov 2025",
      "Thu 27 Nov 2025",
      "Fri 28 Nov 2025",
      "Sat 29 Nov 2025",
      "Sun 30 Nov 2025",
      "1–6 Dec 2025",
      "Tue 2 Dec 2025",
    ]);
    const keys = t.events.map((e) => `${e.date}|${e.end}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("GIVEN sentences with no date of their own THEN they are not placed", () => {
    const t = timeline(seed());
    expect(byText(t, "We had a very productive session")).toBeUndefined();
    expect(byText(t, "The U.S. team included")).toBeUndefined();
    expect(t.events.every((e) => e.expressions.every((x) => x !== "published"))).toBe(true);
  });

  it("GIVEN a summary THEN it is cut from its quote: every word of it is in the quote", () => {
    for (const e of timeline(seed()).events) {
      const quote = e.quotes[0]!.text;
      const words = e.text.replace(/[[\]…]/g, " ").split(/\s+/).filter(Boolean);
      for (const w of words) expect(quote.toLowerCase()).toContain(w.toLowerCase().replace(/[.,;:!?]+$/, ""));
    }
  });

  it("GIVEN the resignation sentence THEN the summary is its event clause, the pronoun named from the same sentence", () => {
    expect(byText(timeline(seed()), "he resigned on Friday")!.text).toBe(
      "[Andriy Yermak] resigned on Friday after anti-corruption authorities raided his home",
    );
  });
});

describe("timeline: the lead on the publication day", () => {
  it("GIVEN an article whose lead names no date THEN the lead is placed on its publication day, nothing else undated", () => {
    const a = article({
      id: "lead",
      published: "2025-12-03T09:00:00+02:00",
      body: "Ukraine and its European partners agreed a joint position on security guarantees in Kyiv.\n\nThe talks were long.",
    });
    const t = timeline(snapshotOf([a]));
    expect(t.events.map((e) => [e.date, e.expressions])).toEqual([["2025-12-03", ["published"]]]);
  });

  it("GIVEN an article published just after midnight UTC THEN its lead goes on the UTC day; the same instant in -05:00 goes on the day before", () => {
    const body = "Envoys finished a round of talks on the revised peace plan in Florida.";
    const utc = timeline(snapshotOf([article({ id: "utc", published: "2025-12-01T00:30:00Z", body })]));
    const eastern = timeline(snapshotOf([article({ id: "est", published: "2025-11-30T19:30:00-05:00", body })]));
    expect(utc.events.map((e) => e.date)).toEqual(["2025-12-01"]);
    expect(eastern.events.map((e) => e.date)).toEqual(["2025-11-30"]);
  });

  it("GIVEN an article published at 21:00 -05:00 on a Sunday THEN 'on Sunday' is that Sunday", () => {
    const a = article({ id: "late", published: "2025-11-30T21:00:00-05:00", body: "The negotiations on Sunday in Miami made additional progress, officials said." });
    expect(timeline(snapshotOf([a])).events.map((e) => e.date)).toEqual(["2025-11-30"]);
  });
});

describe("timeline: the same event in several articles", () => {
  const first = article({
    id: "a1",
    source: "Wire One",
    published: "2025-11-30T20:00:00-05:00",
    body: "Andriy Yermak resigned on Friday after anti-corruption investigators searched his home in Kyiv.",
  });
  const second = article({
    id: "a2",
    source: "Wire Two",
    url: "https://example.com/yermak",
    published: "2025-12-01T08:00:00+02:00",
    body: "Zelensky's chief of staff Andriy Yermak resigned on Friday after anti-corruption investigators searched his home. Separately, Russian drones struck Kyiv on Friday.",
  });

  it("GIVEN two articles reporting the resignation on the same day THEN one event with both citations, earliest first", () => {
    const t = timeline(snapshotOf([second, first]));
    const friday = t.events.filter((e) => e.date === "2025-11-28");
    expect(friday).toHaveLength(2);
    const resignation = friday.find((e) => /resigned/.test(e.text))!;
    expect(resignation.quotes.map((q) => q.articleId)).toEqual(["a1", "a2"]);
    expect(resignation.text).toBe("Andriy Yermak resigned on Friday after anti-corruption investigators searched his home in Kyiv");
    const strike = friday.find((e) => /drones/.test(e.text))!;
    expect(strike.quotes.map((q) => q.articleId)).toEqual(["a2"]);
  });

  it("GIVEN similar sentences on different days THEN they are not merged", () => {
    const later = article({
      id: "a3",
      published: "2025-12-07T10:00:00-05:00",
      body: "Andriy Yermak resigned on Friday after anti-corruption investigators searched his home in Kyiv.",
    });
    const t = timeline(snapshotOf([first, later]));
    expect(t.events.map((e) => e.date)).toEqual(["2025-11-28", "2025-12-05"]);
  });
});

describe("timeline: filters", () => {
  it("GIVEN from/to THEN only events overlapping the period, spans included", () => {
    const t = timeline(seed(), { from: "2025-11-28", to: "2025-11-29" });
    expect([...new Set(t.events.map((e) => e.label))]).toEqual(["week of 23 Nov 2025", "Fri 28 Nov 2025", "Sat 29 Nov 2025"]);
  });

  it("GIVEN a topic THEN the events about it; an unrelated topic gives none", () => {
    const about = timeline(seed(), { topic: "security guarantees" });
    expect(about.events.map((e) => e.date)).toEqual(["2025-11-23"]);
    expect(timeline(seed(), { topic: "Yermak" }).events.map((e) => e.date)).toEqual(["2025-11-28", "2025-11-30"]);
    expect(timeline(seed(), { topic: "bananas" }).events).toEqual([]);
  });

  it.each([
    [{ from: "30/11/2025" }, "timeline.from"],
    [{ to: "2025-02-30" }, "timeline.to"],
    [{ from: "2025-12-02", to: "2025-11-01" }, "timeline.range"],
    [{ topic: "the?" }, "timeline.topic"],
  ])("GIVEN %j THEN a refusal %s, not an exception", (options, id) => {
    const t = timeline(seed(), options);
    expect(t.refusal?.id).toBe(id);
    expect(t.refusal?.message).toMatch(/^timeline: /);
    expect(t.events).toEqual([]);
  });
});

describe("timelineJson: the contract", () => {
  it("GIVEN the seed THEN { events: [{ date, text, quotes: [{ text, articleId, title, source, url, published }] }] }, spans with end and label", () => {
    const json = timelineJson(timeline(seed()));
    for (const e of json.events) {
      expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Object.keys(e).sort()).toEqual(e.end ? ["date", "end", "label", "quotes", "text"] : ["date", "quotes", "text"]);
      for (const q of e.quotes) {
        expect(Object.keys(q).sort()).toEqual(["articleId", "published", "source", "text", "title", "url"]);
        expect(q.articleId).toBe(SEED_ID);
        expect(q.url).toBeNull();
        expect(seedArticle().body).toContain(q.text);
      }
    }
    expect(json.events.find((e) => e.end)).toMatchObject({ date: "2025-11-23", end: "2025-11-29", label: "week of 23 Nov 2025" });
  });
});
