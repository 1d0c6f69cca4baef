import { describe, expect, it } from "vitest";
import { answerCue, speakerCue, statesPlan } from "../../src/answer/cues.js";
import { analyzeQuestion } from "../../src/answer/question.js";

describe("answerCue for 'who' questions", () => {
  const q = analyzeQuestion("Who led the talks?");
  const isPerson = (w: string) => ["umerov", "rustem"].includes(w);

  it("GIVEN a sentence naming a person THEN it holds the answer", () => {
    expect(answerCue("person", "On Sunday Rustem Umerov led the talks.", q.terms, { isPerson })).toBe(1);
    expect(answerCue("person", "The talks were led by Marco Rubio.", q.terms, { isPerson })).toBe(1);
  });

  it("GIVEN only places, nationalities and days capitalised THEN no person is named", () => {
    expect(answerCue("person", "WASHINGTON – American and Ukrainian negotiators met in Florida on Sunday.", q.terms, { isPerson })).toBe(0);
  });
});

describe("statesPlan", () => {
  it("GIVEN plans and expectations THEN true; 'the next administration' THEN false", () => {
    expect(statesPlan("The working groups would meet again next week.")).toBe(true);
    expect(statesPlan("The next round is due in Abu Dhabi.")).toBe(true);
    expect(statesPlan("A new round would take place in the near future.")).toBe(true);
    expect(statesPlan("A promise can be withdrawn by the next administration.")).toBe(false);
  });
});

describe("questions asking for plans", () => {
  it.each(["What was planned after the first round?", "what will Budanov do first in his new job", "What's next after Geneva?"])(
    "GIVEN %j THEN plans are wanted and the words asking for them never block",
    (text) => {
      const q = analyzeQuestion(text);
      expect(q.want).toBe("next");
      for (const t of q.terms) if (["planned", "next", "first", "do"].includes(t.word)) expect(t.soft).toBe(true);
    },
  );
});

