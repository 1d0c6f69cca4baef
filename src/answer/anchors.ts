/**
 * Sentences the retrieval missed in the articles that best cover the question. A story about the Geneva talks
 * states "Yermak said the two sides had made very good progress": for "What did Yermak say after the Geneva
 * talks?" that sentence shares one name with the question, so neither BM25 nor the sentence vectors rank it
 * near the top, while sentences about Geneva without Yermak do. The question's names and places anchor the
 * search within the articles its words cover best.
 */
import type { CorpusSnapshot, IndexedSentence } from "../types.js";
import { aliasNeedles } from "../entities/keys.js";
import type { EntityIndex } from "../entities/EntityIndex.js";
import { ROLE_NOUNS } from "../entities/roles.js";
import { escapeRegExp } from "../text/regExp.js";
import { statesDate, statesPlan } from "./cues.js";
import { asksDays, publishedNear } from "./dates.js";
import { speakerKeys, type AnalyzedQuestion, type QuestionTerm } from "./question.js";

/** The stems and entity keys of a text (see ExtractiveRanker's word bags). */
export interface KeyBag {
  keys: ReadonlySet<string>;
  stems: ReadonlySet<string>;
}

/** The text holds the question's word: its stem, or a key (another spelling, an alias). */
export function holds(bag: KeyBag, t: QuestionTerm): boolean {
  return bag.stems.has(t.stem) || t.keys.some((k) => bag.keys.has(k));
}

export interface AnchorSource {
  snapshot(): CorpusSnapshot;
  entities: EntityIndex;
  /** Entity keys and stems of a whole article (title and body). */
  articleKeys(articleId: string): KeyBag;
  /** Entity keys and stems of an article's headline and first two sentences: what the story is about. */
  headKeys(articleId: string): KeyBag;
  sentenceKeys(s: IndexedSentence): ReadonlySet<string>;
  /** How much a word of the question weighs (rarer words more). */
  weight(stem: string): number;
}

/** Articles searched for anchored sentences, and anchored sentences taken from each. */
const ARTICLES = 4;
const PER_ARTICLE = 12;
/** Dated sentences taken from the best story for a "when" question on the strength of its verb alone. */
const DATED_PER_STORY = 3;
/** Stories read for a sentence giving a length of time (see `lasts` below). */
const LENGTH_STORIES = 2;

