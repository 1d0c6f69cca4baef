/**
 * Session 9: kinds of question from four sets written blind at the session's start — "which US general" (a person,
 * named beside the title; the country before the role says which), "what did Professor X say about the 95 per cent
 * figure" (a statement; the title and "per cent" never block), chat shorthand ("abt", "rn"), an aside saying what
 * the answer is not, "where was X when he said"
 * (the place of the saying, a place the question does not name), "The talks took place at …" (the event of the
 * sentence before), and a day's session lasting hours. Our own words throughout.
 */
import { describe, expect, it } from "vitest";
import { answerCue } from "../../src/answer/cues.js";
import { analyzeQuestion } from "../../src/answer/question.js";
import { splitSentences } from "../../src/text/sentences.js";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const term = (question: string, word: string) => analyzeQuestion(question).terms.find((t) => t.word === word);

describe("question analysis", () => {
  it("GIVEN 'which US general' or 'what official' THEN a person is wanted, as for 'who'", () => {
    expect(analyzeQuestion("which US general was at the talks in the capital").want).toBe("person");
    expect(analyzeQuestion("what official said the talks were useful").want).toBe("person");
    expect(analyzeQuestion("which city hosted the talks").want).not.toBe("person");
  });

  it("GIVEN 'what did X say about the 95 per cent figure' THEN a statement; 'what percentage did X say' still a percentage", () => {
    const q = analyzeQuestion("what did professor tanabe say about the 95 per cent figure");
    expect(q.want).toBe("statement");
    expect(q.terms.find((t) => t.word === "figure")!.topic).toBe(false);
    expect(q.terms.find((t) => t.word === "cent" || t.word === "per cent")!.soft).toBe(true);
    expect(analyzeQuestion("what percentage of the guarantees did the president say were agreed").want).toBe("percent");
  });

  it("GIVEN a title before a name ('Professor Tanabe') THEN the title need not be written in the answer", () => {
    expect(term("what did Professor Tanabe say about the plan", "professor")!.role).toBeUndefined();
    expect(term("what did the professor say about the plan", "professor")!.role).toBe(true);
  });

  it("GIVEN chat shorthand THEN the words it stands for", () => {
    expect(analyzeQuestion("what did he say abt the drones").text).toBe("what did he say about the drones");
    expect(analyzeQuestion("is there a ceasefire rn").text).toBe("is there a ceasefire right now");
    expect(analyzeQuestion("talks w/ the americans, did u hear").text).toBe("talks with the americans, did you hear");
    // "U.S." is not "you".
    expect(analyzeQuestion("what did the U.S. offer").text).toBe("what did the U.S. offer");
  });

  it("GIVEN 'the chief of the general staff, not the defence minister' THEN the aside after 'not the' is no term", () => {
    const words = analyzeQuestion("who's the country's top general? chief of the general staff i mean, not the defence minister").terms.map((t) => t.word);
    expect(words).not.toContain("minister");
    expect(words).not.toContain("defence");
    expect(words).not.toContain("mean");
    expect(words).toContain("staff");
  });

  it("GIVEN 'where was X when he said' THEN the place asked is of the saying; 'the residence Russia says…' is not", () => {
    expect(analyzeQuestion("in which city was Volkov when he said the plan could be a basis for a deal?").placeOfSaying).toBe(true);
    expect(analyzeQuestion("where's the residence that Nordland says was attacked").placeOfSaying).toBeUndefined();
  });
});

describe("cues", () => {
  it("GIVEN a where question THEN a place it does not name is a full cue, its own place half", () => {
    const q = analyzeQuestion("where in Florida did the delegation meet the envoy");
    expect(answerCue("place", "The delegation held five hours of talks in Florida on Sunday.", q.terms)).toBe(0.5);
    expect(answerCue("place", "The talks took place at the Shell Bay club in Hallandale Beach.", q.terms)).toBe(1);
  });

  it("GIVEN the place of a saying THEN a place beside the verb counts in full, one deep in what was said half", () => {
    const q = analyzeQuestion("in which city was Volkov when he said the plan could be a basis for a deal?");
    const cue = (text: string) => answerCue("place", text, q.terms, { whRole: q.whRole, placeOfSaying: q.placeOfSaying });
    expect(cue("Volkov spoke to reporters on Thursday in Bishkek, where he was attending a summit.")).toBe(1);
    expect(cue("Volkov says a proposal drawn up by the envoys could serve as a basis for agreements to end the fighting in Nordland.")).toBe(0.5);
  });

  it("GIVEN 'how long did the talks go on on the Monday' THEN a day's length is in hours, not 'two days of talks'", () => {
    const terms = analyzeQuestion("how long did the berlin talks go on for on the monday").terms;
    expect(answerCue("duration", "Two days of talks in the capital ended on Monday evening with a dinner.", terms)).toBe(0);
    expect(answerCue("duration", "On Monday the talks went on for more than five hours.", terms)).toBe(1);
    expect(answerCue("duration", "Two days of talks in the capital ended on Monday evening.", analyzeQuestion("how long did the berlin talks last").terms)).toBe(1);
  });
});