describe("speakerCue", () => {
  const kostyukov = ["s:kostyukov"];

  it("GIVEN another person's name between the asked one and the verb THEN the verb is the other's", () => {
    expect(speakerCue("The group was headed by Admiral Igor Kostyukov, presidential aide Yuri Ushakov said.", undefined, kostyukov)).toBe(0.3);
    expect(speakerCue("Admiral Igor Kostyukov said the talks were useful.", undefined, kostyukov)).toBe(1);
    // A country speaks through its people.
    expect(speakerCue("Russian Foreign Minister Sergei Lavrov said the drones were shot down.", undefined, ["g:russia", "s:russia"])).toBe(1);
  });

  it("GIVEN 'X summed them up to the press' THEN X is speaking", () => {
    expect(speakerCue('At the end, Admiral Kostyukov summed them up to the press: the talks were "difficult".', undefined, kostyukov)).toBe(1);
  });

  it("GIVEN X as a possessor, an object or a name after 'according to A,' THEN X is not the one speaking", () => {
    const budanov = ["s:budanov"];
    expect(speakerCue("Budanov's critics in parliament argued that the move was a mistake.", undefined, budanov)).toBe(0.3);
    expect(speakerCue("Budanov's office said he would travel on Monday.", undefined, budanov)).toBe(1);
    expect(speakerCue("The president said Budanov had the experience to deliver results.", undefined, budanov)).toBe(0.3);
    expect(speakerCue('"We are ready," said Budanov.', undefined, budanov)).toBe(1);
    expect(speakerCue("According to Ushakov, Witkoff and Budanov are expected to report back.", undefined, budanov)).toBe(0.3);
    expect(speakerCue("According to Budanov, the talks were useful.", undefined, budanov)).toBe(1);
  });

  it("GIVEN 'the president said' and X a president in the articles THEN X speaks; another person named THEN not; 'the Russian leader' THEN the Russian", () => {
    const trump = ["s:trump"];
    const president = new Set(["s:presid", "g:us"]);
    expect(speakerCue("On guarantees, the president said they were close.", undefined, trump, president)).toBe(1);
    expect(speakerCue("On guarantees, the president said they were close.", undefined, trump)).toBe(0);
    expect(speakerCue("Asked about Zelensky, the president said they were close.", undefined, trump, president)).toBe(0);
    expect(speakerCue('"We are ready," the Russian leader said.', undefined, ["s:putin"], new Set(["s:presid", "g:russia"]))).toBe(1);
    expect(speakerCue('"We are ready," the Ukrainian leader said.', undefined, ["s:putin"], new Set(["s:presid", "g:russia"]))).toBe(0);
  });

  it("GIVEN a quote whose speaker is a statement, officials or a ministry THEN it does not continue X's sentence before", () => {
    const previous = { keys: new Set(["s:starmer", "n:strmr"]), text: "Keir Starmer joined the leaders by the evening." };
    expect(speakerCue('A joint statement by the Europeans afterwards spoke of a "robust" package and said territory was for Ukraine to decide.', previous, ["s:starmer"])).toBe(0);
    expect(speakerCue('"It was a robust package," officials said.', previous, ["s:starmer"])).toBe(0);
    expect(speakerCue('"It was a robust package."', previous, ["s:starmer"])).toBe(0.6);
  });

  it("GIVEN 'He said' after a sentence THEN it is X's only when X is that sentence's subject and no one else speaks", () => {
    const hnatov = ["s:hnatov"];
    const prev = (text: string) => ({ keys: new Set(["s:hnatov", "s:zelenski"]), text });
    expect(speakerCue("He said the army was ready.", prev("Gen. Andrii Hnatov met the envoys on Sunday."), hnatov)).toBe(0.9);
    expect(speakerCue("He said the army was ready.", prev("Zelensky said Umerov and Hnatov would brief him."), hnatov)).toBe(0);
    expect(speakerCue('Peskov said Moscow would not use "megaphone diplomacy".', prev("Hnatov met the envoys."), hnatov)).toBe(0);
  });

  it("GIVEN the asked person declined to comment THEN that is what he said", () => {
    expect(speakerCue("Kostyukov flew home on Saturday without speaking to reporters.", undefined, kostyukov)).toBe(1);
    expect(speakerCue("Kostyukov declined to comment on the talks.", undefined, kostyukov)).toBe(1);
  });
});

describe("lower-case questions", () => {
  it("GIVEN names the corpus knows typed in lower case THEN the verb after them is no topic the answer must hold", async () => {
    const { EntityIndex } = await import("../../src/entities/EntityIndex.js");
    const entities = EntityIndex.build([{ title: "T", body: "President Volodymyr Zelensky met Kyrylo Budanov. Later Zelensky thanked Budanov." }]);
    const q = analyzeQuestion("why did zelensky choose budanov for his office", entities);
    expect(q.terms.find((t) => t.word === "choose")?.topic).toBe(false);
    expect(q.terms.find((t) => t.word === "office")?.topic).toBe(true);
  });
});

describe("names typed loosely", () => {
  it("GIVEN 'putins house' THEN Putin is the name and 'house' (White House only) no name", async () => {
    const { EntityIndex } = await import("../../src/entities/EntityIndex.js");
    const entities = EntityIndex.build([
      { title: "T", body: "President Vladimir Putin spoke. The White House said Putin had called. A White House aide agreed. Later the White House confirmed it." },
    ]);
    const q = analyzeQuestion("what did zelensky say about the drone attack on putins house", entities);
    expect(q.terms.map((t) => t.word)).toContain("putin");
    expect(q.terms.find((t) => t.word === "putin")?.entity).toBe(true);
    expect(q.terms.find((t) => t.word === "house")?.entity).toBe(false);
    // A plural is not a possessive: "generals" stays generals.
    // ("Generals talking again" is a military dialogue: test/answer/groupsAndParaphrase.test.ts.)
    expect(analyzeQuestion("which american and russian generals were at the talks", entities).terms.map((t) => t.word)).toContain("generals");
  });
});

