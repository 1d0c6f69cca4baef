/**
 * Numbers a chat question writes in words ("three hundred and fourteen prisoners", "ninety billion euros") as the
 * digits stories print ("314 prisoners", "€90bn"). Numbers under ten stay words: stories write those in words too
 * ("two rounds"), and "one" is as often a pronoun ("no one", "which one").
 */
const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };
/** A multiplier after the number: "one billion dollars" is "1 billion", as stories write it. */
const LARGE = /^\s+(million|billion|trillion|bn|mn|m)\b/i;

const WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].join("|")})`;
// A run of number words joined by spaces, hyphens or "and" ("one hundred and fifty-seven"), optionally after "a".
const RUN = new RegExp(`\\b(?:an? (?=hundred|thousand))?${WORD}(?:(?:[ -]|\\s+and\\s+)${WORD})*\\b`, "gi");

/** The value of a run of number words, or undefined when the words do not make one number ("two three"). */
function valueOf(run: string): number | undefined {
  const words = run.toLowerCase().split(/[\s-]+/).filter((w) => w !== "and");
  let total = 0;
  let current = 0;
  let last: "unit" | "ten" | "scale" | undefined;
  for (const w of words) {
    if (w === "a" || w === "an") {
      current = 1;
      last = "unit";
    } else if (UNITS[w] !== undefined) {
      if (last === "unit") return undefined;
      current += UNITS[w]!;
      last = "unit";
    } else if (TENS[w] !== undefined) {
      if (last === "unit" || last === "ten") return undefined;
      current += TENS[w]!;
      last = "ten";
    } else {
      const scale = SCALES[w]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      last = "scale";
    }
  }
  return total + current;
}

/** `text` with each number of ten or more written in words as digits, and any number before "million"/"billion". */
export function numberWordsToDigits(text: string): string {
  return text.replace(RUN, (run: string, at: number) => {
    const value = valueOf(run);
    const large = LARGE.test(text.slice(at + run.length));
    if (value === undefined || (value < 10 && !large)) return run;
    // "4,000": the thousands separator as stories print it (and as the tokenizer splits it: "4" "000").
    return value >= 1000 ? value.toLocaleString("en-US") : String(value);
  });
}
