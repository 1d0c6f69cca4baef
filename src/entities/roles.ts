/**
 * Roles learned from the articles' appositions: "Secretary of State Marco Rubio", "Zelensky's chief of staff
 * Andriy Yermak", "Kirill Dmitriev, head of the Russian Direct Investment Fund,". A question may name a person by
 * such a role ("Russia's investment envoy", "the Kremlin spokesman") and an article by name, or the other way round.
 */
import { STOP_WORDS, stem, tokens, type Token } from "../text/terms.js";
import { aliasHits } from "./keys.js";
import { foldName, nameKey } from "./names.js";

/** Nouns that name a position: a role phrase holds at least one. */
export const ROLE_NOUNS = new Set(
  (
    "president premier prime minister chancellor secretary envoy negotiator spokesman spokeswoman spokesperson aide " +
    "adviser advisor chief head leader general commander ambassador official director chairman chair deputy " +
    "representative emissary mediator diplomat governor mayor prosecutor investigator detective businessman " +
    "son-in-law king ruler premier lawmaker senator speaker analyst expert economist researcher professor"
  )
    .split(" ")
    .map(stem),
);

/**
 * A question's word that names a role: its stem is a role noun's, and it is no other word of that stem
 * ("negotiations", "headed", "aid" for assistance, "research", "the presidency" share stems with roles but hold none).
 */
export function isRoleWord(word: string): boolean {
  return ROLE_NOUNS.has(stem(word)) && !NOT_ROLE_FORM.test(word) && !NOT_ROLE_WORDS.has(word);
}
/** Chat words for a person that stand for a role's noun after its modifier ("Putin's foreign policy guy"). */
export const CHAT_ROLE = /^(?:guy|man|fellow|chap|bloke|dude)$/;

const NOT_ROLE_FORM = /(ions?|ate|ated|ates|ating|ed|ing|ly|ic|ical|cy|ship|orate)$/;
const NOT_ROLE_WORDS = new Set(["aid", "aids", "research", "command", "commands", "senate", "advise", "advises", "represent", "represents", "expertise", "general's"]);

/**
 * Last words that make a capitalised run an institution, a place or an event, not a person: "the General Staff",
 * "the Security Council", "the Direct Investment Fund", "Palm Beach", "the Paris Declaration".
 */
export const NOT_SURNAMES = new Set(
  ("staff office council fund ministry bureau committee service services command forces force agency directorate " +
    "administration department house party union parliament assembly forum court bank commission guard guards army " +
    "navy corps group coalition summit plan points talks region oblast republic federation state states nations " +
    "kingdom declaration beach club hotel palace square street airport station plant media news network post times " +
    "institute university school center centre foundation organisation organization company corporation " +
    "initiative framework treaty accord agreement conference charter policy").split(" "),
);