export function anchoredSentences(q: AnalyzedQuestion, found: IndexedSentence[], src: AnchorSource): IndexedSentence[] {
  const speaker = speakerKeys(q);
  // "When's the next round after Geneva": the event it comes after anchors the search, soft as it is in the answer
  // ("…said a new meeting would take place soon" names no Geneva), and the story about it tells its plans.
  const after = q.nextAfter ? q.terms.filter((t) => t.entity && t.keys.some((k) => q.nextAfter!.includes(k))) : [];
  const anchors = speaker.length > 0 ? speaker : q.terms.filter((t) => (t.entity || t.person) && (!t.soft || after.includes(t)) && !t.date).flatMap(keysOf(q));
  if (anchors.length === 0) return [];
  const needles = needlesOf(q, anchors, src.entities);
  const roleNouns = speaker.length > 0 && !q.speakerPeople ? speaker.flatMap((k) => [...src.entities.rolesOf(k)]).filter((r) => r.startsWith("s:") && ROLE_NOUNS.has(r.slice(2))).map((r) => r.slice(2)) : [];
  const byTitle = roleNouns.length > 0 ? new RegExp(`\\bthe (?:[a-z-]+ ){0,2}(?:${[...new Set(roleNouns)].join("|")})[a-z]*\\b`, "i") : undefined;
  const required = q.terms.filter((t) => (!t.soft || after.includes(t)) && !t.date);
  // A question of one name alone: the retrieval already ranks by it — unless it asks what came after an event
  // ("what's next after Geneva"), which the story about the event answers in words the question lacks.
  // "What did Zelensky say on Dec 28": the day is a second anchor, and the stories published about then are read.
  const dated = asksDays(q);
  if (required.length < (q.want === "next" || dated ? 1 : 2)) return [];
  // Articles in the order retrieval found them; each scored by the weight of the question's words it holds, more
  // for those its headline or lead holds: "after the Geneva talks" is best read in the story about Geneva.
  const order: string[] = [];
  for (const s of found) if (!order.includes(s.articleId)) order.push(s.articleId);
  const near = new Set<string>();
  if (dated) {
    for (const a of src.snapshot().articles) {
      if (!publishedNear(a.published, q.days!)) continue;
      near.add(a.id);
      if (!order.includes(a.id)) order.push(a.id);
    }
  }
  const dayWeight = required.reduce((m, t) => Math.max(m, src.weight(t.stem)), 0);
  const scored = order.map((id) => {
    const body = src.articleKeys(id);
    const head = src.headKeys(id);
    const words = required.reduce((sum, t) => sum + (holds(body, t) ? src.weight(t.stem) * (holds(head, t) ? 1.5 : 1) : 0), 0);
    return { id, score: words + (near.has(id) ? dayWeight : 0) };
  });
  scored.sort((a, b) => b.score - a.score); // stable: ties keep retrieval order
  // "When did Putin meet Witkoff": "The meeting took place on Tuesday evening" names none of them but dates the
  // meeting, in the story about it: a date beside one of the question's other words.
  // Only in the story that covers the question best, and a few: tested on every sentence of four long stories, they
  // made the speech bench's answers slower.
  const predicates = q.want === "date" ? required.filter((t) => !t.entity && !t.person) : [];
  let datedTaken = 0;
  let lastsTaken = 0;
  const predicateStem = containsAny(predicates.map((t) => t.stem));
  const dating = (s: IndexedSentence) =>
    datedTaken < DATED_PER_STORY &&
    predicateStem !== undefined &&
    predicateStem.test(s.text) &&
    statesDate(s.text) &&
    predicates.some((t) => src.sentenceKeys(s).has(`s:${t.stem}`));
  const out: IndexedSentence[] = [];
  const snapshot = src.snapshot();
  const needle = containsAny(needles);
  for (const [rank, { id }] of scored.slice(0, ARTICLES).entries()) {
    const sentences = snapshot.sentencesOf(id);
    // "The president said…" in a story naming the asked president: his words under his title.
    const titles = byTitle !== undefined && anchors.some((k) => src.articleKeys(id).keys.has(k)) ? byTitle : undefined;
    let taken = 0;
    for (let i = 0; i < sentences.length && taken < PER_ARTICLE; i++) {
      const s = sentences[i]!;
      // A cheap substring test first: computing a sentence's keys costs far more than looking for a name in it.
      // "What's next after X": the plans stated in the story about X, whether or not they name X again.
      const datesIt = rank === 0 && dating(s);
      if (datesIt) datedTaken++;
      // "How long did they talk in Geneva": "the first day lasted about six hours", in the story about Geneva, under
      // a heading of its own ("Two days, two rhythms"), names neither the place nor the talks. (In the two stories that
      // cover the question best: Putin is in every story, and the one about his meeting need not come first.)
      const lasts = rank < LENGTH_STORIES && q.want === "duration" && lastsTaken < DATED_PER_STORY && STATES_LENGTH.test(s.text);
      if (lasts) lastsTaken++;
      const plan = ((q.want === "next" || after.length > 0) && statesPlan(s.text)) || datesIt || lasts;
      const titled = titles !== undefined && titles.test(s.text);
      if (!plan && !titled && !(needle !== undefined && needle.test(s.text))) continue;
      const keys = src.sentenceKeys(s);
      if (!plan && !titled && !anchors.some((k) => keys.has(k))) continue;
      out.push(s);
      taken++;
      // "…," he said: the sentence after one naming the speaker may be the speaker's; "Rutte and Zelenskyy laid
      // flowers. The two men then held talks": the yes to "did Rutte meet Zelenskyy" may follow the names.
      if ((speaker.length > 0 || q.kind === "yesno") && sentences[i + 1]) out.push(sentences[i + 1]!);
    }
  }
  return out;
}

/** A sentence giving a length of time: "lasted about six hours", "a five-hour meeting", "for almost four hours". */
const STATES_LENGTH = /\b(?:lasted|went on for|ran for|for (?:about |around |almost |nearly |more than |over |some )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) hours?|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]hours?(?: long| meeting| session| talks)?)\b/i;

/**
 * A test whether a text holds one of the lower-case `strings`, in any case: one regular expression over the text
 * rather than a lower-case copy of every sentence of four stories (which was a third of the anchoring's time).
 */
function containsAny(strings: string[]): RegExp | undefined {
  // (A string with a capital never matched a lower-cased text: it is left out, as before.)
  const lower = [...new Set(strings)].filter((x) => x.length > 0 && x === x.toLowerCase());
  return lower.length > 0 ? new RegExp(lower.map(escapeRegExp).join("|"), "i") : undefined;
}

function keysOf(q: AnalyzedQuestion): (t: QuestionTerm) => string[] {
  return (t) => (t.person && q.person ? [q.person] : t.keys);
}

/** Lower-case strings at least one of which a sentence holding an anchor must contain. */
function needlesOf(q: AnalyzedQuestion, anchors: string[], entities: EntityIndex): string[] {
  const out = new Set<string>();
  for (const t of q.terms) {
    if (!(t.entity || t.person)) continue;
    for (const w of t.word.split(" ")) {
      out.add(w);
      for (const s of entities.spellings(w)) out.add(s.toLowerCase());
    }
  }
  if (q.person) {
    const name = entities.person(q.person)?.name;
    const surname = name?.split(" ").at(-1)?.toLowerCase();
    if (surname) for (const s of [surname, ...entities.spellings(surname)]) out.add(s.toLowerCase());
  }
  for (const k of anchors) for (const n of aliasNeedles(k)) out.add(n);
  return [...out].filter((n) => n.length >= 2);
}
