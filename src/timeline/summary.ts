/**
 * The offline one-line summary of an event: the clause of the quote that carries the date, cut from the quote
 * itself. Words are only ever removed (a section label, the clauses around, an aside, a tail past the length limit),
 * never added or changed, so a summary cannot say what its article does not. One exception, marked as editors
 * mark it: a leading "he"/"she" is replaced by "[Name]" when the same sentence names its one candidate.
 */

/** A section label in front of the sentence, as Axios writes them: "Between the lines: ", "What to watch: ". */
const LABEL = /^[A-Z][^:"“”.]{0,40}:\s+/;
/** Where one clause ends and the next begins. */
const CLAUSE_BREAK = /;\s+|\s+[—–]\s+|,\s+(?=(?:but|while|although|though|whereas|yet)\s)/g;
const LEADING_CONJUNCTION = /^(?:but|and|while|although|though|whereas|yet|so)\s+/i;
/** Tails that add a source or a gloss rather than the event. */
const TAIL = /,\s+(?:saying|adding|according to|per|citing)\b/gi;
/** `"…," Rubio said` — a quotation, its closing mark, and the attribution after it. */
const QUOTATION = /^(["“])([^"“”]+?)([,.?!]?["”])\s+([^"“”]+)$/;
/** `Name, long seen as …, texted`: an aside between commas, dropped when the line is too long. */
const ASIDE = /^([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*)*),\s+[a-z][^,"“”]{3,90},\s+(?=[a-z])/u;
const NAME_RUN = /\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*\b/gu;
const VERB_AFTER_NAME = /^\s+(?:was|is|has|had|said|says|told|will|would|could|can|did|[a-z]+ed)\b/;

/** Text and the offsets of the date expression in it, as it is cut down. */
interface Cut {
  text: string;
  at: number;
  to: number;
}

/**
 * The clause of `sentence` that holds `sentence.slice(at, to)` (the date expression), at most `maxLength`
 * characters. Without an expression (an article's lead), the sentence's first clause.
 */
export function eventClause(sentence: string, at: number | undefined, to: number | undefined, maxLength: number): string {
  const cut = withoutLabel({ text: sentence, at: at ?? 0, to: to ?? 0 }, at === undefined);
  const q = QUOTATION.exec(cut.text);
  if (q) return finish(quotation(q, cut.at), maxLength);
  const clause = clauseOf(cut);
  return finish(shorten(withName(withoutAside(clause, maxLength), clause.before), maxLength), maxLength);
}

function withoutLabel(c: Cut, noDate: boolean): Cut {
  const label = LABEL.exec(c.text);
  if (!label || label[0].trim().split(/\s+/).length > 6 || (c.at < label[0].length && !noDate)) return c;
  return noDate ? { text: c.text.slice(label[0].length), at: 0, to: 0 } : shift(c, label[0].length);
}

/** Drops `n` characters from the front. */
function shift(c: Cut, n: number, keepTo = c.text.length): Cut {
  return { text: c.text.slice(n, keepTo), at: c.at - n, to: c.to - n };
}

/** The clause around the date, without a leading conjunction or a trailing "…, saying"; `before` is what precedes it. */
function clauseOf(c: Cut): Cut & { before: string } {
  let start = 0;
  let end = c.text.length;
  for (const m of c.text.matchAll(CLAUSE_BREAK)) {
    if (m.index! >= c.to) {
      end = m.index!;
      break;
    }
    start = m.index! + m[0].length;
    if (start > c.at) return { ...c, before: "" };
  }
  let out = shift(c, start, end);
  const lead = LEADING_CONJUNCTION.exec(out.text);
  if (lead && out.at >= lead[0].length) out = shift(out, lead[0].length);
  const tail = [...out.text.matchAll(TAIL)].find((m) => m.index! >= out.to);
  return { ...out, text: tail ? out.text.slice(0, tail.index) : out.text, before: c.text.slice(0, start) };
}

/**
 * `"We had a very productive session. We don't…," Rubio said.` The clause of the quotation that holds the date,
 * or (when the date is in the attribution) its first sentence, with the attribution.
 */
function quotation(q: RegExpExecArray, at: number): string {
  const [, open, inner, close, attribution] = q as unknown as [string, string, string, string, string];
  const innerAt = at - open.length;
  let kept: string;
  if (innerAt >= 0 && innerAt < inner.length) {
    kept = clauseOf({ text: inner, at: innerAt, to: innerAt }).text;
  } else {
    kept = /^.*?[.?!](?=\s)/.exec(inner)?.[0] ?? inner;
  }
  const elided = kept.trim().length < inner.trim().length;
  return `${open}${elided ? `${kept.trim().replace(/\.$/, "")} …` : kept.trim()}${close} ${attribution}`;
}

function withoutAside(c: Cut, maxLength: number): Cut {
  if (c.text.length <= maxLength) return c;
  const m = ASIDE.exec(c.text);
  if (!m || m[0].length > c.at) return c;
  return { text: `${m[1]} ${c.text.slice(m[0].length)}`, at: c.at - m[0].length + m[1]!.length + 1, to: c.to - m[0].length + m[1]!.length + 1 };
}

/** "he resigned on Friday" → "[Andriy Yermak] resigned on Friday" when `before` names exactly one subject. */
function withName(c: Cut, before: string): Cut {
  const pronoun = /^(?:he|she)\b/i.exec(c.text);
  if (!pronoun) return c;
  const subjects = [...before.matchAll(NAME_RUN)].filter(
    (m) => !/['’]s$/.test(m[0]) && m.index! > 0 && VERB_AFTER_NAME.test(before.slice(m.index! + m[0].length)),
  );
  if (subjects.length !== 1) return c;
  const name = `[${subjects[0]![0]}]`;
  const d = name.length - pronoun[0].length;
  return { text: name + c.text.slice(pronoun[0].length), at: c.at + d, to: c.to + d };
}

/** Cut at the last comma that keeps the date in, else at a word. */
function shorten(c: Cut, maxLength: number): string {
  if (c.text.length <= maxLength) return c.text;
  const head = c.text.slice(0, maxLength);
  const comma = head.lastIndexOf(", ");
  if (comma >= c.to && comma > maxLength / 3) return head.slice(0, comma);
  const space = head.lastIndexOf(" ", maxLength - 2);
  return `${head.slice(0, space > 0 ? space : maxLength - 2)} …`;
}

function finish(text: string, maxLength: number): string {
  let out = text.trim().replace(/[\s,;:]+$/, "");
  if (out.length > maxLength) out = shorten({ text: out, at: 0, to: 0 }, maxLength);
  out = out.replace(/(?<!\.\.)\.$/, "");
  return out.charAt(0).toUpperCase() + out.slice(1);
}
