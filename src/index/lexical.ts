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

export function loadLexicalIndex(json: string): MiniSearch<LexicalDoc> {
  return MiniSearch.loadJSON<LexicalDoc>(json, LEXICAL_OPTIONS);
}
