/**
 * Dates on the wording real outlets use (issue 8, item 9): wire copy, Asian and European outlets, live blogs.
 * Every sentence is written for this test in the manner of such outlets.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../src/timeline/findDates.js";
import { referenceOf } from "../../src/timeline/reference.js";
import { timeline } from "../../src/timeline/timeline.js";
import { article, snapshotOf } from "./snapshot.js";

/** "start" or "start..end" for each expression found, as written. */
function spans(sentence: string, published: string): Record<string, string> {
  return Object.fromEntries(
    findDates(sentence, referenceOf(published)!).map((m) => [m.expression, m.start === m.end ? m.start : `${m.start}..${m.end}`]),
  );
}

const WEDNESDAY_KYIV = "2025-12-03T09:15:00+02:00";
const SUNDAY_EVENING_NY = "2025-11-30T20:00:00-05:00";
const TUESDAY_EARLY_SEOUL = "2025-12-02T01:30:00+09:00";
const MONDAY_NY = "2025-12-22T08:00:00-05:00";
const WEDNESDAY_NY = "2025-12-17T10:00:00-05:00";

describe("findDates on real wording: the weekend", () => {
  it("GIVEN 'took a town over the weekend' in a Wednesday story THEN the weekend just past", () => {
    expect(spans("Russian forces took the village of Kleban-Byk in Donetsk region over the weekend, the Defence Ministry said.", WEDNESDAY_KYIV)).toEqual({
      weekend: "2025-11-29..2025-11-30",
    });
  });

  it("GIVEN 'over the weekend' at the start of a Monday wire story THEN the Saturday and Sunday before", () => {
    expect(spans("Over the weekend, Dmitriev held talks with Witkoff and Kushner in Miami.", MONDAY_NY)).toEqual({ weekend: "2025-12-20..2025-12-21" });
  });

  it("GIVEN 'this weekend' looking ahead on a Wednesday and looking back on a Monday THEN never a week off", () => {
    expect(spans("Witkoff and Kushner will meet Dmitriev in Miami this weekend, a White House official said.", WEDNESDAY_NY)).toEqual({
      "this weekend": "2025-12-20..2025-12-21",
    });
    expect(spans("The talks held in Miami this weekend were described as productive.", MONDAY_NY)).toEqual({ "this weekend": "2025-12-20..2025-12-21" });
  });

  it("GIVEN 'on Saturday' said of a meeting that happened, that is scheduled, and that is set for THEN the right Saturday each time", () => {
    expect(spans("Dmitriev met Witkoff and Kushner on Saturday at a golf club in Miami.", MONDAY_NY)).toEqual({ "on Saturday": "2025-12-20" });
    expect(spans("Dmitriev will meet Witkoff and Kushner on Saturday.", WEDNESDAY_NY)).toEqual({ "on Saturday": "2025-12-20" });
    expect(spans("The next round of talks is scheduled for Saturday in Miami.", WEDNESDAY_NY)).toEqual({ Saturday: "2025-12-20" });
    expect(spans("Talks scheduled for Saturday in Miami will include Dmitriev.", WEDNESDAY_NY)).toEqual({ Saturday: "2025-12-20" });
  });
});

describe("findDates on real wording: the story's own day", () => {
  it("GIVEN 'Earlier in the day' THEN the story's own day, not tomorrow", () => {
    expect(spans("Earlier in the day, the state news agency TASS said the talks would continue.", "2025-12-02T18:40:00+03:00")).toEqual({
      "Earlier in the day": "2025-12-02",
    });
  });

  it("GIVEN 'Earlier Sunday' in a Sunday evening story THEN that Sunday", () => {
    expect(spans("Earlier Sunday, Rubio told reporters the session had been very productive.", SUNDAY_EVENING_NY)).toEqual({ "Earlier Sunday": "2025-11-30" });
  });

  it("GIVEN 'would speak later Monday' in a story published early Tuesday in Seoul THEN the Monday just past", () => {
    expect(spans("Zelensky would speak with European leaders later Monday, his office said.", TUESDAY_EARLY_SEOUL)).toEqual({ "later Monday": "2025-12-01" });
  });

  it("GIVEN 'later Monday' in a Monday story THEN that Monday, not the next", () => {
    expect(spans("Zelensky will travel to Paris later Monday to meet Macron.", "2025-12-01T07:00:00+01:00")).toEqual({ "later Monday": "2025-12-01" });
  });
});

describe("findDates on real wording: weeks", () => {
  it("GIVEN 'last week' in a Wednesday story THEN Monday to Sunday, so the Sunday of the Miami talks is in it", () => {
    expect(spans("The talks in Florida last week ended without a breakthrough.", WEDNESDAY_KYIV)).toEqual({ "last week": "2025-11-24..2025-11-30" });
  });

  it("GIVEN 'last week' in a Sunday story THEN the seven days before it", () => {
    expect(spans("Trump said last week that a deal was close.", SUNDAY_EVENING_NY)).toEqual({ "last week": "2025-11-23..2025-11-29" });
  });
});