describe("sentences", () => {
  it("GIVEN '!' inside a name ('the Russia Calling! forum') THEN a lower-case word after it goes on with the sentence", () => {
    const body = "Volkov told reporters at the Nordland Calling! investment forum that he was ready. Nobody knows more.";
    expect(splitSentences(body).map((s) => body.slice(s.start, s.end))).toEqual([
      "Volkov told reporters at the Nordland Calling! investment forum that he was ready.",
      "Nobody knows more.",
    ]);
  });
});

describe("answers", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "capital_talks",
      [
        "Delegations from Nordland, Sudland and the United States met again in the capital of Oskaria on Wednesday.",
        "",
        "The American side included envoy Harlan Pierce, Army Secretary Dale Morrow and General Corin Vask, the commander of US forces in Europe.",
        "",
        "Sudland's team was led by Admiral Pavel Ordin, the head of its military intelligence.",
      ].join("\n"),
      { title: "Three-way talks resume in Oskaria", published: "2026-02-05T12:00:00+00:00", source: "Test Wire" },
    );
    writeArticle(
      corpus,
      "florida",
      [
        "A Nordland delegation led by its new chief negotiator, Arvid Stenholm, held about five hours of talks with Secretary of State Mara Quill in Florida on Sunday.",
        "",
        "The talks took place at the Shell Bay club in Hallandale Beach, north of Miami.",
        "",
        "Quill told reporters afterwards that the session had been productive.",
      ].join("\n"),
      { title: "Nordland's new negotiator holds first talks in Florida", published: "2026-11-30T20:00:00-05:00", source: "Other Wire" },
    );
    writeArticle(
      corpus,
      "professor",
      [
        "President Halvard said the guarantees were 95% agreed.",
        "",
        "Professor Hiro Tanabe of the Kansai Institute said the gap between 95% and 100% should not be underestimated. \"In negotiations like this, the last five percent is where the whole war is,\" he said.",
      ].join("\n"),
      { title: "Guarantees '95% agreed'", published: "2026-12-29T09:00:00+09:00", source: "Third Daily" },
    );
  });

  it("GIVEN 'which US general was at the talks in Oskaria' THEN the general is quoted, not the other side's admiral", async () => {
    const a = await engine().answer("which US general was at the talks in Oskaria");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(/General Corin Vask/);
  });

  it("GIVEN 'where in Florida did they meet Quill' THEN the sentence about 'the talks' of the one before answers", async () => {
    const a = await engine().answer("where in florida did the Nordland team meet Quill after the change of negotiator");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(/Shell Bay club in Hallandale Beach/);
  });

  it("GIVEN 'what did Professor Tanabe say about the 95 per cent figure' THEN his words are quoted", async () => {
    const a = await engine().answer("what did professor tanabe say about the 95 per cent figure");
    expect(a.found).toBe(true);
    expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/last five percent is where the whole war is|gap between 95% and 100%/);
  });
});

describe("second batch", () => {
  it("GIVEN 'X, who led the U.S. side with Mr. Y, told reporters' THEN X is speaking (a title's dot ends no apposition)", async () => {
    const { speakerCue } = await import("../../src/answer/cues.js");
    const rubio = analyzeQuestion("what did Quill say").terms.find((t) => t.word === "quill")!.keys;
    expect(speakerCue("Secretary of State Mara Quill, who led the U.S. side with Mr. Pierce and Dana Whitby, told reporters the session had been productive.", undefined, rubio)).toBe(1);
  });

  it("GIVEN 'how big could the country's military be' THEN the military is what the number must count", () => {
    const q = analyzeQuestion("under the first draft how big could the country's military be");
    expect(q.want).toBe("count");
    expect(q.terms.find((t) => t.word === "military")!.counted).toBe(true);
    expect(analyzeQuestion("how big is the army under the plan").terms.find((t) => t.word === "army")!.counted).toBe(true);
  });
});

