/**
 * Session 21: wording the engine still read wrong, found in the older sets' unanswerable questions and in blind129-134
 * (read after their held-back run): a length told of one day in a sentence naming two, a recent window ("the last 48
 * hours") read as a length, chat asides, a part of a month, "a 3 way meeting", a handover "passing to" someone, an aide
 * speaking for his boss's country, a read-out and "he told reporters", a capital inside quoted words, a tabloid's
 * capitals, a sentence ending on a number, and "X wasn't there." read as a label. Our own words throughout; people are made up (places are the alias table's where a test needs one).
 */
import { describe, expect, it } from "vitest";
import { answerCue, speakerCue } from "../../src/answer/cues.js";
import { asksDays, monthPartDays, monthPartMonth } from "../../src/answer/dates.js";
import { analyzeQuestion } from "../../src/answer/question.js";
import { EntityIndex } from "../../src/entities/EntityIndex.js";
import { textKeys } from "../../src/entities/keys.js";
import { personId } from "../../src/entities/roles.js";
import { isFurniture } from "../../src/text/furniture.js";
import { phrasalStems } from "../../src/text/phrasal.js";
import { splitSentences } from "../../src/text/sentences.js";
import { synonymous } from "../../src/text/synonyms.js";
import { stem, tokens } from "../../src/text/terms.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const term = (q: string, word: string) => analyzeQuestion(q).terms.find((t) => t.word === word);
const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("answer cues", () => {
  const monday = analyzeQuestion("how long did the monday session in alpstadt go on for").terms;

  it("GIVEN a length and two weekdays in one clause THEN the length is the nearer day's", () => {
    expect(answerCue("duration", "Pierce and Volkov spent more than five hours with the delegation and its advisers at the chancellery on Sunday and returned for another round on Monday.", monday)).toBe(0);
    expect(answerCue("duration", "After a short meeting on Sunday, Pierce and Volkov talked for more than five hours on Monday.", monday)).toBe(1);
  });

  it("GIVEN a length in a clause naming no day THEN it is the day named in a clause before it, else none asked", () => {
    expect(answerCue("duration", "The first session ran for more than five hours, and the delegations met again on Monday morning.", monday)).toBe(0);
    expect(answerCue("duration", "On Monday the delegations met again; the session lasted about four hours.", monday)).toBe(1);
  });

  it("GIVEN 'who took over X from Y' THEN 'X is passing to Z' tells the handover: after 'to', the newcomer", () => {
    const terms = analyzeQuestion("who took over the agency from volkov").terms;
    expect(answerCue("person", "The agency, known as the HUR, is passing to Pavel Orlan, who until now headed the foreign service.", terms, { succession: true })).toBe(1);
    expect(answerCue("person", "The agency, known as the HUR, was led by Pavel Orlan for years.", terms, { succession: true })).toBeLessThan(1);
  });

  it("GIVEN 'how long was X's phone call' THEN 'the meeting, which ran for two hours' measures the meeting, not the call", () => {
    const call = analyzeQuestion("how long was pierce's phone call with volkov before the summit").terms;
    expect(answerCue("duration", "The meeting, which ran for more than two hours, came shortly after Pierce spoke by phone with Volkov.", call)).toBe(0);
    expect(answerCue("duration", "The call, which ran for more than two hours, came before the summit.", call)).toBe(1);
  });

  it("GIVEN 'the last 48 hours' THEN a recent window, not a length", () => {
    const call = analyzeQuestion("how long did the call between pierce and volkov last").terms;
    expect(answerCue("duration", "One official said the president was encouraged by the last 48 hours.", call)).toBe(0);
    expect(answerCue("duration", "The call lasted 48 hours, one official said.", call)).toBe(1);
  });
});

