/**
 * Page furniture removed on import, on pages written by the team in the manner of real outlets' markup (a WordPress
 * theme, an AMP page, a wire story from a news reader, a live blog): every furniture line of issue 10 is on one of
 * them, and the expected body is the story alone.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/ingest/extract.js";
import {
  isBanner,
  isByline,
  isCaptionOrCredit,
  isDateStamp,
  isEditorsNote,
  isPromoLink,
  isPrompt,
  isReadTime,
  isShareLabel,
  takeDateline,
} from "../../src/ingest/furniture.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), "utf8");
/** The text fixture's first line says it is a test text; a reader's capture starts after it. */
const capture = (name: string) => fixture(name).split("\n").slice(1).join("\n");

describe("furniture: a WordPress article page", () => {
  const r = extract(fixture("wordpress.html"));

  it("GIVEN a donation banner as <title> and a 110-character headline THEN the headline is the title and the metadata comes from JSON-LD", () => {
    expect(r.meta).toEqual({
      title: "Ukraine and US negotiators agree to meet again in Berlin after a long first round of talks on the framework document",
      source: "The Kyiv Example",
      published: "2025-12-04T11:15:00+02:00",
      url: "https://kyiv-example.test/news/negotiators-agree-to-meet-again/",
      author: "Olena Testenko",
      dateline: "KYIV",
    });
  });

  it("GIVEN byline, avatar, date, read time, editor's note, repeated headline, captions, SEE ALSO, banners, Read more and share labels THEN only the story is left", () => {
    expect(r.body).toBe(
      [
        "Ukrainian and U.S. negotiators agreed on Wednesday to hold a second round of talks in Berlin next week, the head of the Ukrainian delegation said after eight hours of meetings.",
        "The two sides discussed the framework document point by point and narrowed their differences on security guarantees, he told reporters.",
        "By Thursday morning, both delegations had sent written summaries to their capitals, according to two officials familiar with the process.",
      ].join("\n\n"),
    );
  });
});

describe("furniture: an AMP page", () => {
  const r = extract(fixture("amp.html"));

  it("GIVEN JSON-LD and OG metadata THEN headline, outlet, canonical URL, date-time and author are read", () => {
    expect(r.meta).toEqual({
      title: "Kremlin says no date set for envoy visit",
      source: "Example News",
      published: "2025-12-05T14:02:00+03:00",
      url: "https://www.example-news.test/world/kremlin-no-date-envoy-visit-1234",
      author: "Ivan Testov",
      dateline: "MOSCOW, Dec 5 (Example News)",
    });
  });

  it("GIVEN a role byline, a date stamp, a listen label, credits, a newsletter prompt, Related, an app prompt and a reporting credit THEN only the story is left", () => {
    expect(r.body).toBe(
      [
        "The Kremlin said on Friday that no date had been set for a visit by the U.S. envoy, though preparations were under way.",
        "Kremlin spokesman Dmitry Peskov told reporters that contacts with Washington continued at the working level.",
        "Peskov declined to say whether President Vladimir Putin would receive the envoy personally.",
      ].join("\n\n"),
    );
  });
});

describe("furniture: a wire story copied from a news reader (text)", () => {
  const r = extract(capture("wire.txt"));

  it("GIVEN outlet labels, a headline, a byline, a date stamp and a read time THEN the headline is the title and the dateline is metadata", () => {
    expect(r.meta).toEqual({
      title: "Talks on prisoner exchange to resume next week, officials say",
      source: "The Test Wire",
      dateline: "ABU DHABI, United Arab Emirates (AP)",
    });
  });

  it("GIVEN a sub-heading above a paragraph and a photo credit THEN the sub-heading is its own paragraph and the furniture is gone", () => {
    expect(r.body).toBe(
      [
        "Ukrainian and Russian officials will resume talks on a prisoner exchange next week in Abu Dhabi, officials from both countries said on Saturday.",
        "The talks, mediated by the United Arab Emirates, have led to several exchanges this year, according to the Ukrainian coordination headquarters for prisoners of war.",
        "What comes next",
        "Negotiators expect to agree on lists of names before the next round, one official said, speaking on condition of anonymity.",
      ].join("\n\n"),
    );
  });

  it("GIVEN the title as a flag and a first line that is story text THEN that line is kept", () => {
    const text = "Officials from both countries said on Saturday that talks would resume next week in Abu Dhabi.\n\nMore details followed later.";
    expect(extract(text, "text", { title: "Prisoner talks to resume" }).body).toBe(text);
    const withHeadline = `Prisoner talks to resume\n\n${text}`;
    expect(extract(withHeadline, "text", { title: "Prisoner talks to resume" }).body).toBe(text);
  });
});

