/**
 * The BM25 half of the hybrid index: MiniSearch over sentences, with our own terms (stemmed, stop words out) so
 * the index and the queries are processed the same way.
 */
import MiniSearch, { type Options } from "minisearch";
import { lexicalTerms } from "../text/terms.js";

export interface LexicalDoc {
  id: number;
  text: string;
}

export const LEXICAL_OPTIONS: Options<LexicalDoc> = {
  fields: ["text"],
  idField: "id",
  tokenize: (text) => lexicalTerms(text),
  processTerm: (term) => term,
  // Vacuuming is done explicitly by the re-index, never in the background of a serving process.
  autoVacuum: false,
  searchOptions: { combineWith: "OR", prefix: false, fuzzy: false },
};

export function newLexicalIndex(): MiniSearch<LexicalDoc> {
  return new MiniSearch<LexicalDoc>(LEXICAL_OPTIONS);
}

/**
 * The saved form of the lexical index. MiniSearch's own JSON (toJSON / loadJSON) turns every posting list into an
 * object keyed by document number and back: on the speech corpus (62k sentences) that was 0.5 s to save and 0.45 s
 * to load, half of a one-article re-index. This form keeps the same state as flat number arrays.
 */
const COMPACT_FORMAT = "lexical-compact-1";

interface CompactLexical {
  format: typeof COMPACT_FORMAT;
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Per document: its short id, its id (the sentence label), then the length of each field (-1 when absent). */
  documents: number[];
  /** Per term: [term, fieldId, [shortId, frequency, …], fieldId, […], …]. */
  terms: (string | number | number[])[][];
}

/**
 * The MiniSearch state this module reads and restores (private fields of MiniSearch 7; the save/load round-trip
 * tests in test/index/lexical.test.ts catch a MiniSearch release that changes them).
 */
interface MiniSearchState {
  _index: Iterable<[string, Map<number, Map<number, number>>]> & {
    get(term: string): Map<number, Map<number, number>> | undefined;
    set(term: string, value: Map<number, Map<number, number>>): unknown;
  };
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldLength: Map<number, number[]>;
}

const state = (index: MiniSearch<LexicalDoc>) => index as unknown as MiniSearchState;

export function saveLexicalIndex(index: MiniSearch<LexicalDoc>): string {
  const s = state(index);
  const fields = Object.keys(s._fieldIds).length;
  const documents: number[] = [];
  for (const [shortId, id] of s._documentIds) {
    documents.push(shortId, id as number);
    const lengths = s._fieldLength.get(shortId) ?? [];
    for (let f = 0; f < fields; f++) documents.push(lengths[f] ?? -1);
  }
  const terms: CompactLexical["terms"] = [];
  for (const [term, byField] of s._index) {
    const entry: CompactLexical["terms"][number] = [term];
    for (const [fieldId, postings] of byField) {
      const flat: number[] = [];
      for (const [doc, frequency] of postings) flat.push(doc, frequency);
      entry.push(fieldId, flat);
    }
    terms.push(entry);
  }
  const compact: CompactLexical = {
    format: COMPACT_FORMAT,
    documentCount: s._documentCount,
    nextId: s._nextId,
    dirtCount: s._dirtCount,
    fieldIds: s._fieldIds,
    averageFieldLength: s._avgFieldLength,
    documents,
    terms,
  };
  return JSON.stringify(compact);
}

/** Reads either form: the compact one, or MiniSearch's own JSON (builds written before the compact form). */
export function loadLexicalIndex(json: string): MiniSearch<LexicalDoc> {
  const data = JSON.parse(json) as CompactLexical | Parameters<typeof MiniSearch.loadJS>[0];
  if (!("format" in data) || data.format !== COMPACT_FORMAT) return MiniSearch.loadJS<LexicalDoc>(data as Parameters<typeof MiniSearch.loadJS>[0], LEXICAL_OPTIONS);
  const { documentCount, nextId, dirtCount, fieldIds, averageFieldLength } = data;
  const index = MiniSearch.loadJS<LexicalDoc>(
    { documentCount, nextId, dirtCount, fieldIds, averageFieldLength, documentIds: {}, fieldLength: {}, storedFields: {}, index: [], serializationVersion: 2 },
    LEXICAL_OPTIONS,
  );
  const s = state(index);
  const fields = Object.keys(fieldIds).length;
  for (let i = 0; i < data.documents.length; i += 2 + fields) {
    const [shortId, id] = [data.documents[i]!, data.documents[i + 1]!];
    s._documentIds.set(shortId, id);
    s._idToShortId.set(id, shortId);
    const lengths: number[] = [];
    for (let f = 0; f < fields; f++) if (data.documents[i + 2 + f]! >= 0) lengths[f] = data.documents[i + 2 + f]!;
    s._fieldLength.set(shortId, lengths);
  }
  for (const entry of data.terms) {
    const byField = new Map<number, Map<number, number>>();
    for (let j = 1; j + 1 < entry.length; j += 2) {
      const flat = entry[j + 1] as number[];
      const postings = new Map<number, number>();
      for (let k = 0; k + 1 < flat.length; k += 2) postings.set(flat[k]!, flat[k + 1]!);
      byField.set(entry[j] as number, postings);
    }
    s._index.set(entry[0] as string, byField);
  }
  return index;
}

/**
 * How many live documents hold `term` (an index term, already processed): the length of its posting list, without
 * the result objects a search builds for every match (on large corpora a common term matches tens of thousands).
 */
export function documentFrequency(index: MiniSearch<LexicalDoc>, term: string): number {
  const s = state(index);
  let n = 0;
  for (const postings of s._index.get(term)?.values() ?? []) {
    for (const doc of postings.keys()) if (s._documentIds.has(doc)) n++;
  }
  return n;
}
