/**
 * Session 11: kinds of question from the sets held back in session 10 — a paraphrase of the stories' wording ("ok
 * with giving up on", "get their generals talking", "brief the press"), a common word one letter from a name the
 * index took for a person ("police" / an institute's "Security Policy"), a group asked for by its role ("the US
 * envoys") and met by its members, a sentence that only says someone spoke ("X has posted on X."), and a day counted
 * from another ("the day before"). Our own words throughout; places and people are made up.
 */
import { describe, expect, it } from "vitest";
import { CAUSE } from "../../src/answer/cues.js";
import { daysIn } from "../../src/answer/dates.js";
import { analyzeQuestion } from "../../src/answer/question.js";
import { sameName } from "../../src/entities/names.js";
import { isPersonName } from "../../src/entities/roles.js";
import { isHeading } from "../../src/text/furniture.js";
import { synonymous } from "../../src/text/synonyms.js";
import { stem } from "../../src/text/terms.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const words = (q: string) => analyzeQuestion(q).terms.map((t) => t.word);
const same = (a: string, b: string) => synonymous(stem(a), stem(b));

describe("question analysis", () => {
  it("GIVEN 'ok with giving up on' THEN abandoning, which the stories write as prepared to set aside, drop, renounce", () => {
    expect(words("is the president actually ok with giving up on alliance membership")).toEqual(expect.arrayContaining(["ok", "abandoning"]));
    expect(same("ok", "prepared")).toBe(true);
    expect(same("abandoning", "aside")).toBe(true);
    expect(same("abandon", "renounce")).toBe(true);
    // "Gave Volkov the plan" is no abandoning.
    expect(words("who gave volkov the plan")).toContain("gave");
  });

  it("GIVEN 'their generals talking again' THEN a military dialogue (the channel between armed forces)", () => {
    expect(analyzeQuestion("did they agree to get their generals talking to each other again").text).toContain("military dialogue");
    expect(analyzeQuestion("will the two militaries be talking again").text).toBe("will the two military be dialogue again");
    expect(same("dialogue", "channel")).toBe(true);
    // A general asked about by name or rank is still a general.
    expect(words("which general led the delegation")).not.toContain("dialogue");
  });

  it("GIVEN 'go along with', a Russian 'E-' for 'Ye-' THEN agree to; the same name", () => {
    expect(analyzeQuestion("did volkov go along with the pause").text).toBe("did volkov agree to the pause");
    expect(analyzeQuestion("did volkov hold off on bombing the capital").text).toBe("did volkov bombing the capital");
    // "What's the name of the hotel": the hotel is the kind asked, "name" no topic; "now that X is out" is background.
    const named = analyzeQuestion("whats the name of the hotel where they met");
    expect(named.whNamed).toBe("hotel");
    expect(named.terms.find((t) => t.word === "name")!.soft).toBe(true);
    expect(analyzeQuestion("who leads the team now that Hordiy is out").terms.find((t) => t.word === "hordiy")!.soft).toBe(true);
    expect(sameName("Ermak", "Yermak")).toBe(true);
    expect(sameName("Evgeny", "Yevgeny")).toBe(true);
    expect(sameName("Ermak", "Orlan")).toBe(false);
  });

  it("GIVEN a capitalised run ending on a stop word or 'Policy' THEN no person's name ('Peace The', 'Security Policy')", () => {
    expect(isPersonName("Peace The")).toBe(false);
    expect(isPersonName("Security Policy")).toBe(false);
    expect(isPersonName("Andrii Hnatov")).toBe(true);
  });

  it("GIVEN 'the GUR' THEN Ukraine's HUR (the Russian transliteration of its initials)", () => {
    const gur = analyzeQuestion("who is the new head of the gur").terms.find((t) => t.word === "gur")!;
    expect(gur.entity).toBe(true);
    expect(gur.keys).toContain("g:hur");
    expect(analyzeQuestion("who heads the hur").terms.find((t) => t.word === "hur")!.keys).toContain("g:hur");
  });

  it("GIVEN the press, radiators, an accusation THEN the stories' media, heating, charges", () => {
    expect(same("press", "media")).toBe(true);
    expect(same("radiators", "heating")).toBe(true);
    expect(same("accused", "charged")).toBe(true);
  });

  it("GIVEN a day counted from another ('the day before') THEN no day of the sentence's own", () => {
    expect(daysIn("Orlan, who had been named head of the delegation the day before, said the sides had made progress.", "2025-12-02T10:00:00Z").size).toBe(0);
    expect([...daysIn("The talks were held on Sunday.", "2025-12-02T10:00:00Z")]).toEqual(["11-30"]);
  });

  it("GIVEN a list item ('— limit the army to 600,000 personnel;') THEN no heading, however short", () => {
    expect(isHeading("— limit Nordland's armed forces to 600,000 personnel;")).toBe(false);
    expect(isHeading("- bar it from the alliance")).toBe(false);
    expect(isHeading("Live updates")).toBe(true);
    expect(isHeading("— What happens next")).toBe(true);
  });

  it("GIVEN an explanation or a signal THEN a reason", () => {
    expect(CAUSE.test("Explaining the choice, the president said the country now had to concentrate on security.")).toBe(true);
    expect(CAUSE.test("The choice of a spy chief signals that security will dominate the office.")).toBe(true);
    expect(CAUSE.test("Sending an admiral suggests Sudgrad sees this as a military conversation.")).toBe(true);
    expect(CAUSE.test("He connected it to the American midterm elections.")).toBe(true);
    expect(CAUSE.test("The calendar is a big reason, he said.")).toBe(true);
    expect(CAUSE.test("The talks were held in Geneva.")).toBe(false);
  });
});

