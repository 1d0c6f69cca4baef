/**
 * Who speaks in "what did X say". "…about reports that Ukraine will hold elections": the future is the topic's, not
 * the question's — X speaking in the past answers it (a question about plans still prefers plan sentences). "What
 * did Kyiv say": a country speaks through its people, whom the articles' appositions tie to it.
 */
import { expect, it } from "vitest";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "briefing",
    [
      "Kremlin spokesman Dmitry Peskov said it was too early to discuss reports of an election in Ukraine, and that anonymous sources could not be trusted.",
      "",
      "Officials in Kyiv have said a vote is possible only after a ceasefire.",
    ].join("\n"),
    { title: "Kremlin dismisses election reports", source: "Test Wire" },
  );
  writeArticle(
    corpus,
    "truce",
    [
      "Ukrainian President Volodymyr Zelensky met the envoys in the capital on Monday.",
      "",
      "Zelensky said the energy truce had been broken twice in its first week.",
      "",
      "Kremlin spokesman Dmitry Peskov said the energy truce was holding and that Moscow kept its word.",
    ].join("\n"),
    { title: "Energy truce under strain", source: "Other Wire" },
  );
  writeArticle(
    corpus,
    "summit_tv",
    [
      "President Donald Trump hosted the Finnish prime minister at his Florida club today.",
      "",
      "ANCHOR (voice-over): On the border deal, the president said the two sides were close. On fishing rights, though, he admitted there was no agreement yet.",
      "",
      "Officials from both delegations will meet again next month.",
    ].join("\n"),
    { title: "Florida summit: close on the border, apart on fishing", source: "Test TV" },
  );
});

it("GIVEN X speaking in the past about a future event THEN 'what did X say about reports that … will …' is answered with it", async () => {
  const a = await engine().answer("what did peskov say about reports that ukraine will hold an election?");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/too early to discuss reports/);
});

it("GIVEN 'what did Kyiv say' THEN the words of a person the articles call Ukrainian, though the sentence names no country", async () => {
  const a = await engine().answer("what did kyiv say about the energy truce");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/broken twice/);
  expect(a.quotes.map((q) => q.text).join(" ")).not.toMatch(/Peskov/);
});

it("GIVEN 'the president said … he admitted' in a story naming President Trump THEN those are Trump's words", async () => {
  const a = await engine().answer("what did trump say about fishing rights");
  expect(a.found).toBe(true);
  expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/he admitted there was no agreement/);
});