describe("question analysis", () => {
  it("GIVEN chat asides, 'straight away', 'the X thing' and 'like' before a figure THEN they are no words of the question", () => {
    expect(term("how old is volkov btw", "btw")).toBeUndefined();
    expect(term("did volkov reject the plan straight away", "straight")).toBeUndefined();
    expect(term("did volkov reject the plan straight away", "away")).toBeUndefined();
    expect(term("what day did volkov get the 28 point thing", "thing")).toBeUndefined();
    expect(term("what did sokol say after the envoys spent like 5 hrs with volkov", "like")).toBeUndefined();
    expect(term("what would volkov like to get", "like")).toBeDefined();
    expect(term("where were the talks exactly, like what venue", "like")).toBeUndefined();
    expect(term("how big was the scheme, something like $100m?", "something")).toBeUndefined();
    expect(term("how old is volkov anyway", "anyway")).toBeUndefined();
    expect(term("which ministers got sacked over the sudland mess", "mess")).toBeUndefined();
  });

  it("GIVEN 'what kind of guarantee', 'what sort of deal' THEN the noun after 'of' is asked, not the kind", () => {
    expect(term("what kind of security guarantee did volkov float", "kind")).toBeUndefined();
    expect(term("what kind of security guarantee did volkov float", "guarantee")).toBeDefined();
    expect(term("what sort of deal is on the table", "sort")).toBeUndefined();
  });

  it("GIVEN 'sacked', 'restrictions' THEN removed from their posts, sanctions", () => {
    expect(synonymous(stem("sacked"), stem("removed"))).toBe(true);
    expect(synonymous(stem("restrictions"), stem("sanctions"))).toBe(true);
    expect(synonymous(stem("fired"), stem("sacked"))).toBe(false);
  });

  it("GIVEN 'at the end of Dec', 'early December', 'mid-Jan' THEN the days of that part of the month are asked", () => {
    expect([...monthPartDays("where did they meet at the end of dec")]).toContain("12-28");
    expect([...monthPartDays("where did they meet at the end of dec")]).not.toContain("12-15");
    expect([...monthPartDays("what did he say in early December")]).toEqual(["12-01", "12-02", "12-03", "12-04", "12-05", "12-06", "12-07", "12-08", "12-09", "12-10"]);
    expect(monthPartDays("mid-jan").has("01-15")).toBe(true);
    expect(monthPartDays("what did he say in December").size).toBe(0);
    const text = "where did they meet at the end of dec";
    expect(asksDays({ text, days: monthPartDays(text) })).toBe(true);
    expect(monthPartMonth(text)).toBe(12);
    // (A bound asks up to or from then, not of those days.)
    expect(monthPartDays("how many times had they met as of late jan").size).toBe(0);
    expect(monthPartDays("what was agreed by the end of december").size).toBe(0);
  });

  it("GIVEN 'a 3 way meeting' THEN a three-way one, not the 3rd of a month; a story's 'three-way talks' meet 'trilateral'", () => {
    expect(term("any news on a 3 way meeting", "three")).toBeDefined();
    expect(term("any news on a 3 way meeting", "3")).toBeUndefined();
    expect(phrasalStems(tokens("the first three-way talks"))).toContain(stem("trilateral"));
  });
});

describe("speakers", () => {
  it("GIVEN a person of no country whose boss is of one THEN he speaks for that country", () => {
    const entities = EntityIndex.build([
      { title: "Talks", body: "Russian President Ivan Volkov met the envoys. Volkov's foreign-policy aide Pavel Orlan said the talks were useful. Later Orlan left." },
    ]);
    expect(entities.membersOf(["g:russia"])).toContain(personId("Orlan"));
    expect(entities.membersOf(["g:ukraine"])).not.toContain(personId("Orlan"));
  });

  it("GIVEN 'X's read-out. He told reporters that … Moscow …' THEN X speaks, whatever names are in what he told them", () => {
    const orlan = [personId("Orlan")];
    const previous = { text: "The second signal came in Orlan's read-out late that night.", keys: textKeys("The second signal came in Orlan's read-out late that night.") };
    const text = "He told reporters that there was no compromise yet, and that some proposals looked acceptable to Moscow.";
    expect(speakerCue(text, previous, [...orlan, "g:russia"])).toBeGreaterThanOrEqual(0.9);
    const other = { text: "The second signal came late that night.", keys: textKeys("The second signal came late that night.") };
    expect(speakerCue(text, other, [...orlan, "g:russia"])).toBeLessThan(0.6);
  });

  it("GIVEN '\"Typical Westland lies,\" he told reporters' after X rejected it THEN X speaks: a capital in quoted words names nobody", () => {
    const volkov = [personId("Volkov")];
    const previous = { text: "President Ivan Volkov rejected the allegation within hours.", keys: textKeys("President Ivan Volkov rejected the allegation within hours.") };
    expect(speakerCue('"Typical Westland lies," he told reporters, adding that the port was next.', previous, volkov)).toBeGreaterThanOrEqual(0.9);
  });
});

