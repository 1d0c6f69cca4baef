/**
 * "Who replaced X", "who took over from X", "who is the new defence minister": the answer names who came next, in
 * a sentence that says so — not X, however often the stories about X's exit repeat the question's words.
 */
import { expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/question.js";
import { EntityIndex } from "../../src/entities/EntityIndex.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "exit",
    [
      "Oksana Marchenko, the head of the mayor's office and the city's chief negotiator with the utilities, resigned on Friday after investigators searched her home.",
      "",
      "Marchenko led the city's team at the utility talks for two years, and the mayor praised her work as head of the office.",
      "",
      "Marchenko had been negotiating with the utilities since Mayor Petro Kovalenko took office.",
      "",
      "Marchenko said she would defend herself in court.",
    ].join("\n"),
    { title: "Head of mayor's office resigns", published: "2025-11-28T10:00:00+02:00", source: "Test Wire" },
  );
  writeArticle(
    corpus,
    "handover",
    [
      "The mayor appointed Taras Hrytsenko, the city treasurer, as the city's negotiator with the utilities on Saturday, a day after Marchenko left.",
      "",
      "Hrytsenko is expected to meet the utilities' lawyers next week.",

    ].join("\n"),
    { title: "Treasurer to lead utility talks", published: "2025-11-29T10:00:00+02:00", source: "Other Wire" },
  );
});

it("GIVEN 'who replaced / took over from / the new' THEN a question of succession, its verb no required word", () => {
  for (const q of ["who replaced marchenko", "who took over from Marchenko as negotiator", "who is the city's new chief negotiator"]) {
    expect(analyzeQuestion(q).succession, q).toBe(true);
  }
  expect(analyzeQuestion("who replaced marchenko").terms.find((t) => t.word === "replaced")?.soft).toBe(true);
  expect(analyzeQuestion("who led the city's team").succession).toBeUndefined();
});

it.each([["who took over from marchenko as the guy negotiating with the utilities"], ["Who replaced Marchenko as negotiator?"]])(
  "GIVEN %j THEN the one appointed after her is quoted first, not her own story",
  async (q) => {
    const a = await engine().answer(q);
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(/appointed Taras Hrytsenko/);
  },
);

it("GIVEN the articles' holder of a role is the one asked about WHEN 'who replaced X as <role>' THEN the role names no one", () => {
  const entities = EntityIndex.build([{ title: "T", body: "City spokesman Ivan Sirko said on Monday that the budget would hold through the winter." }]);
  expect(analyzeQuestion("who is the city spokesman", entities).person).toBeDefined();
  expect(analyzeQuestion("who replaced sirko as city spokesman", entities).person).toBeUndefined();
});

it("GIVEN no story tells of a handover WHEN 'who replaced X as <role>' THEN not found, however alike the sentences", async () => {
  const a = await engine().answer("who replaced kovalenko as mayor");
  expect(a.found, a.quotes.map((q) => q.text).join(" | ")).toBe(false);
});

it("GIVEN a word before the replaced person's name that is no role word WHEN 'who replaced X as <role>' and the articles' holder is X THEN the role still names no one", () => {
  const entities = EntityIndex.build([{ title: "T", body: "Ivan Sirko, head of the city's negotiating team, said on Monday that the budget would hold." }]);
  expect(analyzeQuestion("who is the head of the city's negotiating team", entities).person).toBeDefined();
  expect(analyzeQuestion("who replaced ivan sirko as head of the city negotiating team", entities).person).toBeUndefined();
});
