/**
 * Phrasal verbs of the stories and the one word a question may use for them: "prepared to give up its bid" is
 * abandoning it ("ditch", "drop" in a question, through the synonym table), "stepped down" is resigning, "took part"
 * is participating. A sentence's bag gets the word's stem beside its own words (see extractive's bagOf).
 */
import { stem } from "./terms.js";

/** Meanings a question's phrasal verb is read as too (see phrasalWord): not "brought down" (a government, a man). */
const IN_QUESTIONS = new Set(["abandon", "resign", "participate", "withdraw", "reject", "cancel"]);

const PHRASAL: [verb: string, particle: string, meaning: string][] = [
  ["give gives gave given giving", "up", "abandon"],
  // "Prepared to let go of its ambition to join NATO".
  ["let lets letting", "go", "abandon"],
  ["step steps stepped stepping", "down", "resign"],
  ["take takes took taken taking", "part", "participate"],
  ["pull pulls pulled pulling", "out", "withdraw"],
  ["back backs backed backing", "out", "withdraw"],
  ["walk walks walked walking", "away", "withdraw"],
  // "Did Russia walk out of the talks": withdraw from them, quit them.
  ["walk walks walked walking", "out", "withdraw"],
  ["turn turns turned turning", "down", "reject"],
  ["call calls called calling", "off", "cancel"],
  ["hand hands handed handing", "over", "cede"],
  ["carry carries carried carrying", "out", "conduct"],
  // "Air defences brought down 412 of the drones", "shot down 38 missiles": how many were intercepted.
  ["bring brings brought bringing", "down", "intercept"],
  ["shoot shoots shot shooting", "down", "intercept"],
  // "The text was put together by Witkoff": who wrote, who drafted it.
  ["put puts putting", "together", "draft"],
  // "What did Kyiv offer to trade its NATO hopes for": to give them up if, in return (in exchange), it got guarantees.
  ["in", "return", "trade"],
  ["in", "exchange", "trade"],
  // "The first three-way talks": trilateral ones, for a question that asks so.
  ["three 3", "way", "trilateral"],
];

/** Verb form → particle → the meaning's stem; and the meaning as written, for the meanings IN_QUESTIONS. */
const TABLE = new Map<string, Map<string, string>>();
const WORDS = new Map<string, Map<string, string>>();
for (const [verbs, particle, meaning] of PHRASAL) {
  for (const v of verbs.split(" ")) {
    const byParticle = TABLE.get(v) ?? new Map<string, string>();
    byParticle.set(particle, stem(meaning));
    TABLE.set(v, byParticle);
    if (!IN_QUESTIONS.has(meaning)) continue;
    const written = WORDS.get(v) ?? new Map<string, string>();
    written.set(particle, meaning);
    WORDS.set(v, written);
  }
}

/**
 * The one word for a phrasal verb (`verb` then `particle`, lower-cased), or undefined: a question's "walk out" is
 * asked as "withdraw", which the synonym table and the stories' own phrasal verbs then meet.
 */
export function phrasalWord(verb: string, particle: string | undefined): string | undefined {
  return particle === undefined ? undefined : WORDS.get(verb)?.get(particle);
}

/** The stems of the phrasal verbs among `words` (lower-cased tokens, in order), e.g. ["abandon"] for "give up". */
export function phrasalStems(words: readonly { word: string }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const meaning = TABLE.get(words[i]!.word)?.get(words[i + 1]!.word);
    if (meaning !== undefined) out.push(meaning);
  }
  return out;
}