describe("findDates on real wording: spans and vague stretches", () => {
  it("GIVEN 'two days, on January 23 and 24' THEN one span of both days, and no day two days before", () => {
    expect(spans("The delegations will meet in Abu Dhabi for two days, on January 23 and 24.", "2026-01-20T10:00:00+04:00")).toEqual({
      "January 23 and 24": "2026-01-23..2026-01-24",
    });
    expect(spans("Officials held talks over the last two days, on Jan. 23 and 24, in Abu Dhabi.", "2026-01-25T10:00:00+04:00")).toEqual({
      "Jan. 23 and 24": "2026-01-23..2026-01-24",
    });
  });

  it("GIVEN a number after a date that is not a day THEN the date alone", () => {
    expect(spans("On December 2 and 40 officials were present.", "2025-12-03T10:00:00Z")).toEqual({ "December 2": "2025-12-02" });
  });

  it.each([
    "A deal could be reached in a few weeks, a European diplomat said.",
    "Russian forces have gained more ground in the last five months than in all of 2024.",
    "The front line has barely moved over the past three weeks.",
    "It was the first face-to-face meeting in two years.",
    "The talks in Abu Dhabi lasted for two days.",
    "Witkoff has travelled to Moscow several times in recent months.",
  ])("GIVEN the vague stretch in %j THEN no date", (sentence) => {
    expect(spans(sentence, WEDNESDAY_KYIV)).toEqual({});
  });

  it("GIVEN 'two days ago' THEN the day it names", () => {
    expect(spans("Umerov said two days ago that the talks were constructive.", WEDNESDAY_KYIV)).toEqual({ "two days ago": "2025-12-01" });
  });

  it("GIVEN the present of a calendar ('Thanksgiving, which falls on Thursday') THEN the Thursday ahead", () => {
    expect(spans("Trump has given Kyiv until Thanksgiving, which falls on Thursday, to respond.", "2025-11-23T21:10:00+01:00")).toEqual({
      "on Thursday": "2025-11-27",
    });
  });

  it("GIVEN a future passive ('will be discussed') THEN the date lies ahead", () => {
    expect(spans("The territorial questions will be discussed on February 4.", "2026-01-20T10:00:00+02:00")).toEqual({ "February 4": "2026-02-04" });
  });
});

describe("timeline on real wording: an article never contradicts itself", () => {
  it("GIVEN a Wednesday story that names 'last week' and the day of the same talks just before that week THEN the week takes it in", () => {
    const a = article({
      id: "wire-wed",
      published: "2025-12-03T10:00:00+02:00",
      body:
        "Ukraine's delegation returned from Florida on Tuesday. " +
        "The Geneva talks last week produced a 19-point framework, officials said. " +
        "The Geneva talks were held on Sunday, November 23, at the US mission.",
    });
    const t = timeline(snapshotOf([a]));
    const week = t.events.find((e) => e.expressions.includes("last week"))!;
    expect([week.date, week.end]).toEqual(["2025-11-23", "2025-11-30"]);
  });

  it("GIVEN 'last week' and an unrelated day just outside it THEN the week stays Monday to Sunday", () => {
    const a = article({
      id: "wire-wed2",
      published: "2025-12-03T10:00:00+02:00",
      body: "Prices of bread rose last week, the statistics office said. Snow fell in Lviv on Sunday, November 23.",
    });
    const week = timeline(snapshotOf([a])).events.find((e) => e.expressions.includes("last week"))!;
    expect([week.date, week.end]).toEqual(["2025-11-24", "2025-11-30"]);
  });

  it("GIVEN 'two days, on January 23 and 24' THEN exactly one event, on those two days", () => {
    const a = article({
      id: "gulf",
      published: "2026-01-25T10:00:00+04:00",
      title: "Trilateral talks end in Abu Dhabi",
      body: "Russian, Ukrainian and US officials met in Abu Dhabi for two days, on January 23 and 24, the UAE foreign ministry said.",
    });
    const events = timeline(snapshotOf([a])).events;
    expect(events.map((e) => [e.date, e.end])).toEqual([["2026-01-23", "2026-01-24"]]);
  });
});

describe("timeline on real wording: a span's end", () => {
  it("GIVEN 'the pause would last until 1 February' THEN no event on 1 February; the pause's own day stays", () => {
    const a = article({
      id: "until",
      published: "2026-02-07T12:00:00+01:00",
      body:
        "Russia resumed strikes on the power grid on Tuesday, February 3. " +
        "The Kremlin had said the pause would last until 1 February. " +
        "Peskov said on January 30 that the pause would run no later than Sunday.",
    });
    const days = timeline(snapshotOf([a])).events.map((e) => e.date);
    expect(days).toContain("2026-02-03");
    expect(days).toContain("2026-01-30");
    expect(days).not.toContain("2026-02-01");
  });
});

