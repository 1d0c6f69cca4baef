/**
 * Explainers answer under their own questions ("Why Budanov?", "Who leads the Russian side?"): the sentences right
 * after such a heading answer a user's question that asks with the same word about the same name, even when they
 * repeat few of its words. Our own words.
 */
import { expect, it } from "vitest";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "explainer",
    [
      "The mayor chose Oksana Marchenko to run his office on Friday, and Marchenko accepted the post the same evening.",
      "",
      "Why Marchenko?",
      "",
      "The mayor said the city needed \"a steadier hand\" in its talks with the utilities after a winter of outages.",
      "",
      "Is she a politician?",
      "",
      "No. Marchenko spent twenty years as a water engineer, and the mayor chose her office staff himself.",
    ].join("\n"),
    { title: "Who is the mayor's new chief of staff?", source: "Test Explainer" },
  );
  writeArticle(
    corpus,
    "charter",
    [
      "The council has proposed moving the central market to the river bank, and the mayor backs the move.",
      "",
      "Why a referendum?",
      "",
      "The city charter does not let the council sell public land on its own.",
      "",
      "The mayor has said that if the market move is put to a referendum, the vote must wait until spring.",
    ].join("\n"),
    { title: "Market move: what the council plans", source: "Test Explainer" },
  );
  writeArticle(
    corpus,
    "market_wire",
    [
      "Traders opposed to the market move have asked for a referendum on the move.",
      "",
      "A referendum on the market move would have to go through the council first, officials said.",
      "",
      "The market move referendum could cost the city more than the move itself, the treasurer said.",
    ].join("\n"),
    { title: "Traders want a say on market move", source: "Other Wire" },
  );
  writeArticle(
    corpus,
    "market_qa",
    [
      "The market move is back before the council.",
      "",
      "What about the market move cost?",
      "",
      "The council treasurer said the market move would cost the city too much in its first year.",
    ].join("\n"),
    { title: "Market move: questions and answers", source: "Third Explainer" },
  );
  writeArticle(
    corpus,
    "marchenko_market",
    ["Marchenko said on Monday that the market move was worth it."].join("\n"),
    { title: "Chief of staff backs market plan", source: "Fourth Wire" },
  );
});

it("GIVEN 'what did X say' and a page's 'What about the market move cost?' THEN whoever speaks under the heading is not X", async () => {
  const a = await engine().answer("what did marchenko say about the market move cost in its first year");
  const quotes = a.quotes.map((q) => q.text).join(" | ");
  expect(a.found, quotes).toBe(true);
  expect(quotes).toMatch(/^Marchenko said on Monday/);
  expect(quotes).not.toMatch(/treasurer said/);
});

it("GIVEN 'why did the mayor choose marchenko for the office' THEN the sentence under 'Why Marchenko?' is quoted, and no heading", async () => {
  const a = await engine().answer("why did the mayor choose marchenko for the office");
  expect(a.found).toBe(true);
  const quotes = a.quotes.map((q) => q.text);
  expect(quotes.some((q) => /steadier hand/.test(q)), quotes.join(" | ")).toBe(true);
  expect(quotes.some((q) => q.endsWith("?")), quotes.join(" | ")).toBe(false);
});

it("GIVEN 'why would the market move have to go to a referendum' THEN the sentence under 'Why a referendum?' (a topic, no name) is quoted", async () => {
  const a = await engine().answer("why would the market move have to go to a referendum");
  expect(a.found).toBe(true);
  const quotes = a.quotes.map((q) => q.text);
  expect(quotes.some((q) => /charter does not let/.test(q)), quotes.join(" | ")).toBe(true);
});
