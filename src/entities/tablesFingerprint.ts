/**
 * A fingerprint of the word tables that shape what an index learns about names: the alias groups, the role words
 * and the words no surname is (the role idioms and synonyms act at question time only). Roles are learned at index
 * time with the alias keys of then: a segment built before a maintainer edited a table keeps the old keys, so a
 * re-index that finds another fingerprint in the manifest rebuilds all. So does a change of the sentence splitter's
 * rules, whose offsets the segments store, and of the rules that count a word as a name's.
 */
import { createHash } from "node:crypto";
import { ALIAS_GROUPS } from "./aliases.js";
import { NOT_SURNAMES, ROLE_MODIFIERS, ROLE_NOUNS } from "./roles.js";
import { SENTENCE_RULES_VERSION } from "../text/sentences.js";
import { NAME_COUNT_RULES_VERSION } from "./EntityIndex.js";

let cached: string | undefined;

export function entityTablesFingerprint(): string {
  cached ??= createHash("sha256")
    .update(JSON.stringify([ALIAS_GROUPS, [...ROLE_NOUNS], [...ROLE_MODIFIERS], [...NOT_SURNAMES], SENTENCE_RULES_VERSION, NAME_COUNT_RULES_VERSION]))
    .digest("hex")
    .slice(0, 16);
  return cached;
}
