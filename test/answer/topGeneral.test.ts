/**
 * "Ukraine's top general" is the chief of the General Staff — not the president's chief of staff, nor an
 * intelligence chief who is also a general — and a yes/no question about him is answered by a sentence that names
 * him. A role the articles give someone again and again outweighs one met once; an institution's country is its
 * own (the NSDC is Ukraine's). Our own words; people and the country are made up but for real institutions.
 */
import { expect, it } from "vitest";
import { textKeys } from "../../src/entities/keys.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "team",
    [
      "Ukraine's delegation includes the chief of the General Staff, Andriy Vasko, and the secretary of the National Security and Defence Council, Ostap Melnyk.",
      "",
      "Chief of the General Staff Andriy Vasko is a career officer. The president's chief of staff, Taras Hordiy, stays in Kyiv.",
      "",
      "Roman Lysyi, a lieutenant general and the military intelligence chief, will also travel.",
    ].join("\n"),
    { title: "Who is on Ukraine's team", published: "2025-12-12T10:00:00+02:00", source: "Test Wire" },
  );
  writeArticle(
    corpus,
    "berlin",
    [
      "Talks in Berlin ran for five hours on Sunday.",
      "",
      "Ukraine's delegation in Berlin was led by Ostap Melnyk, who took over from Taras Hordiy.",
      "",
      "Chief of the General Staff Andriy Vasko also took part.",
      "",
      "Officials said the documents would now be shown to Moscow.",
      "",
      "Secretary of State Mara Quill said after the meeting that real progress had been made. Secretary of State Mara Quill will brief the president.",
      "",
      "Melnyk, the secretary of the security council, said Ukraine would study the text.",
    ].join("\n"),
    { title: "Berlin talks end", published: "2025-12-15T10:00:00+01:00", source: "Other Wire" },
  );
});

it("GIVEN 'was Ukraine's top general at the Berlin talks' THEN the sentence naming the chief of the General Staff answers", async () => {
  const a = await engine().answer("was ukraine's top general at the berlin talks");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/Andriy Vasko also took part/);
});

it("GIVEN 'what did the secretary of state say after the meeting with the Ukrainians' THEN the secretary of state, not Ukraine's NSDC secretary", async () => {
  const a = await engine().answer("what did the secretary of state say after the berlin meeting with the ukrainians?");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/Mara Quill/);
});

it("GIVEN the NSDC THEN its keys are Ukraine's too; NATO's say no country", () => {
  expect([...textKeys("the National Security and Defence Council")]).toContain("g:ukraine");
  expect([...textKeys("NATO")].filter((k) => k.startsWith("g:"))).toEqual(["g:nato"]);
});