describe("answers under an explainer's heading", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "faq",
      [
        "Ten questions before the next round",
        "",
        "1. Who is in the delegations?",
        "",
        "Nordland sends Arvid Stenholm and two generals; Sudland sends an admiral.",
        "",
        "2. Is the energy truce still in force?",
        "",
        "No. At the end of January, President Halvard said Volkov had agreed to hold off on strikes against the capital for a week because of the cold. The Sudland government said the pause would last until 1 February. On 3 February, Sudland carried out one of its heaviest attacks of the winter on the power grid.",
      ].join("\n"),
      { title: "Ten questions before the next round", published: "2026-02-10T09:00:00+00:00", source: "Test Explainer" },
    );
    writeArticle(
      corpus,
      "loan",
      [
        "Union leaders agreed early on Friday to lend Nordland 90 billion euros over two years, raised by joint borrowing.",
        "",
        "Why the asset plan failed",
        "",
        "The so-called reparations loan would have used the frozen Sudland funds held at a clearing house in Brussels. Belgium, however, demanded guarantees that the other member states would share the legal risks. In the end no such guarantees could be agreed.",
        "",
        "The chancellor said after the summit that the money for Nordland was secured.",
      ].join("\n"),
      { title: "Union lends Nordland 90 billion euros; frozen assets stay put", published: "2025-12-19T09:00:00+01:00", source: "Other Daily" },
    );
  });

  it("GIVEN 'is the energy truce still in force' THEN the paragraph under the FAQ's heading asking it answers", async () => {
    const a = await engine().answer("is the energy truce still in force?");
    expect(a.found).toBe(true);
    expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/would last until 1 February|heaviest attacks/);
  });

  it("GIVEN 'why did the reparations loan fall through' THEN the section under 'Why the asset plan failed' answers", async () => {
    const a = await engine().answer("why did the reparations loan from frozen Sudland assets fall through?");
    expect(a.found).toBe(true);
    expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/Belgium, however, demanded guarantees/);
  });
});

describe("third batch", () => {
  it("GIVEN 'He said Russia's position remained … the understanding Moscow says …' THEN he is still the one speaking", async () => {
    const { speakerCue } = await import("../../src/answer/cues.js");
    const keys = analyzeQuestion("what did Sokol say").terms.find((t) => t.word === "sokol")!.keys;
    const previous = "Presidential aide Yuri Sokol told reporters afterwards that the talks had been frank.";
    const text = "He said Sudland's position remained that there could be no settlement without the formula, which Oskaria says the leaders agreed.";
    const { textKeys } = await import("../../src/entities/keys.js");
    expect(speakerCue(text, { keys: textKeys(previous), text: previous }, keys)).toBeGreaterThanOrEqual(0.6);
  });

  it("GIVEN 'what did X say … after the meeting with the US envoys' THEN the envoys only set the scene", () => {
    const q = analyzeQuestion("what did the aide say about territory after the late night meeting with the US envoys in January");
    expect(q.terms.find((t) => t.word === "envoys")!.role).toBeUndefined();
  });

  it("GIVEN 'said pensioner Halyna Tkachenko, 71.' THEN an age", () => {
    expect(answerCue("age", "\"We hear about talks every day,\" said pensioner Halyna Tkachenko, 71.", [])).toBe(1);
    expect(answerCue("age", "The talks lasted until 1 February, officials said.", [])).toBe(0);
  });

  it("GIVEN 'Medinsky comments on Geneva?', 'Rubio's verdict on the talks?' THEN a statement is asked and the noun is no topic", () => {
    for (const text of ["medinsky comments on geneva?", "rubio's verdict on the miami talks?"]) {
      const q = analyzeQuestion(text);
      expect(q.want).toBe("statement");
      expect(q.terms.map((t) => t.word)).not.toContain("comments");
      expect(q.terms.map((t) => t.word)).not.toContain("verdict");
    }
  });

  it("GIVEN 'gnatov whats his job' THEN the job is what is asked, not a topic", () => {
    expect(term("gnatov whats his job", "job")!.soft).toBe(true);
  });

  it("GIVEN 'Peskoff' THEN the keys of 'Peskov' too", async () => {
    const { nameKeys } = await import("../../src/entities/names.js");
    expect(nameKeys("peskoff")).toEqual(expect.arrayContaining(nameKeys("peskov")));
  });

  it("GIVEN 'Quill … pronounced the session \"very productive\"' THEN Quill is speaking", async () => {
    const { speakerCue } = await import("../../src/answer/cues.js");
    const keys = analyzeQuestion("what did Quill say").terms.find((t) => t.word === "quill")!.keys;
    expect(speakerCue("Secretary of State Mara Quill emerged on Sunday from five hours of talks and pronounced the session \"very productive.\"", undefined, keys)).toBe(1);
  });
});