/** False for a capitalised run that names an institution, place or event ("General Staff", "Palm Beach"). */
export function isPersonName(name: string): boolean {
  const last = (name.trim().split(/\s+/).pop() ?? "").toLowerCase().replace(/['’]s$/, "");
  // ("Board of Peace. The…" read as "Peace The": a surname is never a word like "the".)
  return !NOT_SURNAMES.has(last) && !STOP_WORDS.has(last);
}

/** Abbreviated titles that end with a dot and belong to the name that follows ("Gen. Andrii Hnatov"). */
const TITLES: Record<string, string> = { gen: "general", lt: "lieutenant", col: "colonel", maj: "major", adm: "admiral", mr: "", ms: "", mrs: "", dr: "doctor" };

export interface PersonMention {
  /** Keys that identify the person (name key of the surname, or its stem when too short for one). */
  id: string;
  /** The name as written, e.g. "Kirill Dmitriev". */
  name: string;
  /** Keys of the role words around it. */
  role: string[];
}

/** Lower-case words that qualify a role noun ("special envoy", "top negotiator", "foreign policy aide"). */
export const ROLE_MODIFIERS = new Set(
  ("special top senior deputy first chief lead former acting foreign national security defence defense policy " +
    "investment economic military intelligence presidential prime state interior finance justice army navy staff " +
    "main personal trade energy peace presidential's kremlin white house press communications political").split(" "),
);

/** Small words inside a role ("Ambassador to the U.S.", "Secretary of State", "envoy for investment"). */
const LINKS = new Set(["of", "for", "to", "the"]);

const BOUNDARY = /[,.;:!?()"“”\[\]—–\n]/;

/**
 * The people named with a first and last name in `text`, with the role words of their appositions. `toks` are
 * `tokens(text)` when the caller has them already.
 */
export function personMentions(text: string, toks: Token[] = tokens(text)): PersonMention[] {
  const out: PersonMention[] = [];
  /** The full names this text has used so far, by person id. */
  const fullNames = new Map<string, string>();
  const groupAt = new Map<number, string[]>();
  for (const { index, length, hit } of aliasHits(toks)) for (let i = index; i < index + length; i++) groupAt.set(i, hit.keys);
  let i = 0;
  while (i < toks.length) {
    if (!isCapitalised(toks[i]!) || groupAt.has(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length && isCapitalised(toks[j + 1]!) && !groupAt.has(j + 1) && gap(text, toks[j]!, toks[j + 1]!) === " ") j++;
    // "But Trump", "The Kremlin": a sentence's first word is not part of a name.
    while (i < j && STOP_WORDS.has(toks[i]!.word)) i++;
    // "Umerov, the secretary of the National Security and Defence Council", "Medinsky led the delegation": a surname
    // alone, of someone this text has named in full before, with an apposition or a verb of leading after it.
    const known = j === i ? fullNames.get(personId(toks[i]!.word)) : undefined;
    const appositionOnly = known !== undefined ? [...after(text, toks, j), ...leadsAfter(text, toks, j)] : [];
    if (j > i || appositionOnly.length > 0) {
      const surname = toks[j]!;
      const first = toks[j - 1]!;
      const roleToks = j > i ? [...toks.slice(i, j - 1), ...before(text, toks, i, j), ...after(text, toks, j), ...leadsAfter(text, toks, j)] : appositionOnly;
      const role = new Set<string>();
      for (const t of roleToks) {
        const title = TITLES[t.word];
        if (title !== undefined) {
          if (title) role.add(`s:${stem(title)}`);
          continue;
        }
        if (STOP_WORDS.has(t.word)) continue;
        role.add(`s:${stem(t.word)}`);
        const idx = toks.indexOf(t);
        for (const g of groupAt.get(idx) ?? []) role.add(g);
        if (isCapitalised(t)) {
          const nk = nameKey(t.word);
          if (nk) role.add(`n:${nk}`);
        }
      }
      if (isPersonName(surname.word)) {
        const id = personId(surname.word);
        const name = known ?? `${first.raw} ${surname.raw.replace(/['’]s$/, "")}`;
        if (j > i) fullNames.set(id, name);
        out.push({ id, name, role: [...role] });
      }
    }
    i = j + 1;
  }
  return out;
}

/** The key that stands for a person with this surname. */
export function personId(surname: string): string {
  const k = nameKey(surname);
  return k ? `n:${k}` : `s:${stem(foldName(surname))}`;
}

/** A capitalised word or initials ("JD"). */
function isGivenName(t: Token): boolean {
  return isCapitalised(t) || /^\p{Lu}{1,3}$/u.test(t.raw);
}

function isCapitalised(t: Token): boolean {
  return /^\p{Lu}\p{Ll}/u.test(t.raw);
}

function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start).replace(/\s+/g, " ");
}

/** Up to six words before a name, back to a stop word or punctuation ("Zelensky's chief of staff"). */
function before(text: string, toks: Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  let k = start - 1;
  const title = toks[k];
  if (title && TITLES[title.word] !== undefined && text.slice(title.end, toks[start]!.start).trim() === ".") {
    out.push(title);
    k--;
  }
  // "Ukraine's energy minister, Denys Shmyhal, said": a role ending in a role noun, set off by commas on both sides.
  const next = toks[end + 1];
  // Also "The chief of Ukraine's General Staff, Andriy Hnatov,": the role may end in its institution's name.
  const setOff = title && out.length === 0 && text.slice(title.end, toks[start]!.start).trim() === "," && (ROLE_NOUNS.has(stem(title.word)) || (isCapitalised(title) && !isPersonName(title.raw))) && next !== undefined && text.slice(toks[end]!.end, next.start).trim() === ",";
  if (setOff) {
    out.push(title);
    k--;
  }
  for (; k >= 0 && out.length < 6; k--) {
    const t = toks[k]!;
    if (BOUNDARY.test(text.slice(t.end, toks[k + 1]!.start))) break;
    // "chief of staff and lead negotiator Andriy Yermak": "and" joins two roles, not two people.
    const joinsRoles = t.word === "and" && k > 0 && !/^\p{Lu}/u.test(toks[k - 1]!.raw) && !STOP_WORDS.has(toks[k - 1]!.word);
    if (STOP_WORDS.has(t.word) && !LINKS.has(t.word) && !joinsRoles) break;
    // A role is a noun phrase: lower-case words other than role nouns and their usual modifiers end it
    // ("to meet British Prime Minister Keir Starmer" keeps "British Prime Minister", not "meet").
    if (!/^\p{Lu}/u.test(t.raw) && !LINKS.has(t.word) && t.word !== "and" && !ROLE_NOUNS.has(stem(t.word)) && !ROLE_MODIFIERS.has(t.word)) break;
    out.push(t);
  }
  return setOff && !out.some((t) => ROLE_NOUNS.has(stem(t.word))) ? [] : out;
}

/** Verbs of leading: "X, who led the Russian delegation", "X heads Ukraine's team" give X the role "head of …". */
const LEADS = /^(?:led|leads|headed|heads|chaired|chairs)$/;

/**
 * "Medinsky led the Russian delegation", "Vladimir Medinsky, aide to the president, who led the delegation": the
 * team he leads, as the role words of its head (a token "head" standing for the verb), or nothing.
 */
function leadsAfter(text: string, toks: Token[], end: number): Token[] {
  let k = end + 1;
  const comma = toks[k] !== undefined && text.slice(toks[end]!.end, toks[k]!.start).trim() === ",";
  if (toks[k]?.word === "who") k++;
  else if (comma) {
    // Past one apposition: ", aide to the Russian president, who led …".
    while (toks[k + 1] && !BOUNDARY.test(text.slice(toks[k]!.end, toks[k + 1]!.start)) && k - end < 12) k++;
    k++;
    if (toks[k]?.word !== "who" || text.slice(toks[k - 1]!.end, toks[k]!.start).trim() !== ",") return [];
    k++;
  }
  const verb = toks[k];
  if (!verb || !LEADS.test(verb.word) || !/^\s+$/.test(text.slice(toks[k - 1]!.end, verb.start))) return [];
  const out: Token[] = [{ ...verb, word: "head", raw: "head" }];
  for (let m = k + 1; m < toks.length && out.length < 6; m++) {
    const t = toks[m]!;
    if (BOUNDARY.test(text.slice(toks[m - 1]!.end, t.start))) break;
    if (STOP_WORDS.has(t.word) && !LINKS.has(t.word)) break;
    out.push(t);
  }
  return out.length > 1 ? out : [];
}

/** The apposition after a name: ", head of the Russian Direct Investment Fund," (up to twelve words). */
function after(text: string, toks: Token[], end: number): Token[] {
  const next = toks[end + 1];
  if (!next || text.slice(toks[end]!.end, next.start).trim() !== ",") return [];
  const out: Token[] = [];
  for (let k = end + 1; k < toks.length && out.length < 12; k++) {
    out.push(toks[k]!);
    const following = toks[k + 1];
    if (!following || BOUNDARY.test(text.slice(toks[k]!.end, following.start))) break;
  }
  // "Kyslytsya, Ambassador … Olha Stefanishyna, …" is a list of people, not an apposition.
  // A name at its end (not "the … Fund") or a title starting the next name ("…, military chief of staff Gen.").
  if (endsWithPerson(text, out)) return [];
  // "…, first deputy foreign minister Sergiy Kyslytsya and Umerov's deputy": another person's role and name inside.
  if (out.some((t, k) => ROLE_NOUNS.has(stem(t.word)) && namesPerson(text, out, k + 1))) return [];
  // An apposition names a position; ", Witkoff and Kushner." does not.
  if (!out.some((t) => ROLE_NOUNS.has(stem(t.word)))) return [];
  // "…, said on Tuesday", "…, it included the first deputy foreign minister" are not appositions.
  return out[0] && /^(said|says|told|added|which|and|but|it|he|she|they|we|i|this|that|there)$/.test(out[0].word) ? [] : out;
}

/**
 * A first and last name starting at `clause[k]`: two capitalised words, the second no institution's ("Fund") and
 * no possessive ("President Volodymyr Zelensky's chief of staff" is a role, not a second person).
 */
function namesPerson(text: string, clause: Token[], k: number): boolean {
  const [a, b] = [clause[k], clause[k + 1]];
  if (a === undefined || b === undefined || !isGivenName(a) || !isCapitalised(b) || gap(text, a, b) !== " ") return false;
  return isPersonName(b.raw) && !STOP_WORDS.has(a.word) && !/['’]s$/.test(b.raw);
}

function endsWithPerson(text: string, clause: Token[]): boolean {
  const last = clause[clause.length - 1];
  if (!last) return false;
  if (TITLES[last.word] !== undefined && text.slice(last.end, last.end + 1) === ".") return true;
  let k = clause.length - 1;
  // A given name may be initials ("JD Vance").
  while (k > 0 && isCapitalised(clause[k]!) && isGivenName(clause[k - 1]!) && gap(text, clause[k - 1]!, clause[k]!) === " ") k--;
  if (k === clause.length - 1) return false;
  // "…, the secretary of Ukraine's National Security and Defence Council": an institution, not a person.
  if (!isPersonName(clause[clause.length - 1]!.raw)) return false;
  return clause[k - 1]?.word !== "the";
}
