/**
 * Session 10: kinds of question from four sets written blind at the session's start — chat shorthand ("w", "n",
 * "wat", "intel"), "when" opening a clause of time inside another question, a chat word before a yes/no question,
 * a page's update stamp (no clock time of an event, no count), an age that belongs to someone else, a common word
 * that name keys take for a transliteration, "X did not say whether" (no statement), and a say-question's topic
 * named only far down another story. Our own words throughout; places and people are made up.
 */
import { describe, expect, it } from "vitest";
import { answerCue, CAUSE, speakerCue } from "../../src/answer/cues.js";
import { headingLike } from "../../src/answer/extractive.js";
import { analyzeQuestion } from "../../src/answer/question.js";
import { textKeys } from "../../src/entities/keys.js";
import { synonymous } from "../../src/text/synonyms.js";
import { stem } from "../../src/text/terms.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const words = (q: string) => analyzeQuestion(q).terms.map((t) => t.word);

describe("question analysis", () => {
  it("GIVEN chat shorthand ('w', 'n', 'wat', 'nite', 'intel') THEN the words it stands for", () => {
    expect(analyzeQuestion("who else went w pierce and quill to see volkov").text).toBe("who else went with pierce and quill to see volkov");
    expect(analyzeQuestion("when did volkov meet pierce n quill").text).toBe("when did volkov meet pierce and quill");
    expect(analyzeQuestion("wat did he say after the late nite meeting").text).toBe("what did he say after the late night meeting");
    expect(words("who took over his old job at military intel")).toContain("intelligence");
    expect(analyzeQuestion("who came up with the original 28 pt plan").text).toBe("who drafted the original 28 point plan");
    expect(analyzeQuestion("was the call at 3 PT").text).toBe("was the call at 3 PT");
    expect(words("what does driscoll do in the trump admin")).toContain("trump administration");
    expect(analyzeQuestion("under what conditions does the capital have to repay the loan").terms.find((t) => t.word === "conditions")!.soft).toBe(true);
    expect(analyzeQuestion("did they strike a deal on land").text).toBe("did they reach a deal on land");
    expect(synonymous(stem("compromise"), stem("deal"))).toBe(true);
    // A capital W with a dot is an initial, not "with".
    expect(analyzeQuestion("what did George W. Bush say").text).toBe("what did George W. Bush say");
  });

  it("GIVEN 'who was in the room' THEN who was present (no room to find in the answer)", () => {
    expect(words("which officials were in the room with volkov")).not.toContain("room");
  });

  it("GIVEN 'when' after the question's own opening word THEN a clause of time, not a question about a date", () => {
    expect(analyzeQuestion("what did the president offer on alliance membership when he was in the capital").want).toBe("any");
    expect(analyzeQuestion("were there any casualties when drones went after the residence").kind).toBe("yesno");
    // Still a date: "when" first, or asked inside "do we know when", "did they say when".
    expect(analyzeQuestion("when is the next round").want).toBe("date");
    expect(analyzeQuestion("so when did they meet").want).toBe("date");
    expect(analyzeQuestion("what day did the envoys sit down with volkov in december?").want).toBe("date");
    expect(analyzeQuestion("do we know when the next round is").want).toBe("date");
  });

  it("GIVEN 'how old was X when he quit' THEN 'old' asks, and the clause after 'when' only helps (its names still count)", () => {
    const q = analyzeQuestion("how old was Ordin when he quit");
    expect(q.terms.map((t) => t.word)).not.toContain("old");
    expect(q.terms.find((t) => t.word === "quit")!.soft).toBe(true);
    expect(analyzeQuestion("what did Volkov offer when he was in Berlin").terms.find((t) => t.word === "berlin")!.soft).toBe(false);
    // Not what was said ("say about when the truce ends") nor which saying ("when he said the plan could be a basis").
    expect(analyzeQuestion("what did the spokesman say about when the energy truce ends").terms.find((t) => t.word === "truce")!.soft).toBe(false);
    expect(analyzeQuestion("where was Volkov when he said the plan could be a basis").terms.find((t) => t.word === "basis")!.soft).toBe(false);
  });

  it("GIVEN 'is Volkov's no-strikes week still in effect' THEN the possessor says whose week, not whom the question is about", () => {
    expect(analyzeQuestion("is Volkov's no-strikes week still in effect").terms.find((t) => t.word === "volkov")!.setting).toBe(true);
  });

  it("GIVEN a chat word before a yes/no question ('so did…') THEN still a yes/no question", () => {
    expect(analyzeQuestion("so did the capital already accept the deal after the talks??").kind).toBe("yesno");
    expect(analyzeQuestion("and is the envoy still in charge").kind).toBe("yesno");
  });

  it("GIVEN 'did Turkey offer…' THEN the name after the first word is the question's subject", () => {
    expect(analyzeQuestion("did Turkey offer to host the next round").terms.find((t) => t.word === "turkey")!.subject).toBe(true);
    expect(analyzeQuestion("did the Union use the frozen funds").terms.find((t) => t.word === "union")?.subject).toBe(true);
    expect(analyzeQuestion("was the truce in force in Kyiv").terms.find((t) => t.word === "kyiv")?.subject).toBeUndefined();
  });

  it("GIVEN 'which Americans / Russians' THEN people are wanted", () => {
    expect(analyzeQuestion("which russians were at the night meeting with volkov").want).toBe("person");
  });
});