describe("timeline wording", () => {
  it("GIVEN 'On Sunday and Monday, the envoys met …' in a Friday story THEN the days just past (the verb after the comma)", async () => {
    const { findDates } = await import("../../src/timeline/findDates.js");
    const { referenceOf } = await import("../../src/timeline/reference.js");
    const ref = referenceOf("2025-12-19T08:15:00+01:00")!;
    const days = findDates("On Sunday and Monday, the envoys met the president in the capital.", ref).map((d) => d.start);
    expect(days).toEqual(["2025-12-14", "2025-12-15"]);
    expect(findDates("On Sunday, the envoys will meet the president.", ref).map((d) => d.start)).toEqual(["2025-12-21"]);
  });

  it("GIVEN a translation's label, a section-and-time stamp, a newsletter's greeting THEN page furniture", async () => {
    const { isFurniture } = await import("../../src/text/furniture.js");
    for (const line of [
      "Kyiv, 7 February 2026. Edited transcript, translated from Ukrainian",
      "Translated from Hungarian",
      "News of the region · 18 February 2026, 20:40",
      "You're reading Dispatch Weekly's Sunday roundup on the war and the talks to end it.",
    ]) expect(isFurniture(line, "A headline")).toBe(true);
    expect(isFurniture("The transcript was published by the Kremlin on Tuesday.", "A headline")).toBe(false);
  });
});

describe("names from headlines in title case", () => {
  it("GIVEN 'The Real-Estate Men Running America's Diplomacy' as a headline THEN 'running' is no name; real names still are", async () => {
    const { EntityIndex, titleCaseLines } = await import("../../src/entities/EntityIndex.js");
    expect(titleCaseLines("The Real-Estate Men Running America's Ukraine Diplomacy")).toHaveLength(1);
    expect(titleCaseLines("Zelensky names Budanov as head of his office")).toHaveLength(0);
    const index = EntityIndex.build([
      { title: "The Real-Estate Men Running America's Nordland Diplomacy", body: "The Real-Estate Men Running America's Nordland Diplomacy\n\nEnvoy Harlan Pierce met President Volkov on Tuesday, and Pierce said the talks were useful." },
    ]);
    expect(index.isName("running")).toBe(false);
    expect(index.isName("pierce")).toBe(true);
  });
});

describe("a live blog's time stamp", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "live",
      [
        "17:05 Moscow time, December 2",
        "",
        "The Kremlin meeting between Volkov and Pierce has begun, the Kremlin press service said.",
        "",
        "22:10 Moscow time, December 2",
        "",
        "The meeting is still going on, a Kremlin aide told reporters.",
      ].join("\n"),
      { title: "Live: envoy Pierce in the Kremlin", published: "2025-12-02T23:00:00+03:00", source: "Test Live" },
    );
  });

  it("GIVEN 'what time did the Kremlin meeting with Pierce start' THEN the entry saying it began is quoted with its stamp", async () => {
    const a = await engine().answer("what time did the kremlin meeting with pierce start");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toBe("17:05 Moscow time, December 2\n\nThe Kremlin meeting between Volkov and Pierce has begun, the Kremlin press service said.");
  });

  it("GIVEN 'which region was hit by the missile' THEN a strike 'against a target in the X region' meets 'hit'", () => {
    expect(analyzeQuestion("which region was hit by the missile").terms.find((t) => t.word === "hit")).toBeDefined();
  });
});

