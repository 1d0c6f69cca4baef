/**
 * A sentence from a story that never names a place or person the question asks about is another story's: however
 * well it scores on the other words, it sets no bar that makes the right sentence look like a loose match. Our own
 * words.
 */
import { expect, it } from "vitest";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "lindvik",
    [
      "Mayor Kovalenko arrived in Lindvik on Tuesday for talks on the river claim.",
      "",
      "On his way there he told reporters he was prepared to give up the east bank in exchange for binding water guarantees.",
      "",
      "The talks in Lindvik are due to end on Thursday.",
    ].join("\n"),
    { title: "Kovalenko in Lindvik", published: "2026-03-03T10:00:00+01:00", source: "Test Wire" },
  );
  writeArticle(
    corpus,
    "council",
    [
      "Kovalenko said the talks on his offer had been substantive and that the teams had discussed every point of the claim.",
      "",
      "Kovalenko said he would offer more next week.",
    ].join("\n"),
    { title: "Council meets", published: "2026-03-04T10:00:00+01:00", source: "Other Wire" },
  );
});

it("GIVEN the only story naming the asked place WHEN another story's sentence shares more words THEN the first still answers", async () => {
  const a = await engine().answer("what did kovalenko offer on the claim in lindvik");
  expect(a.found, JSON.stringify(a.quotes.map((q) => q.text))).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/give up the east bank/);
});
