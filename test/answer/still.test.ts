/** "Is X still …?": a sentence saying X left the post, or kept it, answers — in whatever words it says so. */
import { expect, it } from "vitest";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "harbour",
    [
      "Harbour master Olaf Brenner resigned on Friday after auditors searched his office.",
      "",
      "The port authority said the ferry timetable would not change.",
    ].join("\n"),
    { title: "Harbour master resigns", published: "2025-11-29T09:00:00+00:00", source: "Test Wire" },
  );
});

it("GIVEN 'is X still in government' and a story that X resigned THEN that sentence answers", async () => {
  const a = await engine().answer("is Brenner still in government?");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/resigned on Friday/);
});

it("GIVEN a yes/no without 'still' on the same words THEN the resignation does not answer another predicate", async () => {
  const a = await engine().answer("is Brenner in government?");
  expect(a.found).toBe(false);
});
