import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { LexicalIndex, LexicalSegment } from "../../src/index/lexical.js";
import { lexicalTerms } from "../../src/text/terms.js";

const DOCS = [
  { label: 0, text: "Russia and Ukraine agreed to a prisoner swap." },
  { label: 1, text: "The talks in Miami were very productive, Rubio said." },
  { label: 2, text: "Territory and security guarantees remain unresolved." },
  { label: 3, text: "Umerov led the Ukrainian delegation to the talks." },
  { label: 7, text: "The constructor of the toString method is not a word." },
  { label: 8, text: "Talks, talks and more talks: the prisoner swap talks resumed in Miami." },
  { label: 9, text: "Ukraine said the security talks with Russia would resume." },
  { label: 12, text: "" },
];
const QUERIES = ["talks", "Ukraine prisoner swap", "security guarantees", "constructor toString", "talks talks Miami", "absent words"];

/** MiniSearch configured as the index was before format 3: the reference for the scores. */
function miniSearch(docs: typeof DOCS) {
  const index = new MiniSearch<{ id: number; text: string }>({
    fields: ["text"],
    tokenize: (text) => lexicalTerms(text),
    processTerm: (t) => t,
    searchOptions: { combineWith: "OR", prefix: false, fuzzy: false },
  });
  index.addAll(docs.map((d) => ({ id: d.label, text: d.text })));
  return index;
}

const rounded = (hits: { label?: number; id?: unknown; score: number }[]) => hits.map((h) => [h.label ?? h.id, h.score.toFixed(9)]);

describe("lexical index", () => {
  it("GIVEN one segment THEN every query ranks and scores as MiniSearch's BM25 did", () => {
    const index = new LexicalIndex([LexicalSegment.build(DOCS)], () => true);
    const reference = miniSearch(DOCS);
    for (const q of QUERIES) expect(rounded(index.search(q, 10)), q).toEqual(rounded(reference.search(q)));
  });

  it("GIVEN the sentences spread over segments, some dead THEN scores use corpus-wide statistics of the live ones", () => {
    const dead = new Set([2, 8]);
    const segments = [LexicalSegment.build(DOCS.slice(0, 3)), LexicalSegment.build(DOCS.slice(3, 6)), LexicalSegment.build(DOCS.slice(6))];
    const index = new LexicalIndex(segments, (label) => !dead.has(label));
    const reference = miniSearch(DOCS.filter((d) => !dead.has(d.label)));
    for (const q of QUERIES) expect(rounded(index.search(q, 10)), q).toEqual(rounded(reference.search(q)));
  });

  it("GIVEN k smaller than the matches THEN the best k, best first", () => {
    const index = new LexicalIndex([LexicalSegment.build(DOCS.slice(0, 4)), LexicalSegment.build(DOCS.slice(4))], () => true);
    expect(index.search("talks", 2)).toEqual(index.search("talks", 10).slice(0, 2));
  });

  it("GIVEN dead sentences THEN document frequencies count the live ones only", () => {
    const index = new LexicalIndex([LexicalSegment.build(DOCS.slice(0, 4)), LexicalSegment.build(DOCS.slice(4))], (l) => l !== 8);
    expect(index.documentFrequency(lexicalTerms("talks")[0]!)).toBe(3);
    expect(index.documentFrequency(lexicalTerms("Ukraine")[0]!)).toBe(2);
    expect(index.unionCount(lexicalTerms("Miami swap"))).toBe(2);
    expect(index.documentFrequency("absent")).toBe(0);
  });

  it("GIVEN a segment saved and loaded THEN the same results; damaged arrays are refused", () => {
    const seg = LexicalSegment.build(DOCS);
    const json = JSON.parse(JSON.stringify(seg)) as Record<string, string>;
    const loaded = new LexicalIndex([LexicalSegment.fromJSON(json)], () => true);
    const original = new LexicalIndex([seg], () => true);
    for (const q of QUERIES) expect(loaded.search(q, 10)).toEqual(original.search(q, 10));
    expect(() => LexicalSegment.fromJSON({ ...json, docs: json.docs!.slice(0, 8) })).toThrow(/lexical/);
    expect(() => LexicalSegment.fromJSON({ ...json, format: "other" })).toThrow(/lexical/);
  });
});