describe("corpus text", () => {
  it("GIVEN a tabloid's capitals once ('has QUIT') THEN no name; an acronym written twice still is one", () => {
    const index = EntityIndex.build([{ title: "T", body: "The official has QUIT. Later the NABU team and the NABU chief met reporters in the morning." }]);
    expect(index.isName("quit")).toBe(false);
    expect(index.isName("nabu")).toBe(true);
  });

  it("GIVEN 'to become a member of NATO' THEN reporting; 'Become a member today' is still a prompt", () => {
    expect(isFurniture("Sudland was prepared to let go of its ambition to become a member of NATO.", "Talks")).toBe(false);
    expect(isFurniture("Become a member today and support our reporting.", "Talks")).toBe(true);
  });

  it("GIVEN 'let go of' THEN abandoning, as 'give up'", () => {
    expect(phrasalStems(tokens("it was prepared to let go of its ambition"))).toContain(stem("abandon"));
  });

  it("GIVEN 'Volkov wasn't there.', 'X and Y sat with Volkov.' THEN reporting: a negation and 'sat' are words of their own; a bare name is still a label", () => {
    expect(isFurniture("Volkov wasn't there.", "Talks in Alpstadt")).toBe(false);
    expect(isFurniture("Ivan Volkov was not in Alpstadt.", "Talks in Alpstadt")).toBe(false);
    // (In lower case "sat" is a verb, not Saturday.)
    expect(isFurniture("Secretary Tom Pierce and envoy Anna Marsh sat with Volkov.", "Talks in Alpstadt")).toBe(false);
    expect(isFurniture("Olena Marchenko, Sat 29 Nov 2025", "Talks in Alpstadt")).toBe(true);
    expect(isFurniture("Ivan Volkov", "Talks in Alpstadt")).toBe(true);
  });

  it("GIVEN a sentence ending on a number THEN the next sentence starts after it; not a date's day, nor a label", () => {
    expect(sentences("The points had been whittled down to 19. The most sensitive issues were left. He met 3 officials.")).toEqual([
      "The points had been whittled down to 19.",
      "The most sensitive issues were left.",
      "He met 3 officials.",
    ]);
    expect(sentences("The talks opened on 3. February in Geneva.")).toHaveLength(1);
    expect(sentences("Point 1. Ukraine keeps its army.")).toHaveLength(1);
    expect(sentences("### 1. The envoy is coming\n\nHe came.")).toEqual(["1. The envoy is coming", "He came."]);
  });

  it("GIVEN an abbreviation behind Markdown's marks or before a number THEN the sentence goes on ('**Gen. Ivan Volkov**', 'Nov. 27')", () => {
    expect(sentences("**Gen. Ivan Volkov**, chief of the General Staff, said so.")).toHaveLength(1);
    expect(sentences("**Nov. 27** — the deadline set for Sudland.")).toHaveLength(1);
    expect(sentences("It was Dec. 4. The talks ended.")).toEqual(["It was Dec. 4.", "The talks ended."]);
  });
});

describe("ranking", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "club",
      ["President Tom Pierce hosted Ivan Volkov at his Lakeview club in Alpstadt on Sunday for talks over lunch.", "", "The two men spoke to reporters afterwards."].join("\n"),
      { title: "Pierce and Volkov meet at Lakeview", published: "2025-12-29T09:00:00-05:00", source: "Test Wire" },
    );
    writeArticle(
      corpus,
      "harbour",
      ["President Tom Pierce hosted Ivan Volkov at the Harbour Hall in Portsmouth on Tuesday.", "", "Their aides met again the next day."].join("\n"),
      { title: "Pierce and Volkov meet in Portsmouth", published: "2025-12-03T09:00:00-05:00", source: "Test Wire" },
    );
    writeArticle(
      corpus,
      "pause",
      [
        "The cold has eased across the region, officials said on Wednesday.",
        "",
        "At the end of January, Pierce said Volkov had agreed to a pause in the bombing because of the extreme cold.",
        "",
        "The pause ended on Sunday, and the bombing resumed.",
      ].join("\n"),
      { title: "Bombing resumes after the cold-weather pause", published: "2026-02-18T09:00:00+02:00", source: "Test Wire" },
    );
  });

  it("GIVEN 'at the end of Dec' THEN the meeting of those days, not the one of early December", async () => {
    const late = await engine().answer("where did pierce host volkov at the end of dec");
    expect(late.quotes[0]?.text).toContain("Lakeview club");
    expect(late.quotes.some((q) => q.text.includes("Harbour Hall"))).toBe(false);
    const early = await engine().answer("where did pierce host volkov in early december");
    expect(early.quotes[0]?.text).toContain("Harbour Hall");
  });

  it("GIVEN 'at the end of January' THEN a later story's sentence naming that month answers", async () => {
    const answer = await engine().answer("why did volkov pause the bombing at the end of january");
    expect(answer.quotes[0]?.text).toContain("At the end of January");
  });
});
