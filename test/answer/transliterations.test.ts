/**
 * German, French and Polish outlets (and their English editions) write the same people by their own conventions:
 * Selenskyj, Iermak, Chmyhal, Uschakow. A question in the English spelling finds their words, and a question in
 * theirs finds the English-spelling stories — names, not word vectors, decide.
 */
import { expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/question.js";
import { EntityIndex } from "../../src/entities/EntityIndex.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "berlin",
    [
      "For two days the chancellery was the centre of the diplomacy around the war.",
      "",
      "On the flight to the city, Selenskyj told journalists that the country would forgo its alliance ambition in exchange for binding guarantees.",
      "",
      "The energy portfolio goes to Denys Chmyhal, a former prime minister, the office said.",
    ].join("\n"),
    { title: "Selenskyj ready to give up alliance bid", published: "2025-12-14T18:00:00+01:00", source: "Rhine Test Post" },
  );
  writeArticle(
    corpus,
    "office",
    [
      "Andriy Yermak resigned as head of the presidential office on Friday after investigators searched his flat.",
      "",
      "Yury Ushakov said the envoys had spent five hours in the room with the president.",
    ].join("\n"),
    { title: "Chief of staff resigns", published: "2025-11-28T18:00:00+02:00", source: "Test Wire" },
  );
});

it.each([
  ["what did zelenskyy tell journalists on the flight", /Selenskyj told journalists/],
  ["who got the energy portfolio, shmyhal?", /Denys Chmyhal/],
  ["why did Iermak resign", /Yermak resigned/],
  ["what did Uschakow say about the envoys", /Ushakov said/],
])("GIVEN %j THEN the other convention's spelling of the name answers it", async (q, re) => {
  const a = await engine().answer(q);
  expect(a.found, q).toBe(true);
  expect(a.quotes.slice(0, 3).some((x) => re.test(x.text)), q).toBe(true);
});

it("GIVEN a name in no convention's spelling of the articles' people THEN not found", async () => {
  const a = await engine().answer("what did Sikorski tell journalists on the flight");
  expect(a.found).toBe(false);
});

it("GIVEN a name typed as it sounds with another first letter ('vitkoff') THEN the person the corpus spells Witkoff", async () => {
  const entities = EntityIndex.build([{ title: "T", body: "US special envoy Steve Witkoff met the mayor on Tuesday. Witkoff said the talks went well." }]);
  expect(analyzeQuestion("how long did vitkoff meet the mayor", entities).terms.find((t) => t.word === "vitkoff")?.entity).toBe(false);
  const q = analyzeQuestion("how long did vitkoff meet the mayor", entities, (w) => w !== "vitkoff");
  expect(q.terms.find((t) => t.word === "vitkoff")?.entity).toBe(true);
});
