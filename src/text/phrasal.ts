/**
 * Phrasal verbs of the stories and the one word a question may use for them: "prepared to give up its bid" is
 * abandoning it ("ditch", "drop" in a question, through the synonym table), "stepped down" is resigning, "took part"
 * is participating. A sentence's bag gets the word's stem beside its own words (see extractive's bagOf).
 */
import { stem } from "./terms.js";

const PHRASAL: [verb: string, particle: string, meaning: string][] = [
  ["give gives gave given giving", "up", "abandon"],
  ["step steps stepped stepping", "down", "resign"],
  ["take takes took taken taking", "part", "participate"],
  ["pull pulls pulled pulling", "out", "withdraw"],
  ["back backs backed backing", "out", "withdraw"],
  ["walk walks walked walking", "away", "withdraw"],
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
];

/** Verb form → particle → the meaning's stem. */
const TABLE = new Map<string, Map<string, string>>();
for (const [verbs, particle, meaning] of PHRASAL) {
  for (const v of verbs.split(" ")) {
    const byParticle = TABLE.get(v) ?? new Map<string, string>();
    byParticle.set(particle, stem(meaning));
    TABLE.set(v, byParticle);
  }
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