describe("answers", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "night",
      [
        "**Summary.** A long day: Harlan and Orlan met in Alpstadt, Pierce said the talks were down to one issue, and three American envoys spent most of the night in the Citadel.",
        "",
        "President Sam Harlan met President Petro Orlan at the Alpine Forum in Alpstadt on Thursday. Speaking at the forum earlier, special envoy Tom Pierce said the negotiations had been narrowed to a single issue.",
        "",
        "The same evening Pierce flew to Sudgrad with Dan Quill and Josh Brun, a senior adviser in the Harlan administration. The three were received by President Ivan Volkov shortly before midnight and talked for almost four hours. Yuri Ordin, Volkov's foreign-policy aide, briefed Sudland media at around 3am.",
      ].join("\n"),
      { title: "Down to one issue", published: "2026-01-23T08:00:00+00:00", source: "Test Wire" },
    );
    writeArticle(
      corpus,
      "search",
      [
        "Chief of staff resigns",
        "",
        "Taras Hordiy, the head of the presidential office, resigned on Friday after anti-corruption investigators searched his home in the capital.",
        "",
        "Hordiy has posted on X. The search had been lawful and he was cooperating fully, he wrote, and he would go to the front.",
      ].join("\n"),
      { title: "Chief of staff resigns", published: "2025-11-29T09:00:00+02:00", source: "Other Wire" },
    );
    // Two lists, one with dashes in the text, one with Markdown markers the splitter leaves out of the sentence.
    writeArticle(
      corpus,
      "plan",
      [
        "What the first draft says",
        "",
        "The first draft was written in October by the American envoy and circulated in the capital this week.",
        "",
        "According to a copy seen by the wire, the plan would:",
        "",
        "— limit Nordland's armed forces to 600,000 personnel;",
        "",
        "— bar Nordland from joining the alliance;",
        "",
        "— freeze the line of contact in the south.",
        "",
        "Officials in the capital called it a list of demands. The army's chief of staff said on Monday that the force of the future would be trained by partners.",
      ].join("\n"),
      { title: "What the first draft says", published: "2025-11-21T12:00:00+00:00", source: "Test Wire" },
    );
    writeArticle(
      corpus,
      "plan2",
      [
        "Sudland's terms",
        "",
        "Diplomats say the first proposal, drawn up in Sudgrad, would:",
        "",
        "- limit Sudland's armed forces to 450,000 personnel;",
        "- hand the port to an international board.",
        "",
        "The military has not commented.",
      ].join("\n"),
      { title: "Sudland's terms", published: "2025-11-22T12:00:00+00:00", source: "Other Wire" },
    );
    writeArticle(
      corpus,
      "team",
      [
        "Who is on the team",
        "",
        "Lieutenant General Petro Hnat presented the military part of Nordland's position, including the future size of its army.",
        "",
        "Petro Hnat, chief of the General Staff, has sat in on every round since November.",
        "",
        "The delegation also took Hnat, the chief of the General Staff, to the talks on Sunday, November 30.",
        "",
        "The talks took place on November 30 at the Sea Point golf club in Harbour Beach, a venue the American envoy owns.",
        "",
        "Hnat later spoke to reporters at the Nordland delegation's hotel.",
      ].join("\n"),
      { title: "Who is on the team", published: "2025-12-01T10:00:00+00:00", source: "Third Wire" },
    );
    writeArticle(
      corpus,
      "readout",
      [
        "Ordin: no compromise yet",
        "",
        "SUDGRAD, December 3. The president's talks with the American envoys were useful, the Citadel said.",
        "",
        "**Key statements by Yuri Ordin:**",
        "",
        "— \"The conversation was very useful and rich in content.\"",
        "",
        "— \"So far we have not chosen a compromise on the land question.\"",
        "",
        "— \"We agreed not to disclose the substance of the conversation.\"",
      ].join("\n"),
      { title: "Ordin: no compromise yet", published: "2025-12-03T09:00:00+03:00", source: "Sudland Agency" },
    );
    // An institute's name, whose last words the index reads as a person ("Security Policy"), one letter from "police".
    writeArticle(
      corpus,
      "commentary",
      [
        "The deadline is a trap",
        "",
        "A deadline in June leaves the negotiators little room, and the capital knows it.",
        "",
        "*The views expressed in this commentary are the author's own, not those of the Meridian Institute for Security Policy.*",
      ].join("\n"),
      { title: "The deadline is a trap", published: "2026-02-10T09:00:00+00:00", source: "Meridian Institute for Security Policy" },
    );
  });

  it("GIVEN 'how long did Volkov talk to the US envoys' THEN the sentence of 'the three', whom the story names as envoys", async () => {
    const a = await engine().answer("how long did volkov talk to the us envoys that night");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toContain("talked for almost four hours");
  });

  it("GIVEN 'when did the anti corruption cops search his house' THEN answered (police is no misspelling of the institute's Policy)", async () => {
    const a = await engine().answer("when did the anti corruption cops search hordiy's house");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toContain("searched his home");
  });

  it("GIVEN a list ('the plan would:' and its items) THEN an item answers in its own words ('armed forces', 'personnel')", async () => {
    for (const q of ["how big could nordland's army be under the first draft", "how big could sudland's military be under the first proposal"]) {
      const a = await engine().answer(q);
      expect(a.found, q).toBe(true);
      expect(a.quotes.map((x) => x.text).join(" | "), q).toMatch(/limit (Nordland|Sudland)'s armed forces to (600,000|450,000) personnel/);
    }
  });

  it("GIVEN 'whats X's actual job' THEN the sentence giving the title the articles give X most, before one where X only acts", async () => {
    const a = await engine().answer("whats hnat's actual job");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(/chief of the General Staff/i);
  });

  it("GIVEN 'which club' THEN a sentence naming it with a word of its sort between ('the Sea Point golf club')", async () => {
    const a = await engine().answer("which club was the nov 30 meeting at");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toContain("Sea Point golf club");
    // "The Nordland delegation's hotel" names no hotel: a possessor stands between.
    const hotel = await engine().answer("which hotel was the nordland delegation at");
    expect(hotel.quotes.map((q) => q.text).join(" | ")).not.toContain("delegation's hotel");
  });

  it("GIVEN 'Key statements by X:' and X's words as items THEN the items are X's", async () => {
    const a = await engine().answer("what did ordin say about a compromise on the land question");
    expect(a.found).toBe(true);
    expect(a.quotes.map((x) => x.text).join(" | ")).toContain("So far we have not chosen a compromise on the land question.");
  });

  it("GIVEN a sentence that only says someone spoke THEN the quote runs on to the words, verbatim", async () => {
    const a = await engine().answer("what did hordiy post on x after he quit");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toBe("Hordiy has posted on X. The search had been lawful and he was cooperating fully, he wrote, and he would go to the front.");
  });
});
