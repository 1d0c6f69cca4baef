/**
 * Yes/no about a person whose name is sentences back, behind a chain of "he" (Q&A pages and profiles write so), and
 * "what rank" as the kind of answer rather than a word the answer must hold. A small corpus of our own words.
 */
import { expect, it } from "vitest";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "qa_profile",
    [
      "Q: Who runs military intelligence now?",
      "",
      "A: Oleh Ivashchenko. He used to head the foreign intelligence service and took over the agency in January. He has not been part of the negotiating team in Abu Dhabi.",
      "",
      "Q: Who leads the Russian side?",
      "",
      "A: Admiral Igor Kostyukov, the head of the GRU, leads the Russian delegation in Abu Dhabi.",
    ].join("\n"),
    { title: "Who is who at the Abu Dhabi talks", source: "Test Radio" },
  );
  writeArticle(
    corpus,
    "raid",
    [
      "Investigators searched the home of the president's chief of staff on Friday as part of an inquiry into an alleged kickback scheme at the state nuclear company.",
      "",
      "The inquiry has already led to the resignation of two ministers, officials said.",
    ].join("\n"),
    { title: "Chief of staff's home searched in kickback inquiry", source: "Test Wire" },
  );
});

it("GIVEN the name two 'he' sentences back THEN the yes/no about him is answered from the last one", async () => {
  const a = await engine().answer("was ivashchenko at the abu dhabi talks");
  expect(a.found).toBe(true);
  expect(a.quotes.map((q) => q.text).join(" ")).toMatch(/has not been part of the negotiating team/);
});

it("GIVEN 'what rank is X' THEN the sentence naming X with a rank answers, though it never says 'rank'", async () => {
  const a = await engine().answer("what rank is kostyukov");
  expect(a.found).toBe(true);
  expect(a.quotes[0]?.text).toMatch(/Admiral Igor Kostyukov/);
});

it("GIVEN 'how much money' and a story of the scheme with no sum THEN the articles don't say", async () => {
  const a = await engine().answer("how much money was stolen in the kickback scheme at the nuclear company");
  expect(a.found, a.quotes.map((q) => q.text).join(" | ")).toBe(false);
});