describe("what a length measures", () => {
  it("GIVEN 'how long was the phone call' THEN 'after more than two hours of talks' is a length of something else", () => {
    const q = analyzeQuestion("how long was the president's phone call with Volkov before the guest arrived");
    expect(q.terms.find((t) => t.word === "call")!.measured).toBe(true);
    expect(answerCue("duration", "Speaking to reporters after more than two hours of talks, the president said the guarantees were agreed.", q.terms)).toBe(0);
    expect(answerCue("duration", "The call lasted about an hour and a half.", q.terms)).toBe(1);
    const meeting = analyzeQuestion("how long was the meeting in the capital");
    expect(answerCue("duration", "The envoys held about five hours of talks with the president.", meeting.terms)).toBe(1);
  });
});

describe("fourth batch", () => {
  it("GIVEN 'in which city did X say …' THEN the place of the saying is asked", () => {
    expect(analyzeQuestion("in which city did Volkov say the plan could be a basis for agreements?").placeOfSaying).toBe(true);
  });

  it("GIVEN 'how big was the kickback scheme' THEN its size is money, not a head count; 'how big could the army be' counts", () => {
    expect(analyzeQuestion("how big was the kickback scheme, around $100m?").terms.some((t) => t.counted)).toBe(false);
    expect(analyzeQuestion("how big could the army be under the plan").terms.find((t) => t.word === "army")!.counted).toBe(true);
  });

  it("GIVEN 'son in law', 'the western military alliance', 'Dublin' THEN the stories' words for them", async () => {
    expect(analyzeQuestion("how long did trumps son in law sit with volkov").text).toContain("son-in-law");
    const { aliasHits } = await import("../../src/entities/keys.js");
    const { tokens } = await import("../../src/text/terms.js");
    expect(aliasHits(tokens("did he drop the bid to join the western military alliance")).map((h) => h.hit.direct)).toContain("g:nato");
    expect(aliasHits(tokens("has Dublin said who was behind the drones")).map((h) => h.hit.direct)).toContain("g:ireland");
  });
});

describe("the sentence after, for where and when", () => {
  const engine = useSmallCorpus((corpus) => {
    writeArticle(
      corpus,
      "bishkek",
      [
        "President Volkov said on Thursday that the proposals of the envoys could be taken as a basis for future agreements. He made the statement at a press conference in Oskograd following a state visit.",
        "",
        "The situation on the front is developing in Sudland's favour, Volkov said.",
      ].join("\n"),
      { title: "Volkov: the envoys' plan may become a basis", published: "2025-11-28T10:00:00+03:00", source: "Test Agency" },
    );
    writeArticle(
      corpus,
      "summit",
      "European Council President Ana Costas announced the result on social media shortly after the all-night summit ended: the loan to Nordland was agreed.",
      { title: "Union agrees loan after all-night summit", published: "2025-12-19T09:00:00+01:00", source: "Other Daily" },
    );
  });

  it("GIVEN 'in which city did Volkov say the plan could be a basis' THEN 'He made the statement … in Oskograd' is quoted", async () => {
    const a = await engine().answer("in which city did Volkov say the envoys' plan could be a basis for agreements?");
    expect(a.found).toBe(true);
    expect(a.quotes.map((q) => q.text).join(" | ")).toMatch(/press conference in Oskograd/);
  });

  it("GIVEN 'what did the head of the European Council post' THEN 'European Council President … announced' is his", async () => {
    const a = await engine().answer("what did the head of the european council post after the all-night summit");
    expect(a.found).toBe(true);
    expect(a.quotes[0]!.text).toMatch(/European Council President Ana Costas announced/);
  });
});

describe("a guess offered with the question", () => {
  it("GIVEN 'who led them? Kostiukov or someone else' THEN 'someone' is no topic the answer must hold", () => {
    expect(analyzeQuestion("who led the delegation in the capital? kostiukov or someone else").terms.map((t) => t.word)).not.toContain("someone");
  });
});

describe("common words next to a name", () => {
  it("GIVEN 'the raid on Yermak's flat' and a corpus with a 'Fla.' dateline THEN 'flat' is no misspelt name when the word is common", async () => {
    const { EntityIndex } = await import("../../src/entities/EntityIndex.js");
    const entities = EntityIndex.build([{ title: "Talks", body: "HALLANDALE BEACH, Fla. (Wire) - Yermak met the envoys. Later Yermak left." }]);
    const common = (w: string) => w === "flat";
    expect(analyzeQuestion("when was the raid on yermak's flat", entities, () => true, common).terms.find((t) => t.word === "flat")!.entity).toBe(false);
  });
});
