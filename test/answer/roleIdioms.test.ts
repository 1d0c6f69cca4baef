/**
 * Newsroom idioms for roles: "Poland's top diplomat" is its foreign minister — not a deputy, not another
 * country's — and "America's top diplomat" the secretary of state. Our own words; real country names because the
 * alias table knows them.
 */
import { expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/question.js";
import { idiomKeys } from "../../src/entities/roleIdioms.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "port",
    [
      "A drone struck the Polish port of Gdynia overnight, damaging two cranes.",
      "",
      "Foreign Minister Jan Kowal condemned the attack on the port as \"a provocation aimed at the talks\".",
      "",
      "Deputy Foreign Minister Piotr Nowak said the port would reopen within a week.",
      "",
      "Finnish Foreign Minister Olaf Berg said the attack on the port showed the talks had to continue.",
    ].join("\n"),
    { title: "Drone hits Gdynia port", published: "2026-02-05T10:00:00+01:00", source: "Test Wire" },
  );
  writeArticle(
    corpus,
    "visit",
    ["Secretary of State Mark Dunn said the attack on the port would be raised at the next round of talks.", "", "Dunn, speaking in Washington, is due in Warsaw on Monday."].join("\n"),
    { title: "Dunn to raise port attack", published: "2026-02-06T10:00:00+01:00", source: "Other Wire" },
  );
});

it("GIVEN 'top diplomat' THEN the keys of a foreign minister; of the US, a secretary of state", () => {
  expect(idiomKeys(["poland", "top", "diplomat"], [["g:poland"], [], []]).get(1)).toContain("s:foreign");
  expect(idiomKeys(["us", "top", "diplomat"], [["g:us"], [], []]).get(2)).toEqual(["s:secretari"]);
});

it("GIVEN a foreign minister, a deputy and another country's WHEN 'what did Poland's top diplomat say' THEN the minister", async () => {
  const a = await engine().answer("what did poland's top diplomat say about the attack on the port");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/Jan Kowal condemned/);
});

it("GIVEN 'America's top diplomat' THEN the secretary of state", async () => {
  const a = await engine().answer("what did america's top diplomat say about the attack on the port");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/Mark Dunn said/);
});

it("GIVEN 'the top job', 'a senior official' THEN the adjective of rank is no topic the answer must write", () => {
  for (const [q, w] of [["when did the mayor offer sirko the top job", "top"], ["what did a senior official say about the port", "senior"]] as const) {
    const t = analyzeQuestion(q).terms.find((x) => x.word === w);
    expect(t?.topic ?? false, q).toBe(false);
  }
});

it("GIVEN 'how did X describe Y' THEN a question of what X said", async () => {
  expect(analyzeQuestion("how did america's top diplomat describe the attack on the port").kind).toBe("say");
  const a = await engine().answer("how did america's top diplomat describe the attack on the port");
  expect(a.quotes[0]?.text).toMatch(/Mark Dunn said/);
});

it("GIVEN 'foreign policy aide' THEN its words may stand for the 'presidential aide' / 'Kremlin aide' title", () => {
  const keys = idiomKeys(["putin", "foreign", "policy", "aide"]);
  expect(keys.get(1)).toContain("s:presidenti");
  expect(keys.get(3)).toContain("s:advis");
});
