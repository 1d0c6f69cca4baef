import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.js";
import { detectFormat, extract } from "../../src/ingest/extract.js";

// A byte-for-byte copy of ../shared/seed/000_6ebb02524a7f715b.txt, so the test runs on any clone.
const SEED_RAW = readFileSync(new URL("../fixtures/corpus/seed/000_6ebb02524a7f715b.txt", import.meta.url), "utf8");
const SEED_MD = new URL("../../corpus/000_6ebb02524a7f715b.md", import.meta.url);
const PAGE = readFileSync(new URL("../fixtures/corpus/page/article.html", import.meta.url), "utf8");

function seedBody(): string {
  const r = parseArticle("000_6ebb02524a7f715b.md", readFileSync(SEED_MD));
  if (!r.ok) throw new Error(r.problem.message);
  return r.article.body;
}

/** Sentences of a body, roughly (enough to check nothing is lost): split after . ! ? or a closing quote. */
function sentences(body: string): string[] {
  return body
    .split("\n")
    .map((l) => l.replace(/^- /, ""))
    .flatMap((l) => l.split(/(?<=[.!?]"?) (?=["A-Z])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const SEED_BOILERPLATE = [
  "Get all your news in one place.",
  "100M’s of premium titles.",
  "One app.",
  "Start reading",
  "World",
  "Sign up to read this article",
  "Read news from 100’s of titles, curated specifically for you.",
  "Already a member? Sign in here",
  "Related Stories",
  "Top stories on inkl right now",
  "One subscription that gives you access to news from hundreds of sites",
  "Our Picks",
  "Fourteen days free",
  "Download the app",
  "One app. One membership.",
  "100+ trusted global sources.",
];

describe("extract: the seed article (plain text from the inkl reader)", () => {
  const result = extract(SEED_RAW);

  it("GIVEN the raw capture THEN it is detected as text and the headline and outlet are found", () => {
    expect(result.format).toBe("text");
    expect(result.meta).toEqual({
      title: `U.S. and Ukraine "made additional progress" on Trump's peace plan, Rubio says`,
      source: "Axios",
    });
  });

  it("GIVEN the raw capture THEN every sentence of the story is in the body", () => {
    const body = result.body;
    const expected = sentences(seedBody());
    expect(expected.length).toBeGreaterThanOrEqual(30);
    for (const s of expected) expect(body).toContain(s);
  });

  it("GIVEN the raw capture THEN none of the reader's lines remain, and bullets are `- ` items", () => {
    const lines = result.body.split("\n");
    for (const b of SEED_BOILERPLATE) expect(lines).not.toContain(b);
    expect(lines).not.toContain("Axios");
    expect(result.body).not.toContain("•");
    expect(lines.filter((l) => l.startsWith("- "))).toHaveLength(12);
  });

  it("GIVEN the raw capture THEN the body is exactly the cleaned seed in corpus/", () => {
    expect(result.body).toBe(seedBody());
  });
});

describe("extract: plain text", () => {
  it("GIVEN hard-wrapped paragraphs THEN each becomes one line; a paragraph of long lines keeps one per line", () => {
    const short = "Officials met on Monday in\nGeneva to discuss the plan.\n\nThey will meet again.";
    expect(extract(short).body).toBe("Officials met on Monday in Geneva to discuss the plan.\n\nThey will meet again.");
    const long = `${"A long line that is a whole paragraph of its own. ".repeat(3).trim()}\n${"Another one. ".repeat(9).trim()}`;
    expect(extract(long).body).toBe(long.replace("\n", "\n\n"));
  });

  it("GIVEN boilerplate-like words inside a story sentence THEN the sentence is kept", () => {
    const text =
      "Negotiators said the app would let officials sign up to read this article's annex before the talks.\n\n" +
      "Related Stories\nUnrelated headline one\nUnrelated headline two";
    expect(extract(text).body).toBe("Negotiators said the app would let officials sign up to read this article's annex before the talks.");
  });

  it("GIVEN a stop line above the story THEN it is dropped and does not cut the story", () => {
    const text = "Related Stories\n\nThe delegation arrived in Miami on Saturday ahead of the meeting with U.S. officials.";
    expect(extract(text).body).toBe("The delegation arrived in Miami on Saturday ahead of the meeting with U.S. officials.");
  });
});

describe("extract: an HTML page", () => {
  const result = extract(PAGE);

  it("GIVEN a news page THEN it is HTML and the page's metadata is picked up", () => {
    expect(result.format).toBe("html");
    expect(result.meta).toEqual({
      title: "Envoys end Geneva round without a deal",
      source: "The Example Times",
      published: "2025-11-24T18:30:00+01:00",
      url: "https://www.example-times.test/world/2025/11/24/geneva-round-ends",
      author: "Jane Q. Reporter",
      dateline: "GENEVA",
    });
  });

  it("GIVEN a news page THEN the body is the story (its dateline cut off) as paragraphs and `- ` items, entities decoded, no tags", () => {
    expect(result.body).toBe(
      [
        "Negotiators from the United States and Ukraine ended two days of talks in Geneva on Monday without a final agreement, though both sides said the gaps had narrowed “considerably.”",
        "The talks focused on a revised 19-point framework that replaced the original 28-point plan, officials said. Territory and security guarantees remained the two issues on which the delegations could not agree.",
        "A senior U.S. official said the delegations had agreed on most of the text & would meet again “within days” to settle what was left. The official spoke on condition of anonymity because the talks were private.",
        "What comes next",
        "Several steps are expected before any document reaches Moscow:",
        "- Ukraine’s delegation will brief President Volodymyr Zelensky in Kyiv on Tuesday.\n" +
          "- European partners will review the security guarantees in Brussels later this week.\n" +
          "- U.S. envoy Steve Witkoff is expected to travel to Moscow before the end of the month.",
        "“We are closer than we have ever been, but closer is not done,” one Ukrainian negotiator said.",
        "The Kremlin said on Monday it had not yet received the revised text and would not comment on its contents until it had.",
      ].join("\n\n"),
    );
  });

  it("GIVEN a news page THEN navigation, ads, captions, related links, sign-up and footer are gone", () => {
    for (const junk of ["Politics", "Advertisement", "Photo:", "Related stories", "Markets rally", "newsletter", "Privacy", "Download the app", "cookies", "Read more", "Share", "<", "&amp;", "\u00a0"]) {
      expect(result.body).not.toContain(junk);
    }
  });

  it("GIVEN a fragment without <html> THEN it is still read", () => {
    const r = extract("<p>First paragraph of a short note.</p><p>Second &amp; last.</p><ul><li>one</li></ul>", "html");
    expect(r.body).toBe("First paragraph of a short note.\n\nSecond & last.\n\n- one");
  });

  it.each([
    ["<!DOCTYPE html><html><body><p>x</p></body></html>", "html"],
    ["  <html lang=en><p>x</p>", "html"],
    ["<div><p>Para</p><p>Para</p></div>", "html"],
    ["Plain text mentioning a <b> tag once.", "text"],
    [SEED_RAW, "text"],
  ])("GIVEN input %# THEN detectFormat says %s", (raw, format) => {
    expect(detectFormat(raw)).toBe(format);
  });
});
