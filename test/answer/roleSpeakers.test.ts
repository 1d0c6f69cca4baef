/**
 * "What did the alliance's secretary general say": the one speaking must hold that title — the person the articles
 * give it to, resolved past a like title of another body ("secretary of the security council"), or, when nobody
 * holds it, the title itself written where he speaks. Our own words; NATO because the alias table knows it.
 */
import { expect, it } from "vitest";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "council",
    [
      "Ivan Sirko, the secretary of the city's security council, led the city's team in the river talks.",
      "",
      "Sirko said the river guarantees offered by the alliance were a good start but not enough, the general manager of the port added.",
      "",
      "NATO has no role in the river talks, officials said.",
    ].join("\n"),
    { title: "Sirko leads river talks", published: "2026-03-02T10:00:00+01:00", source: "Test Wire" },
  );
});

it("GIVEN nobody holds the title asked WHEN 'what did NATO's secretary general say' THEN not found, not another secretary's words", async () => {
  const a = await engine().answer("what did the nato secretary general say about the river guarantees");
  expect(a.found, a.quotes.map((q) => q.text).join(" | ")).toBe(false);
});

const withHolder = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "council",
    [
      "Ivan Sirko, the secretary of Ukraine's security council and a general of the reserve, led Ukraine's team in the talks in Kyiv.",
      "",
      "Sirko said in Kyiv that the guarantees were a good start.",
      "",
      "Sirko has led the team since May.",
    ].join("\n"),
    { title: "Sirko leads river talks", published: "2026-03-02T10:00:00+01:00", source: "Test Wire" },
  );
  writeArticle(
    corpus,
    "visit",
    [
      "NATO Secretary General Anna Lind visited Kyiv on Tuesday.",
      "",
      "Lind said the guarantees would need the alliance's backing to hold.",
    ].join("\n"),
    { title: "Lind at the river port", published: "2026-03-03T10:00:00+01:00", source: "Other Wire" },
  );
});

it("GIVEN the alliance's secretary general and another body's secretary THEN the alliance's is the one asked", async () => {
  const a = await withHolder().answer("what did the nato secretary general say in kyiv");
  expect(a.found).toBe(true);
  const quoted = a.quotes.map((q) => q.text).join(" | ");
  expect(quoted).toMatch(/Lind said/);
  expect(quoted).not.toMatch(/Sirko said/);
});
