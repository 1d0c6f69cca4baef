/**
 * Counting questions by their kind: "how big an army" asks a size, which articles give as a number; "how many
 * Norland farmers" is not answered by a count of Southland farmers; "one of the few" counts nothing. Our own words.
 */
import { expect, it } from "vitest";
import { answerCue } from "../../src/answer/cues.js";
import { analyzeQuestion } from "../../src/answer/question.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "plan",
    [
      "Leaders met in Ostrava on Tuesday to agree the shape of the border plan.",
      "",
      "Under the plan Norland would keep a peacetime army of 300,000 soldiers, paid for by its neighbours.",
      "",
      "The plan also sets up a joint commission on water rights.",
      "",
      "Leaders in Ostrava said Norland's army would keep its bases under the plan and keep training with the armies of its neighbours.",
    ].join("\n"),
    { title: "Ostrava border plan agreed", published: "2026-03-05T10:00:00+01:00", source: "Test Wire" },
  );
  writeArticle(
    corpus,
    "farmers",
    [
      "The market reopened in Lindvik after the harvest dispute was settled on Friday.",
      "",
      "It said twelve Southland farmers had also been allowed back across the river, and thanked the mediators.",
      "",
      "\"Lindvik is one of the few places where Norland farmers can trade across the river without trouble,\" a trader said.",
    ].join("\n"),
    { title: "Lindvik market reopens", published: "2026-03-06T10:00:00+01:00", source: "Other Wire" },
  );
});

it("GIVEN 'how big an army' THEN the sentence giving the army's size", async () => {
  const a = await engine().answer("how big an army would norland keep under the plan");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/300,000 soldiers/);
});

it("GIVEN 'how large' THEN it is asked as a number, the size words no topic", async () => {
  const a = await engine().answer("how large would norland's army be under the ostrava plan");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/300,000 soldiers/);
});

it("GIVEN a count of one side's farmers WHEN the question asks the other side's THEN not found", async () => {
  const a = await engine().answer("how many norland farmers were let back across the river in lindvik");
  expect(a.found, a.quotes.map((q) => q.text).join(" | ")).toBe(false);
});

it("GIVEN the same side asked THEN its count", async () => {
  const a = await engine().answer("how many southland farmers were let back across the river in lindvik");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/twelve Southland farmers/);
});

it("GIVEN only years in a sentence ('swaps since 2024', 'in 2026 and 2027') THEN no count", () => {
  const q = analyzeQuestion("how many prisoners were swapped");
  expect(answerCue("count", "Diplomats credit the mediation on prisoner swaps since 2024.", q.terms)).toBe(0);
  expect(answerCue("count", "Leaders will discuss how to pay for its defence in 2026 and 2027.", q.terms)).toBe(0);
  expect(answerCue("count", "The sides swapped 157 prisoners each in 2026.", q.terms)).toBe(1);
});

it("GIVEN 'the part Kyiv still holds' THEN the verb after 'still' is no topic", () => {
  const t = analyzeQuestion("what did the mayor suggest doing with the part of the river the city still holds").terms.find((x) => x.word === "holds");
  expect(t?.topic ?? false).toBe(false);
});

it("GIVEN 'several swaps' or 'one official said' THEN no count; GIVEN a question of money THEN only an amount answers", () => {
  const swaps = analyzeQuestion("how many prisoners were swapped");
  expect(answerCue("count", "The emirate had brokered several prisoner swaps between the warring sides.", swaps.terms)).toBe(0);
  const lend = analyzeQuestion("how much money did the council agree to lend the port");
  expect(answerCue("count", "One official said the offer would not be on the table forever.", lend.terms)).toBe(0);
  expect(answerCue("count", "The council agreed to lend the port €90bn over two years.", lend.terms)).toBe(1);
  expect(answerCue("count", "The council agreed to lend the port 90 million euros.", lend.terms)).toBe(1);
});

it("GIVEN 'what did X post / tweet' THEN a question of what X said, the verb no term", () => {
  const q = analyzeQuestion("what did sirko post after the river talks");
  expect(q.kind).toBe("say");
  expect(q.terms.map((t) => t.word)).not.toContain("post");
});

it("GIVEN 'between the two countries' or 'for the next two years' WHEN the question counts prisoners THEN no count of them", () => {
  const q = analyzeQuestion("how many prisoners were swapped in the emirate");
  expect(answerCue("count", "The emirate had brokered prisoner swaps between the two countries before.", q.terms)).toBe(0);
  expect(answerCue("count", "The deal covers prisoner swaps for the next two years.", q.terms)).toBe(0);
  expect(answerCue("count", "The two countries swapped 157 prisoners each.", q.terms)).toBe(1);
});
