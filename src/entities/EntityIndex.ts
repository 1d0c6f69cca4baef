/**
 * What the corpus knows about names, built at index time and saved with the index (`entities.json`):
 * - the capitalised words of the articles by name key, so a question's "zelenskyy" (even in lower case) is known
 *   as a name and can be searched in every spelling the articles use;
 * - people with the roles their appositions give them, so "Russia's investment envoy" resolves to Dmitriev.
 * The answer ranking and the timeline ask this index; they do not grow rules of their own.
 */
import { stem, tokens, type Token } from "../text/terms.js";
import type { Article } from "../types.js";
import { nameKey, nameKeys, sameName } from "./names.js";
import { CHAT_ROLE, isPersonName, isRoleWord, personMentions, ROLE_MODIFIERS } from "./roles.js";

export const ENTITY_INDEX_VERSION = 1;
/**
 * The rules that count a word as written capitalised (see build): a change to them changes what the index learns, so
 * it is part of the tables' fingerprint (see tablesFingerprint.ts) and a re-index rebuilds all.
 */
export const NAME_COUNT_RULES_VERSION = 3;
/** What stands between a sentence's or line's start and its first word: punctuation, then Markdown's marks. */
const LINE_OPENING = /[.!?:\n"“][\s*_#>|•–—-]*$/;

/** Words shorter than this are not corrected: too many common words are one letter apart ("said" / "sand"). */
const MIN_TYPO = 7;
const MAX_TYPO = 16;

interface Person {
  id: string;
  /** The most frequent full name, e.g. "Kirill Dmitriev". */
  name: string;
  mentions: number;
  /** Role keys with how often the articles give them. */
  role: Map<string, number>;
}

export interface EntityIndexJson {
  version: number;
  /** [word, times capitalised mid-text, times lower-case]. */
  words: [string, number, number][];
  people: { id: string; name: string; mentions: number; role: [string, number][] }[];
}

export interface ResolvedRole {
  person: string;
  name: string;
  /** Indexes of the question terms the role accounts for. */
  terms: number[];
  /** No one else of the corpus holds the role at all (Grynkewich the American general; not a run of negotiators). */
  sole: boolean;
}

/** Role words that make the holder someone other than the role's holder ("deputy foreign minister"). */
const SUBORDINATE = ["deputy", "vice"].map((w) => `s:${stem(w)}`);

export class EntityIndex {
  private readonly byKey = new Map<string, string[]>();
  /** Capitalised words too short for a name key, by initial and length. */
  private readonly short = new Map<string, string[]>();
  /** Capitalised words by each of their one-letter-shorter forms (first letter kept); made on first use. */
  private oneOut: Map<string, string[]> | undefined;
  /** Lower-case words by each of their one-letter-shorter forms (misspeltWord); made on first use. */
  private typos: Map<string, string[]> | undefined;

  private constructor(
    private readonly words: Map<string, [number, number]>,
    private readonly people: Map<string, Person>,
  ) {
    // Indexes saved before institutions were told from people ("General Staff" held "foreign minister").
    for (const [id, p] of people) if (!isPersonName(p.name)) people.delete(id);
    for (const [w, [cap]] of words) {
      if (cap === 0) continue;
      if (!nameKey(w)) {
        const bucket = `${w[0]}${w.length}`;
        this.short.set(bucket, [...(this.short.get(bucket) ?? []), w]);
        continue;
      }
      // Under the key of each convention's form too (Selenskyj under Zelensky's), so either spelling finds the other.
      for (const k of nameKeys(w)) {
        const list = this.byKey.get(k) ?? [];
        list.push(w);
        this.byKey.set(k, list);
      }
    }
  }

  /** `bodyTokens[i]`, when given, are `tokens(articles[i].body)` (a build has them already). */
  static build(articles: Pick<Article, "title" | "body">[], bodyTokens?: Token[][]): EntityIndex {
    const words = new Map<string, [number, number]>();
    const people = new Map<string, Person>();
    const names = new Map<string, Map<string, number>>();
    // "UKRAINE'S most powerful unelected official has QUIT.": a tabloid's capitals for stress, once, are no name's; an
    // acronym ("NABU", "HUR") comes back. Capitals of a whole word count once the corpus writes them twice.
    const shouted = new Map<string, number>();
    articles.forEach((a, n) => {
      for (const text of [a.title, a.body]) {
        const toks = (text === a.body ? bodyTokens?.[n] : undefined) ?? tokens(text);
        const headline = titleCaseLines(text);
        toks.forEach((t, i) => {
          if (!/^\p{L}/u.test(t.word)) return;
          const entry = words.get(t.word) ?? [0, 0];
          // "The Real-Estate Men Running America's Ukraine Diplomacy": a headline in title case capitalises every word.
          if (headline.some(([from, to]) => t.start >= from && t.start < to)) return;
          if (/^\p{Lu}/u.test(t.raw)) {
            // A capital after the start of a line or sentence is a name's; the first word of a sentence proves nothing.
            // (Nor the first of a line behind Markdown's marks: "**Contacts in Abu Dhabi**", "## Background".)
            const initial = i === 0 || LINE_OPENING.test(text.slice(Math.max(0, toks[i - 1]!.end), t.start) || ".");
            const shout = t.raw.length >= 4 && !/\p{Ll}/u.test(t.raw);
            if (!initial && shout) shouted.set(t.word, (shouted.get(t.word) ?? 0) + 1);
            else if (!initial) entry[0]++;
          } else entry[1]++;
          words.set(t.word, entry);
        });
        for (const m of personMentions(text, toks)) {
          const p = people.get(m.id) ?? { id: m.id, name: m.name, mentions: 0, role: new Map() };
          p.mentions++;
          for (const r of m.role) p.role.set(r, (p.role.get(r) ?? 0) + 1);
          people.set(m.id, p);
          const counts = names.get(m.id) ?? new Map<string, number>();
          counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
          names.set(m.id, counts);
        }
      }
    });
    for (const [word, n] of shouted) if (n >= 2) words.get(word)![0] += n;
    for (const [id, counts] of names) people.get(id)!.name = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    return new EntityIndex(words, people);
  }

  static fromJSON(json: EntityIndexJson): EntityIndex {
    if (json.version !== ENTITY_INDEX_VERSION) throw new Error(`entities: version ${json.version}, expected ${ENTITY_INDEX_VERSION}`);
    return new EntityIndex(
      new Map(json.words.map(([w, c, l]) => [w, [c, l]])),
      new Map(json.people.map((p) => [p.id, { ...p, role: new Map(p.role) }])),
    );
  }

  toJSON(): EntityIndexJson {
    return {
      version: ENTITY_INDEX_VERSION,
      words: [...this.words].map(([w, [c, l]]) => [w, c, l]),
      people: [...this.people.values()].map((p) => ({ id: p.id, name: p.name, mentions: p.mentions, role: [...p.role] })),
    };
  }

  /** True when the corpus writes this (lower-cased) word at all. */
  writes(word: string): boolean {
    return this.words.has(word);
  }

  /** True when the corpus writes this word as a name (capitalised inside sentences, rarely in lower case). */
  isName(word: string): boolean {
    const [cap, lower] = this.words.get(word) ?? [0, 0];
    if (cap > 0 && cap >= 3 * lower) return true;
    // A spelling the corpus does not use, of a name it does ("zelenskyy" when the articles write Zelensky).
    return cap === 0 && lower === 0 && this.spellings(word).length > 0;
  }

  /** The corpus's spellings of the name `word` (itself included when the corpus uses it). */
  spellings(word: string): string[] {
    // Too short for a key ("Kier"): only a swap of neighbours can match, among names of the same length and initial.
    const list = nameKey(word)
      ? nameKeys(word).flatMap((k) => this.byKey.get(k) ?? [])
      : this.words.has(word)
        ? []
        : (this.short.get(`${word[0]}${word.length}`) ?? []);
    const out = list.filter((w) => sameName(w, word));
    if (this.words.get(word)?.[0]) out.push(word);
    return [...new Set(out)];
  }

  /**
   * Names one letter away from a word the corpus never uses: "dabi" (left out) or "dhabbi" (one too many) for
   * Dhabi; with `replaced`, also one letter changed or two swapped ("ushakof", "kier"). Loose — "hurt" is one letter
   * from some name too — so the question asks it only of a word next to a name, or of a long one.
   */
  looseSpellings(word: string, replaced = false): string[] {
    if (this.words.has(word) || word.length < 4 || word.length > 9) return [];
    const oneOut = this.oneOutTable();
    const out = [...(oneOut.get(word) ?? [])];
    for (const v of deletions(word)) {
      if (this.words.get(v)?.[0]) out.push(v);
      // The same letter left out of both: one letter changed ("ushakof"/"ushakov") or two swapped ("kier"/"keir").
      if (replaced) out.push(...(oneOut.get(v) ?? []));
    }
    // Ukrainian and Russian transliterations of one name: "Sibiga" is "Sybiha" (i/y, g/h), a short name whose
    // skeleton is too short for a name key.
    for (const v of transliterations(word)) if (v !== word && this.words.get(v)?.[0]) out.push(v);
    return [...new Set(out)];
  }

  /**
   * Builds now the tables looseSpellings and misspeltWord build when a question first needs them (~60 ms and
   * ~80 ms on the speeches): a long-running process's warm-up, so that no question pays for them.
   */
  prepareLooseSpellings(): void {
    this.oneOutTable();
    this.typoTable();
  }

  /**
   * The corpus's word a long lower-case word it never writes is a typo of ("trilaterl" → "trilateral"): one letter
   * left out, one too many, one changed or two swapped — only when exactly one word of the corpus is that close.
   */
  misspeltWord(word: string): string | undefined {
    if (word.length < MIN_TYPO || word.length > MAX_TYPO || this.words.has(word) || !/^\p{Ll}+$/u.test(word)) return undefined;
    const table = this.typoTable();
    const found = new Set<string>(table.get(word) ?? []);
    for (const v of deletions(word)) {
      if (this.words.get(v)?.[1]) found.add(v);
      for (const w of table.get(v) ?? []) found.add(w);
    }
    found.delete(word);
    // Typos keep the word's start ("trilaterl", "residance"); a different start is another word ("deployed").
    for (const w of found) if (w.slice(0, 2) !== word.slice(0, 2)) found.delete(w);
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** Each lower-case word of typo length with one letter left out → the words it comes from; built on first use. */
  private typoTable(): Map<string, string[]> {
    this.typos ??= deletionIndex(this.words, (w, [, lower]) => lower > 0 && w.length >= MIN_TYPO - 1 && w.length <= MAX_TYPO + 1);
    return this.typos;
  }

  /** Each name with one letter left out → the names it comes from. Built on first use, not at every load. */
  private oneOutTable(): Map<string, string[]> {
    this.oneOut ??= deletionIndex(this.words, (w, [cap]) => cap > 0 && w.length >= 4 && w.length <= 9);
    return this.oneOut;
  }

  /**
   * The person a role phrase of the question names: the one whose appositions account for the most of the
   * question's words, among them a role noun ("investment envoy", "Kremlin spokesman"). Undefined when no
   * person's role accounts for two words, or two people tie.
   */
  resolveRole(terms: { keys: string[]; word: string; adjacentToNext?: boolean }[], country?: string[], loose: { keys: string[] }[] = [], exclude: ReadonlySet<string> = NO_ONE): ResolvedRole | undefined {
    // Asked of every person of the corpus (thousands on the speeches), so what does not depend on the person is
    // worked out once here, and the loop allocates nothing until a person qualifies.
    // ("Putin's foreign policy guy": a chat word for a person is a role noun, met by any — see CHAT_ROLE.)
    const roleNouns = terms.map((t) => isRoleWord(t.word) || CHAT_ROLE.test(t.word));
    // A role needs a role noun and a second word: without them no one qualifies.
    if (terms.length < 2 || !roleNouns.includes(true)) return undefined;
    let best: { p: Person; score: number } | undefined;
    let tie = false;
    let holders = 0;
    // "foreign minister", "energy minister": a modifier right before the role noun says which minister, so whoever
    // holds the role must hold it with that word ("former defence minister" is no foreign minister).
    const qualifying = terms.filter((t, i) => ROLE_MODIFIERS.has(t.word) && t.adjacentToNext && roleNouns[i + 1] === true);
    const groups = country?.filter((k) => k.startsWith("g:")) ?? [];
    // A deputy foreign minister is not the foreign minister, unless a deputy is asked.
    const barred = SUBORDINATE.filter((k) => !terms.some((t) => t.keys.includes(k)));
    // "Ukraine's chief negotiator": the role's head noun is the last role word; whoever holds the role holds it
    // ("chief of the General Staff" is no chief negotiator).
    const head = roleNouns.lastIndexOf(true);
    for (const p of this.people.values()) {
      if (exclude.has(p.id)) continue;
      if (country && this.otherCountry(p, groups)) continue;
      if (qualifying.length > 0 && qualifying.some((t) => !holdsAny(p.role, t.keys))) continue;
      if (barred.length > 0 && barred.some((k) => p.role.has(k))) continue;
      let hits = 0;
      let roleNoun = false;
      for (let i = 0; i < terms.length; i++) {
        if (!holdsAny(p.role, terms[i]!.keys)) continue;
        hits++;
        if (roleNouns[i]) roleNoun = true;
      }
      if (!roleNoun || hits < 2 || !holdsAny(p.role, terms[head]!.keys)) continue;
      // A role the articles give a person again and again ("chief of the General Staff Hnatov", five times) before one
      // met once in passing ("Budanov, a lieutenant general and military intelligence chief").
      // (Again and again for him: "state", twice beside the 11 times Umerov is "secretary" of the security council —
      // from sentences that also name the Secretary of State — is no part of his title.)
      const strongest = strongestRole(p.role);
      let attested = 0;
      for (const t of terms) {
        // (Of the role's own words: "Russian" or "Ukraine" said of someone often is no role.)
        if (!t.keys.some((k) => k.startsWith("g:")) && t.keys.some((k) => { const n = p.role.get(k) ?? 0; return n >= 2 && n >= ATTESTED_SHARE * strongest; })) attested++;
      }
      holders++;
      // The one the articles give the asked country's role to comes before one of no stated country.
      const ofCountry = country?.some((k) => k.startsWith("g:") && p.role.has(k)) ? 1 : 0;
      // Words of the question too loose to name a role alone ("delegation") still tell two holders apart.
      let looseHits = 0;
      for (const t of loose) if (holdsAny(p.role, t.keys)) looseHits++;
      const score = hits + ofCountry + 0.25 * attested + 0.5 * looseHits + Math.min(0.5, p.mentions / 100);
      if (!best || score > best.score + 1e-9) {
        best = { p, score };
        tie = false;
      } else if (Math.abs(score - best.score) < 1e-9) tie = true;
    }
    if (!best || tie) return undefined;
    const role = best.p.role;
    const hit: number[] = [];
    terms.forEach((t, i) => {
      if (holdsAny(role, t.keys)) hit.push(i);
    });
    return { person: best.p.id, name: best.p.name, terms: hit, sole: holders === 1 };
  }

  /**
   * The people the articles most often give this country's role ("Ukrainian Foreign Minister Andrii Sybiha",
   * "Ukraine's president Zelensky"): those who speak for it when a question asks "what did Kyiv say". And, of no
   * country of their own, the men of one of those ("Putin's foreign-policy aide Yuri Ushakov" speaks for the Kremlin).
   */
  membersOf(groups: string[]): string[] {
    const wanted = groups.filter((k) => k.startsWith("g:"));
    if (wanted.length === 0) return [];
    const ofCountry = (p: Person) => {
      const own = Math.max(...wanted.map((k) => p.role.get(k) ?? 0));
      const other = Math.max(0, ...[...p.role].filter(([k]) => k.startsWith("g:") && !wanted.includes(k)).map(([, n]) => n));
      return own > 0 && own > other;
    };
    const out: string[] = [];
    for (const p of this.people.values()) {
      if (ofCountry(p)) out.push(p.id);
      else if (!hasCountry(p.role) && [...p.role.keys()].some((k) => k !== p.id && this.people.has(k) && ofCountry(this.people.get(k)!))) out.push(p.id);
    }
    return out;
  }

  /**
   * True when the articles give this person another country's role ("Russian Foreign Minister Sergei Lavrov") and
   * never this one's: "Ukraine's foreign minister" is not Lavrov, but may be "Foreign Minister Andrii Sybiha".
   */
  private otherCountry(p: Person, groups: string[]): boolean {
    if (groups.length === 0 || groups.some((k) => p.role.has(k))) return false;
    if (hasCountry(p.role)) return true;
    // Of no country of his own, the one whose man he is ("Zelensky's chief of staff Andriy Yermak" is Ukraine's chief
    // negotiator, not Russia's), when that one is of a country and not the one asked.
    for (const k of p.role.keys()) {
      const boss = k !== p.id ? this.people.get(k) : undefined;
      if (boss && !groups.some((g) => boss.role.has(g)) && hasCountry(boss.role)) return true;
    }
    return false;
  }

  /** The role keys the articles give the person at least `min` times ("chief", "general staff" for Hnatov). */
  attestedRoles(id: string, min = 2): string[] {
    return [...(this.people.get(id)?.role ?? [])].filter(([, n]) => n >= min).map(([k]) => k);
  }

  /** The role keys the articles give this person (`s:presid`, `g:russia`…): what "the president" may stand for. */
  rolesOf(id: string): ReadonlySet<string> {
    return new Set(this.people.get(id)?.role.keys() ?? []);
  }

  /** The countries (`g:` keys) among the roles the articles give this person ("Russian envoy" → `g:russia`). */
  countriesOf(id: string): string[] {
    return [...(this.people.get(id)?.role.keys() ?? [])].filter((k) => k.startsWith("g:"));
  }

  /** The person known by this id (a name key or a surname stem), if the corpus names one. */
  person(id: string): { name: string } | undefined {
    return this.people.get(id);
  }

  /**
   * A person the articles name more than once or give a role: someone, not two capitalised words read as a name
   * once ("Verkhovna Rada").
   */
  isEstablishedPerson(id: string): boolean {
    const p = this.people.get(id);
    return p !== undefined && (p.mentions > 1 || p.role.size > 0);
  }
}

const NO_ONE: ReadonlySet<string> = new Set();

/** Letters Ukrainian and Russian spellings of one name swap. */
const SWAPS: Record<string, string> = { i: "y", y: "i", g: "h", h: "g" };
/** At most this many swappable letters are tried in all their combinations (2^6 spellings). */
const MAX_SWAPS = 6;

/** The spellings of `word` with any of its i/y and g/h letters swapped (the word itself among them). */
function transliterations(word: string): string[] {
  const at = [...word].flatMap((c, i) => (SWAPS[c] !== undefined ? [i] : []));
  if (at.length === 0 || at.length > MAX_SWAPS) return [word];
  const out: string[] = [];
  for (let mask = 0; mask < 1 << at.length; mask++) {
    const chars = [...word];
    at.forEach((i, k) => {
      if (mask & (1 << k)) chars[i] = SWAPS[chars[i]!]!;
    });
    out.push(chars.join(""));
  }
  return out;
}

/** Whether `role` gives its holder a country (a `g:` key): a loop, asked of every person by resolveRole. */
function hasCountry(role: ReadonlyMap<string, number>): boolean {
  for (const k of role.keys()) if (k.startsWith("g:")) return true;
  return false;
}

/** Whether `role` holds any of `keys` (a loop: resolveRole asks it of every person for every word). */
function holdsAny(role: ReadonlyMap<string, number>, keys: readonly string[]): boolean {
  for (const k of keys) if (role.has(k)) return true;
  return false;
}

/** The kept words by each of their one-letter-shorter forms (looseSpellings' and misspeltWord's tables). */
function deletionIndex(words: Map<string, [number, number]>, keep: (word: string, counts: [number, number]) => boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [w, counts] of words) {
    if (!keep(w, counts)) continue;
    for (const v of deletions(w)) {
      const list = out.get(v);
      if (list) list.push(w);
      else out.set(v, [w]);
    }
  }
  return out;
}

/** The word with one letter left out, for every letter but the first. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) if (word[i] !== word[i - 1]) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * The [start, end) offsets of the lines of `text` written in title case: four words or more, nearly every word of
 * four letters or more capitalised (the headline and its copy at the top of the body, in American style).
 */
export function titleCaseLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    const long = words.filter((w) => w.length >= 4);
    if (words.length >= 4 && long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length && !/[.!?]["”’]?\s*$/.test(line)) {
      out.push([at, at + line.length]);
    }
    at += line.length + 1;
  }
  return out;
}

/** A role word counts as the person's own when the articles give it him at least this share of his most given one. */
const ATTESTED_SHARE = 0.25;

/** How many times the person's most given role word (no country) was given him. */
function strongestRole(role: ReadonlyMap<string, number>): number {
  let most = 0;
  for (const [k, n] of role) if (!k.startsWith("g:") && n > most) most = n;
  return most;
}
