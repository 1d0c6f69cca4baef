/**
 * What may be shown of a chat model's own words (an answer's lead-in, a timeline summary). The model reads article
 * text that anyone could have written, so its prose is untrusted:
 * - mentions (`@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>`, `</command:id>`) and links (markdown links keep
 *   their words, bare URLs go) are removed wherever the text is shown: Discord, the terminal, `--json`;
 * - it is kept only when every name, number and date in it also occurs in the quotes it stands beside.
 */
import { STOP_WORDS, tokens } from "./terms.js";

const MENTION = /<(?:@[!&]?\d+|#\d+|\/[\w -]{1,64}:\d+)>|@(?:everyone|here)\b/gi;
const MARKDOWN_LINK = /\[([^\]\n]{0,300})\]\(\s*<?[^)\s>]*>?(?:\s+"[^"\n]*")?\s*\)/g;
const BARE_URL = /<?\b(?:https?:\/\/|www\.)[^\s<>]+>?/gi;

/** `text` without mentions and links, whitespace tidied. */
export function stripMentionsAndLinks(text: string): string {
  return text
    .replace(MARKDOWN_LINK, "$1")
    .replace(BARE_URL, " ")
    .replace(MENTION, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/ +([.,;:!?])/g, "$1")
    .trim();
}

/** Number words: "five hours" is a claim about a number as much as "5 hours" is. */
const NUMBER_WORDS: Record<string, string> = {
  zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10",
  eleven: "11", twelve: "12", thirteen: "13", fourteen: "14", fifteen: "15", sixteen: "16", seventeen: "17",
  eighteen: "18", nineteen: "19", twenty: "20", thirty: "30", forty: "40", fifty: "50", sixty: "60", seventy: "70",
  eighty: "80", ninety: "90", hundred: "100", thousand: "1000", million: "1000000", billion: "1000000000",
  dozen: "12", dozens: "12", hundreds: "100", thousands: "1000", millions: "1000000",
};

/**
 * The names (capitalised words: people, places, outlets, weekdays, months), numbers and number words of `prose`
 * that do not occur in `evidence`. Empty means the prose names nothing its evidence does not. A capitalised stop
 * word opening a sentence ("The talks…") is not a name.
 */
export function unsupportedTerms(prose: string, evidence: readonly string[]): string[] {
  const known = new Set<string>();
  for (const t of tokens(evidence.join("\n"))) {
    known.add(t.word);
    if (Object.hasOwn(NUMBER_WORDS, t.word)) known.add(NUMBER_WORDS[t.word]!);
  }
  const missing: string[] = [];
  // Citation markers ("[1]", "[1, 3]") are not numbers the prose claims.
  for (const t of tokens(prose.replace(/\[\d+(?:\s*,\s*\d+)*\]/g, (m) => " ".repeat(m.length)))) {
    const name = /^\p{Lu}/u.test(t.raw);
    const number = /\d/.test(t.raw) || Object.hasOwn(NUMBER_WORDS, t.word);
    if (!name && !number) continue;
    if (known.has(t.word) || (Object.hasOwn(NUMBER_WORDS, t.word) && known.has(NUMBER_WORDS[t.word]!))) continue;
    if (name && !number && STOP_WORDS.has(t.word) && opensSentence(prose, t.start)) continue;
    missing.push(t.raw);
  }
  return missing;
}

/** True when `prose` names nothing (name, number, date) that `evidence` does not. */
export function supportedBy(prose: string, evidence: readonly string[]): boolean {
  return unsupportedTerms(prose, evidence).length === 0;
}

function opensSentence(text: string, at: number): boolean {
  return /(?:^|[.!?:]["”’)\]]?\s+|\n)["“‘(\[]?$/u.test(text.slice(Math.max(0, at - 8), at)) || at === 0;
}
