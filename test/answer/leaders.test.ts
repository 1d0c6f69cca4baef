/** "Who led X": the quote says who leads, not only names someone who was there. */
import { expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/question.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "harbour-round",
    [
      "GENEVA, Jan 24 (Test Wire) - Delegations of the two harbour towns finished two days of harbour talks in Geneva on Saturday, Mayor Tomas Ekdahl of the southern town said.",
      "",
      "The northern team was headed by Anna Berg, the harbour commissioner.",
      "",
      "Talks will resume next month.",
    ].join("\n"),
    { title: "Second harbour round", published: "2026-02-06T09:00:00+01:00", source: "Test Wire" },
  );
});

it("GIVEN 'who led …' THEN it asks for a leader", () => {
  expect(analyzeQuestion("who led the town delegation at the second harbour round").asksLeader).toBe(true);
  expect(analyzeQuestion("who attended the second harbour round").asksLeader).toBeUndefined();
});

it("GIVEN a lead naming someone at the talks and a sentence saying who headed the team THEN the leader is quoted first", async () => {
  const a = await engine().answer("who led the northern team at the harbour talks in geneva?");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/headed by Anna Berg/);
});
