/**
 * Session 18: wording of blind105-110 that the engine still read wrong — "where in Geneva did they meet" (a venue,
 * not another city), a sentence placing the speaker with no verb of saying before "he said", "Trump's proposals"
 * told as "the American proposals", "charged with a crime" told as "with any offence", and "what did X say about land
 * after the visit" (the visit only says when). Our own words throughout; people are made up (places are the alias
 * table's where a test needs one).
 */
import { describe, expect, it } from "vitest";
import { answerCue } from "../../src/answer/cues.js";
import { analyzeQuestion } from "../../src/answer/question.js";
import { EntityIndex } from "../../src/entities/EntityIndex.js";
import { synonymous } from "../../src/text/synonyms.js";
import { stem } from "../../src/text/terms.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

describe("question analysis", () => {
  it("GIVEN 'where in geneva' THEN a place within Geneva is asked; 'where did they meet' asks any place", () => {
    expect(analyzeQuestion("where in geneva did they meet").placeWithin).toBe(true);
    expect(analyzeQuestion("where exactly in abu dhabi were the talks").placeWithin).toBe(true);
    expect(analyzeQuestion("where did they meet in geneva").placeWithin).toBeFalsy();
    expect(analyzeQuestion("where in the plan is the army cap").placeWithin).toBeFalsy();
  });

  it("GIVEN a place within asked THEN a venue answers; another city, or the asked one again, hardly", () => {
    const q = analyzeQuestion("where in geneva did they meet");
    const cue = (text: string) => answerCue("place", text, q.terms, { placeWithin: q.placeWithin });
    expect(cue("The talks started at the Hotel Bellevue in the Eaux-Vives district.")).toBe(1);
    expect(cue("The round was the third, after meetings in Abu Dhabi in January.")).toBeLessThan(0.5);
    expect(cue("According to Axios, the working group made headway in Geneva.")).toBeLessThan(0.5);
    // Asked of any place, another city is a place.
    expect(answerCue("place", "The round was the third, after meetings in Abu Dhabi in January.", analyzeQuestion("where did they meet").terms)).toBe(1);
  });

  it("GIVEN a person's possessive before a plan, beside another name THEN he helps and never blocks; alone he is required", () => {
    const entities = EntityIndex.build([{ title: "T", body: "Envoy Tom Pierce met Lev Volkov in Moscow. Pierce said the talks went well. Volkov agreed." }]);
    expect(analyzeQuestion("where was volkov when he first talked about pierces proposals", entities).terms.find((t) => t.word === "pierce")?.soft).toBe(true);
    expect(analyzeQuestion("where was volkov when he talked about pierce's plan", entities).terms.find((t) => t.word === "pierce")?.soft).toBe(true);
    expect(analyzeQuestion("what is in pierce's plan", entities).terms.find((t) => t.word === "pierce")?.soft).toBeFalsy();
    // Not a plan: "Pierce's visit" is his.
    expect(analyzeQuestion("what did volkov say after pierce's visit", entities).terms.find((t) => t.word === "pierce")?.soft).toBeFalsy();
  });

  it("GIVEN 'charged with a crime' THEN an offence, or wrongdoing, is one", () => {
    expect(synonymous(stem("crime"), stem("offence"))).toBe(true);
    expect(synonymous(stem("crime"), stem("wrongdoing"))).toBe(true);
  });
});

describe("ranking", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "geneva",
      [
        "GENEVA - According to Axios, the military working group made headway in Geneva while the political talks stalled.",
        "",
        "The talks started on Tuesday at the Hotel Bellevue in the Eaux-Vives district.",
        "",
        "The delegations are staying at the same hotel, where reporters waited outside for hours.",
        "",
        "The Geneva round was the third since January, after two meetings in Abu Dhabi.",
      ].join("\n"),
      { title: "Third round opens", published: "2026-02-17T18:00:00+01:00", source: "Test Wire" },
    );
    writeArticle(
      corpus,
      "bishkek",
      [
        "Lev Volkov said in Moscow on Tuesday that the talks with the envoys had been useful.",
        "",
        "Volkov himself set the tone on Thursday in Bishkek, where he was on an official visit. The Westland plan, he said, could serve as a basis for future agreements. But he warned that the fighting would go on.",
      ].join("\n"),
      { title: "What Sudland wants", published: "2025-11-28T10:00:00+01:00", source: "Test Review" },
    );
    writeArticle(
      corpus,
      "kremlin",
      [
        "Sudland's leader held talks with envoys Tom Pierce and Jim Reed that lasted almost five hours, his aide Ivan Sokol told reporters after the visit.",
        "",
        "Sokol said the envoys would fly straight back to report to their president.",
        "",
        "Pierce and Reed arrived at the Kremlin on Tuesday evening for the visit, Sokol said.",
        "",
        "The visit by Pierce and Reed was their sixth such trip, Sokol noted.",
        "",
        "\"On the territorial question, no compromise has been found yet,\" Sokol said.",
      ].join("\n"),
      { title: "Sokol on the talks", published: "2025-12-03T01:00:00+03:00", source: "Test Agency" },
    );
  });

  it("GIVEN 'which hotel … in abu dhabi' and only a Geneva story's hotel THEN the articles don't say", async () => {
    const answer = await engine().answer("which hotel were the delegations staying at in abu dhabi");
    expect(answer.found).toBe(false);
    // Asked of Geneva, that hotel answers.
    expect((await engine().answer("which hotel were the delegations staying at in geneva")).quotes[0]?.text).toContain("Hotel Bellevue");
  });

  it("GIVEN 'where in geneva did they meet' THEN the venue comes first, not the sentences that only say Geneva", async () => {
    const answer = await engine().answer("where in geneva did they meet");
    expect(answer.quotes[0]?.text).toContain("Hotel Bellevue");
  });

  it("GIVEN 'where was X when he said Y' and Y's paragraph placing X without a verb of saying THEN that sentence is quoted with Y", async () => {
    const answer = await engine().answer("where was volkov when he said the westland plan could be a basis");
    expect(answer.quotes[0]?.text).toMatch(/^Volkov himself set the tone on Thursday in Bishkek.*could serve as a basis/s);
  });

  it("GIVEN 'what did X say about land after the visit' THEN his words on territory are quoted, before sentences that only name the visitors", async () => {
    const answer = await engine().answer("what did sokol say about land after the pierce reed visit");
    expect(answer.quotes.map((q) => q.text).join(" | ")).toContain("On the territorial question");
  });
});
