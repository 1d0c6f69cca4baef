/**
 * Words that mean the same in news about talks and war, where word vectors fall short ("spy" ~ "intelligence" is
 * only 0.5 in them, "cap" ~ "limit" 0.5). One group a line; maintainers extend it as the news brings new wording.
 * Matching is by stem, so one form of each word is enough.
 */
import { stem } from "./terms.js";

const GROUPS = [
  "spy intelligence espionage",
  "limit cap ceiling",
  "proposal offer plan initiative blueprint framework draft",
  "unveil present publish release announce",
  "lead head chair run",
  "agree consensus accord deal agreement accept",
  "resign quit resignation",
  "talks negotiations meeting session round",
  "troops forces army soldiers military",
  "money funds funding financing cash assets",
  "seize seized frozen freeze immobilised immobilized confiscate confiscated",
  "attack strike assault bombing bombard shelling",
  "ceasefire truce",
  "territory land",
  "guarantee guarantees assurances protection",
  "sanction sanctions penalties",
  "election elections vote ballot",
  "referendum plebiscite",
  "withdraw withdrawal pullout retreat",
  "kill killed died dead deaths fatalities",
  "injure injured injuries wound wounded hurt",
  "envoy emissary representative",
  "kickback kickbacks bribe bribes",
  "search raid searched raided",
  "write wrote written draft drafted drew drawn author authored",
  "obstacle obstacles hurdle hurdles block blocking sticking stumbling unresolved impasse disagreement disagreements",
  "react reaction respond response",
  "swap exchange",
  "stop halt pause suspend suspension moratorium refrain",
  "travel go went fly flew visit trip journey accompany accompanied",
  "power energy electricity grid",
  "job post position",
  "contacts links channel dialogue communication communications",
];

const BY_STEM: Map<string, number> = (() => {
  const out = new Map<string, number>();
  GROUPS.forEach((line, i) => {
    for (const w of line.split(" ")) out.set(stem(w), i);
  });
  return out;
})();

/** Stem → the other stems of its group, computed once: the ranking asks for every word of every candidate. */
const OTHERS: Map<string, string[]> = new Map(
  [...BY_STEM].map(([s, g]) => [s, [...BY_STEM].filter(([k, v]) => v === g && k !== s).map(([k]) => k)]),
);

/** True when two stems are in one synonym group. */
export function synonymous(a: string, b: string): boolean {
  const g = BY_STEM.get(a);
  return g !== undefined && g === BY_STEM.get(b);
}

/** The other stems of `s`'s group (empty when it has none). */
export function synonymsOf(s: string): readonly string[] {
  return OTHERS.get(s) ?? NONE;
}

const NONE: readonly string[] = [];
