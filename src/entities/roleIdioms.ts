/**
 * Newsroom idioms for roles and the titles articles give them: "Kyiv's top diplomat" is its foreign minister (the
 * US one its secretary of state), "Zelensky's chief of staff" the head of his office. A question in one wording
 * finds the person the articles titled in the other. One idiom a line, each of its words with the title words it
 * may stand for; maintainers extend it as the news brings new wording. Matching is by stem.
 */
import { stem } from "../text/terms.js";

export const ROLE_IDIOMS: { words: string[]; means: string[][]; country?: string }[] = [
  // The US titles its top diplomat differently from everyone else: "America's top diplomat" is no foreign minister.
  { words: ["top", "diplomat"], country: "g:us", means: [["state"], ["secretary"]] },
  { words: ["top", "diplomat"], means: [["foreign"], ["minister"]] },
  { words: ["chief", "staff"], means: [["head"], ["office"]] },
  { words: ["spy", "chief"], means: [["intelligence"], ["head"]] },
  { words: ["spy", "agency"], means: [["intelligence"], ["directorate", "service"]] },
  // The chief of the General Staff: not "chief" and "staff" alone, which a president's chief of staff holds too.
  { words: ["top", "general"], means: [["chief", "commander"], ["general"]] },
  // "Ukraine's army chief", "its military chief": the same general, in a headline's words.
  { words: ["army", "chief"], means: [["general"], ["chief", "commander"]] },
  { words: ["military", "chief"], means: [["general"], ["chief", "commander"]] },
  { words: ["top", "negotiator"], means: [["chief", "lead", "head"], ["delegation"]] },
  // "Russia's chief negotiator" is as often titled "head of the Russian delegation" as negotiator.
  { words: ["chief", "negotiator"], means: [["top", "lead", "head"], ["delegation"]] },
  { words: ["lead", "negotiator"], means: [["top", "chief", "head"], ["delegation"]] },
  { words: ["security", "chief"], means: [["security"], ["secretary", "head"]] },
  // "Putin's foreign policy aide" is titled "presidential aide" or "Kremlin aide" at least as often.
  { words: ["foreign", "policy", "aide"], means: [["presidential", "kremlin"], ["presidential", "kremlin"], ["adviser", "assistant"]] },
  { words: ["foreign", "policy", "adviser"], means: [["presidential", "kremlin"], ["presidential", "kremlin"], ["aide", "assistant"]] },
];

/**
 * The extra stem keys (`s:…`) for each of `words` (a question's terms in order) where an idiom stands: index →
 * keys. Words between the idiom's words are allowed only when they are small words the caller already dropped.
 * `keys` are each term's own keys: an idiom of one country applies when the term before it names that country, and
 * then it is the only one that applies.
 */
export function idiomKeys(words: string[], keys: string[][] = []): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const done = new Set<number>();
  for (const idiom of ROLE_IDIOMS) {
    for (let i = 0; i + idiom.words.length <= words.length; i++) {
      if (done.has(i) || !idiom.words.every((w, j) => stem(words[i + j]!) === stem(w))) continue;
      if (idiom.country && !(keys[i - 1] ?? []).includes(idiom.country)) continue;
      done.add(i);
      idiom.means.forEach((alts, j) => out.set(i + j, [...(out.get(i + j) ?? []), ...alts.map((a) => `s:${stem(a)}`)]));
    }
  }
  return out;
}