describe("timeline on real wording: the story's own day", () => {
  it("GIVEN a Moscow story filed the morning after ('ended late on Tuesday') THEN 'Earlier in the day' is that Tuesday", () => {
    const a = article({
      id: "moscow",
      published: "2025-12-03T10:20:00+03:00",
      body:
        "MOSCOW, 3 December. /Agency/. " +
        "Talks in the Kremlin between Putin and the American delegation lasted about five hours and ended late on Tuesday, an aide told journalists. " +
        "Earlier in the day, before receiving the Americans, Putin told reporters that Russia was ready if Europe wanted war.",
    });
    const events = timeline(snapshotOf([a])).events;
    const earlier = events.find((e) => e.expressions.includes("Earlier in the day"))!;
    expect(earlier.date).toBe("2025-12-02");
  });

  it("GIVEN a live blog with day headings THEN entries under 'Friday 28 November' are read from that Friday", () => {
    const a = article({
      id: "live",
      published: "2025-11-29T20:55:00Z",
      title: "Live updates: Yermak quits; Umerov to lead Ukraine's team",
      body:
        "Live updates: Yermak quits; Umerov to lead Ukraine's team\n\nUpdated 20:55 GMT, 29 November\n\nSaturday 29 November\n\n" +
        "Zelensky has named Rustem Umerov as head of Ukraine's delegation, replacing Andriy Yermak, who resigned yesterday.\n\n" +
        "Friday 28 November\n\n" +
        "Earlier in the day, anti-corruption investigators searched Yermak's apartment in central Kyiv.",
    });
    const events = timeline(snapshotOf([a])).events;
    expect(events.map((e) => [e.date, e.expressions.join("|")])).toEqual([
      ["2025-11-28", "yesterday"],
      ["2025-11-28", "Earlier in the day"],
    ]);
  });

  it("GIVEN a past-tense sentence naming a date a week after publication without a year THEN this year's date, not last year's", () => {
    expect(spans("Trump said on Friday that Thanksgiving, 27 November, was an appropriate deadline.", "2025-11-21T18:00:00+02:00")).toEqual({
      "on Friday": "2025-11-21",
      "27 November": "2025-11-27",
    });
  });
});

describe("timeline on real wording: page furniture makes no event", () => {
  it.each([
    ["a byline with a date", "By Pieter Janssens | 19 December 2025"],
    ["a name and a time stamp", "Olena Marchenko\n24 December 2025, 13:45"],
    ["a dateline alone", "MOSCOW, 3 December. /RusInform Daily/."],
    ["a photo caption", "Rustem Umerov arrives for talks with U.S. officials in Miami on Thursday, Dec. 4, 2025. (AP Photo/Carlos Medina)"],
    ["a caption with an agency credit", "Volodymyr Zelenskyy records his evening video address in Kyiv, 21 November 2025 / Getty Images"],
    ["a reading-time line", "Katrin Vogel, Berlin\n15 December 2025 · Reading time: 4 min"],
    ["a live-blog stamp", "Updated 20:55 GMT, 29 November"],
  ])("GIVEN %s THEN it is not on the timeline", (_kind, furniture) => {
    const a = article({
      id: "f",
      published: "2025-12-24T13:45:00+02:00",
      body: `${furniture}\n\nZelensky presented the 20-point draft framework to journalists in Kyiv on Tuesday.`,
    });
    const quotes = timeline(snapshotOf([a])).events.flatMap((e) => e.quotes.map((q) => q.text));
    expect(quotes).toEqual(["Zelensky presented the 20-point draft framework to journalists in Kyiv on Tuesday."]);
  });
});

describe("timeline on real wording: reporting that only looks like furniture", () => {
  it.each([
    "Kyiv will not sign up to any deal that gives away land, Zelensky said on Sunday.",
    "Moscow does not subscribe to that reading, Peskov said on Sunday.",
  ])("GIVEN %j THEN it is an event", (sentence) => {
    const a = article({ id: "r", published: "2025-11-30T20:00:00+02:00", body: sentence });
    expect(timeline(snapshotOf([a])).events.map((e) => e.date)).toEqual(["2025-11-30"]);
  });
});

describe("timeline on real wording: a sentence starting with 'By'", () => {
  it("GIVEN 'By Friday, the delegations had …' THEN it is an event, while 'By Anna Kovac | 19 December 2025' is not", () => {
    const a = article({
      id: "by",
      published: "2025-12-19T20:00:00+01:00",
      body: "By Anna Kovac | 19 December 2025\n\nBy Friday, the delegations had agreed on most of the text, officials said.",
    });
    expect(timeline(snapshotOf([a])).events.flatMap((e) => e.quotes.map((q) => q.text))).toEqual([
      "By Friday, the delegations had agreed on most of the text, officials said.",
    ]);
  });
});

describe("timeline on real wording: the stamp of a wire story", () => {
  it("GIVEN 'LONDON, Dec 22 — The ruble edged higher on Monday' THEN the event says what happened, not the stamp", () => {
    const a = article({
      id: "markets",
      published: "2025-12-22T17:00:00+00:00",
      body: "LONDON, Dec 22 — The Russian ruble edged higher and European gas prices drifted lower on Monday, as traders weighed the chances of a deal.",
    });
    const texts = timeline(snapshotOf([a])).events.map((e) => e.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(/^LONDON/);
    expect(texts.join(" | ")).toMatch(/ruble edged higher/);
  });
});
