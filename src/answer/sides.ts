/**
 * The sides of talks a text names: "the American side", "Russia's delegation", "the Ukrainian negotiating team".
 * "Who headed the American side" is not answered by "Kostyukov, who led the Russian delegation", however many of
 * the question's words that sentence shares: it names another side, and not the asked one.
 */
import { tokenKeys } from "../entities/keys.js";
import { tokens } from "../text/terms.js";

const SIDE_WORDS = "side|team|delegations?|negotiators|contingent";
const SIDE = new RegExp(`^(?:${SIDE_WORDS})$`);
/** Whether the text can name a side at all: most sentences cannot, and are not tokenised. */
const ANY_SIDE = new RegExp(`\\b(?:${SIDE_WORDS})\\b`, "i");
/** Words between a country and its side: "the Ukrainian negotiating team", "Russia's new delegation". */
const BETWEEN = /^(?:negotiating|new|own|official|full|military|whole)$/;

/** The group keys ("g:us") of the countries whose side, team or delegation the text names. */
export function sidesNamed(text: string): Set<string> {
  const out = new Set<string>();
  if (!ANY_SIDE.test(text)) return out;
  const toks = tokens(text);
  const keys = tokenKeys(toks);
  toks.forEach((t, i) => {
    if (!SIDE.test(t.word)) return;
    const j = i - 1 >= 0 && BETWEEN.test(toks[i - 1]!.word) ? i - 2 : i - 1;
    // (Only right before it: "the delegation from Russia" is rarer and "the team met Russia's" is no side of Russia.)
    for (const k of keys[j] ?? []) if (k.startsWith("g:")) out.add(k);
  });
  return out;
}

/** The one side a question asks about ("who led the American side"), if it names exactly one. */
export function sideAsked(question: string): string | undefined {
  const sides = sidesNamed(question);
  return sides.size === 1 ? [...sides][0] : undefined;
}

/** The text names sides, and not the asked one. */
export function namesOtherSideOnly(text: string, asked: string): boolean {
  const sides = sidesNamed(text);
  return sides.size > 0 && !sides.has(asked);
}
