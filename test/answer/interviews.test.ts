/**
 * Interview and transcript pages label their speakers ("Vahtramäe: Europe has to stop…"): the label is the speaker,
 * and the answer goes on in the sentences after it. And a noun qualified by a name the story holds ("Energoatom
 * suppliers") may be the story's own word for it ("contractors").
 */
import { describe, expect, it } from "vitest";
import { speakerCue } from "../../src/answer/cues.js";
import { textKeys } from "../../src/entities/keys.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

describe("speaker labels", () => {
  const tamm = ["s:tamm"];
  it("GIVEN 'Name: words' THEN the name is speaking; a name later in the text is not a label", () => {
    expect(speakerCue("Tamm: Europe has to stop waiting at the door.", undefined, tamm)).toBe(1);
    expect(speakerCue("Kaarel Tamm: We agreed on the loan.", undefined, tamm)).toBe(1);
    expect(speakerCue("The loan was agreed. Tamm: we will see", undefined, tamm)).toBe(0.3);
    expect(speakerCue("Europe met Tamm on Monday.", undefined, tamm)).toBe(0.3);
  });

  it("GIVEN an apposition with initials between the name and the verb THEN the name is speaking", () => {
    expect(speakerCue("Secretary of State Marco Tamm, who led the U.S. team at the Shell Bay club, told reporters afterward that it went well.", undefined, ["s:tamm"])).toBe(1);
  });

  it("GIVEN the sentence after a labelled one THEN it is the same speaker's answer, unless it names its own", () => {
    const previous = "Tamm: Europe has to stop waiting at the door.";
    const prev = { keys: textKeys(previous), text: previous };
    expect(speakerCue("If we are only informed afterwards, we are on the menu.", prev, tamm)).toBe(0.9);
    expect(speakerCue("Officials said the loan would be paid in spring.", prev, tamm)).toBe(0);
  });
});

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "probe",
    [
      "Investigators searched the offices of Harbourco, the state shipping company, on Friday.",
      "",
      "Detectives say contractors were forced to pay between 10 and 15 percent of contract values to keep their business.",
      "",
      "Harbourco said it was cooperating.",
    ].join("\n"),
    { title: "Probe at the shipping company", published: "2025-11-11T09:00:00+00:00", source: "Test Wire" },
  );
});

it("GIVEN 'Harbourco suppliers' and a story of Harbourco's 'contractors' THEN the share is quoted", async () => {
  const a = await engine().answer("what cut of the contract value did harbourco suppliers have to hand over");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/10 and 15 percent/);
});
