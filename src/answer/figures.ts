/**
 * The figures a sentence states: a number with what it counts ("five hours", "91 drones", "€90bn", "95 per cent"),
 * so two outlets' sentences about one event can be compared figure by figure (src/answer/corroborate.ts). Dates,
 * years and clock times are not figures here (days are compared as days), nor are numbers without a unit word.
 */
import { STOP_WORDS, stem } from "../text/terms.js";

export interface Figure {
  /** The value, multipliers applied ("€90bn" → 90e9, "five" → 5). */
  value: number;
  /** What is counted: "%", a currency ("€"), or the stem of the noun after the number ("hour", "drone"). */
  unit: string;
  /** The words as written, with a qualifier before them ("more than five hours"): shown when reports differ. */
  phrase: string;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9, trillion: 1e12 };

const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/** Words before a number that say how exact it is; kept in the phrase so "more than five" is not shown as "five". */
const QUALIFIER = /(?:\b(?:about|around|roughly|nearly|almost|some|approximately|over|under|at least|at most|more than|less than|fewer than|up to|just over|just under)\s+)$/i;

const NUMBER = new RegExp(
  String.raw`(?<cur>[€$£]\s?)?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:${Object.keys(WORD_NUMBERS).join("|")})\b)` +
    String.raw`(?<mult>\s?(?:bn|billion|million|m|k|thousand|trillion)\b)?(?<pct>\s?(?:%|per\s?cent\b|percent\b))?`,
  "gi",
);

/** The figures of `text`, in order. */
export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 40);
    // Clock times (20:05), dates ("Dec. 2", "14-15 December", "2025"), versions and ids are not figures.
    if (/[:/]$/.test(before) || /^[:/]\d/.test(after)) continue;
    if (/\d[-–]$/.test(before)) continue;
    const prevWord = /([A-Za-z]+\.?)\s*$/.exec(before)?.[1] ?? "";
    const nextWord = /^[\s-–]*([A-Za-z]+)/.exec(after)?.[1] ?? "";
    if (MONTHS.test(prevWord) || MONTHS.test(nextWord)) continue;
    const raw = g.n!.toLowerCase();
    let value = WORD_NUMBERS[raw] ?? Number(raw.replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    if (!g.cur && !g.pct && !g.mult && /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) continue;
    const mult = g.mult?.trim().toLowerCase();
    if (mult) value *= MULTIPLIERS[mult] ?? 1;
    let unit: string | undefined;
    let unitEnd = end;
    if (g.pct) unit = "%";
    else if (g.cur) unit = g.cur.trim();
    else {
      // "five hours", "28-point", "91 long-range drones": the noun after the number (past one modifier).
      const w = /^(?:[\s-]+)([A-Za-z][A-Za-z-]*)(?:\s+([a-z]+))?/.exec(after);
      if (w) {
        let word = w[1]!.toLowerCase();
        let length = w[0].length - (w[2] ? w[2].length + 1 : 0);
        if (word.includes("-") && w[2] && !STOP_WORDS.has(w[2])) {
          word = w[2];
          length = w[0].length;
        }
        if (!STOP_WORDS.has(word) && !WORD_NUMBERS[word] && !MONTHS.test(word)) {
          unit = stem(word.replace(/-.*$/, ""));
          unitEnd = end + length;
        }
      }
    }
    if (!unit) continue;
    const qualifier = QUALIFIER.exec(before)?.[0] ?? "";
    out.push({ value, unit, phrase: text.slice(start - qualifier.length, unitEnd).trim() });
  }
  return out;
}