describe("more of the question's wording", () => {
  it("GIVEN 'stop in X on his way', 'the DMZ idea', 'I'd realised', 'in what building' THEN the stories' words and kinds", () => {
    expect(words("which city did he stop in on his way to the summit")).toContain("stopover");
    expect(words("whats the DMZ idea for the region")).toEqual(expect.arrayContaining(["demilitarised", "zone"]));
    expect(words("where is the money coming from? I'd realised the plan collapsed")).not.toContain("i'd");
    const building = analyzeQuestion("the meeting in november - in what building was it");
    expect(building.want).toBe("place");
    expect(building.terms.find((t) => t.word === "building")!.soft).toBe(true);
  });

  it("GIVEN a say-question's 'about Y on the day Z' THEN Y is the topic of the saying, Z only the scene", () => {
    const q = analyzeQuestion("what did Volkov say about Europe on the day Pierce came to Moscow");
    expect(q.terms.find((t) => t.word === "europe")!.sayTopic).toBe(true);
    expect(q.terms.find((t) => t.word === "moscow")!.sayTopic).toBeUndefined();
    expect(analyzeQuestion("what did Volkov say about Europe the day Pierce came to Moscow").terms.find((t) => t.word === "moscow")!.sayTopic).toBeUndefined();
  });
});

describe("cues", () => {
  it("GIVEN a page's update stamp THEN it is no clock time of an event, and a clock time counts nothing", () => {
    expect(answerCue("clock", "| Updated 4:35 p.m. PALM COVE — The president welcomed his guest on Sunday.", [])).toBe(0);
    expect(answerCue("clock", "The guest arrived shortly after 1.20pm local time.", [])).toBe(1);
    const count = analyzeQuestion("how many drones were fired at the residence").terms;
    expect(answerCue("count", "**UPDATE, 4:35 p.m.:** Sudland claims drone attack on leader's residence", count)).toBe(0);
    expect(answerCue("count", "Sudland said 91 drones were fired at the residence.", count)).toBe(1);
    // Nor does an age.
    expect(answerCue("count", "Ordin, the intelligence chief who turned 40 on Sunday, will lead the team.", analyzeQuestion("how many troops would the coalition send").terms)).toBe(0);
  });

  it("GIVEN 'how old is X' THEN X's age ('will turn 40'), not another man's in the same sentence", () => {
    const q = analyzeQuestion("how old is Ordin").terms;
    expect(answerCue("age", "Ordin, a lieutenant general, will turn 40 on Sunday.", q)).toBe(1);
    expect(answerCue("age", "Ordin was 54, and had celebrated his birthday only a week before.", q)).toBe(1);
    expect(answerCue("age", "He proposed that Nils Berg, the 34-year-old deputy prime minister and the man who built the drone programme, take the post Ordin is leaving.", q)).toBe(0.5);
  });

  it("GIVEN 'X did not say whether' THEN X is not speaking there; 'X said' still is", () => {
    const keys = analyzeQuestion("what did Lavrin say").terms.find((t) => t.word === "lavrin")!.keys;
    expect(speakerCue("Mr Lavrin did not say whether the president was at the residence.", undefined, keys)).toBeLessThan(1);
    expect(speakerCue("Mr Lavrin said the attack was state terrorism.", undefined, keys)).toBe(1);
  });

  it("GIVEN 'read it as a sign that' THEN a reason", () => {
    expect(CAUSE.test("Observers read it as a sign that the capital wants to move to political questions.")).toBe(true);
  });
});