describe("furniture: headers of text captures", () => {
  it("GIVEN a banner, a headline over 100 characters, the outlet line and a byline THEN the headline is the title and none of them stays in the body", () => {
    const headline = "Ukraine and US negotiators agree to meet again in Berlin after a long first round of talks on the framework document";
    const text = [
      "Support The Kyiv Example!",
      "",
      headline,
      "The Kyiv Example",
      "By Olena Testenko",
      "",
      "Ukrainian and U.S. negotiators agreed on Wednesday to hold a second round of talks in Berlin next week.",
    ].join("\n");
    const r = extract(text, "text");
    expect(r.meta.title).toBe(headline);
    expect(r.body).toBe("Ukrainian and U.S. negotiators agreed on Wednesday to hold a second round of talks in Berlin next week.");
  });

  it("GIVEN --title and a first line where a caption runs into the lead sentence THEN the caption goes and the lead stays", () => {
    const lead = "Ukrainian and U.S. negotiators agreed on Wednesday to hold a second round of talks in Berlin next week.";
    const text = `Delegations in Berlin on Dec. 3. (Photo by Test Photographer/AFP via Getty Images) ${lead}\n\nThe talks lasted eight hours.`;
    expect(extract(text, "text", { title: "Talks to resume in Berlin" }).body).toBe(`${lead}\n\nThe talks lasted eight hours.`);
  });

  it("GIVEN a newsletter prompt or a byline with the outlet first THEN it is never proposed as the title", () => {
    const story = "\n\nUkrainian and U.S. negotiators agreed on Wednesday to hold a second round of talks in Berlin next week.";
    expect(extract(`Sign up now: The Morning Briefing${story}`, "text").meta.title).toBeUndefined();
    expect(extract(`Olena Testenko The Kyiv Example${story}`, "text", { source: "The Kyiv Example" }).meta.title).toBeUndefined();
  });
});

describe("furniture: a live blog", () => {
  const r = extract(fixture("liveblog.html"));

  it("GIVEN live-blog labels, timestamps, a standfirst equal to the title and share labels THEN only the posts are left", () => {
    expect(r.meta).toMatchObject({ title: "Ukraine war live: envoys meet in Geneva", source: "The Daily Test", published: "2025-12-06T08:00:00Z" });
    expect(r.body).toBe(
      [
        "Envoys from the United States and Ukraine met in Geneva on Saturday for a third day of talks, according to a statement from the Ukrainian delegation.",
        "Russian forces launched a large drone attack on energy infrastructure overnight, Ukraine's air force said in a morning update.",
      ].join("\n\n"),
    );
  });
});

describe("furniture: more outlets' lines", () => {
  it.each([
    ["By Jane Doe and John Roe, Reuters"],
    ["Written by Jane Doe"],
    ["Jane Doe, Staff Writer"],
    ["Ivan Testov · Moscow correspondent"],
    ["By Jane Doe | The Kyiv Example"],
    ["Dec 3, 2025 · 2 min read"],
    ["Updated: Dec. 3, 2025, 10:14 a.m. ET"],
    ["Volodymyr Zelensky speaks in Kyiv on Dec. 1. (Ukrainian Presidential Press Office/AP)"],
    ["AP Photo/Efrem Lukatsky"],
  ])("GIVEN %j THEN it is furniture", (line) => {
    expect(isByline(line) || isDateStamp(line) || isCaptionOrCredit(line)).toBe(true);
  });

  it.each([
    ["WASHINGTON/KYIV, Dec 3 (Reuters) - The talks resumed.", "WASHINGTON/KYIV, Dec 3 (Reuters)"],
    ["KYIV, Ukraine, Dec. 3 (AP) — The talks resumed.", "KYIV, Ukraine, Dec. 3 (AP)"],
    ["Kyiv, 3 December (Interfax-Ukraine) – The talks resumed.", "Kyiv, 3 December (Interfax-Ukraine)"],
  ])("GIVEN %j THEN the dateline is cut", (line, dateline) => {
    expect(takeDateline(line)).toEqual({ dateline, rest: "The talks resumed." });
  });
});

describe("furniture: each rule keeps story sentences that look like it", () => {
  it.each([
    ["By Tuesday, the delegations had agreed on most of the text.", isByline],
    ["By Jane Doe's account, the talks went well.", isByline],
    ["December 4 was the day the talks collapsed, officials said.", isDateStamp],
    ["Photographs of the meeting were released by the Kremlin on Friday, showing both envoys.", isCaptionOrCredit],
    ["Supporters of the plan say it would end the war within months.", isBanner],
    ["The update to the plan was sent to Moscow on Monday.", isEditorsNote],
    ["Related talks in Istanbul produced a grain deal in 2022.", isPromoLink],
    ["Officials sign up to the framework only after it is translated, he said.", isPrompt],
    ["Share prices rose in Moscow after the announcement.", isShareLabel],
    ["The 3 minute read of the statement ended the press conference.", isReadTime],
  ])("GIVEN the story sentence %j THEN it is not furniture", (line, rule) => {
    expect(rule(line)).toBe(false);
  });

  it.each([
    ["Officials — who spoke on condition of anonymity — said the talks went well."],
    ["The U.S. — and Europe — want guarantees."],
  ])("GIVEN %j THEN no dateline is cut", (line) => {
    expect(takeDateline(line)).toEqual({ rest: line });
  });
});
