/**
 * Session 18: wording of blind105-110 that the engine still read wrong — "where in Geneva did they meet" (a venue,
 * not another city), a sentence placing the speaker with no verb of saying before "he said", "Trump's proposals"
 * told as "the American proposals", "charged with a crime" told as "with any offence", and "what did X say about land
 * after the visit" (the visit only says when). Our own words throughout; people are made up (places are the alias
 * table's where a test needs one).
 */
import { describe, expect, it } from "vitest";
import { agentNamed, answerCue, speakerCue } from "../../src/answer/cues.js";
import { analyzeQuestion } from "../../src/answer/question.js";
import { EntityIndex } from "../../src/entities/EntityIndex.js";
import { textKeys } from "../../src/entities/keys.js";
import { personId } from "../../src/entities/roles.js";
import { isFurniture } from "../../src/text/furniture.js";
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

describe("the second pass (blind111-116, read after their held-back run)", () => {
  const term = (q: string, word: string, entities?: EntityIndex) => analyzeQuestion(q, entities).terms.find((t) => t.word === word);

  it("GIVEN the unit an answer is written in ('in dollars', 'like percentage') THEN it helps and is no topic", () => {
    expect(term("how big was the kickback scheme in dollars", "dollars")).toMatchObject({ soft: true, topic: false });
    expect(term("how close are they on guarantees, like percentage", "percentage")).toMatchObject({ soft: true, topic: false });
    // Not asked as the unit: "how many dollars" still counts dollars, and "percentage" of a what-question is a topic.
    expect(term("what did the fund do with the dollars", "dollars")?.soft).toBeFalsy();
  });

  it("GIVEN whom a saying was addressed to, said generally ('warn people') THEN it helps and never blocks; people spoken about are a topic", () => {
    expect(term("what did orlan warn people in his video address", "people")).toMatchObject({ soft: true, topic: false });
    expect(term("what did orlan tell the nation on friday", "nation")).toMatchObject({ soft: true, topic: false });
    expect(term("what did orlan say about people fleeing the city", "people")?.soft).toBeFalsy();
  });

  it("GIVEN a person's envoys ('trumps envoys') beside another name THEN he helps and never blocks", () => {
    const entities = EntityIndex.build([{ title: "T", body: "Envoy Tom Pierce met Lev Volkov in Moscow. Pierce said the talks went well. Volkov agreed." }]);
    expect(term("how long did pierces envoys sit with volkov in december", "pierce", entities)?.soft).toBe(true);
  });

  it("GIVEN 'who announced X was taking over' THEN the one who announced it is asked, not a successor", () => {
    expect(analyzeQuestion("who announced medinsky was taking over the team for geneva").succession).toBeFalsy();
    expect(analyzeQuestion("who is taking over the team from medinsky").succession).toBe(true);
  });

  it("GIVEN 'why are they in such a rush' THEN the rush is how fast, no topic", () => {
    expect(term("why are the westlanders in such a rush to get it done by june", "rush")?.topic).toBeFalsy();
  });

  it("GIVEN a picture and its caption read as one sentence, or a programme's date stamp THEN it is furniture", () => {
    expect(isFurniture("![Secretary Reed speaks to reporters.](reed-club.jpg) *Secretary of State Jim Reed speaks to reporters outside the club", "Talks in Florida")).toBe(true);
    expect(isFurniture("Secretary of State Jim Reed spoke to reporters outside the club after the talks.", "Talks in Florida")).toBe(false);
    // A programme's stamp: a bare date and time beside the presenter's name, the parts set apart by "·".
    expect(isFurniture("*Sunday, 7 December 2025, 22:10 · Ivan Sokolov, from the programme \"The Week in Politics\"*", "Sokol on the talks")).toBe(true);
    expect(isFurniture("Talks resumed on 7 December · officials said the mood was good.", "Talks resume")).toBe(false);
  });

  it("GIVEN a role word given a person a few times beside his title ('state' twice, 'secretary' eleven times) THEN the role is another's", () => {
    const council = "Council secretary Rustam Omar said the talks went on. Omar, secretary of the Security Council, flew home.";
    const entities = EntityIndex.build([
      {
        title: "T",
        body:
          Array(6).fill(council).join(" ") +
          " State Security Council secretary Rustam Omar met Secretary of State Jim Reed. State Security Council secretary Rustam Omar spoke." +
          " Secretary of State Jim Reed flew home. Secretary of State Jim Reed said the talks went well.",
      },
    ]);
    expect(analyzeQuestion("what did the secretary of state say after the talks", entities).person).toBe(personId("reed"));
  });

  it("GIVEN a who-question's deed THEN a sentence naming who did it ('… by Army Secretary Dan Rourke', 'Rourke handed') tells it; one naming whom it was given does not", () => {
    expect(agentNamed("The document was handed to the president on Thursday by Army Secretary Dan Rourke.", stem("brought"))).toBe(true);
    expect(agentNamed("Rourke handed the plan to Orlan in Alpstadt.", stem("delivered"))).toBe(true);
    expect(agentNamed("Orlan spoke on Friday, a day after a Westland delegation handed him the plan.", stem("brought"))).toBe(false);
    // A verb of saying or posting tells its doer only passively: "Pierce wrote on social media" wrote no plan.
    expect(agentNamed("Before the talks, Pierce wrote on social media that the deal was close.", stem("wrote"))).toBe(false);
    expect(agentNamed("The plan was written by envoy Tom Pierce with Volkov's help.", stem("wrote"))).toBe(true);
  });

  it("GIVEN 'X, who said Y told Z that…' THEN Y is speaking; a name in a clause of company is not", () => {
    const keys = [...textKeys("Volkov")];
    expect(speakerCue("The Kremlin's account came from Ivan Sokol, who said Volkov told Pierce that a truce would only drag the war out.", undefined, keys)).toBe(1);
    expect(speakerCue("The president, who was joined by Volkov, said the talks went well.", undefined, keys)).toBeLessThan(0.6);
  });

  it("GIVEN 'how long did the monday session go on' THEN a length told of another weekday is no answer", () => {
    const terms = analyzeQuestion("how long did the monday session in alpstadt go on for").terms;
    expect(answerCue("duration", "Recap of Sunday: the first round ran for more than five hours.", terms)).toBe(0);
    expect(answerCue("duration", "Orlan and the envoys met again on Monday, after more than five hours of talks on Sunday.", terms)).toBe(0);
    expect(answerCue("duration", "On Monday the talks went on for more than four hours.", terms)).toBe(1);
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
