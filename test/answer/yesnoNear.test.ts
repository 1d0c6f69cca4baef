/**
 * "Did the mayor make a deal directly with the utilities on the water pause?" is answered by "The mayor said there
 * was no direct agreement … on the matter", right after the sentence about the pause: what is asked may be said in
 * the sentence next to the quote, and a light verb ("make", "reach") asks nothing of its own. Our own words.
 */
import { expect, it } from "vitest";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "pause",
    [
      "The utilities agreed on Friday to a pause in water cuts across the city until the end of the month.",
      "",
      "Mayor Petro Kovalenko said there was no direct agreement between the city and the utilities on the matter, and that the council had asked for it.",
      "",
      "Kovalenko is due to meet the council on Monday.",
    ].join("\n"),
    { title: "Utilities pause water cuts", published: "2026-01-30T10:00:00+02:00", source: "Test Wire" },
  );
});

it("GIVEN the asked thing in the sentence before the quote WHEN a yes/no with a light verb THEN that quote answers", async () => {
  const a = await engine().answer("did kovalenko make a deal directly with the utilities on the pause?");
  expect(a.found, JSON.stringify(a.quotes.map((q) => q.text))).toBe(true);
  expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/no direct agreement/);
});
