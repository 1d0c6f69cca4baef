import { describe, expect, it } from "vitest";
import { stripMentionsAndLinks, supportedBy, unsupportedTerms } from "../../src/text/modelProse.js";

describe("stripMentionsAndLinks", () => {
  it.each([
    ["@everyone Yermak resigned @here.", "Yermak resigned."],
    ["Ask <@123456789012345678> or <@!42> or the <@&987654321> role in <#555> via </ask:777>.", "Ask or or the role in via."],
    ["Read [the full story](https://evil.example/phish) now.", "Read the full story now."],
    ["See https://evil.example/x?y=1 and <https://a.example> and www.b.example today.", "See and and today."],
    ["He resigned on Friday [1].", "He resigned on Friday [1]."],
  ])("GIVEN %j THEN %j", (text, expected) => {
    expect(stripMentionsAndLinks(text)).toBe(expected);
  });
});

describe("unsupportedTerms", () => {
  const quotes = ["Andriy Yermak resigned on Friday after anti-corruption authorities raided his home.", "Talks lasted five hours in Miami on Nov. 30."];
  it.each([
    ["He resigned on Friday after a raid [1].", []],
    ["Yermak resigned. The talks lasted 5 hours in Miami.", []],
    ["Zelensky fired him over a failed ceasefire in Paris [1].", ["Zelensky", "Paris"]],
    ["He resigned on Thursday.", ["Thursday"]],
    ["The talks lasted six hours.", ["six"]],
    ["Talks lasted 12 hours on Dec. 1.", ["12", "Dec", "1"]],
  ])("GIVEN %j THEN %j", (prose, missing) => {
    expect(unsupportedTerms(prose, quotes)).toEqual(missing);
    expect(supportedBy(prose, quotes)).toBe(missing.length === 0);
  });
});
