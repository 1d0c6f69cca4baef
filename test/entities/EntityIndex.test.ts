import { describe, expect, it, vi } from "vitest";
import { EntityIndex } from "../../src/entities/EntityIndex.js";
import { wordKeys } from "../../src/entities/keys.js";
import { personMentions } from "../../src/entities/roles.js";

const BODY = [
  "Russia's investment envoy Kirill Dmitriev met Steve Witkoff in Miami on Saturday.",
  "Kremlin spokesman Dmitry Peskov said Moscow had not received the draft.",
  "The delegation included Deputy Foreign Minister Sergiy Kyslytsya, Ambassador to the U.S. Olha Stefanishyna, military chief of staff Gen. Andrii Hnatov and intelligence officials.",
  "Dmitriev, head of the Russian Direct Investment Fund, called the talks constructive.",
  "The Ukrainian leader will travel to London on Monday to meet British Prime Minister Keir Starmer.",
  "President Zelenskyy thanked Witkoff.",
].join("\n\n");

function question(words: string[]) {
  return words.map((w) => ({ word: w, keys: wordKeys(w, /^\p{Lu}/u.test(w)) }));
}

describe("personMentions", () => {
  it("GIVEN appositions before and after a name THEN each person gets the role words", () => {
    const roles = new Map<string, string[]>();
    for (const m of personMentions(BODY)) roles.set(m.name, [...(roles.get(m.name) ?? []), ...m.role]);
    expect(roles.get("Kirill Dmitriev")).toEqual(expect.arrayContaining(["s:invest", "s:envoi", "g:russia"]));
    expect(roles.get("Dmitry Peskov")).toEqual(expect.arrayContaining(["s:spokesman", "g:russia"]));
    expect(roles.get("Andrii Hnatov")).toEqual(expect.arrayContaining(["s:gener", "s:chief"]));
    // A list of people is not an apposition: Kyslytsya is not an ambassador.
    expect(roles.get("Sergiy Kyslytsya")).not.toContain("s:ambassador");
    // "to meet British Prime Minister Keir Starmer": "meet" is not part of the role.
    expect(roles.get("Keir Starmer")).toEqual(expect.arrayContaining(["s:prime", "s:minist"]));
    expect(roles.get("Keir Starmer")).not.toContain("s:meet");
  });

  it("GIVEN an apposition ending in an institution's name THEN it is the person's role, not a list of people", () => {
    const body = "Rustem Umerov, the secretary of Ukraine's National Security and Defence Council, headed the delegation.";
    const roles = personMentions(body).find((m) => m.name === "Rustem Umerov")?.role;
    expect(roles).toEqual(expect.arrayContaining(["s:secretari", "s:secur", "s:council"]));
  });

  it("GIVEN a role set off by commas before the name ('Ukraine's energy minister, Denys Shmyhal, said') THEN it is the person's", () => {
    const body = "Ukraine's energy minister, Denys Shmyhal, said the strike hit the grid. The chief of Ukraine's General Staff, Andriy Hnatov, was there.";
    const roles = new Map(personMentions(body).map((m) => [m.name, m.role]));
    expect(roles.get("Denys Shmyhal")).toEqual(expect.arrayContaining(["s:energi", "s:minist", "g:ukraine"]));
    expect(roles.get("Andriy Hnatov")).toEqual(expect.arrayContaining(["s:chief", "s:staff"]));
  });

  it("GIVEN another person's role and name inside what follows a name THEN it is a list, not the first one's role", () => {
    const body =
      "The team included Andriy Hnatov, first deputy foreign minister Sergiy Kyslytsya and others. Dan Driscoll arrived. Driscoll, a friend of Vice-President JD Vance, spoke.";
    const mentions = personMentions(body);
    const roleOf = (name: string) => mentions.filter((m) => m.name === name).flatMap((m) => m.role);
    expect(roleOf("Andriy Hnatov")).not.toContain("s:minist");
    expect(roleOf("Sergiy Kyslytsya")).toContain("s:minist");
    expect(roleOf("Dan Driscoll")).not.toContain("s:presid");
    // A clause after the name with its own subject is no apposition.
    const other = personMentions("Alongside Umerov and the chief, Andrii Hnatov, it included the first deputy foreign minister, Serhii Kyslytsia.");
    expect(other.filter((m) => m.name === "Andrii Hnatov").flatMap((m) => m.role)).not.toContain("s:minist");
  });

  it("GIVEN 'X, …, who led the Russian delegation' or 'X led Ukraine's team' THEN X is the head of that team", () => {
    const body = "It is Vladimir Medinsky, aide to the Russian president, who led the Russian delegation. Rustem Umerov arrived. Umerov led Ukraine's team.";
    const roleOf = (name: string) => personMentions(body).filter((m) => m.name === name).flatMap((m) => m.role);
    expect(roleOf("Vladimir Medinsky")).toEqual(expect.arrayContaining(["s:head", "s:deleg", "g:russia", "s:aid"]));
    expect(roleOf("Rustem Umerov")).toEqual(expect.arrayContaining(["s:head", "s:team", "g:ukraine"]));
  });

  it("GIVEN a surname alone with an apposition, after the text named the person in full THEN the role is that person's", () => {
    const body = "Rustem Umerov arrived on Saturday. Umerov, the secretary of the security council, said the talks went well. Smith, a local official, said nothing.";
    const mentions = personMentions(body);
    expect(mentions.filter((m) => m.name === "Rustem Umerov").flatMap((m) => m.role)).toEqual(expect.arrayContaining(["s:secretari", "s:council"]));
    // A surname the text never gave in full is not taken for a person.
    expect(mentions.map((m) => m.name).join(" ")).not.toMatch(/Smith/);
  });
});

