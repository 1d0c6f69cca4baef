/**
 * "Why" questions: stories often give the reason in the sentence after the one that matches the question's words.
 * A quote that gives no reason runs on to the next sentence of its paragraph — one verbatim span of the body — or
 * of the next paragraph when that starts by pointing back ("That proposal ran into resistance…").
 */
import { expect, it } from "vitest";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "loan",
    [
      "The summit agreed a joint loan to the city for the next two years.",
      "",
      "The plan had been to fund the loan from the frozen harbour deposits. The northern province, which holds most of them, would not agree.",
      "",
      "The mayor resigned because the council rejected his budget.",
      "",
      "A new vote is due in spring.",
    ].join("\n"),
    { title: "Summit agrees loan", published: "2025-12-19T10:00:00+01:00", source: "Test Wire" },
  );
  writeArticle(
    corpus,
    "bridge",
    [
      "The council dropped a plan to pay for the new bridge with the port's reserve fund.",
      "",
      "That proposal ran into resistance from the port authority, which feared losing its credit rating.",
      "",
      "Work on the bridge is due to start in May.",
    ].join("\n"),
    { title: "Bridge plan dropped", published: "2025-12-20T10:00:00+01:00", source: "Other Wire" },
  );
  writeArticle(
    corpus,
    "deadline",
    [
      '"The federation wants everything settled by June," the league chairman said. He said the federation would push both clubs to keep to that schedule.',
      "",
      "He explained why. The federation holds its elections in November, and its board will be busy with the campaign after the summer.",
      "",
      "The clubs meet again next week.",
    ].join("\n"),
    { title: "League wants deal by June", published: "2025-12-21T10:00:00+01:00", source: "Third Wire" },
  );
});

it("GIVEN a why question whose best sentence gives no reason THEN the quote runs on to the next sentence of the paragraph", async () => {
  const a = await engine().answer("why didnt they fund the loan from the frozen harbour deposits?");
  expect(a.found).toBe(true);
  const q = a.quotes[0]!;
  expect(q.text).toMatch(/^The plan had been to fund the loan.*would not agree\.$/s);
  expect(q.end - q.start).toBe(q.text.length);
});

it("GIVEN a sentence that gives its reason THEN it is quoted alone, and no quote crosses a paragraph", async () => {
  const a = await engine().answer("why did the mayor resign");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toBe("The mayor resigned because the council rejected his budget.");
  for (const q of a.quotes) expect(q.text).not.toMatch(/\n\s*\n/);
});

it("GIVEN the reason in the next paragraph, which points back THEN the quote runs on into it", async () => {
  const a = await engine().answer("why didnt the council use the port's reserve fund for the bridge");
  expect(a.found).toBe(true);
  const q = a.quotes[0]!;
  expect(q.text).toMatch(/^The council dropped a plan.*ran into resistance from the port authority/s);
  expect(q.end - q.start).toBe(q.text.length);
});

it("GIVEN 'He explained why.' opening the next paragraph THEN the quote runs on to the reason after it", async () => {
  const a = await engine().answer("why does the federation want it settled by June");
  expect(a.found).toBe(true);
  const q = a.quotes[0]!;
  expect(q.text).toMatch(/^"The federation wants everything settled by June,".*He explained why\. The federation holds its elections in November/s);
  expect(q.text).not.toMatch(/clubs meet again/);
  expect(q.end - q.start).toBe(q.text.length);
});