describe("words that mean the same", () => {
  it("GIVEN 'repay', 'freezing weather', 'casualties', 'hotline', 'the Rada' THEN the stories' words meet them", () => {
    expect(synonymous(stem("repay"), stem("pay"))).toBe(true);
    expect(synonymous(stem("weather"), stem("cold"))).toBe(true);
    expect(synonymous(stem("casualties"), stem("hurt"))).toBe(true);
    expect(synonymous(stem("casualties"), stem("killed"))).toBe(true);
    // Killed is not hurt: a casualty is either.
    expect(synonymous(stem("killed"), stem("wounded"))).toBe(false);
    expect(synonymous(stem("hotline"), stem("channel"))).toBe(true);
    expect(synonymous(stem("rada"), stem("parliament"))).toBe(true);
    expect(synonymous(stem("lawmaker"), stem("mp"))).toBe(true);
    expect(synonymous(stem("atomic"), stem("nuclear"))).toBe(true);
    expect(synonymous(stem("stopover"), stem("via"))).toBe(true);
  });

  it("GIVEN 'the Pentagon' or 'Bankova' THEN the US, and the Office of the President", () => {
    expect([...textKeys("the Pentagon")].some((k) => [...textKeys("Washington")].includes(k))).toBe(true);
    expect([...textKeys("Bankova")].some((k) => [...textKeys("the Office of the President")].includes(k))).toBe(true);
    expect([...textKeys("No 10")]).toContain("g:uk");
    expect([...textKeys("joining the alliance")]).toContain("g:nato");
  });
});

describe("answers", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "residence",
      [
        "Sudland says drones targeted leader's lake residence",
        "",
        "Sudland's foreign minister Arkady Lavrin said on Monday that Nordland had tried to strike President Volkov's residence by the lake with 91 long-range drones.",
        "",
        "Mr Lavrin did not say whether the president was at the residence. He said air defences had shot down all the drones, that no one was hurt, and that Sudland would review its position in the negotiations.",
        "",
        "Nordland's deputy foreign minister Serhiy Kyslytsya called the claim a fabrication.",
        "",
        "The claim came a day after talks in Berlin between Nordland's president and the American envoys.",
      ].join("\n"),
      { title: "Sudland says drones targeted leader's lake residence", published: "2025-12-29T18:00:00+00:00", source: "Test Wire" },
    );
    writeArticle(
      corpus,
      "search",
      [
        "On Friday morning, detectives of the anti-corruption bureau NABU searched the flat of Taras Hordiy, the head of the presidential office.",
        "",
        "Lawmakers called for him to go. Hordiy resigned the same evening, while the alliance's chief was addressing the Ukrainian parliament, the Verkhovna Rada.",
        "",
        "Ostap Melnyk, a former defence minister, now leads the delegation.",
      ].join("\n"),
      { title: "Hordiy resigns after search", published: "2025-11-28T20:00:00+02:00", source: "Other Wire" },
    );
    writeArticle(
      corpus,
      "loan",
      [
        "After an all-night summit, Union leaders agreed early on Friday on a loan of 90 billion euros to Nordland for the next two years, raised on the capital markets.",
        "",
        "The chancellor, who had championed the use of the frozen Sudland funds, said the decision still sent a clear message.",
        "",
        "The Belgian government demanded guarantees that the other states were not prepared to give, and in the end the plan was put aside.",
        "",
        "After the summit, the frozen Sudland money stays where it is, and the loan for Nordland will be paid from the Union's budget headroom.",
        "",
        "Following the summit, the president thanked the Union for the loan and said the frozen Sudland money should still be used one day.",
      ].join("\n"),
      { title: "Union lends Nordland 90 billion euros", published: "2025-12-19T09:00:00+01:00", source: "Third Daily" },
    );
    writeArticle(
      corpus,
      "strikes",
      [
        "Sudland fired about 450 drones and 71 missiles at Nordland's power plants overnight, the air force said on Tuesday.",
        "",
        "Repairs went on all day in the capital, where heating was cut to hundreds of buildings.",
        "",
        "The ministry said work on the grid would take weeks. In Odesa, port workers cleared debris from an earlier attack.",
      ].join("\n"),
      { title: "Heavy strikes on the power grid", published: "2025-12-30T12:00:00+02:00", source: "Test Wire" },
    );
  });

  it("GIVEN 'why didn't the Union use the frozen funds' THEN what stood in the way (a demand not met) is the reason", async () => {
    expect(analyzeQuestion("why didnt the union just use the frozen funds").thwarted).toBe(true);
    expect(analyzeQuestion("why did the union use the frozen funds").thwarted).toBeUndefined();
    const a = await engine().answer("why didnt the union just use the frozen sudland money for the loan");
    expect(a.found).toBe(true);
    expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/demanded guarantees/);
  });

  it("GIVEN 'how many drones hit Odesa' THEN a number for the whole country, in a story naming Odesa in passing, does not answer", async () => {
    const a = await engine().answer("how many drones hit odesa on december 30");
    expect(a.found).toBe(false);
  });

  it("GIVEN 'the nabu raid' THEN 'raid' is no misspelt name (the Verkhovna Rada, named once, is nobody)", async () => {
    const a = await engine().answer("when was the nabu raid on hordiy's flat");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(/On Friday morning, detectives/);
  });

  it("GIVEN 'is X still defence minister' THEN 'a former defence minister' answers", async () => {
    const a = await engine().answer("is melnyk still defence minister?");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(/a former defence minister/);
  });

  it("GIVEN 'were there any casualties' THEN 'casualties' is no spelling of Kyslytsya, and 'no one was hurt' answers", async () => {
    const a = await engine().answer("were there any casualties when drones supposedly went after volkovs residence");
    expect(a.found).toBe(true);
    expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/no one was hurt/);
  });

  it("GIVEN 'what did Lavrin say about the Berlin talks' THEN his words about the drones do not answer", async () => {
    const a = await engine().answer("what did lavrin say about the berlin talks");
    expect(a.found).toBe(false);
    const b = await engine().answer("what did lavrin say about the drones at volkovs residence");
    expect(b.found).toBe(true);
    expect(b.quotes[0]!.text).toMatch(/drones/);
    expect(b.quotes[0]!.text).not.toMatch(/did not say whether/);
  });
});