describe("the verb after a named subject", () => {
  it("GIVEN 'why did Zelensky pick Umerov' THEN 'pick' is no topic (the tagger reads it a noun)", () => {
    const q = analyzeQuestion("Why did Zelensky pick Umerov to lead the delegation?");
    expect(q.terms.find((t) => t.word === "pick")?.topic).toBe(false);
    expect(q.terms.find((t) => t.word === "delegation")).toBeDefined();
  });
});

describe("misspelt names and counted nouns", () => {
  it("GIVEN 'abu dabi' THEN the word next to a name, one letter off, is that name; 'hurt' far from one is not", async () => {
    const { EntityIndex } = await import("../../src/entities/EntityIndex.js");
    const entities = EntityIndex.build([{ title: "T", body: "The talks in Abu Dhabi ended. Officials met Hurst in Kharkiv, where people were hurt." }]);
    const q = analyzeQuestion("who led the russian delegation in abu dabi", entities);
    expect(q.terms.find((t) => t.word === "dabi")?.entity).toBe(true);
    expect(entities.looseSpellings("dabi")).toEqual(["dhabi"]);
    expect(analyzeQuestion("how many were hurt in kharkiv", entities).terms.find((t) => t.word === "hurt")?.entity).toBe(false);
  });

  it("GIVEN a long name misspelt anywhere ('ushakof', 'kostiukov', 'russias') THEN that name; a long common word THEN not", async () => {
    const { EntityIndex } = await import("../../src/entities/EntityIndex.js");
    const entities = EntityIndex.build([
      { title: "T", body: "Kremlin aide Yuri Ushakov said Admiral Igor Kostyukov would lead the team. Russia agreed. The summit was useful." },
    ]);
    const speaker = analyzeQuestion("what did ushakof say about a summit", entities).terms.find((t) => t.word === "ushakof");
    expect(speaker?.entity).toBe(true);
    expect(speaker?.keys).toContain("s:ushakov");
    expect(analyzeQuestion("who is kostiukov", entities).terms.find((t) => t.word === "kostiukov")?.entity).toBe(true);
    expect(analyzeQuestion("who is russias top negotiator", entities).terms.find((t) => t.word === "russia")?.entity).toBe(true);
    // One letter changed is looser than one left out: only asked of long words or words next to a name.
    expect(entities.looseSpellings("ushakof")).toEqual([]);
    expect(entities.looseSpellings("ushakof", true)).toEqual(["ushakov"]);
    expect(analyzeQuestion("what did the summits achieve", entities).terms.find((t) => t.word === "summits")?.entity).toBe(false);
  });

  it("GIVEN 'how many British troops' THEN troops is what is counted, not British", () => {
    const q = analyzeQuestion("How many British troops will go to Ukraine under the Paris declaration?");
    expect(q.terms.find((t) => t.counted)?.word).toBe("troops");
  });
});

describe("the question word that asks", () => {
  it.each([
    ["what did the kremlin say when yermak resigned", "say"],
    ["What did Zelensky say about who will lead the team?", "say"],
    ["when did Yermak resign", "when"],
    ["who said the talks were productive", "who"],
    ["why did zelensky say moscow sent a political team", "why"],
    ["how many prisoners did they swap when the talks ended", "quantity"],
    ["which cities got hit while the talks were going on", "where"],
  ])("GIVEN %j THEN the first question word decides: %s", (q, kind) => {
    expect(analyzeQuestion(q).kind).toBe(kind);
  });
});

describe("names inside alias phrases", () => {
  it("GIVEN 'trump' typed lower case while the alias table has 'Trump administration' THEN still the person the corpus knows; 'house' alone THEN no name", async () => {
    const { EntityIndex } = await import("../../src/entities/EntityIndex.js");
    const entities = EntityIndex.build([
      { title: "T", body: "President Donald Trump said the talks went well. Later Trump met Zelensky. The White House said the Trump administration agreed." },
    ]);
    expect(analyzeQuestion("what did trump say about the talks", entities).terms.find((t) => t.word === "trump")?.entity).toBe(true);
    expect(analyzeQuestion("what did the house say", entities).terms.find((t) => t.word === "house")?.entity).toBe(false);
  });

  it("GIVEN 'what did putin warn' THEN a question of what was said", () => {
    expect(analyzeQuestion("what did putin warn about a war with europe").kind).toBe("say");
  });
});

