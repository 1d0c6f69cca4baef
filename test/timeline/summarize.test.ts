/**
 * The timeline as a summary (issue 11): events, not sentences; salience; the summary by default, `max`, the full
 * list unchanged. The articles are written for the test in the manner of wire services and other outlets.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatTimelineText } from "../../src/timeline/formatText.js";
import { timelineJson, type TimelineSummaryJson } from "../../src/timeline/json.js";
import { spelling } from "../../src/timeline/happenings.js";
import { timeline } from "../../src/timeline/timeline.js";
import { article, seedArticle, snapshotOf } from "./snapshot.js";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");

const geneva = [
  article({
    id: "wire",
    source: "Northline News Agency",
    published: "2025-11-23T21:10:00+01:00",
    title: "US and Ukraine produce 'refined peace framework' in Geneva talks",
    body:
      "GENEVA, Nov 23 (Northline) - Negotiators from the United States and Ukraine said on Sunday they had produced an updated and refined peace framework after talks in Geneva. " +
      "Ukraine's army numbered about 880,000 in 2024, officials said. " +
      "The war began in February 2022.",
  }),
  article({
    id: "euro",
    source: "Continental Courier",
    published: "2025-11-24T08:00:00+01:00",
    title: "Geneva talks yield refined framework",
    body:
      "American and Ukrainian delegations meeting in Geneva on Sunday agreed an updated and refined peace framework, both sides said. " +
      "Separately, EU ministers met in Brussels on Sunday to discuss energy prices for the winter.",
  }),
  article({
    id: "kyiv",
    source: "Kyiv Dispatch",
    published: "2025-11-24T10:00:00+02:00",
    title: "Yermak: Geneva framework refined",
    body: "Andriy Yermak said the peace framework refined with the American side in Geneva on Sunday keeps Ukraine's red lines.",
  }),
  article({
    id: "later",
    source: "Gulf Chronicle",
    published: "2025-12-03T09:00:00+04:00",
    title: "Kremlin talks end without a deal",
    body:
      "Putin met US envoys Witkoff and Kushner in the Kremlin on Tuesday for about five hours, the Kremlin said. " +
      "Protests were reported in July. " +
      "The envoys had earlier helped shape the refined peace framework agreed in Geneva on November 23.",
  }),
];

describe("timeline summary: events, not sentences", () => {
  it("GIVEN three outlets reporting the Geneva talks in their own words and a passing mention THEN one entry for 23 Nov citing them all", () => {
    const t = timeline(snapshotOf(geneva), { max: 15 });
    const sunday = t.events.filter((e) => e.date === "2025-11-23" && /Geneva/.test(e.text));
    expect(sunday).toHaveLength(1);
    expect([...sunday[0]!.outlets].sort()).toEqual(["Continental Courier", "Gulf Chronicle", "Kyiv Dispatch", "Northline News Agency"]);
    expect(sunday[0]!.articles).toBe(4);
  });

  it("GIVEN a distinct happening on the same day (EU ministers in Brussels) THEN it stays a separate event", () => {
    const t = timeline(snapshotOf(geneva), { max: 15 });
    const sunday = t.events.filter((e) => e.date === "2025-11-23");
    expect(sunday.map((e) => /Brussels/.test(e.text))).toEqual([false, true]);
  });

  it("GIVEN the lead reported by several outlets THEN its line is a report of it, without the wire's dateline", () => {
    const t = timeline(snapshotOf(geneva), { max: 15 });
    const sunday = t.events.find((e) => e.date === "2025-11-23")!;
    expect(sunday.text).not.toMatch(/^GENEVA/);
    expect(sunday.text).toMatch(/refined peace framework/);
  });
});

describe("timeline summary: one happening, however it is dated or spelled", () => {
  it("GIVEN one sentence dating talks by two days ('a second day … on Sunday, after a first round on Saturday') THEN one entry", () => {
    const a = article({
      id: "miami",
      source: "Meridian",
      published: "2025-12-21T22:40:00Z",
      body: "MIAMI, Dec 21 (Meridian) - Kremlin envoy Kirill Dmitriev held a second day of talks with Witkoff and Kushner in Miami on Sunday, after a first round on Saturday.",
    });
    const t = timeline(snapshotOf([a]), { max: 15 });
    expect(t.events).toHaveLength(1);
    expect(t.events[0]!.date).toBe("2025-12-21");
  });

  it("GIVEN the transliterations outlets use THEN they meet", () => {
    expect(["zelenskyy", "zelenskiy", "zelenski", "zelensky"].map(spelling)).toEqual(Array(4).fill("zelensky"));
    expect([spelling("andriy"), spelling("andrii")]).toEqual(["andry", "andry"]);
    expect([spelling("kiev"), spelling("kyiv")]).toEqual(["kyiv", "kyiv"]);
    expect(spelling("dmitriyev")).toBe(spelling("dmitriev"));
  });
});

describe("timeline summary: salience", () => {
  it("GIVEN background dates ('in February 2022', 'in July') THEN none of them is in the summary, though all are in the full list", () => {
    const all = timeline(snapshotOf(geneva)).events.map((e) => e.label);
    expect(all).toEqual(expect.arrayContaining(["Feb 2022", "Jul 2025"]));
    const summary = timeline(snapshotOf(geneva), { max: 15 }).events.map((e) => e.label);
    expect(summary).toEqual(["Sun 23 Nov 2025", "Sun 23 Nov 2025", "Tue 2 Dec 2025"]);
  });

  it("GIVEN max 2 THEN the Geneva talks (four outlets) and the Kremlin meeting (a lead) win over a one-outlet aside", () => {
    const t = timeline(snapshotOf(geneva), { max: 2 });
    expect(t.events.map((e) => [e.date, /Geneva|Kremlin/.test(e.text)])).toEqual([
      ["2025-11-23", true],
      ["2025-12-02", true],
    ]);
    expect(t.summary).toBe(true);
    expect(t.total).toBe(timeline(snapshotOf(geneva)).events.length);
  });

  it("GIVEN a topic THEN the filter applies before selection: the summary is of that part", () => {
    const t = timeline(snapshotOf(geneva), { max: 1, topic: "Kremlin" });
    expect(t.events.map((e) => e.date)).toEqual(["2025-12-02"]);
    expect(t.total).toBe(1);
  });

  it("GIVEN a dated photo caption in three articles THEN it is never an entry", () => {
    const captioned = geneva.map((a) => ({ ...a, body: `Delegates arrive in Geneva on Sunday, Nov. 23, 2025. (AP Photo/Jane Doe)\n\n${a.body}` }));
    const texts = timeline(snapshotOf(captioned), { max: 15 }).events.flatMap((e) => e.quotes.map((q) => q.text));
    expect(texts.some((q) => q.includes("AP Photo"))).toBe(false);
  });
});

describe("timeline summary: the contract and the full list", () => {
  it("GIVEN a summary THEN JSON { events: [{ date, end?, label, text, outlets, articles, quotes }], total }", () => {
    const json = timelineJson(timeline(snapshotOf(geneva), { max: 15 })) as TimelineSummaryJson;
    expect(Object.keys(json)).toEqual(["events", "total"]);
    expect(Object.keys(json.events[0]!)).toEqual(["date", "label", "text", "outlets", "articles", "quotes"]);
    expect(Object.keys(json.events[0]!.quotes[0]!)).toEqual(["text", "articleId", "title", "source", "url", "published"]);
  });

  it("GIVEN the seed alone THEN the full list (JSON and text) equals the timeline's output before summaries existed", () => {
    const t = timeline(snapshotOf([seedArticle()]));
    expect(`${JSON.stringify(timelineJson(t), null, 2)}\n`).toBe(readFileSync(path.join(fixtures, "timeline-seed-all.json"), "utf8"));
    expect(`${formatTimelineText(t)}\n`).toBe(readFileSync(path.join(fixtures, "timeline-seed-all.txt"), "utf8"));
  });

  it("GIVEN the seed alone THEN the summary keeps its events on their days", () => {
    const t = timeline(snapshotOf([seedArticle()]), { max: 15 });
    const on = (text: string) => t.events.find((e) => e.text.includes(text))?.date;
    expect(on("resigned on Friday")).toBe("2025-11-28");
    expect(on("The negotiations on Sunday in Miami")).toBe("2025-11-30");
    expect(on("During talks in Geneva last Sunday")).toBe("2025-11-23");
    expect(on("arrived in Miami on Saturday")).toBe("2025-11-29");
  });
});