describe("EntityIndex", () => {
  const index = EntityIndex.build([{ title: "Test", body: BODY }]);

  it("GIVEN a role in the question THEN it resolves to the person the articles give it to", () => {
    expect(index.resolveRole(question(["russia", "investment", "envoy"]))?.name).toBe("Kirill Dmitriev");
    expect(index.resolveRole(question(["Kremlin", "spokesman"]))?.name).toBe("Dmitry Peskov");
  });

  it("GIVEN a modifier right before the role noun ('foreign minister') THEN only someone holding the role with it", () => {
    const body = "Rustem Umerov, the former defence minister of Ukraine, led the team. Foreign Minister Andrii Sybiha spoke. Umerov spoke. Umerov spoke again.";
    const built = EntityIndex.build([{ title: "T", body }]);
    const q = [
      { word: "ukraine", keys: wordKeys("ukraine", false), adjacentToNext: false },
      { word: "foreign", keys: wordKeys("foreign", false), adjacentToNext: true },
      { word: "minister", keys: wordKeys("minister", false), adjacentToNext: false },
    ];
    expect(built.resolveRole(q)?.name).toBe("Andrii Sybiha");
  });

  it("GIVEN two holders of the role's words THEN a looser word of the question ('delegation') tells them apart", () => {
    const body =
      "Kirill Dmitriev, head of the Russian fund, spoke. Vladimir Medinsky, aide to the president, who led the Russian delegation, arrived.";
    const built = EntityIndex.build([{ title: "T", body }]);
    const q = question(["head", "russian"]);
    expect(built.resolveRole(q)?.name).not.toBe("Vladimir Medinsky");
    expect(built.resolveRole(q, undefined, [{ keys: wordKeys("delegation", false) }])?.name).toBe("Vladimir Medinsky");
  });

  it("GIVEN a long word the corpus never writes, one typo from one it does THEN that word; a word of another start THEN none", () => {
    const built = EntityIndex.build([{ title: "T", body: "The first trilateral round was held. Officials were employed by the residence staff." }]);
    expect(built.misspeltWord("trilaterl")).toBe("trilateral");
    expect(built.misspeltWord("residance")).toBe("residence");
    expect(built.misspeltWord("deployed")).toBeUndefined();
    expect(built.misspeltWord("trilateral")).toBeUndefined();
    expect(built.misspeltWord("offical")).toBeUndefined(); // two letters from "officials"
  });

  it("GIVEN the warm-up's prepareLooseSpellings THEN a typo is then found without building a table at the question", () => {
    const built = EntityIndex.build([{ title: "T", body: "The first trilateral round was held. Officials were employed by the residence staff." }]);
    built.prepareLooseSpellings();
    const tableWrites = vi.spyOn(Map.prototype, "set");
    const found = built.misspeltWord("trilaterl");
    const writes = tableWrites.mock.calls.length;
    tableWrites.mockRestore();
    expect(found).toBe("trilateral");
    expect(writes).toBe(0);
  });

  it("GIVEN words that are no one's role THEN nothing is resolved", () => {
    expect(index.resolveRole(question(["chinese", "envoy"]))).toBeUndefined();
    expect(index.resolveRole(question(["weather"]))).toBeUndefined();
  });

  it("GIVEN another spelling of a name THEN the corpus's spellings are found, even in lower case", () => {
    expect(index.spellings("zelensky")).toEqual(["zelenskyy"]);
    expect(index.spellings("kier")).toEqual(["keir"]);
    expect(index.isName("gnatov")).toBe(true);
    expect(index.isName("envoy")).toBe(false);
  });

  it("GIVEN an institution written like a name ('the General Staff', 'the Security Council') THEN it is no person", () => {
    const body = "Andrii Hnatov, chief of the General Staff, and Rustem Umerov of the Security Council met Foreign Minister Andrii Sybiha.";
    const built = EntityIndex.build([{ title: "T", body }]);
    expect(personMentions(body).map((m) => m.name)).not.toContain("General Staff");
    expect(built.person("s:staff")).toBeUndefined();
    // An index saved before the rule is read without them too.
    const json = built.toJSON();
    json.people.push({ id: "s:staff", name: "General Staff", mentions: 9, role: [["s:foreign", 1], ["s:minist", 1]] });
    expect(EntityIndex.fromJSON(json).person("s:staff")).toBeUndefined();
  });

  it("GIVEN a country's role THEN a holder of another country's is not it, one of no stated country may be", () => {
    const built = EntityIndex.build([
      { title: "T", body: "Russian Foreign Minister Sergei Lavrov spoke first. Later Foreign Minister Andrii Sybiha replied. Foreign Minister Andrii Sybiha left." },
    ]);
    const terms = question(["foreign", "minister"]);
    expect(built.resolveRole(terms, wordKeys("ukraine", true))?.name).toBe("Andrii Sybiha");
    expect(built.resolveRole(terms, wordKeys("russia", true))?.name).toBe("Sergei Lavrov");
  });

  it("GIVEN a saved index THEN loading it back answers the same", () => {
    const loaded = EntityIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(loaded.resolveRole(question(["russia", "investment", "envoy"]))?.name).toBe("Kirill Dmitriev");
    expect(loaded.spellings("zelensky")).toEqual(["zelenskyy"]);
    expect(() => EntityIndex.fromJSON({ ...index.toJSON(), version: 99 })).toThrow(/version/);
  });
});
