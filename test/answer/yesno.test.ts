/**
 * Yes/no about a person: "Was Budanov at the Miami talks?" is answered by the sentence naming him among those
 * present, even when sentences about the talks that do not name him repeat more of the question's words (they are
 * about someone else and set no bar); a sentence led by another person's name ("Rubio said…") is that person's.
 * Our own words; Poland is a country of the alias table ("Polish soldiers").
 */
import { expect, it } from "vitest";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "miami",
    [
      "HALLANDALE BEACH, Florida, Nov 30 (Test Wire) - American and Ukrainian negotiators met for about five hours at the Miami talks on Sunday, in the first round since the chief of staff resigned.",
      "",
      "Secretary of State Marco Rubio said the Miami talks had been productive.",
      "",
      "The Miami talks at the club near Miami were the first talks in Miami, and Miami officials said the talks in Miami went well.",
      "",
      "Rubio said Washington wanted a lasting peace. Besides the delegation head, the Ukrainian team included the army chief and the heads of two intelligence services, Kyrylo Budanov and Oleh Ivashchenko.",
    ].join("\n"),
    { title: "US and Ukraine call Miami talks productive", published: "2025-11-30T23:00:00Z" },
  );
  writeArticle(
    corpus,
    "paris",
    ["Prime Minister Donald Tusk said in Paris that Polish soldiers would not be sent to Ukraine as part of the force."].join("\n"),
    { title: "Tusk rules out troops", source: "Other Wire", published: "2026-01-07T10:00:00Z" },
  );
});

it("GIVEN 'was budanov at the miami talks' THEN the sentence naming him among the team, not 'Rubio said…'", async () => {
  const a = await engine().answer("was budanov at the miami talks");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/Kyrylo Budanov and Oleh Ivashchenko/);
  expect(a.quotes.some((q) => /^Rubio said/.test(q.text))).toBe(false);
});

it("GIVEN 'is poland sending troops to ukraine' THEN 'Polish soldiers would not be sent' answers it", async () => {
  const a = await engine().answer("is poland sending troops to ukraine");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/Polish soldiers/);
});