describe("a question about someone's job", () => {
  it("GIVEN 'what's X's job / role' THEN the job is the kind of answer, no word the quote must hold; 'what will X do in his new job' THEN not", () => {
    expect(analyzeQuestion("what's grynkewich's job").terms.find((t) => t.word === "job")?.soft).toBe(true);
    expect(analyzeQuestion("What is Kostyukov's role?").terms.find((t) => t.word === "role")?.soft).toBe(true);
    expect(analyzeQuestion("what will budanov do first in his new job").terms.find((t) => t.word === "job")?.soft).toBe(false);
  });

  it("GIVEN the job word right after the name, with more said after it THEN still the kind of answer", () => {
    const q = analyzeQuestion("whats Josh Gruenbaum's job, he was at the Kremlin in January right?");
    expect(q.terms.find((t) => t.word === "job")?.soft).toBe(true);
  });
});

describe("chat typing and answer kinds", () => {
  it("GIVEN 'what deadline did X give' THEN a date is wanted and 'deadline' is no word the quote must hold", () => {
    const q = analyzeQuestion("what deadline did Trump give Kyiv to answer the plan");
    expect(q.want).toBe("date");
    expect(q.terms.find((t) => t.word === "deadline")?.topic).toBeFalsy();
  });

  it("GIVEN 'what's the latest on the next round' THEN plans are wanted; 'when is the next round' THEN a date", () => {
    expect(analyzeQuestion("what's the latest on the next round of talks after geneva?").want).toBe("next");
    expect(analyzeQuestion("when is the next round of talks").want).toBe("date");
  });

  it("GIVEN 'who heads / leads X' THEN the verb is no role noun the quote must write", () => {
    const q = analyzeQuestion("who heads ukraine's military intelligence now");
    expect(q.terms.map((t) => t.word)).not.toContain("heads");
    expect(q.terms.some((t) => t.role)).toBe(false);
  });

  it("GIVEN a holiday ('the weekend before Christmas') THEN a word of time that helps and never blocks", () => {
    const t = analyzeQuestion("where were the dmitriev talks the weekend before christmas").terms.find((x) => x.word === "christmas");
    expect(t?.date).toBe(true);
    expect(t?.soft).toBe(true);
  });

  it("GIVEN a typo no dictionary knows THEN the corpus's word; GIVEN an English word THEN kept", async () => {
    const { EntityIndex } = await import("../../src/entities/EntityIndex.js");
    const entities = EntityIndex.build([{ title: "T", body: "The first trilateral round was held while officials were taking notes." }]);
    const english = (w: string) => ["talking", "first", "round", "when", "was"].includes(w);
    expect(analyzeQuestion("when was the first trilaterl round", entities, english).terms.map((t) => t.word)).toContain("trilateral");
    expect(analyzeQuestion("who was talking", entities, english).terms.map((t) => t.word)).toContain("talking");
  });

  it("GIVEN a negation typed without its apostrophe THEN it is no topic, like the one with it", () => {
    for (const q of ["why didnt the eu use the frozen money", "why didn't the eu use the frozen money"]) {
      expect(analyzeQuestion(q).terms.map((t) => t.word), q).not.toContain("didnt");
    }
  });
});

describe("answerCue for 'how old'", () => {
  it("GIVEN 'turned 40 on Sunday' THEN an age; GIVEN '40 drones' THEN none", () => {
    const q = analyzeQuestion("how old is budanov");
    expect(answerCue("age", "Budanov, who turned 40 on Sunday, took the post on Friday.", q.terms)).toBe(1);
    expect(answerCue("age", "Russia fired 40 drones on Sunday.", q.terms)).toBe(0);
  });
});