describe("an explainer's heading in Markdown", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "qa",
      [
        "Sudland says drones targeted the leader's lake house. What we know",
        "",
        "**What does Sudland say happened?**",
        "",
        "Its foreign minister said 91 drones were shot down over the lake on Monday night.",
        "",
        "**Why does the lake claim matter so much?**",
        "",
        "Because of the timing. It came barely a day after the warmest meeting of the year between the two presidents, and after months in which every move in the negotiations has been read as a sign of good or bad faith.",
      ].join("\n"),
      { title: "The lake claim: what we know", published: "2025-12-30T10:00:00+00:00", source: "Test Explainer" },
    );
  });

  it("GIVEN '**Why does X matter?**' THEN the paragraph under it answers 'why does X matter'", async () => {
    const a = await engine().answer("why does the lake drone story matter so much for the talks");
    expect(a.found).toBe(true);
    expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/Because of the timing|barely a day after/);
    expect(headingLike("**Why does the lake claim matter so much?**")).toBe(true);
    expect(headingLike("__Why the plan failed__")).toBe(true);
    expect(headingLike("**What we know**")).toBe(false);
  });
});

describe("what someone said, a few sentences on", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "round",
      [
        "The third round ended in the lakeside city on Wednesday.",
        "",
        "The head of the Sudland delegation, Viktor Marin, an aide to the president, spoke to reporters for less than a minute outside the venue. He said the negotiations had lasted two days, with a long session on Tuesday. \"They were hard, but businesslike,\" he said, adding that the next meeting would take place soon. He took no questions.",
        "",
        "Nordland's negotiator said there had been progress.",
      ].join("\n"),
      { title: "Third round ends", published: "2026-02-18T18:00:00+01:00", source: "Test Wire" },
    );
  });

  it("GIVEN 'what did Marin say about how it went' THEN his quote two sentences after his name is his", async () => {
    const a = await engine().answer("what did marin say about how the third round went");
    expect(a.found).toBe(true);
    expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/hard, but businesslike/);
  });
});

describe("which hotel", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "lakeside",
      [
        "Negotiators from Nordland, Sudland and the United States began a third round of talks in Lakeville, after two rounds in Portsmouth.",
        "",
        "The talks are being held behind closed doors at the Grand Lake hotel in the city.",
        "",
        "The first round was held at a private club on the coast, just north of Portsmouth, called Harbour Point.",
      ].join("\n"),
      { title: "Third round opens in Lakeville", published: "2026-02-17T12:00:00+01:00", source: "Test Wire" },
    );
  });

  it("GIVEN 'which hotel' THEN a sentence naming a hotel answers, and one naming only the city does not", async () => {
    const a = await engine().answer("which hotel were the lakeville talks held at");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(/Grand Lake hotel/);
    expect((await engine().answer("which resort in lakeville hosted the talks")).found).toBe(false);
    const club = await engine().answer("which club was the first round held at");
    expect(club.quotes[0]?.text).toMatch(/called Harbour Point/);
  });
});
