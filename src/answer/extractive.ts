/**
 * The offline answer: the best one to three sentences of the articles, verbatim, ranked by how much of the
 * question they cover (exact stems, or GloVe paraphrases such as "quit" ~ "resigned"), their similarity to the
 * question, and whether they hold the kind of thing asked for (a name for "who", a date for "when", …).
 *
 * "Not found" is decided by coverage, not by similarity alone: a question about "the French president" must not
 * be answered with a quote about the Russian one, even though "president" and "plan" are all over the corpus.
 */
import { quoteOf } from "../corpus/quote.js";
import type { IndexStore } from "../index/IndexStore.js";
import type { Candidate } from "../retrieval/hybridSearch.js";
import { ANSWER_TUNING } from "../retrieval/tuning.js";
import { aliasMayContinue, capitalised, storedKeys, textKeys, tokensKeys, wordInfo, type WordInfo } from "../entities/keys.js";
import type { StoredTokens } from "../index/sentenceTokens.js";
import { personId } from "../entities/roles.js";
import { listOpener } from "../text/lists.js";
import { blockQuoteIntro } from "../text/blockQuotes.js";
import { STOP_WORDS, stem, tokens } from "../text/terms.js";
import { isFurniture, isHeading, lineStart, restOfLine } from "../text/furniture.js";
import { sameWording } from "./corroborate.js";
import { FIRST_PERSON, turnOf, type Turn } from "../text/turns.js";
import { agentNamed, answerCue, statesAge, ATTRIBUTION_LINE, CALENDAR, givesCause, isTimeStamp, countsNear, CAUSE, durationClauses, introducesWordsOf, NO_ROLES, SAYING_VERB, speakerCue, statesPlan } from "./cues.js";
import { breaksLine, MAX_SENTENCE_CHARS } from "../text/sentences.js";
import { isDatelineAlone } from "../text/dateline.js";
import { memo as remember } from "../text/memo.js";
import { asksDays, daysIn, monthNumber, monthPartMonth, monthsOf, publishedNear, timeOfDay } from "./dates.js";
import { anchoredSentences, holds } from "./anchors.js";
import { synonymous, synonymsOf } from "../text/synonyms.js";
import { phrasalStems } from "../text/phrasal.js";
import type { Article, IndexedSentence, Quote } from "../types.js";
import { ORDINALS, speakerKeys, type AnalyzedQuestion, type QuestionTerm } from "./question.js";
import { escapeRegExp } from "../text/regExp.js";
import { namesOtherSideOnly, sideAsked } from "./sides.js";

/** Word-to-word similarity (GloVe cosine); undefined when either word is unknown. */
export interface WordSimilarity {
  similarity(a: string, b: string): number | undefined;
  /** Similarity of a phrase (its words' vectors summed) to one word: "Russian president" ~ "Putin". */
  phraseSimilarity?(phrase: string[], word: string): number | undefined;
  /** `words` made ready for bestSimilarity (GloVe: their rows, looked up once). */
  wordList?(words: readonly string[]): Int32Array;
  /** max(0, similarity(word, w) for every w of a wordList): one call for a question word against a bag. */
  bestSimilarity?(word: string, list: Int32Array): number;
}

/** Answers that are facts of a person asked about ("which university did X go to", "how old is X"). */
const PERSON_FACTS: ReadonlySet<string> = new Set(["any", "age"]);
/** A round still to come: "the next round", "another meeting", "would meet again". */
const NEXT_ROUND = /\b(?:next|another|new|further|third|fourth|fifth) (?:round|meeting|session|set of talks)\b|\bmeet again\b/i;
/** A round still to come said so in words, not by its ordinal: "the next round", "would meet again". */
const COMING_ROUND = /\b(?:next|another|new|further) (?:round|meeting|session|set of talks)\b|\bmeet again\b/i;
/** The deed of a who-question met by its stem or a listed synonym (word vectors put "handed" near "offer"). */
const ACTION_MET = 0.9;

/** Verbs that carry little of their own ("did X make a deal", "did they reach a deal"): the noun says what is asked.
 * Not "hold talks" or "strike": those say what happened. */
// ("Was Hnatov part of the team", "did he take part": being there is asked, which the names and the event say.)
const LIGHT_VERB = /^(make|made|makes|making|do|does|did|get|got|gets|have|has|had|reach|reached|seal|sealed|part|take|takes|took|taken|taking)$/;

/** How closely a role nobody in the articles holds must be matched when it is the asked speaker: its own words. */
const ROLE_SPOKEN = 0.9;

/**
 * A role nobody in the articles holds is met in the quote or next to it: in any wording for most questions; for
 * "what did NATO's secretary general say", where he is the one speaking, in its own words, not a word loosely like
 * it ("secretary of the security council").
 */
function roleMet(match: number, spoken: boolean): boolean {
  return spoken ? match >= ROLE_SPOKEN : match > 0;
}

export interface RankedSentence {
  sentence: IndexedSentence;
  score: number;
  coverage: number;
  /** Every name, place and topic noun of the question appears in this sentence's article (or a close paraphrase). */
  entitiesPresent: boolean;
  /** A caption, byline, repeated headline or other page furniture: never quoted. */
  furniture: boolean;
  /** About another day than the question's, or without the thing "how many" counts: never quoted. */
  offTopic: boolean;
  /** Its story names none of some name the question asks about: another story's sentence, which sets no bar. */
  storyLacksName?: boolean;
  /** For "what did X say": 1 when X is the one speaking here, 0.3 when X is only named (see cues.ts). */
  speaking: number;
  /** One of the first sentences under a heading of the page that asks the question (see underAskingHeading). */
  underHeading?: boolean;
  stems: Set<string>;
}

export interface ExtractiveResult {
  found: boolean;
  quotes: Quote[];
  ranked: RankedSentence[];
}

interface WordBag {
  /** Its words but stop words; a stored sentence's are made on first read (see wordsOf). */
  words?: Set<string>;
  stems: Set<string>;
  /** Entity keys: stems, name keys of capitalised words, alias groups (src/entities/keys.ts). */
  keys: Set<string>;
  /** An alias phrase may run on past the text's end: joined to another text, its keys are not a union (see contextBag). */
  open?: boolean;
  /** Stems its phrasal verbs stand for that it does not write itself ("resign" for "stepped down"): see addPhrasal. */
  phrasal?: string[];
  /** Best word-vector similarity of a question's word or phrase to the bag's words, by word (see bestOver). */
  similar?: Map<string, number>;
  /** The bags this one joins (a sentence's neighbours and headline: see contextBag). */
  parts?: WordBag[];
  /** Its words but names, as a WordSimilarity wordList (made on the first word-vector match: see match). */
  common?: Int32Array;
  /** The stored tokens it was made from, when it was (see storedBagOf). */
  tokens?: readonly WordInfo[];
}

export class ExtractiveRanker {
  /** Whole articles' bags, least recently used first; their stems and keys together kept within `maxArticleEntries`. */
  private readonly articleBags = new Map<string, WordBag>();
  private articleEntries = 0;
  /** How many of the snapshot's articles the warm-up has gone through (see prepareArticles). */
  private prepared = 0;
  private readonly headBags = new Map<string, WordBag>();
  private readonly titleBags = new Map<string, WordBag>();
  private readonly bags = new Map<number, WordBag>();
  private readonly days = new Map<number, Set<string>>();
  private readonly months = new Map<number, Set<number>>();
  /** Sentence label → page furniture or a heading (a dozen regular expressions a sentence: once per sentence). */
  private readonly furniture = new Map<number, boolean>();
  /** Sentence label → whether it may be a page's own question (see headingLike): read for every candidate's lines above. */
  private readonly headingLikes = new Map<number, boolean>();
  /** A question's stems with their synonyms, made once per question (see newWords). */
  private readonly askedStems = new WeakMap<AnalyzedQuestion, Set<string>>();
  /** Sentence label → the heading of its section, or null (see inSectionHead). */
  private readonly sectionHeads = new Map<number, IndexedSentence | null>();
  /** Sentence label → its transcript turn, or null (see turnOfSentence). */
  private readonly turns = new Map<number, Turn | null>();
  /** Sentence label → the index of the line opening the list it is an item of, or -1 (see listOpenerOf). */
  private readonly openers = new Map<number, number>();
  private readonly idfCache = new Map<string, number>();
  private readonly nameWords = new Map<string, boolean>();
  /** Word → its WordSimilarity row when it is not a name, else -1 (see commonOf): one look-up a word of a new bag. */
  private readonly commonRows = new Map<string, number>();

  constructor(
    private readonly store: IndexStore,
    private readonly words?: WordSimilarity,
    /** Bound on the article bags kept (see MAX_ARTICLE_ENTRIES); a test sets it low. */
    private readonly maxArticleEntries = MAX_ARTICLE_ENTRIES,
  ) {}

  answer(question: AnalyzedQuestion, candidates: Candidate[]): ExtractiveResult {
    if (isVagueLatest(question)) {
      const leads = this.newestLeads(question);
      if (leads.length > 0) return { found: true, quotes: leads.map((r) => this.quote(r.sentence)), ranked: leads };
    }
    const simCache = new QuestionCache();
    const recency = question.recency ? this.recencyOf(candidates) : undefined;
    const asked = this.askedOf(question);
    // (Not "after the first Abu Dhabi round": which of the rounds there the question says itself.)
    if (question.nextAfter && !question.terms.some((t) => t.ordinal !== undefined)) asked.eventTime = this.latestStoryOf(question.nextAfter, candidates);
    let ranked = candidates
      .map((c) => this.rank(question, asked, c, simCache, recency))
      .sort((a, b) => b.score - a.score || a.sentence.label - b.sentence.label);
    // "What did X say" needs X speaking: when some sentence has X speaking, sentences merely naming X give way.
    if (question.want === "statement" && asked.speaker.length > 0) ranked = ranked.filter((r) => r.speaking >= 0.6);
    // Furniture ("What happens next" as a heading) is never quoted, so it never decides "not found" either.
    // The best sentence that meets every condition answers, even when one failing a condition ranks a little above
    // it ("Yermak said…" above "Yermak stepped down" for "Did Yermak step down?"); far below, it is a loose match.
    // (Nor does "That is the unresolved bit." under a page's "What does it say about the Donbas?": the heading lifts it,
    // but it answers only if it holds the question's words itself.)
    const top = ranked.find((r) => !r.furniture && !r.offTopic && !r.storyLacksName && !(r.underHeading && !this.qualifies(r, question)));
    const best = ranked.find((r) => this.qualifies(r, question) && r.score >= (top?.score ?? 0) * ANSWER_TUNING.bestBelowTop);
    if (!best) return { found: false, quotes: [], ranked };
    const chosen: RankedSentence[] = [best];
    const also = new Map<RankedSentence, Set<string>>();
    const rest = ranked.filter((r) => r !== best).filter((r) => r.score >= best.score * ANSWER_TUNING.secondQuoteRatio && this.qualifies(r, question, 0.8));
    while (chosen.length < ANSWER_TUNING.maxQuotes && rest.length > 0) {
      // Quotes from articles not yet quoted add more (another outlet, another angle): a small preference for them.
      const effective = (r: RankedSentence) => r.score * (chosen.some((c) => c.sentence.articleId === r.sentence.articleId) ? ANSWER_TUNING.sameArticleFactor : 1);
      rest.sort((x, y) => effective(y) - effective(x));
      const next = rest.shift()!;
      const copy = chosen.find((c) => sameReport(c, next));
      if (copy) {
        // Syndicated wire copy: the same sentence in another outlet is named, not quoted twice.
        if (copy.sentence.articleId !== next.sentence.articleId) {
          const set = also.get(copy) ?? new Set<string>();
          set.add(next.sentence.articleId);
          also.set(copy, set);
        }
        continue;
      }
      // A sentence whose words a chosen quote already holds adds nothing — unless it says the opposite ("The
      // Russian and Ukrainian teams did not meet" after "…proposed that the delegations meet"). One that holds a
      // chosen quote's words and more ("…not been charged with any crime and has denied wrongdoing" after "Yermak has
      // not been charged.") adds the more.
      if (chosen.some((c) => heldBy(next.stems, c.stems) > 0.6 && negated(c.sentence.text) === negated(next.sentence.text))) continue;
      chosen.push(next);
    }
    // Copies of the chosen quotes further down the ranking are other outlets reporting it too.
    for (const r of ranked) {
      const copy = chosen.find((c) => c !== r && c.sentence.articleId !== r.sentence.articleId && sameReport(c, r));
      if (copy) also.set(copy, (also.get(copy) ?? new Set<string>()).add(r.sentence.articleId));
    }
    const reasoned = chosen.map((r) =>
      this.withNextIfShort(this.withAntecedent(question.want === "reason" ? this.withReason(r.sentence) : question.want === "clock" ? this.withStamp(r.sentence) : question.want === "date" ? this.withDateline(r.sentence) : question.want === "statement" ? this.withWords(r.sentence) : question.placeOfSaying ? this.withSayingPlace(r.sentence, question) : r.sentence)),
    );
    // A quote that ran on over another chosen sentence ("…the port's reserve fund. That proposal ran into resistance,
    // which feared…") says it already: that one is not quoted again on its own.
    const within = (x: IndexedSentence, y: IndexedSentence) => x !== y && x.articleId === y.articleId && y.start <= x.start && x.end <= y.end;
    const kept = chosen.flatMap((r, i) => (reasoned.some((y) => within(reasoned[i]!, y)) ? [] : [i]));
    return { found: true, quotes: kept.map((i) => this.quote(reasoned[i]!, also.get(chosen[i]!))), ranked };
  }

  /** `s` quoted with the sentence before or after it that tells where the words were said (see sayingPlaceBefore, sayingPlaceAfter). */
  private withSayingPlace(s: IndexedSentence, q: AnalyzedQuestion): IndexedSentence {
    const body = this.store.article(s.articleId)?.body;
    if (body === undefined) return s;
    const at = this.sayingPlaceBefore(s, q);
    if (at !== undefined) return runFrom(s, this.store.snapshot().sentencesOf(s.articleId)[at]!.start, body);
    const after = this.sayingPlaceAfter(s, q);
    return after === undefined ? s : runTo(s, this.store.snapshot().sentencesOf(s.articleId)[after]!.end, body);
  }

  /**
   * The index of a sentence up to two before `s`, in its paragraph, telling where someone spoke ("…spoke to journalists
   * at the end of his state visit to Kyrgyzstan"), when `s` goes on with what "he said" and names no place of saying
   * itself; else undefined.
   */
  private sayingPlaceBefore(s: IndexedSentence, q: AnalyzedQuestion): number | undefined {
    // Only words "he said" goes on with, and only a place where no one else but whom the question names spoke.
    if (!PRONOUN_SAID.test(s.text) || answerCue("place", s.text, q.terms, { placeOfSaying: true }) === 1) return undefined;
    const askedKeys = new Set(q.terms.flatMap((t) => t.keys));
    const entities = this.store.entities;
    const othersSpeak = (t: IndexedSentence) => [...this.sentenceKeys(t)].some((k) => !k.startsWith("g:") && entities.person(k) !== undefined && !askedKeys.has(k));
    const siblings = this.store.snapshot().sentencesOf(s.articleId);
    const body = this.store.article(s.articleId)?.body;
    if (body === undefined) return undefined;
    // ("Putin himself set the tone on Thursday in Bishkek, where he was on an official visit. The American plan, he
    // said, could serve as a 'basis'…": a sentence placing the one asked, with no verb of saying, places his words.)
    const people = this.askedPeople(q);
    for (let i = s.index - 1; i >= 0 && i >= s.index - 2; i--) {
      const t = siblings[i]!;
      if (breaksLine(body, t, siblings[i + 1]!) || s.end - t.start > 2 * MAX_SENTENCE_CHARS) return undefined;
      if (othersSpeak(t)) continue;
      if (SAYING_VERB.test(t.text) ? answerCue("place", t.text, q.terms, { placeOfSaying: true }) === 1 : people.some((k) => this.sentenceKeys(t).has(k)) && answerCue("place", t.text, q.terms) === 1) return i;
    }
    return undefined;
  }

  /**
   * The index of the sentence right after `s`, in its paragraph, placing the words `s` gives ("Putin said on Thursday
   * that the American proposals could be used as a basis. He spoke to reporters in the Kyrgyz capital Bishkek…"), when
   * `s` names the one asked and no place of saying itself; else undefined.
   */
  private sayingPlaceAfter(s: IndexedSentence, q: AnalyzedQuestion): number | undefined {
    if (!SAYING_VERB.test(s.text) || answerCue("place", s.text, q.terms, { placeOfSaying: true }) === 1) return undefined;
    if (!this.askedPeople(q).some((k) => this.sentenceKeys(s).has(k))) return undefined;
    const next = this.store.snapshot().sentencesOf(s.articleId)[s.index + 1];
    const body = this.store.article(s.articleId)?.body;
    if (!next || body === undefined || breaksLine(body, s, next) || next.end - s.start > 2 * MAX_SENTENCE_CHARS) return undefined;
    return PLACES_HIS_WORDS.test(next.text) && answerCue("place", next.text, q.terms, { placeOfSaying: true }) === 1 ? next.index : undefined;
  }

  /**
   * "Was Yermak charged?" — "Yermak said his lawyers were present. He has not been charged with any crime.": a quote
   * opening on a pronoun is read with the sentence before it in its paragraph, which says who "he" is; verbatim still
   * (one span of the body).
   */
  private withAntecedent(s: IndexedSentence): IndexedSentence {
    return OPENS_ON_PRONOUN.test(s.text) ? (this.fromSentenceBefore(s, (before) => !isHeading(before.text)) ?? s) : s;
  }

  /**
   * "It was a very productive session." — a quote this short says little alone: it runs on to the next sentence of its
   * line, which usually says what was productive (verbatim still: one span of the body).
   */
  private withNextIfShort(s: IndexedSentence): IndexedSentence {
    if (s.text.length >= SHORT_QUOTE) return s;
    const next = this.store.snapshot().sentencesOf(s.articleId)[s.index + 1];
    const body = this.store.article(s.articleId)?.body;
    if (!next || body === undefined || next.start < s.end || breaksLine(body, s, next) || isHeading(next.text) || isHeading(s.text)) return s;
    if (next.end - s.start > 2 * MAX_SENTENCE_CHARS) return s;
    return runTo(s, next.end, body);
  }

  /**
   * `s` quoted from the start of the sentence before it (one span of the body), when that one is in the same paragraph,
   * not already in the quote, accepted by `accept`, and the two are no longer than two sentences may be; else undefined.
   */
  private fromSentenceBefore(s: IndexedSentence, accept: (before: IndexedSentence) => boolean = () => true): IndexedSentence | undefined {
    const before = this.store.snapshot().sentencesOf(s.articleId)[s.index - 1];
    const body = this.store.article(s.articleId)?.body;
    if (!before || body === undefined || before.end > s.start || breaksLine(body, before, s) || !accept(before)) return undefined;
    if (s.end - before.start > 2 * MAX_SENTENCE_CHARS) return undefined;
    return runFrom(s, before.start, body);
  }

  /**
   * "What time did the meeting start?" — "17:30 Moscow time, December 2 / The Kremlin meeting has begun": a live blog
   * entry without a time of its own is quoted from its time stamp (one span of the body, verbatim still).
   */
  private withStamp(s: IndexedSentence): IndexedSentence {
    return answerCue("clock", s.text, []) > 0 ? s : this.withLineBefore(s, (previous) => isTimeStamp(previous.text));
  }

  /** A lead after an agency's bare dateline ("GENEVA, 18 February.") is quoted from it: it holds the date. */
  private withDateline(s: IndexedSentence): IndexedSentence {
    return this.withLineBefore(s, (previous) => isDatelineAlone(previous.text));
  }

  /**
   * `s` quoted from the start of the sentence before it (one span of the body) when `stamps` accepts that one — a
   * time stamp or a dateline, which may stand on a line of its own; else `s`.
   */
  private withLineBefore(s: IndexedSentence, stamps: (previous: IndexedSentence) => boolean): IndexedSentence {
    const previous = this.store.snapshot().sentencesOf(s.articleId)[s.index - 1];
    const body = this.store.article(s.articleId)?.body;
    if (!previous || body === undefined || !stamps(previous)) return s;
    return runFrom(s, previous.start, body);
  }

  /**
   * "What did Yermak post after Geneva?" — "Yermak has posted on X. The talks had been 'very productive', he wrote…":
   * a sentence that only says someone spoke ("…told reporters in Geneva:") runs on to the next one, which holds the
   * words; verbatim still (one span of the body).
   */
  private withWords(s: IndexedSentence): IndexedSentence {
    const next = this.store.snapshot().sentencesOf(s.articleId)[s.index + 1];
    const body = this.store.article(s.articleId)?.body;
    // "“The peace agreement is ninety per cent ready. …” / — Zelenskyy in his New Year's Eve address": the signature
    // is quoted with the words it signs, from their opening quotation mark (at most three sentences up).
    if (ATTRIBUTION_LINE.test(s.text) && body !== undefined) {
      const sentences = this.store.snapshot().sentencesOf(s.articleId);
      for (let i = s.index - 1; i >= Math.max(0, s.index - 3); i--) {
        const above = sentences[i]!;
        if (s.end - above.start > 3 * MAX_SENTENCE_CHARS || isHeading(above.text)) break;
        if (/^["“«]/.test(above.text.trim())) return runFrom(s, above.start, body);
      }
      return s;
    }
    if (!next || body === undefined || isHeading(next.text) || next.end - s.start > 2 * MAX_SENTENCE_CHARS) return s;
    // "Putin said Russia had no plans to fight Europe. "But if Europe suddenly wants to fight…," the head of state
    // said.": his own words, in the same paragraph, go on from the reported ones.
    // (Not when the quote is someone else's — `"We disagree," Peskov said.` — but "he said", "the Sudland leader said".)
    const saidBy = next.text.replace(/^[\s\S]*["”]/, "");
    const quoteGoesOn = /^["“]/.test(next.text) && !/\n\s*\n/.test(body.slice(s.end, next.start)) && (!/\p{Lu}/u.test(saidBy) || /^\W*(?:he|she|the)\b/i.test(saidBy));
    if (!BARE_SAYING.test(s.text.trim()) && !quoteGoesOn) return s;
    return runTo(s, next.end, body);
  }

  /**
   * "Why didn't the EU use the frozen assets?" — "The plan was to fund the loan from the frozen assets. Belgium,
   * which holds most of them, would not agree." A quote that gives no reason runs on to the next sentence of its
   * paragraph, where stories often put it; verbatim still (one span of the body). A sentence it runs over is then
   * not quoted again on its own (see answer).
   */
  private withReason(s: IndexedSentence): IndexedSentence {
    const sentences = this.store.snapshot().sentencesOf(s.articleId);
    const body = this.store.article(s.articleId)?.body;
    // "They understand that we cannot sell a withdrawal. That is why the president talks about a referendum.": the
    // reason is the sentence before, in the same paragraph.
    const why = THAT_IS_WHY.test(s.text) ? this.fromSentenceBefore(s) : undefined;
    if (why) return why;
    if (CAUSE.test(s.text)) return s;
    if (body === undefined) return s;
    // Read on, a sentence at a time, to the first that gives a reason: within the paragraph, or into the next one
    // when it opens by pointing back ("That proposal…") or on the reason ("He explained why. The United States
    // holds midterm elections in November…"). Without a reason found, the next sentence of the paragraph, as before.
    let fallback: number | undefined;
    let announced = false;
    for (let i = s.index + 1; i <= s.index + 3; i++) {
      const next = sentences[i];
      const previous = sentences[i - 1]!;
      if (!next || isHeading(next.text)) break;
      if (next.end - s.start > 3 * MAX_SENTENCE_CHARS) break;
      const newParagraph = /\n\s*\n/.test(body.slice(previous.end, next.start));
      if (newParagraph && !POINTS_BACK.test(next.text) && !GIVES_REASON.test(next.text) && !ANNOUNCES_REASON.test(next.text)) break;
      if (i === s.index + 1 && next.end - s.start <= 2 * MAX_SENTENCE_CHARS) fallback = next.end;
      if (ANNOUNCES_REASON.test(next.text)) {
        announced = true;
        continue;
      }
      if (announced || CAUSE.test(next.text) || GIVES_REASON.test(next.text)) return runTo(s, next.end, body);
    }
    return fallback === undefined ? s : runTo(s, fallback, body);
  }

  /**
   * "What's the latest on the peace talks?": the leads of the newest stories that hold the question's words. Any
   * sentence shares those few words; the newest reporting is what is asked.
   */
  private newestLeads(q: AnalyzedQuestion): RankedSentence[] {
    const snapshot = this.store.snapshot();
    const articles = [...snapshot.articles].sort((a, b) => (Date.parse(b.published) || 0) - (Date.parse(a.published) || 0));
    const out: RankedSentence[] = [];
    for (const a of articles) {
      if (out.length >= ANSWER_TUNING.maxQuotes) break;
      const bag = this.articleBag(a.id);
      // "Peace talks": a story of the talks need not say "peace".
      if (q.terms.length > 0 && !q.terms.some((t) => holds(bag, t))) continue;
      // (The story's first sentence, not a standfirst set in italics above it: "*Third round … closes after two days*".)
      const lead = snapshot.sentencesOf(a.id).slice(0, 6).find((x) => !isFurniture(x.text, a.title, restOfLine(a.body, x.end)) && !isHeading(x.text) && !standfirst(x, a.body) && x.text.split(/\s+/).length >= 8);
      if (!lead) continue;
      const ranked = { sentence: lead, score: 1, coverage: 1, entitiesPresent: true, furniture: false, offTopic: false, speaking: 0, stems: ownStems(this.sentenceBag(lead)) };
      // Wire copy carried by two outlets: one lead of the two.
      if (out.some((r) => sameReport(r, ranked))) continue;
      out.push(ranked);
    }
    return out;
  }

  private qualifies(r: RankedSentence, q: AnalyzedQuestion, slack = 1): boolean {
    if (!r.entitiesPresent || r.furniture) return false;
    if (r.score < ANSWER_TUNING.minScore * slack) return false;
    if (q.terms.every((t) => t.soft)) return true;
    return r.coverage >= ANSWER_TUNING.minCoverage * slack;
  }

  quote(s: IndexedSentence, alsoIn?: Set<string>): Quote {
    const article = this.store.article(s.articleId)!;
    const q = quoteOf(article, s);
    const own = article.source;
    const others = [...(alsoIn ?? [])]
      .map((id) => this.store.article(id))
      .filter((a): a is Article => a !== undefined && a.source !== own);
    // The same sentence in another outlet's article (wire copy stored twice): named like a copy stored once.
    const outlets = [...new Set([...(q.alsoPublishedBy ?? []), ...others.map((a) => a.source)])].filter((o) => o !== own);
    if (outlets.length > 0) q.alsoPublishedBy = outlets;
    return q;
  }

  private rank(q: AnalyzedQuestion, asked: Asked, c: Candidate, simCache: QuestionCache, recency?: (articleId: string) => number): RankedSentence {
    const bag = this.sentenceBag(c.sentence);
    // The neighbours' bag only for a word the sentence itself does not hold well (see inContext): often none.
    let context: WordBag | undefined;
    const contextOf = () => (context ??= this.contextBag(c.sentence));
    const article = this.articleBag(c.sentence.articleId);
    const head = q.want === "next" ? this.headBag(c.sentence.articleId) : undefined;
    let covered = 0;
    let total = 0;
    let articleCovered = 0;
    let entitiesPresent = true;
    let missingTopics = 0;
    let monthMissed = false;
    const absent = new Set<QuestionTerm>();
    let countedMissing = false;
    // What the speaker's own words in the question miss of a full match (see "he called it" below).
    let speakerShort = 0;
    let personAbsent = false;
    let storyLacksName = false;
    // (Not an ordinal: "was Hnatov at the first Abu Dhabi talks" says which talks, as a date would.)
    const predicates = q.terms.filter((t) => !t.entity && !t.soft && !t.person && !t.setting && t.ordinal === undefined && !LIGHT_VERB.test(t.word));
    const matchedNear = new Set<QuestionTerm>();
    const namedNear = new Set<QuestionTerm>();
    /** A word of the question, not a name, that the sentence itself holds. */
    let ownWord = false;
    const phraseMatch = this.phraseMatches(q.terms, bag, article, simCache);
    const personKeys = q.person ? [q.person] : [];
    const surnameFound = new Set<QuestionTerm>();
    const questionDays = q.days !== undefined && q.days.size > 0;
    const ownDays = questionDays ? this.sentenceDays(c.sentence) : undefined;
    const sameDay = questionDays && [...ownDays!].some((d) => q.days!.has(d));
    // "How many were killed in the February 3 strikes": a sentence about other days, or naming none in a story of
    // another week, is about another event, however many words it shares.
    // (Not a change of day, asked with "still": "…will take place on Wednesday and Thursday, rather than on Sunday".)
    // ("Why did Russia pause the bombing at the end of January": "at the end of January Trump said…", in a story of
    // February, names no day but the month asked.)
    const otherDay =
      !sameDay &&
      asked.daysAsked &&
      !(asked.still && REPLACEMENT.test(c.sentence.text)) &&
      (ownDays!.size > 0 || (!publishedNear(this.store.article(c.sentence.articleId)!.published, q.days!) && !(asked.partMonth !== undefined && this.sentenceMonths(c.sentence).has(asked.partMonth))));
    for (let i = q.terms.length - 1; i >= 0; i--) {
      // "Andrei Yermak" in the question, "Yermak" in the sentence: the surname names the person.
      const t = q.terms[i]!;
      const next = q.terms[i + 1];
      if (t.soft && t.entity && t.adjacentToNext && next?.entity && (surnameFound.has(next) || this.match(next, bag, simCache) >= 0.9)) surnameFound.add(t);
    }
    // "…held five hours of talks in Florida. The talks took place at the Shell Bay club": a sentence about "the talks"
    // of the one before gives where, when and how long of the event that one names — its context counts nearly in
    // full for those questions (half, as for any neighbour, otherwise).
    const contextShare = EVENT_ATTRIBUTES.has(q.want) && EVENT_ANAPHORA.test(c.sentence.text) ? 0.9 : 0.5;
    for (const t of q.terms) {
      // ("What did Putin's aide say about land after the Witkoff visit": the visit only says when; the words asked are
      // about land, in a sentence that need not name the visitors again.)
      const weight = this.idf(t.stem) * (t.entity ? ANSWER_TUNING.entityWeight : 1) * (t.soft ? 0.5 : 1) * (t.setting && q.want === "statement" ? 0.5 : 1);
      total += weight;
      const viaPhrase = phraseMatch.get(t);
      if (viaPhrase !== undefined) {
        covered += weight * viaPhrase;
        articleCovered += weight;
        continue;
      }
      // A word of a role ("investment envoy") is covered by a sentence that names the person the role stands for.
      const viaPerson = t.person && personKeys.some((k) => bag.keys.has(k)) ? 1 : 0;
      // A question's day is met by the same day however written; "28" in "Nov. 28" does not meet "Dec 28".
      const byDay = t.date && questionDays;
      // "In December": met by a sentence about December — naming it or one of its days, or in a story of then.
      const month = t.date && !byDay ? monthNumber(t.word) : undefined;
      const inSentence = byDay ? (sameDay ? 1 : 0) : month !== undefined ? (this.sentenceMonths(c.sentence).has(month) ? 1 : 0) : surnameFound.has(t) ? 1 : Math.max(viaPerson, this.match(t, bag, simCache));
      // At most half a match, so it decides nothing once the sentence matches at CONTEXT_DECIDES_BELOW (the value,
      // the entity, role and topic tests below all take the larger of the two): then it is not computed.
      const inContext =
        byDay || month !== undefined || inSentence >= Math.max(CONTEXT_DECIDES_BELOW, contextShare) ? 0 : contextShare * Math.max(t.person && personKeys.some((k) => contextOf().keys.has(k)) ? 1 : 0, this.match(t, contextOf(), simCache));
      // "What's next after Geneva": the plan sentence of the story about Geneva need not repeat "Geneva".
      const inHead = head && !t.soft && holds(head, t) ? ANSWER_TUNING.nextInHead : 0;
      let value = Math.max(inSentence, inContext, inHead);
      // "After the Geneva round in February": a sentence about another month, in a story of another month, answers
      // another question. Not a deadline ("done by June"): that month is what is talked about, not when.
      if (month !== undefined && inSentence === 0 && !asked.deadlines.has(t.word) && !monthsOf("", this.store.article(c.sentence.articleId)!.published, NO_DAYS).has(month)) monthMissed = true;
      // Near: in the sentence, or a topic noun next to it ("…agreed to a pause. Zelensky said there was no direct
      // agreement on the matter"); not a verb ("Did Putin resign?" is not answered next to Yermak's resignation).
      if (t.entity && Math.max(inSentence, 2 * inContext) >= ANSWER_TUNING.topicSimilarity) namedNear.add(t);
      if (!t.entity && inSentence >= ANSWER_TUNING.topicSimilarity) ownWord = true;
      if (inSentence >= ANSWER_TUNING.topicSimilarity || (t.topic && !t.counted && 2 * inContext >= ANSWER_TUNING.topicSimilarity)) matchedNear.add(t);
      else if (t.counted) countedMissing = true;
      // "How many were killed in the strike during the talks": a number of the dead, so the quote (or the sentence
      // next to it) says killed, died or hurt — "negotiators meet for a second day" in a story of the strike does not.
      // (Not the plan's own number: "the 20-point plan" names the plan, whose story says which; see otherPlan.)
      if (q.want === "count" && t.exact && !t.soft && t.word !== q.planPoints && Math.max(inSentence, 2 * inContext) < ANSWER_TUNING.topicSimilarity) countedMissing = true;
      // (Met by a synonym — "troops" by the "air force" — the number must count that word.)
      if (t.counted && q.want === "count") {
        const written = [t.stem, ...synonymsOf(t.stem)].filter((o) => bag.stems.has(o));
        if (written.length > 0 && !written.some((o) => countsNear(c.sentence.text, o))) countedMissing = true;
      }
      // Names are looked up in the whole article with their keys; other words by stem only (word vectors over a
      // whole article are most of the answer time on long articles: see npm run bench).
      const inArticle = Math.max(
        value,
        t.person && personKeys.some((k) => article.keys.has(k)) ? 1 : 0,
        t.entity ? this.articleMatch(t, c.sentence.articleId, article, simCache) : t.keys.some((k) => article.keys.has(k)) ? 1 : 0,
      );
      if (inArticle > 0) articleCovered += weight;
      if (t.entity || t.person) {
        // A name may be established anywhere in the article ("Yermak … he resigned") — except for a yes/no
        // question, which is about that person: "Did Putin resign?" is not answered by Yermak's resignation.
        // Named next door counts only when the sentence names nobody else ("Prior to his resignation, Yermak told…"
        // is Yermak's, whoever the sentence before it named).
        // Places and institutions ("Florida", "the Kremlin") may be set by the story, as for other questions.
        const place = t.keys.some((k) => k.startsWith("g:"));
        // "How long did the Abu Dhabi round last", "how long did Trump and Zelensky meet": a length in a story that
        // names them only in passing may be another meeting's; the names must be in the sentence, next to it, or in
        // the story's headline and lead (what the story is about).
        // "What did Medinsky say in Abu Dhabi": the place of the saying, not of another round the story mentions.
        // ("…react to the claim about drones on Putin's Novgorod house": a place of the topic, met anywhere in the story.)
        // "What did Lavrov say about the Berlin talks": what he said about Berlin, not his words on Novgorod in a story
        // that names Berlin further down — the topic's names, like a length's, are in the quote, next to it or in the
        // lead. (Not the scene: "…about Europe on the day the envoys came to Moscow" need not name Moscow.)
        const aboutSaid = q.want === "statement" && q.speaker.length > 0 && t.sayTopic === true && !q.speaker.includes(q.terms.indexOf(t));
        // "How many drones hit Odesa on Feb 3": a number in a story that names Odesa only in passing may be of the whole
        // country's attack; the place is in the quote, next to it or in the lead, as for a length.
        // (Not a place that names an event: "during the Abu Dhabi talks" says when.)
        const nextWord = t.adjacentToNext ? (q.terms[q.terms.indexOf(t) + 1]?.word ?? "") : "";
        const eventName = EVENT_NOUN.test(nextWord);
        // (Nor the owner of a document: "under the first US draft, how big could Ukraine's army be" — the list item
        // "limit Ukraine's armed forces to 600,000" under "The plan would:" need not name the US.)
        const documentOwner = DOCUMENT_NOUN.test(nextWord);
        const countedPlace = q.want === "count" && place && !t.setting && !eventName && !documentOwner && !q.timeAnchor?.terms.includes(t);
        // "Which hotel were the Abu Dhabi talks held in": the venue of those talks, not a Geneva hotel in a story naming
        // Abu Dhabi in passing — the event's place is in the quote, next to it or in the lead, as for a length.
        // (And "which hotel were the delegations staying at in Abu Dhabi": the place that scopes a question of place.)
        const venueOf = q.want === "place" && place && (eventName || q.placeWithin === true || VENUE_ASKED.test(q.text)) && !q.timeAnchor?.terms.includes(t) && !AFTER_EVENT.test(q.text);
        // "Which university did Witkoff go to": a fact of his, in a sentence about him (named in it, next to it or in
        // the lead) — not "He and Vance both went to public universities" in a profile of someone else that names
        // Witkoff further down.
        // (Only a fact of his — "which university", "how old": where, when and how much of an event he took part in
        // are told in sentences that need not name everyone there.)
        const ofPerson = !place && !t.setting && PERSON_FACTS.has(q.want) && q.kind !== "yesno" && !q.timeAnchor?.terms.includes(t) && this.isPerson(t.word);
        const measured = (q.want === "duration" || asked.placesOfSaying.has(t) || aboutSaid || countedPlace || venueOf || ofPerson) && !t.soft;
        // (A topic of saying the story comes back to — named in two of its sentences or more — is what it is about; one
        // named a few sentences before the quote is what the quote answers: "…drones at the residence in the Novgorod
        // region. … In Kyiv, the reaction was immediate. 'Typical Russian lies,' Zelensky said".)
        const storyTopic = aboutSaid && (this.namedJustBefore(c.sentence, t) || this.namedTwice(c.sentence.articleId, t, simCache));
        // ("Did Turkey offer to host the next round": the country the question asks about acts in the quote or next to it.)
        // "Is Kostyukov still heading the delegation": "This time the delegation was headed by Medinsky", in a story
        // that names Kostyukov, tells the change without naming him again.
        const changeTold = asked.still && inArticle > 0 && REPLACEMENT.test(c.sentence.text);
        const present =
          q.kind === "yesno" && t.entity && (!place || t.subject === true) && !t.setting && !changeTold
            ? Math.max(inSentence, inSentence === 0 && !ANAPHORA.test(c.sentence.text) && this.namesOtherPerson(c.sentence.text, q) ? 0 : 2 * inContext)
            : measured && !storyTopic
              ? Math.max(inSentence, this.match(t, contextOf(), simCache), holds(this.headBag(c.sentence.articleId), t) || this.inSectionHead(c.sentence, t) ? 1 : 0)
              : inArticle;
        if (present === 0 && !t.soft) {
          entitiesPresent = false;
          if (inArticle === 0) storyLacksName = true;
          // "Was Budanov at the Miami talks?": a sentence not naming him is about someone else, and sets no bar.
          if (q.kind === "yesno" && !place && inArticle > 0) personAbsent = true;
        }
        value = Math.max(value, ANSWER_TUNING.entityInArticle * inArticle);
        if (t.countQualifier && inSentence === 0) countedMissing = true;
      } else if (t.role && !asked.addressees.has(t) && !roleMet(Math.max(inSentence, 2 * inContext), q.want === "statement") && !(LEADER_WORD.test(t.word) && LEADER_TITLE.test(c.sentence.text)) && !(t.soft && PLURAL.test(t.word) && this.holderNamed(t, bag, contextOf()))) {
        // ("The head of the European Council": its President, chair or chief.)
        entitiesPresent = false;
      } else if (t.topic && !t.soft && !article.stems.has(t.stem) && !(t.sayTopic && synonymsOf(t.stem).some((o) => article.stems.has(o))) && Math.max(inSentence, 2 * inContext) < ANSWER_TUNING.topicSimilarity) {
        // A topic noun must be in the article, or paraphrased in the quote or next to it: a whole article holds
        // too many loosely similar words ("match" ~ "second" 0.67) to accept a paraphrase from anywhere in it.
        // (What X said about a thing may answer a story that named it in its own word: "what did Zelensky say about
        // drones hitting Putin's house", in the story of the residence, where "These are lies," he said.)
        missingTopics++;
        absent.add(t);
      }
      covered += weight * value;
      if (q.want === "statement" && asked.speakerTerms.has(t)) speakerShort += weight * (1 - value);
    }
    // One noun of several may be the article's own word for it ("nuclear power station" / "… plant"); the rest
    // must be there. A single topic noun ("prisoners") must be.
    // "Did Putin resign?" is about Putin resigning: the quote (or its neighbours) must say what is asked, not only
    // name who is asked about.
    // "Is Yermak still in government?": "he resigned on Friday" or "he remains in charge" answers it, in other words.
    // "Was Ukraine's top general at the Berlin talks?": the role stands for a person (Hnatov); a sentence naming neither
    // him nor, opening on "he", the one before him is about someone else, as for a name asked outright.
    if (q.kind === "yesno" && q.person && q.terms.some((t) => t.person) && !q.terms.some((t) => t.entity && !t.soft && !t.person && this.isPerson(t.word)) && !bag.keys.has(q.person) && !(ANAPHORA.test(c.sentence.text) && contextOf().keys.has(q.person))) personAbsent = true;
    const statusAnswer = asked.still && STATUS_CHANGE.test(c.sentence.text);
    // "Did Lavrov attend either round": "Notably absent from both rounds: Lavrov" says no, in its own word.
    if (q.kind === "yesno" && ABSENCE.test(c.sentence.text)) for (const t of predicates) if (ATTENDING.has(t.stem)) matchedNear.add(t);
    if (q.kind === "yesno" && q.aboutPerson && !statusAnswer && predicates.length > 0 && predicates.filter((t) => !matchedNear.has(t)).length > (predicates.length >= 2 ? 1 : 0)) {
      entitiesPresent = false;
    }
    // The tolerated one is part of a compound with a present noun; "what did modi tell putin" has no such excuse.
    const topics = q.terms.filter((t) => t.topic && !t.soft).length;
    const compound = (t: QuestionTerm) => {
      const i = q.terms.indexOf(t);
      const prev = q.terms[i - 1];
      // Only the head of the compound may be the article's own word ("power station" / "power plant"): a missing
      // first word is what the question is about ("did erdogan offer…" is not about offers in general).
      // Or a name met in the article ("Energoatom suppliers" / "contractors" in the story of Energoatom's case).
      // Not a person's: "Putin's residence" is which residence is asked ("one person was killed in the capital" next
      // to a sentence naming Putin does not meet it). And named in the quote or next to it, not only in the story.
      return prev?.adjacentToNext && (prev.topic || (prev.entity && !prev.soft && !this.isPerson(prev.word) && namedNear.has(prev))) && !absent.has(prev);
    };
    // "Why did they change the legal basis for the freeze": the reason ("…removing the risk that a single veto frees
    // the money") tells of the change in its own words ("used emergency treaty powers") — one topic may be missing
    // from a sentence that gives a cause.
    const tolerated = q.want === "reason" && missingTopics > 0 && givesCause(c.sentence.text) ? 1 : 0;
    // Under a page's heading asking the question in no other words ("Why June?" for "why is Washington pushing for a
    // deal by June"), the heading and the section say what it is about.
    const answersHeading = this.underAskingHeading(asked, c.sentence);
    // (A "why" or "how": "What is the 20-point plan?" is no answer to what the Pope said of it.)
    const askedAsIs = answersHeading && (asked.heading?.ask === "why" || asked.heading?.ask === "how") && this.headingWithin(asked, c.sentence);
    if (!askedAsIs && missingTopics > tolerated && (missingTopics - tolerated > Math.floor((topics - 1) / 2) || ![...absent].every(compound))) entitiesPresent = false;
    if (monthMissed && !askedAsIs) entitiesPresent = false;
    let coverage = total > 0 ? covered / total : 0;
    const siblings = this.store.snapshot().sentencesOf(c.sentence.articleId);
    const previous = siblings[c.sentence.index - 1];
    // "Medinsky spoke to reporters. He said the talks had lasted two days. 'They were difficult,' he said.": for what
    // X said, a chain of "he said" leads back to the sentence that names him.
    let sayer = previous;
    if (q.want === "statement") {
      for (let i = c.sentence.index - 1; i > 0 && i >= c.sentence.index - 3 && sayer && HE_SAID.test(sayer.text); i--) sayer = siblings[i - 1];
      // "Key statements by Yuri Ushakov:" and then his words, an item each: the list's opening line names him.
      const opener = this.listOpenerOf(c.sentence);
      if (opener !== undefined) sayer = siblings[opener];
      // A transcript's turn: "**SECRETARY RUBIO:** Thank you all… ¶ I would describe it as very productive." — the
      // label at the turn's start names who speaks in all of it.
      const turn = this.turnOfSentence(c.sentence);
      if (turn?.label !== undefined && !turn.asks && turn.opener < c.sentence.index) sayer = siblings[turn.opener];
      // A roundup of who said what: "**Vladimir Medinsky, head of the Russian delegation**", a line on him, then
      // '"They were difficult, but businesslike," he said.' — the section's heading names the one speaking.
      else if (sayer && !HE_SAID.test(sayer.text) && PRONOUN_SAID.test(c.sentence.text)) {
        for (let i = c.sentence.index - 1; i >= 0 && i >= c.sentence.index - 3; i--) {
          if (!isHeading(siblings[i]!.text)) continue;
          if (PERSON_HEADING.test(unmarked(siblings[i]!.text))) sayer = siblings[i];
          break;
        }
      }
    }
    const speaker = asked.speaker;
    // A block quote under the line introducing it ("His statement, which we transcribe in full:"): each of its
    // sentences is the words of whom that line gives it to, quotation marks or not.
    const intro = q.want === "statement" && speaker.length > 0 ? this.blockQuoteIntroOf(c.sentence) : undefined;
    const introduced = intro !== undefined && introducesWordsOf({ keys: this.sentenceKeys(siblings[intro]!), text: siblings[intro]!.text }, intro > 0 ? { keys: this.sentenceKeys(siblings[intro - 1]!), text: siblings[intro - 1]!.text } : undefined, speaker);
    let cue =
      introduced ? 0.9
      : q.want === "statement" && speaker.length > 0
        ? speakerCue(c.sentence.text, sayer && { keys: this.sentenceKeys(sayer), text: sayer.text }, speaker, speakerRoles(asked, article))
        : answerCue(q.want, c.sentence.text, q.terms, { whRole: q.whRole, isPerson: this.isPerson, succession: q.succession, holder: q.succession ? q.person : undefined, placeOfSaying: q.placeOfSaying, placeWithin: q.placeWithin });
    // "Where was Putin when he said the plan could be a basis": the words, in a paragraph opening on where he said
    // them ("…the Russian president spoke to journalists at the end of his state visit to Kyrgyzstan. … The American
    // proposals, he said, could become the basis…"); quoted from there.
    // (When the words are the ones asked: each topic of the question met.)
    // (Or the words, with where he said them in the sentence after: "…could be used as a basis. He spoke to reporters
    // in the Kyrgyz capital Bishkek…")
    if (q.placeOfSaying && cue < 1 && q.terms.every((t) => !t.topic || matchedNear.has(t)) && (this.sayingPlaceBefore(c.sentence, q) !== undefined || this.sayingPlaceAfter(c.sentence, q) !== undefined)) cue = 1;
    // An interview's answer, under the interviewer's question ("— Did the Russian side leak it? / — Certainly not.",
    // "**And the territory?** / Territory is still the hardest."), is the words of whom the headline names — when
    // the answer speaks in the first person, as the one interviewed does and a writer explaining does not.
    if (q.want === "statement" && speaker.length > 0 && cue === 0 && this.interviewAnswer(c.sentence) && speaker.some((k) => this.titleBag(c.sentence.articleId).keys.has(k))) cue = 0.9;
    // "What's Hnatov's job": a sentence giving him the title the articles give him most ("Chief of the General Staff
    // Andrii Hnatov"), rather than one where he only does something ("Hnatov presented the military component").
    if (q.asksJob && cue === 0) cue = this.jobCue(q, bag);
    // "Who's the American general at the Abu Dhabi talks": the role is Grynkewich's alone, so a sentence naming someone
    // else (the UAE's foreign minister) answers half as well as one naming him. (Not a role several have held — "the
    // lead negotiator at the Abu Dhabi talks" may not be the one the articles name most —, a successor, or "now".)
    if (q.want === "person" && q.person && q.soleHolder && !q.succession && !q.recency && cue > 0 && !bag.keys.has(q.person)) cue *= 0.5;
    // "Who led Kyiv's team": a name in a sentence that says who leads, not one naming someone else there.
    // "Who headed the Russian team": a sentence whose people are all of other countries (Driscoll, "meetings with a
    // Russian delegation") names no one of that side.
    if (q.want === "person" && asked.side && cue > 0 && this.peopleOfOtherSidesOnly(bag.keys, asked.side)) cue *= 0.5;
    // ("Who headed the Russian team": leading a team — not "Dmitriev, who heads the Russian Direct Investment Fund".)
    const teamAsked = q.asksLeader && q.terms.some((t) => TEAM_ASKED.test(t.word));
    if (q.asksLeader && q.want === "person" && cue > 0 && !(teamAsked ? LEADING_TEAM : LEADING).test(c.sentence.text)) cue *= 0.5;
    // "Is Yermak still leading the team?": a sentence telling of a change ("resigned", "no longer", "replaced") answers
    // it better than one restating the old state of things.
    if (statusAnswer && q.want === "yesno") cue = 1;
    // "Why didn't the EU use the frozen assets": "Belgium demanded guarantees the others would not give" is why.
    // (And before a sentence giving another cause: "after abandoning a plan to use the assets" tells what happened,
    // "Belgium refused to sign up without guarantees" what stood in the way.)
    const obstructs = q.want === "reason" && q.thwarted === true && OBSTRUCTION.test(c.sentence.text);
    if (obstructs && cue === 0) cue = 1;
    // "What time did the meeting start": a live blog's entry ("The meeting has begun") under its time stamp.
    if (q.want === "clock" && cue === 0 && previous && isTimeStamp(previous.text)) cue = 1;
    // "When was the Geneva round": "GENEVA, 18 February. ¶ The round of talks has ended." — an agency's dateline,
    // split off as a sentence of its own, dates the lead after it.
    if (q.want === "date" && cue < 1 && previous && isDatelineAlone(previous.text)) cue = 1;
    // "Till when was the pause to last": a day something runs until ("only until 1 February") before a day it began.
    if (q.want === "date" && q.until && cue > 0 && !RUNS_UNTIL.test(c.sentence.text)) cue *= 0.7;
    // "When is the next round?": the newest reporting's "no date has been set" is the answer there is.
    if (q.want === "date" && q.future && cue === 0 && NO_DATE.test(c.sentence.text)) cue = 1;
    // An explainer's section under "Why Budanov?" answers "why did Zelensky choose Budanov": the heading asks it.
    // Not for "what did X say": a page's "What does Russia want?" does not make whoever speaks under it X.
    if (answersHeading && !(q.want === "statement" && speaker.length > 0)) cue = 1;
    // "How many", "how much", "how long", "how old", "what time": an answer without a number is none.
    let noNumber = QUANTITIES.has(q.want) && cue === 0;
    // "How long did Trump and Zelensky meet": in "…meet in Davos; that night Putin receives the envoys for three
    // hours" the length is another clause's, of other people.
    if (q.want === "duration" && !noNumber) {
      // (A clause whose subject is the meeting — "The meeting in the Kremlin lasted about five hours; both sides
      // agreed…" — is the length of the meeting the sentence is about.)
      // (A sentence naming nobody and nowhere is about its story's event: "the first day ran six hours; the second
      // two" names Geneva in neither clause, and its story does. Then only names it writes tell its clauses apart.)
      const asked = q.terms.filter((t) => t.entity && !t.soft);
      const inSentence = textKeys(c.sentence.text);
      const named = namesAnyone(c.sentence.text) ? asked : asked.filter((t) => t.keys.some((k) => inSentence.has(k)));
      const ofAsked = (clause: string) => {
        if (EVENT_SUBJECT.test(clause)) return true;
        const keys = textKeys(clause);
        return !named.some((t) => !t.keys.some((k) => keys.has(k)));
      };
      const clauses = durationClauses(c.sentence.text);
      if (clauses.length > 0 && !clauses.some(ofAsked)) noNumber = true;
    }
    // About another day or another count: not a looser match of the question but none, so it sets no bar either.
    // "Who replaced Peskov", whose successor the articles do not know: only a sentence telling of a handover answers.
    const noHandover = q.want === "person" && q.succession === true && q.person === undefined && cue < 0.5;
    // "Which hotel were the Geneva talks held at": a sentence naming no hotel ("talks took place in Geneva") tells
    // another thing — a place, a building, a club is named with its kind ("the InterContinental hotel").
    const noVenue = q.whNamed !== undefined && VENUE_KINDS.has(q.whNamed) && !namesKind(c.sentence.text, q.whNamed);
    const offTopic = Boolean(otherDay || countedMissing || noNumber || personAbsent || noHandover || noVenue);
    if (offTopic) entitiesPresent = false;
    // "The 28-point plan" is not the 20-point one: a sentence about another plan of points, and not this one, is about
    // another document, as another ordinal is another round (see match).
    // (Not one under a heading naming this one, set against another: "## The 20-point plan ¶ Zelensky presented the
    // outline of that framework on Dec. 23, … friendlier to Ukraine than the 28-point document".)
    if (q.planPoints !== undefined && otherPlan(c.sentence.text, q.planPoints) && !this.underPlanHeading(c.sentence, q.planPoints)) entitiesPresent = false;
    // "What did NATO's secretary general say": a sentence neither naming him nor following one that does is not his.
    if (q.want === "statement" && speaker.length > 0 && cue === 0) entitiesPresent = false;
    // X speaking is X speaking, whatever the tense of the topic ("…say about reports that Ukraine will hold elections").
    const speaking = q.want === "statement" && speaker.length > 0 ? cue : 0;
    // "…Marco Rubio struck an upbeat tone. He called the session 'very productive'": the sentence is his as surely as
    // one naming him, so his name counts as met in it.
    // (Only when the sentence before names him: not after "the president said", a role others hold too.)
    if (speaking === 0.9 && speakerShort > 0 && total > 0 && sayer && speaker.some((k) => this.sentenceKeys(sayer!).has(k))) coverage = Math.min(1, (covered + speakerShort) / total);
    // "Where is Witkoff going next?": a place, and a plan — a sentence about where he went before answers less.
    // (A place with no plan is where he was: "arrived in Miami on Saturday" does not say where he is going.)
    if (q.future && q.want !== "next") cue *= statesPlan(c.sentence.text) ? 1 : q.want === "place" ? 0 : 0.5;
    const strongCue = STRONG_CUES.has(q.want) ? ANSWER_TUNING.strongCueWeight : ANSWER_TUNING.cueWeight;
    let score =
      ANSWER_TUNING.coverageWeight * coverage +
      ANSWER_TUNING.denseWeight * Math.max(0, c.dense) +
      strongCue * cue +
      ANSWER_TUNING.articleWeight * (total > 0 ? articleCovered / total : 0) +
      ANSWER_TUNING.headWeight * this.headCoverage(q, c.sentence.articleId, simCache);
    if (recency) score += ANSWER_TUNING.recencyWeight * recency(c.sentence.articleId);
    if (asked.side && namesOtherSideOnly(c.sentence.text, asked.side)) score *= ANSWER_TUNING.otherSideFactor;
    if (q.daysFromEvent && sameDay) score += ANSWER_TUNING.eventDayWeight;
    if (answersHeading) score += ANSWER_TUNING.headingAnswerWeight;
    // "Is the pause still holding": the sentence telling that it ended ("On Tuesday the pause was over.") answers it,
    // short as it is, before the ones telling how it began.
    // (Of the thing asked about, in its own words: "It lasted barely a week", of the truce, is no news of the round.)
    if (statusAnswer && q.kind === "yesno" && ownWord) score += ANSWER_TUNING.statusChangeWeight;
    // (Of the person asked, named in the sentence: "…the head of the office, Andriy Yermak, resigned on Friday".)
    if (asked.fate && STATUS_CHANGE.test(c.sentence.text) && q.terms.some((t) => this.personTerm(t) && t.keys.some((k) => bag.keys.has(k)))) score += ANSWER_TUNING.fateWeight;
    if (q.whNamed && namesKind(c.sentence.text, q.whNamed)) score += ANSWER_TUNING.namedKindWeight;
    // (Of what the question is about: "loading it with demands", said of something else, stood in no one's way here.)
    if (obstructs && coverage >= OBSTRUCTION_COVERAGE) score += ANSWER_TUNING.namedKindWeight;
    // "Who was with Putin when he met the envoys": "Putin was joined by his aide Yuri Ushakov", "around the table sat…".
    if (q.companions && COMPANION.test(c.sentence.text)) score += ANSWER_TUNING.namedKindWeight;
    // "Where is the round after the second Abu Dhabi meeting": a sentence of the next round, not of the one before.
    if (q.nextAfter) {
      // ("The third round … ended in Geneva": an ordinal round at the asked place is that event itself.)
      const atEvent = q.nextAfter.some((k) => bag.keys.has(k));
      // "When's the next round after Geneva": news from before the latest Geneva round is of a round since held
      // ("FEB 6-7 - …has proposed holding the next round in the United States").
      const stale = asked.eventTime !== undefined && this.newsTime(c.sentence) < asked.eventTime - STALE_DAYS * 86_400_000;
      if (stale) score *= ANSWER_TUNING.otherSideFactor;
      else if (NEXT_ROUND.test(c.sentence.text) && !(atEvent && !COMING_ROUND.test(c.sentence.text))) score += ANSWER_TUNING.namedKindWeight;
      else if (q.want !== "next" && atEvent) score *= ANSWER_TUNING.otherSideFactor;
    }
    // "Who delivered the 28-point plan to Zelensky": "Driscoll handed it to Zelenskiy in Kyiv" tells the deed.
    // (And the more when someone is named as the one who did it: "…was handed to the president by Army Secretary Dan
    // Driscoll", not "a day after an American delegation handed him the plan".)
    if (q.action && !LIGHT_VERB.test(q.action.word) && this.match(q.action, bag, simCache) >= ACTION_MET) {
      score += ANSWER_TUNING.namedKindWeight;
      if (q.want === "person" && agentNamed(c.sentence.text, q.action.stem)) score += ANSWER_TUNING.namedKindWeight;
    }
    // "Rubio's verdict on the meeting": his judgement of it, "He called the session 'very productive'".
    if (q.verdict && speaking >= 0.6 && JUDGES.test(c.sentence.text)) score += ANSWER_TUNING.namedKindWeight;
    // "What did Zelensky offer to give up in Berlin": "The headline out of Berlin is an offer from Zelenskiy himself"
    // is the question's own words again, with nothing of the answer.
    // (Not a why-question's: "That is why the president talks about a plebiscite" is quoted with the reason before it.)
    if (q.want === "any" && q.kind !== "yesno" && this.newWords(q, bag) === 0) score *= ECHO_FACTOR;
    const furniture = () =>
      memo(this.furniture, c.sentence.label, () => {
        const a = this.store.article(c.sentence.articleId)!;
        // (A transcript's question — "**QUESTION:** Is the deadline gone?" — asks; the turn after it answers. What a
        // reporter states before asking — "Q: Witkoff said in Davos the talks were down to one issue." — is reporting.)
        const asks = () => this.turnOfSentence(c.sentence)?.asks === true && /\?\W*$/.test(c.sentence.text);
        return isFurniture(c.sentence.text, a.title, restOfLine(a.body, c.sentence.end)) || isHeading(c.sentence.text) || asks();
      });
    // Furniture on first read: the answer asks it of the few sentences it looks at, not of every candidate.
    return { sentence: c.sentence, score, coverage, entitiesPresent, get furniture() { return furniture(); }, offTopic, storyLacksName, speaking, stems: ownStems(bag), ...(answersHeading ? { underHeading: true } : {}) };
  }

  /**
   * The share of the role words the articles give the asked person twice or more that the sentence holds; 0.5 for
   * a role given once; 0 for none.
   */
  private jobCue(q: AnalyzedQuestion, bag: WordBag): number {
    const entities = this.store.entities;
    let best = 0;
    for (const t of q.terms) {
      if (!t.entity || !this.isPerson(t.word)) continue;
      const id = personId(t.word);
      if (!bag.keys.has(id) && !t.keys.some((k) => bag.keys.has(k))) continue;
      // The share of those words the sentence holds: "Lieutenant General Hnat" holds one of "chief of the General
      // Staff"'s three.
      const attested = entities.attestedRoles(id).filter((k) => k.startsWith("s:"));
      if (attested.length > 0) best = Math.max(best, attested.filter((k) => bag.keys.has(k)).length / attested.length);
      if (best === 0 && [...entities.rolesOf(id)].some((k) => k.startsWith("s:") && bag.keys.has(k))) best = 0.5;
    }
    return best;
  }

  /** A word the corpus writes as a name (person, place, institution, month): memoised, it is asked per word. */
  private isNameWord(word: string): boolean {
    const known = this.nameWords.get(word);
    return known !== undefined ? known : memo(this.nameWords, word, () => this.store.entities.isName(word));
  }

  /**
   * "How long did Putin talk to the US envoys": "Witkoff flew to Moscow with Kushner… The three were received by
   * Putin": a group asked for by its role is met by its members named in the sentence or next to it, people the
   * articles give that role.
   */
  private holderNamed(t: QuestionTerm, ...bags: WordBag[]): boolean {
    const entities = this.store.entities;
    for (const bag of bags) {
      for (const k of bag.keys) {
        if (entities.person(k) === undefined) continue;
        const roles = entities.rolesOf(k);
        if (t.keys.some((r) => roles.has(r))) return true;
      }
    }
    return false;
  }

  /** A word the corpus uses as a person's name (surname or given name of someone it names). */
  private readonly isPerson = (word: string): boolean => this.store.entities.person(personId(word)) !== undefined;

  /** The keys of the question's words that name a person the corpus knows. */
  private askedPeople(q: AnalyzedQuestion): string[] {
    return [...new Set(q.terms.flatMap((t) => t.keys))].filter((k) => !k.startsWith("g:") && this.store.entities.person(k) !== undefined);
  }

  /** A name of the question that is a person the corpus knows, in any spelling ("Iermak" for Yermak). */
  private personTerm(t: QuestionTerm): boolean {
    return t.entity && (this.isPerson(t.word) || t.keys.some((k) => this.store.entities.person(k) !== undefined));
  }

  /** True when the sentence names a person of the corpus that the question does not name. */
  private namesOtherPerson(text: string, q: AnalyzedQuestion): boolean {
    const asked = new Set(q.terms.flatMap((t) => t.keys));
    if (q.person) asked.add(q.person);
    return tokens(text).some((tok, i) => {
      // The first word is capitalised anyway, but a person the corpus knows is one there too ("Rubio said…").
      if (!/^\p{Lu}\p{Ll}/u.test(tok.raw) || (i === 0 && STOP_WORDS.has(tok.word))) return false;
      const id = personId(tok.word);
      return this.store.entities.person(id) !== undefined && !asked.has(id) && !asked.has(`s:${stem(tok.word)}`);
    });
  }

  /**
   * 1 for the newest article among those retrieved for the question, 0 for the oldest, in proportion to their
   * dates: "now" and "latest" mean the newest reporting on this subject, not the newest article of the corpus.
   */
  private recencyOf(candidates: Candidate[]): (articleId: string) => number {
    const times = new Map<string, number>();
    for (const c of candidates) {
      const id = c.sentence.articleId;
      if (!times.has(id)) times.set(id, Date.parse(this.store.article(id)?.published ?? "") || 0);
    }
    const all = [...times.values()];
    const [min, max] = [Math.min(...all), Math.max(...all)];
    return (id) => (max > min ? ((times.get(id) ?? min) - min) / (max - min) : 1);
  }

  /** How many of a sentence's words (but stop words) are none of the question's, nor a synonym of one. */
  private newWords(q: AnalyzedQuestion, bag: WordBag): number {
    let asked = this.askedStems.get(q);
    if (!asked) {
      asked = new Set(q.terms.flatMap((t) => [t.stem, ...synonymsOf(t.stem), ...t.keys.filter((k) => k.startsWith("s:")).map((k) => k.slice(2))]));
      this.askedStems.set(q, asked);
    }
    let n = 0;
    for (const st of bag.stems) if (!asked.has(st) && !STOP_WORDS.has(st) && !EMPTY_WORDS.has(st) && !bag.keys.has(`n:${st}`)) n++;
    return n;
  }

  /** The publication time of the newest candidate story whose headline or lead names one of `keys`, if any. */
  private latestStoryOf(keys: readonly string[], candidates: Candidate[]): number | undefined {
    let latest: number | undefined;
    for (const id of new Set(candidates.map((c) => c.sentence.articleId))) {
      if (!keys.some((k) => this.headBag(id).keys.has(k))) continue;
      const t = Date.parse(this.store.article(id)?.published ?? "");
      if (!Number.isNaN(t) && (latest === undefined || t > latest)) latest = t;
    }
    return latest;
  }

  /**
   * When a sentence's news is from: its story's publication — or the days it names itself when they are all well
   * before that ("FEB 6-7 - Zelenskiy says…" in a timeline box, "On Dec. 28 Trump said…" in a later story).
   */
  private newsTime(s: IndexedSentence): number {
    const published = Date.parse(this.store.article(s.articleId)?.published ?? "") || 0;
    const days = [...this.sentenceDays(s)].flatMap((d) => timeOfDay(d, published) ?? []);
    if (days.length === 0) return published;
    const latest = Math.max(...days);
    return latest < published - STALE_DAYS * 86_400_000 ? latest : published;
  }

  /**
   * A name and the noun after it in the question that together mean a word of the sentence
   * ("Russian president" ~ "Putin" 0.74, while "French president" ~ "Putin" is 0.53): both count as matched.
   */
  private phraseMatches(terms: QuestionTerm[], bag: WordBag, article: WordBag, simCache: QuestionCache): Map<QuestionTerm, number> {
    const out = new Map<QuestionTerm, number>();
    const words = this.words;
    if (!words?.phraseSimilarity) return out;
    for (let i = 0; i + 1 < terms.length; i++) {
      const [a, b] = [terms[i]!, terms[i + 1]!];
      // A name qualifying a noun ("Russian president", "Ukrainian leader"): the pattern that names a person by role.
      // Other pairs ("ceasefire start" ~ "peace") drift too easily to be trusted.
      if (!a.entity || b.entity || !a.adjacentToNext) continue;
      if (bag.stems.has(a.stem) && bag.stems.has(b.stem)) continue;
      // The phrase's name must be in the article itself: "Russian president" may mean Putin in an article about
      // Russia, while "Chinese foreign (minister)" must not become "Russian" in an article that never names China.
      if ((a.entity && !article.stems.has(a.stem)) || (b.entity && !article.stems.has(b.stem))) continue;
      const best = bestOver(bag, `\u0001${a.word}\u0000${b.word}\u0000${a.stem}\u0000${b.stem}`, () => {
        // The phrase's similarity to each word, kept for the question: the same words recur in its candidates.
        const pair = `${a.word} ${b.word}`;
        let sims = simCache.phrases.get(pair);
        if (!sims) simCache.phrases.set(pair, (sims = new Map()));
        const phrase = [a.word, b.word];
        let best = 0;
        for (const w of wordsOf(bag)) {
          const s = stem(w);
          if (s === a.stem || s === b.stem) continue;
          let sim = sims.get(w);
          if (sim === undefined) {
            sim = words.phraseSimilarity!(phrase, w) ?? 0;
            // The phrase must mean the word better than either of its words does alone ("football match" is no
            // closer to "club" than "football" is), or it is one word's similarity in disguise.
            const alone = Math.max(words.similarity(a.word, w) ?? 0, words.similarity(b.word, w) ?? 0);
            if (sim < alone + 0.03) sim = 0;
            sims.set(w, sim);
          }
          best = Math.max(best, sim);
        }
        return best;
      });
      if (best >= ANSWER_TUNING.phraseSimilarity) {
        out.set(a, Math.max(out.get(a) ?? 0, best));
        out.set(b, Math.max(out.get(b) ?? 0, best));
      }
    }
    return out;
  }

  /**
   * `match` against a whole article, once per question: many candidates share an article, and an article holds
   * thousands of words (on the speech corpus this loop was most of the answer time; see npm run bench).
   */
  private articleMatch(t: QuestionTerm, articleId: string, article: WordBag, simCache: Map<string, number>): number {
    const key = `\u0001${articleId}\u0000${t.word}`;
    let value = simCache.get(key);
    if (value === undefined) {
      value = this.match(t, article, simCache);
      simCache.set(key, value);
    }
    return value;
  }

  /**
   * 1 for the same stem; a little less for another spelling of the name (0.95) or another name of the same place
   * or institution (0.85); else, for common words only, the best word similarity above the paraphrase threshold.
   * Names are never matched by word vectors: "Poland" is close to "Ukraine" in them and means something else.
   */
  private match(t: QuestionTerm, bag: WordBag, simCache: Map<string, number>): number {
    if (bag.stems.has(t.stem) && !t.word.includes(" ")) return 1;
    // "The second round" is not "the first meeting", however close the words' vectors: a text with another ordinal
    // and not the asked one ("second" or "2nd") does not meet it; a text with none may (the round is often implied).
    const ordinal = t.ordinal;
    if (ordinal !== undefined && !ORDINAL_FORMS[ordinal]!.some((w) => bag.stems.has(w)) && ORDINAL_FORMS.some((forms) => forms.some((w) => bag.stems.has(w)))) return 0;
    let best = 0;
    for (const k of t.keys) {
      if (!bag.keys.has(k)) continue;
      best = Math.max(best, k.startsWith("s:") ? 1 : k.startsWith("n:") ? 0.95 : 0.85);
    }
    if (best > 0 || t.entity) return best;
    // News synonyms the word vectors miss ("spy" ~ "intelligence", "cap" ~ "limit").
    for (const other of synonymsOf(t.stem)) if (bag.stems.has(other)) return 0.9;
    const words = this.words;
    if (!words || t.exact) return best;
    const threshold = ANSWER_TUNING.wordSimilarity;
    // Neighbours joined: the best of each part, each kept with the part (a sentence is met again as a candidate or
    // as another's neighbour, a headline by every candidate of its article).
    if (bag.parts) {
      best = 0;
      for (const part of bag.parts) {
        const v = this.similarIn(part, t.word, words);
        if (v > best) best = v;
      }
    } else best = this.similarIn(bag, t.word, words);
    return best >= threshold ? best : 0;
  }

  /**
   * `words.wordList` of the bag's words but names, in their order: each word's row and name test looked up once per
   * ranker, not once per bag (a new bag's list was most of the word-vector matching's time).
   */
  private commonOf(b: WordBag, words: WordSimilarity): Int32Array {
    const rows: number[] = [];
    // A stored sentence's tokens rather than its words: the same words but stop words, some more than once, which
    // changes no best similarity — and its bag then needs no set of words (see storedBagOf).
    if (b.tokens) {
      for (const t of b.tokens) if (!t.stop) this.pushCommonRow(rows, t.word, words);
    } else for (const w of wordsOf(b)) this.pushCommonRow(rows, w, words);
    return Int32Array.from(rows);
  }

  private pushCommonRow(rows: number[], w: string, words: WordSimilarity): void {
    let row = this.commonRows.get(w);
    if (row === undefined) {
      row = this.isNameWord(w) ? -1 : (words.wordList!([w])[0] ?? -1);
      if (this.commonRows.size >= MAX_CACHED_BAGS) this.commonRows.clear();
      this.commonRows.set(w, row);
    }
    if (row >= 0) rows.push(row);
  }

  /**
   * The best word-vector similarity of `word` to the bag's words but names, kept with the bag (see bestOver; the
   * same steps without a closure a call: this runs for every question word on every candidate and neighbour).
   */
  private similarIn(b: WordBag, word: string, words: WordSimilarity): number {
    const similar = (b.similar ??= new Map());
    const known = similar.get(word);
    if (known !== undefined) return known;
    if (similar.size >= MAX_SIMILAR) similar.clear();
    let best = 0;
    if (words.wordList && words.bestSimilarity) {
      // The bag's words but names (as below), looked up once: each question word then costs a dot product a word.
      b.common ??= this.commonOf(b, words);
      best = words.bestSimilarity(word, b.common);
    } else {
      for (const w of wordsOf(b)) {
        // Nor is a common word a paraphrase of a name: "medvedev", unknown to the corpus, is not "Peskov".
        if (this.isNameWord(w)) continue;
        const sim = words.similarity(word, w) ?? 0;
        if (sim > best) best = sim;
      }
    }
    similar.set(word, best);
    return best;
  }

  private contextBag(s: IndexedSentence): WordBag {
    return this.cached(-1 - s.label, () => {
      const siblings = this.store.snapshot().sentencesOf(s.articleId);
      const before = [siblings[s.index - 1]];
      // "Oleh Ivashchenko. He used to head … He has not been part of the team.": a chain of "he" leads back to the name.
      for (let i = s.index - 1; i > 0 && i >= s.index - 3 && ANAPHORA.test(siblings[i]!.text); i--) before.push(siblings[i - 1]);
      // "— hold Ukraine's armed forces to 600,000 personnel;": an item of a list is about what its opening line
      // names ("the plan would:").
      const opener = this.listOpenerOf(s);
      if (opener !== undefined && opener !== s.index - 1) before.push(siblings[opener]);
      // "**QUESTION:** Is the Thanksgiving deadline gone? ¶ **RUBIO:** The President wants this done.": an answer is
      // about what its question asked.
      const asked = this.questionOfTurn(s);
      // (All of a question of several sentences: "**Then on Monday Moscow said Ukraine had tried to hit Putin's
      // residence. Lavrov said Russia would review its position.**")
      if (asked !== undefined) {
        const opener = this.turnOfSentence(siblings[asked]!)?.opener ?? asked;
        for (let i = Math.max(opener, asked - 2); i <= asked; i++) if (i !== s.index - 1) before.push(siblings[i]);
      }
      const after = siblings[s.index + 1];
      const title = this.store.article(s.articleId)?.title ?? "";
      // The bag of the texts joined, made of the neighbours' own bags (cached: a sentence is read once, as a
      // candidate or as a neighbour) — unless an alias phrase may run from one text into the next.
      const near = [...before, after].filter((x): x is IndexedSentence => x !== undefined);
      const parts = near.map((x) => this.sentenceBag(x));
      if (parts.some((p) => p.open)) return bagOf([...near.map((x) => x.text), title].join(" "));
      return unionOf([...parts, this.titleBag(s.articleId)]);
    });
  }

  /** The transcript turn the sentence is in (see text/turns.ts), cached per sentence. */
  private turnOfSentence(s: IndexedSentence): Turn | undefined {
    const t = memo(this.turns, s.label, () => turnOf(this.store.article(s.articleId)?.body ?? "", this.store.snapshot().sentencesOf(s.articleId), s.index) ?? null);
    return t ?? undefined;
  }

  /** A sentence of an unlabelled answer after a question, in a turn that speaks in the first person. */
  private interviewAnswer(s: IndexedSentence): boolean {
    const turn = this.turnOfSentence(s);
    if (!turn || turn.asks || turn.label !== undefined || this.questionOfTurn(s) === undefined) return false;
    const siblings = this.store.snapshot().sentencesOf(s.articleId);
    for (let i = turn.opener; i < turn.opener + FIRST_PERSON_READ && siblings[i] && this.turnOfSentence(siblings[i]!)?.opener === turn.opener; i++) {
      if (FIRST_PERSON.test(siblings[i]!.text)) return true;
    }
    return false;
  }

  /** The bag of an article's title (cached). */
  private titleBag(articleId: string): WordBag {
    let bag = this.titleBags.get(articleId);
    if (!bag) this.titleBags.set(articleId, (bag = bagOf(this.store.article(articleId)?.title ?? "")));
    return bag;
  }

  /** For a sentence of an answer's turn, the index of the question's last sentence (the turn before, asking). */
  private questionOfTurn(s: IndexedSentence): number | undefined {
    const turn = this.turnOfSentence(s);
    if (!turn || turn.asks || turn.opener === 0) return undefined;
    const siblings = this.store.snapshot().sentencesOf(s.articleId);
    const before = this.turnOfSentence(siblings[turn.opener - 1]!);
    return before?.asks ? turn.opener - 1 : undefined;
  }

  /** The sentence names people, and each is of a country (by the articles' titles for him) other than `side`. */
  private peopleOfOtherSidesOnly(keys: ReadonlySet<string>, side: string): boolean {
    const entities = this.store.entities;
    // (A short surname's key is a stem's, "s:…": any key the index holds a person under.)
    const people = [...keys].filter((k) => !k.startsWith("g:") && entities.person(k) !== undefined);
    return people.length > 0 && people.every((p) => {
      const countries = entities.countriesOf(p);
      return countries.length > 0 && !countries.includes(side);
    });
  }

  /** The index of the line introducing the block quote `s` is in, or undefined (see blockQuoteIntro). */
  private blockQuoteIntroOf(s: IndexedSentence): number | undefined {
    return blockQuoteIntro(this.store.article(s.articleId)?.body ?? "", this.store.snapshot().sentencesOf(s.articleId), s.index);
  }

  /** The index of the line opening the list the sentence is an item of (cached: the ranking and its context ask). */
  private listOpenerOf(s: IndexedSentence): number | undefined {
    const at = memo(this.openers, s.label, () => listOpener(this.store.article(s.articleId)?.body ?? "", this.store.snapshot().sentencesOf(s.articleId), s.index) ?? -1);
    return at < 0 ? undefined : at;
  }

  /** The days a sentence names, resolved against its article's publication day (cached: chrono is slow). */
  private sentenceDays(s: IndexedSentence): Set<string> {
    return memo(this.days, s.label, () => daysIn(s.text, this.store.article(s.articleId)!.published));
  }

  /** What the ranking asks of every candidate the same way for one question, worked out once (see Asked). */
  private askedOf(q: AnalyzedQuestion): Asked {
    const speaker = speakerKeys(q);
    // The roles the articles give the asked speaker ("president" for Trump); none for a country speaking through its
    // people (too many to stand for).
    const roles = new Map<string, ReadonlySet<string>>();
    if (q.want === "statement" && !q.speakerPeople) {
      for (const k of speaker) {
        if (this.store.entities.person(k) === undefined) continue;
        const own = new Set([...this.store.entities.rolesOf(k)].filter(isRoleKey));
        // "What did Kyiv's chief negotiator say", resolved to the head of its delegation: a sentence calling him by
        // the question's own words ("Ukraine's chief negotiator wrote…") names him too.
        if (k === q.person) for (const t of q.terms) if (t.person) for (const r of t.keys) if (isRoleKey(r)) own.add(r);
        roles.set(k, own);
      }
    }
    const deadlines = new Set(q.terms.filter((t) => t.date && deadlineMonth(q.text, t.word)).map((t) => t.word));
    // "What did Medinsky say in Abu Dhabi / at the Kremlin": a place after "in" or "at" is where the words were said
    // (not the speaker: "what did Kyiv say in Geneva").
    const lower = q.text.toLowerCase();
    const placesOfSaying = new Set(
      q.want === "statement"
        ? q.terms.filter((t, i) => t.keys.some((k) => k.startsWith("g:")) && !q.speaker.includes(i) && new RegExp(`\\b(in|at) (the )?${escapeRegExp(t.word)}\\b`).test(lower))
        : [],
    );
    const still = q.kind === "yesno" && STILL.test(q.text);
    // "What happened to Yermak, is he out": his fate, told by a change ("resigned", "was dismissed").
    const fate = q.kind !== "yesno" && q.want === "any" && FATE_ASKED.test(q.text) && q.terms.some((t) => this.personTerm(t));
    const speakerTerms = new Set(q.want === "statement" && speaker.length > 0 ? q.speaker.map((i) => q.terms[i]!) : []);
    const side = sideAsked(q.text);
    const addressees = new Set(q.terms.filter((t) => t.role && addressee(q, t)));
    const partMonth = q.daysFromEvent ? undefined : monthPartMonth(q.text);
    return { speaker, speakerTerms, heading: headingOf(q), roles, deadlines, placesOfSaying, daysAsked: asksDays(q), still, fate, addressees, ...(side ? { side } : {}), ...(partMonth !== undefined ? { partMonth } : {}) };
  }

  /**
   * The sentence is one of the first three after a question of the page ("Why Budanov?", "Who leads the Russian
   * side?", "Why a referendum?") that asks with the same question word about one of the question's names or topics.
   */
  private underAskingHeading(asked: Asked, s: IndexedSentence): boolean {
    const heading = asked.heading && this.headingOver(s);
    return heading !== undefined && this.asksAs(heading, asked.heading!);
  }

  /**
   * The term is in the heading of the section `s` stands in: a digest's or live blog's item is its own story, and its
   * heading ("Sun., Dec. 28 — Trump and Zelenskyy at Mar-a-Lago") says where and what, as a headline does.
   */
  private inSectionHead(s: IndexedSentence, t: QuestionTerm): boolean {
    const head = memo(this.sectionHeads, s.label, () => this.findSectionHead(s) ?? null);
    return head !== null && holds(this.sentenceBag(head), t);
  }

  /** The nearest line above `s`, within SECTION_SPAN sentences, that heads a section (see headsSection). */
  private findSectionHead(s: IndexedSentence): IndexedSentence | undefined {
    const body = this.store.article(s.articleId)?.body;
    if (body === undefined) return undefined;
    return this.nearestAbove(s, SECTION_SPAN, (x) => headsSection(body, x));
  }

  /** The nearest heading within UNDER_HEADING sentences above `s` names the plan of `points` points. */
  private underPlanHeading(s: IndexedSentence, points: string): boolean {
    const heading = this.nearestAbove(s, UNDER_HEADING, (x) => isHeading(x.text));
    return heading !== undefined && planPointsIn(heading.text).includes(points);
  }

  /** The nearest heading-like line within UNDER_HEADING sentences above `s` (see headingLike), or undefined. */
  private headingOver(s: IndexedSentence): IndexedSentence | undefined {
    return this.nearestAbove(s, UNDER_HEADING, (x) => this.isHeadingLike(x));
  }

  /** The nearest of the `span` sentences above `s` in its article that passes `test`, or undefined. */
  private nearestAbove(s: IndexedSentence, span: number, test: (x: IndexedSentence) => boolean): IndexedSentence | undefined {
    const siblings = this.store.snapshot().sentencesOf(s.articleId);
    for (let i = s.index - 1; i >= 0 && i >= s.index - span; i--) if (test(siblings[i]!)) return siblings[i];
    return undefined;
  }

  private isHeadingLike(s: IndexedSentence): boolean {
    return memo(this.headingLikes, s.label, () => headingLike(s.text));
  }

  /** Every word of the heading over `s` is one of the question's ("Why June?" over "why … by June"). */
  private headingWithin(asked: Asked, s: IndexedSentence): boolean {
    const heading = asked.heading && this.headingOver(s);
    return heading !== undefined && tokens(unmarked(heading.text)).every((t) => STOP_WORDS.has(t.word) || asked.heading!.stems.has(stem(t.word)));
  }

  /** The sentence is a heading asking with the question's word about one of its names or topics. */
  private asksAs(s: IndexedSentence, { ask, names, loose, dates }: NonNullable<Asked["heading"]>, own = false): boolean {
    // (A FAQ's number aside: "4. Is the energy truce still in force?")
    const heading = unmarked(s.text).replace(/^\d{1,2}[.)]\s+/, "");
    const word = (YESNO_WORD.test(ask) ? YESNO_WORD : QUESTION_WORD).exec(heading.toLowerCase())?.[1];
    if (heading.length > 160 || word !== ask) return false;
    const keys = this.sentenceKeys(s);
    const explains = (ask === "why" || ask === "how") && !heading.endsWith("?");
    const shared = (explains ? loose : names).filter((t) => t.keys.some((k) => keys.has(k)));
    // "Why did Zelensky let him go?" is another question than "why did Zelensky choose Budanov": a heading of a
    // whole question shares two of its names, when it has two; a short one ("Why Budanov?") asks of the one it names.
    if (!explains && names.length >= 2 && shared.length < 2 && heading.split(/\s+/).length > 4) return false;
    // "Why June?" asks of the date the question names ("why is Washington pushing for a deal by June").
    if (shared.length === 0 && heading.split(/\s+/).length <= 3) {
      const words = new Set(tokens(heading).map((t) => stem(t.word)));
      return dates.some((t) => words.has(t.stem));
    }
    return own ? shared.some((t) => !onlyTheTalks(t)) : shared.length > 0;
  }

  /** The months a sentence is about (see monthsOf). */
  private sentenceMonths(s: IndexedSentence): Set<number> {
    return memo(this.months, s.label, () => monthsOf(s.text, this.store.article(s.articleId)!.published, this.sentenceDays(s)));
  }

  /** Sentences of the best-covering articles that name the question's people and places (see anchors.ts). */
  anchored(q: AnalyzedQuestion, found: IndexedSentence[]): IndexedSentence[] {
    const out = anchoredSentences(q, found, {
      snapshot: () => this.store.snapshot(),
      entities: this.store.entities,
      articleKeys: (id) => this.articleBag(id),
      headKeys: (id) => this.headBag(id),
      sentenceKeys: (s) => this.sentenceKeys(s),
      weight: (stem) => this.idf(stem),
    });
    // An explainer's heading asking the question ("4. Is the energy truce still in force?") is found for its words;
    // the answer is the paragraph under it, which seldom repeats them.
    const heading = headingOf(q);
    if (heading) {
      for (const s of found) {
        // (On a word of its own: "What does it ask Ukraine to do?" is no heading for every question naming Ukraine.)
        if (!this.isHeadingLike(s) || !this.asksAs(s, heading, true)) continue;
        out.push(...this.store.snapshot().sentencesOf(s.articleId).slice(s.index + 1, s.index + 1 + UNDER_HEADING));
      }
    }
    // "How old is Umerov": a profile gives his age a paragraph of "he" sentences after his name ("He is 43, a Crimean
    // Tatar…"), in words retrieval cannot look for. Read the age sentences of the stories that name him.
    if (q.want === "age") out.push(...this.ageSentences(q, found));
    return out;
  }

  /** The sentences giving an age in the first AGE_STORIES stories found that name the question's person. */
  private ageSentences(q: AnalyzedQuestion, found: IndexedSentence[]): IndexedSentence[] {
    const keys = q.person ? [q.person] : q.terms.filter((t) => t.entity && !t.soft && !t.keys.some((k) => k.startsWith("g:"))).flatMap((t) => t.keys);
    if (keys.length === 0) return [];
    const stories = [...new Set(found.map((s) => s.articleId))].filter((id) => keys.some((k) => this.articleBag(id).keys.has(k))).slice(0, AGE_STORIES);
    const named = (s: IndexedSentence) => keys.some((k) => this.sentenceKeys(s).has(k));
    return stories.flatMap((id) => {
      const all = this.store.snapshot().sentencesOf(id);
      // His, not another's: named in it, or the last person named before it (within a paragraph or so) is he.
      const his = (s: IndexedSentence) => {
        if (named(s)) return true;
        // ("Yermak, 54, a former film producer…" in a profile of Umerov is Yermak's age.)
        if (this.namesOtherPerson(s.text, q)) return false;
        for (let i = s.index - 1; i >= Math.max(0, s.index - AGE_BACK); i--) {
          if (named(all[i]!)) return true;
          // (A sentence on "he" goes on about the same man, whoever else it names: "…when Zelensky moved him".)
          if (!ON_HIM.test(all[i]!.text) && this.namesOtherPerson(all[i]!.text, q)) return false;
        }
        return false;
      };
      return all.filter((s) => statesAge(s.text) && his(s));
    });
  }

  /** Whether one of the five sentences before `s` names the term (by its keys): a paragraph or so. */
  private namedJustBefore(s: IndexedSentence, t: QuestionTerm): boolean {
    const all = this.store.snapshot().sentencesOf(s.articleId);
    for (let i = Math.max(0, s.index - 5); i < s.index; i++) if (t.keys.some((k) => this.sentenceKeys(all[i]!).has(k))) return true;
    return false;
  }

  /**
   * Whether two sentences or more of the article name the term (by its keys): once per question and article, in the
   * question's cache as articleMatch is, not once a candidate.
   */
  private namedTwice(articleId: string, t: QuestionTerm, simCache: Map<string, number>): boolean {
    const key = `\u0003${articleId}\u0000${t.word}`;
    let twice = simCache.get(key);
    if (twice === undefined) {
      let n = 0;
      for (const s of this.store.snapshot().sentencesOf(articleId)) if (t.keys.some((k) => this.sentenceKeys(s).has(k)) && ++n >= 2) break;
      simCache.set(key, (twice = n >= 2 ? 1 : 0));
    }
    return twice === 1;
  }

  /** The entity keys of a sentence (from the bag the ranking uses, so computed once). */
  sentenceKeys(s: IndexedSentence): ReadonlySet<string> {
    return this.sentenceBag(s).keys;
  }

  private sentenceBag(s: IndexedSentence): WordBag {
    // Most calls find it: no closure made for them.
    const known = this.bags.get(s.label);
    if (known !== undefined) return known;
    return this.cached(s.label, () => {
      // The tokens the build stored, when it did: the text is not read again (see src/index/sentenceTokens.ts).
      const stored = this.store.sentenceTokens(s.label);
      return stored ? storedBagOf(stored) : bagOf(s.text);
    });
  }

  /** Bags of sentences (label) and of their neighbours (-1 - label): the same candidates recur across questions. */
  private cached(key: number, make: () => WordBag): WordBag {
    return memo(this.bags, key, make);
  }

  /** The weighted share of the question's words, soft ones aside, that the quote's headline and lead hold. */
  private headCoverage(q: AnalyzedQuestion, articleId: string, simCache: Map<string, number>): number {
    // Once per article and question (the per-question cache): many candidates share an article.
    const key = `\u0002${articleId}`;
    const cached = simCache.get(key);
    if (cached !== undefined) return cached;
    const head = this.headBag(articleId);
    let covered = 0;
    let total = 0;
    for (const t of q.terms) {
      if (t.soft) continue;
      const w = this.idf(t.stem);
      total += w;
      if (holds(head, t) || (t.person && q.person && head.keys.has(q.person))) covered += w;
    }
    const value = total > 0 ? covered / total : 0;
    simCache.set(key, value);
    return value;
  }

  private headBag(id: string): WordBag {
    let bag = this.headBags.get(id);
    if (!bag) {
      const a = this.store.article(id) as Article;
      const lead = this.store.snapshot().sentencesOf(id).slice(0, 2).map((s) => s.text);
      bag = bagOf([a.title, ...lead].join(" "));
      this.headBags.set(id, bag);
    }
    return bag;
  }

  /**
   * Builds the bags of articles no question has read yet, newest first, until the time `until` (of
   * performance.now()) or the bound on kept bags; true when no more are to be built. A long-running process calls it
   * when idle (AnswerEngine.warmUp): the first question to read a long article otherwise paid for its bag.
   */
  prepareArticles(until: number): boolean {
    const articles = this.store.snapshot().articles; // newest first
    for (; this.prepared < articles.length; this.prepared++) {
      if (this.articleEntries >= this.maxArticleEntries) return true;
      if (performance.now() >= until) return false;
      const id = articles[this.prepared]!.id;
      // (Not articleBag's look-up: a bag already built keeps its place in the order of use.)
      if (!this.articleBags.has(id)) this.articleBag(id);
    }
    return true;
  }

  private articleBag(id: string): WordBag {
    let bag = this.articleBags.get(id);
    if (bag) {
      // Now the most recently used: the bound below drops the least recently used first.
      this.articleBags.delete(id);
      this.articleBags.set(id, bag);
      return bag;
    }
    const a = this.store.article(id) as Article;
    bag = articleBagOf(a, this.store.articleTokens(id));
    this.articleBags.set(id, bag);
    this.articleEntries += entriesOf(bag);
    for (const [old, b] of this.articleBags) {
      if (this.articleEntries <= this.maxArticleEntries || old === id) break;
      this.articleBags.delete(old);
      this.articleEntries -= entriesOf(b);
    }
    return bag;
  }

  /** Inverse document frequency over sentences: a word the corpus never uses weighs most. */
  private idf(term: string): number {
    let v = this.idfCache.get(term);
    if (v === undefined) {
      const n = this.store.info().sentences;
      const df = this.store.termDocumentCount(term);
      v = Math.log(1 + (n + 1) / (df + 1));
      this.idfCache.set(term, v);
    }
    return v;
  }
}

/** "The head of the European Council": a role word met by the title its holder is written with ("Council President"). */
const LEADER_WORD = /^(head|chief|leader|boss)$/;
const LEADER_TITLE = /\b(President|Chair(?:man|woman|person)?|Chief|Head|Leader|Director|Secretary[- ]General)\b/;
/** A team a who-question asks the leader of ("who led the Russian team"). */
const TEAM_ASKED = /^(?:delegation|delegations|team|teams|side|group|contingent)$/;
/**
 * Leading a team, the verb within a few words of it ("a delegation of officers led by", "who led the Russian side"),
 * or the title of the one who does ("chief negotiator"). (Not "the Russian side was Dmitrenko, who heads the fund".)
 */
const LEADING_TEAM = /\b(?:led|leads|leading|headed|heads|head of|chief of|chaired|chairs|at the helm of)\b(?:\W+[\p{L}'’-]+){0,5}?\W+(?:delegations?|team|side|group|contingent)\b|\b(?:delegations?|team|side|group|contingent)\b(?:\W+[\p{L}'’-]+){0,6}?\W+(?:led|headed|chaired)\s+by\b|\b(?:chief|lead|top) negotiator\b/iu;
/** A sentence saying who leads: "Umerov leads it", "led by", "the head of the delegation", "in charge". */
const LEADING = /\b(led|leads|leading|lead|headed|heads|head of|chief|chaired|chairs|chair of|in charge|at the helm|commanded|commands)\b/i;

/** "Is X still …": a question whether a state lasts. */
const STILL = /\bstill\b/i;
/** "What happened to X", "what became of X", "what's up with X". */
const FATE_ASKED = /\bwhat(?:['’]?s| has| had| did)?\s+(?:happen(?:ed|s|ing)?\s+(?:to|with)|become of|became of|up with)\b/i;
/** A change told without naming what it replaced: another holder, another day ("instead", "this time", "rather than"). */
const REPLACEMENT_WORDS = "instead|this time|in (?:his|her) place|took over|takes over|replaced|succeeded|rather than|postponed|pushed back|brought forward|rescheduled|moved to|(?:date|venue) (?:has |had )?(?:shifted|changed|moved)";
const REPLACEMENT = new RegExp(`\\b(?:${REPLACEMENT_WORDS})\\b`, "i");
/** A sentence saying someone left a post or kept it: the answer to "is X still …" in any words. */
// (A truce's end: "strikes resumed", "it lasted a few days", "the pause applied only until Sunday".)
const STATUS_CHANGE = new RegExp(
  `\\b(${REPLACEMENT_WORDS}|former|formerly|ex-|resign(ed|s)?|resignation|stepped down|steps down|step down|quit|quits|dismissed|fired|sacked|ousted|removed|left (the|his|her|office|government)|no longer|remains?|remained|still (heads|leads|runs|serves|holds)|continues to (lead|head|serve|run)|expired|lapsed|collapsed|broke down|(has|had|was) ended|(would|will|was to|is to) last (?:only )?until|ends the|ended the|no longer in (force|effect|place)|resumed|lasted|only until|did not hold|has not held|did not last|didn't last|(?:was|is|were|are) (?:already |now )?over|came to an end|(?:was|were) broken|violated)\\b`,
  "i",
);

/** A sentence saying a plan has no date yet: "no date has been set", "without giving a date", "neither … a date". */
const NO_DATE = /\b(no|without (giving |setting |naming )?a|not (yet )?(set|announced|agreed|given|named|fixed) a|neither [^.;]{0,40}\ba) (firm |specific |new )?(date|time ?frame|timetable|schedule)\b|\b(date|timing)s? [^.;]{0,30}\b(has|have|had) (not|yet to) (yet )?been (set|fixed|agreed|announced|decided|determined)|\b(date|timing)s? [^.;]{0,30}\b(remains?|remained|is|was) (unclear|unknown|open|undecided|not known)/i;

/** Words that only say "the talks" in a corpus about the talks: "what's the latest on the peace talks". */
const DOMAIN_WORDS = new Set("peace talks talk negotiations negotiation process war deal situation news ukraine russia".split(" ").map(stem));

/** A question about the newest reporting that names nothing more particular than the talks themselves. */
function isVagueLatest(q: AnalyzedQuestion): boolean {
  if (!/\b(latest|newest|most recent|any news|what'?s new|update on)\b/i.test(q.text) || q.want !== "any") return false;
  return q.terms.every(onlyTheTalks);
}

/** A word that says no more than "the talks" in this corpus: a domain word, or Ukraine or Russia by any name. */
function onlyTheTalks(t: QuestionTerm): boolean {
  return DOMAIN_WORDS.has(t.stem) || t.keys.some((k) => k === "g:ukraine" || k === "g:russia");
}

function bagOf(text: string): WordBag {
  const words = new Set<string>();
  const stems = new Set<string>();
  const toks = tokens(text);
  const keys = tokensKeys(toks, (w) => {
    if (w.stop) return;
    words.add(w.word);
    stems.add(w.stem);
  });
  const phrasal = addPhrasal(toks, stems, keys);
  return { words, stems, keys, open: aliasMayContinue(toks), ...(phrasal ? { phrasal } : {}) };
}

/** `s` quoted from `start` (before it) to its end: one span of the body, verbatim still. */
function runFrom(s: IndexedSentence, start: number, body: string): IndexedSentence {
  return { ...s, start, text: body.slice(start, s.end) };
}

/** `s` quoted from its start on to `end` (after it): one span of the body, verbatim still. */
function runTo(s: IndexedSentence, end: number, body: string): IndexedSentence {
  return { ...s, end, text: body.slice(s.start, end) };
}

/**
 * "Gave up", "stepped down": the one word a question may use for them, as if the sentence wrote it too. Returns the
 * stems it added that the sentence does not write itself (see ownStems), or undefined when none.
 */
function addPhrasal(words: readonly { word: string }[], stems: Set<string>, keys: Set<string>): string[] | undefined {
  let added: string[] | undefined;
  for (const s of phrasalStems(words)) {
    if (stems.has(s)) continue;
    stems.add(s);
    keys.add(`s:${s}`);
    (added ??= []).push(s);
  }
  return added;
}

/**
 * The stems the sentence writes, without those its phrasal verbs stand for: whether two quotes say the same thing is
 * read from their own words ("stepped down" and "resigned" in two sentences are not one sentence twice).
 */
function ownStems(bag: WordBag): Set<string> {
  if (!bag.phrasal) return bag.stems;
  const own = new Set(bag.stems);
  for (const s of bag.phrasal) own.delete(s);
  return own;
}

/** `bagOf` a sentence's text, from the tokens the index stored for it: the same sets, in the same order. */
function storedBagOf(stored: StoredTokens): WordBag {
  const stems = new Set<string>();
  const keys = storedKeys(stored.words, stored.capitalised, (w) => {
    if (!w.stop) stems.add(w.stem);
  });
  const phrasal = addPhrasal(stored.words, stems, keys);
  // No set of words until one is read (wordsOf): word vectors are matched over the tokens (see commonOf), and the
  // set was a third of a sentence bag's memory, which every candidate's bag keeps.
  return { stems, keys, open: aliasMayContinue(stored.words), tokens: stored.words, ...(phrasal ? { phrasal } : {}) };
}

/**
 * The bag's words, made on the first read for a stored sentence (from its tokens: see storedBagOf) and for texts
 * joined (their parts' words, in order: see unionOf).
 */
function wordsOf(b: WordBag): Set<string> {
  if (b.words) return b.words;
  const words = new Set<string>();
  if (b.parts) for (const part of b.parts) for (const w of wordsOf(part)) words.add(w);
  else for (const w of b.tokens ?? []) if (!w.stop) words.add(w.word);
  b.words = words;
  return words;
}


/**
 * The bag of a whole article, its words read only if ever asked for: articles are matched by stems and keys
 * (names are never matched by word vectors; see articleMatch), and the words were a third of the bag's memory.
 */
function articleBagOf(a: Article, body?: StoredTokens): WordBag {
  const text = (x: Article) => `${x.title} ${x.body}`;
  const stems = new Set<string>();
  const each = (w: WordInfo) => {
    if (!w.stop) stems.add(w.stem);
  };
  let keys: Set<string>;
  if (body) {
    // The body's tokens as the index stored them (see IndexStore.articleTokens) after the title's: the tokens of
    // the title and body joined by a space, which no token spans.
    const title = tokens(a.title);
    keys = storedKeys([...title.map((t) => wordInfo(t.word)), ...body.words], [...title.map((t) => capitalised(t.raw)), ...body.capitalised], each);
  } else keys = tokensKeys(tokens(text(a)), each);
  let words: Set<string> | undefined;
  return {
    stems,
    keys,
    // Joined again if ever read: kept, the joined text would double an article's memory.
    get words() {
      return (words ??= bagOf(text(a)).words);
    },
  };
}

/** The bag of texts joined by spaces, from their bags (exact when no bag but the last is `open`). */
function unionOf(bags: WordBag[]): WordBag {
  // No set of words: words are matched part by part (see match), so a union's own set is made only if read (wordsOf).
  return { stems: new UnionSet(bags.map((b) => b.stems)), keys: new UnionSet(bags.map((b) => b.keys)), parts: bags };
}

/**
 * The union of sets, made only if read as a whole: a neighbours' bag is asked whether it holds a few of the question's
 * stems and keys (`has`, answered by its parts), and building every candidate's union was a twentieth of the answer
 * time. Read any other way it becomes the union itself, in the parts' order.
 */
export class UnionSet extends Set<string> {
  private parts: ReadonlySet<string>[] | undefined;

  constructor(parts: ReadonlySet<string>[]) {
    super();
    this.parts = parts;
  }

  override has(x: string): boolean {
    return this.parts ? this.parts.some((p) => p.has(x)) : super.has(x);
  }

  override get size(): number {
    this.made();
    return super.size;
  }

  override add(x: string): this {
    this.made();
    return super.add(x);
  }

  override delete(x: string): boolean {
    this.made();
    return super.delete(x);
  }

  override clear(): void {
    this.parts = undefined;
    super.clear();
  }

  override forEach(fn: (value: string, key: string, set: Set<string>) => void, thisArg?: unknown): void {
    this.made();
    super.forEach(fn, thisArg);
  }

  override values(): SetIterator<string> {
    this.made();
    return super.values();
  }

  override keys(): SetIterator<string> {
    this.made();
    return super.keys();
  }

  override entries(): SetIterator<[string, string]> {
    this.made();
    return super.entries();
  }

  override [Symbol.iterator](): SetIterator<string> {
    this.made();
    return super.values();
  }

  /** Adds the parts' members (once): then the plain Set's own methods answer. */
  private made(): void {
    const parts = this.parts;
    if (!parts) return;
    this.parts = undefined;
    for (const p of parts) for (const x of p) super.add(x);
  }
}

/**
 * What one question's ranking works out once for all its candidates: values by key (an article's match of a word,
 * a headline's coverage), and a name-and-noun phrase's similarity to each word met (see phraseMatches).
 */
class QuestionCache extends Map<string, number> {
  readonly phrases = new Map<string, Map<string, number>>();
}

/** Below this match in the sentence itself, a match next to it (worth half) may change the ranking: see rank. */
const CONTEXT_DECIDES_BELOW = Math.max(0.5, ANSWER_TUNING.topicSimilarity);

/** A sentence that opens by referring back to the people of the one before ("The two men then held talks"). */
const ANAPHORA = /^(he|she|they|both|the (two|pair|men|leaders))\b/i;
/**
 * A sentence opening on the event of the one before: "The talks took place at…", "The meeting lasted…". Its verb
 * comes right after: "The negotiations on Sunday in Miami between…" names its event anew.
 */
const EVENT_ANAPHORA = /^(the|that|this) (talks|meeting|meetings|session|sessions|round|visit|summit|negotiations|call|conversation|consultations)(,| (took|were|was|lasted|began|started|ended|finished|ran|went|opened|closed|followed|wrapped|continued|will|would|are|is|had|have|themselves|itself)\b)/i;
/** What a question may ask of an event told in the sentence before: where, when, how long, what time. */
export const EVENT_ATTRIBUTES: ReadonlySet<string> = new Set(["place", "date", "duration", "clock"]);
/** A sentence that starts by pointing back at the one before: "That proposal…", "This was because…", "It…". */
const POINTS_BACK = /^(that|this|these|those|it|such)\b/i;
/** A sentence whose subject is a pronoun: who it is, the sentence before says. */
const OPENS_ON_PRONOUN = /^(?:He|She|They|His|Her|Their)\b/;

/** A judgement in someone's words: "called the session 'very productive'", "described the talks as 'useful'". */
const JUDGES = /\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|term(?:ed|s)|dubb(?:ed|ing)|characteri[sz](?:ed|es|ing)|pronounc(?:ed|es|ing))\b[^.;]{0,40}["“‘]|\bas\s+["“‘]/i;

/**
 * "Until 1 February", "till Sunday", "expires on Friday", "put the end date at 1 February": the end of a stretch, said
 * in a sentence that gives a day. (Not cues.ts's UNTIL_DATE, which wants the day right after "until": a length.)
 */
const RUNS_UNTIL = /\b(?:until|till|expir(?:es|ed|ing|y)|end date|end(?:s|ed)? on)\b/i;

/** A sentence that goes on with what the one before had someone say: "He said…", "She added…". */
const HE_SAID = /^(?:he|she) (?:said|added|told|noted|stressed|went on|also said|insisted|argued)\b/i;
/** A quote shorter than this (characters) runs on to the next sentence of its line (see withNextIfShort). */
const SHORT_QUOTE = 60;
/** Verbs of being at a meeting ("did X attend / take part / join"), which a sentence of absence answers. */
const ATTENDING: ReadonlySet<string> = new Set(["attend", "participate", "present", "join", "part"].map(stem));
/** Saying someone was not at a meeting. */
const ABSENCE = /\b(?:absent|absence|stayed away|skipped|no-show|did not (?:attend|take part|join|come)|(?:was|were) not (?:present|there|at|in)|has not taken part|not taken part|missing from|not in the room|not at the table)\b/i;
/** Whether a sentence names a person or a place: a capitalised word inside it that is not a day or a month. */
function namesAnyone(text: string): boolean {
  return tokens(text).some((t, i) => i > 0 && /^\p{Lu}/u.test(t.raw) && !CALENDAR.test(t.word) && !/[.:;!?]\s*$/.test(text.slice(0, t.start)));
}

/** "Which club": a club is often named as the development it stands in ("Witkoff's Shell Bay development"). */
const CLUB = stem("club");
const DEVELOPMENT = stem("development");
/** Kinds of building a "which …" question asks for, whose answer names one with its kind (see noVenue). */
const VENUE_KINDS: ReadonlySet<string> = new Set(["hotel", "club", "resort", "palac", "airport", "base", ...["university", "college", "academy", "school"].map(stem)]);
/** A question of a venue: "which hotel", "what building", "in which palace". */
const VENUE_ASKED = /\b(?:which|what)\s+(?:hotel|building|palace|venue|club|villa|residence|room|hall|compound)s?\b/i;
/** "Where is the next round after the Abu Dhabi meeting": an event named to say when, not the one whose venue is asked. */
const AFTER_EVENT = /\b(?:after|before|since|following)\b/i;
/** A sentence telling who was beside whom: "joined by", "alongside", "around the table sat", "accompanied by". */
const COMPANION = /\b(?:alongside|joined by|was joined|were joined|accompanied|accompanying|flanked by|sat in on|sat in|around the table|at the table|together with|(?:also|were|was) present|in the room|took part|also attended|was also there|were also there|the Russian side was represented|represented by)\b|\bon the (?:Russian|Ukrainian|American|US|U\.S\.) side,? (?:the meeting was (?:also )?attended by|were|was|sat)\b|^On the (?:Russian|Ukrainian|American|US|U\.S\.) side,/i;

/** A document named by its owner: "the US draft", "the American plan", "Europe's counter-proposal". */
const DOCUMENT_NOUN = /^(plan|plans|draft|drafts|proposal|proposals|counter-proposal|framework|blueprint|document|text|version|offer|initiative)$/;
/** The noun after a place that makes it an event's name ("the Abu Dhabi talks"), not where a thing counted was. */
const EVENT_NOUN = /^(talks|round|rounds|meeting|meetings|summit|session|sessions|negotiations|conference|forum|visit)$/;
/** The share of the question a sentence telling an obstruction must cover for it to be what stood in the way. */
const OBSTRUCTION_COVERAGE = 0.6;
/** What stood in the way: a demand not met, a refusal, a veto, a plan shelved. */
const OBSTRUCTION = /\b(?:demand(?:ed|s)?|refus(?:ed|es|al)|block(?:ed|s)?|object(?:ed|s|ions?)|oppos(?:ed|es|ition)|resist(?:ed|s|ance)|veto(?:ed|es)?|insist(?:ed|s)|reject(?:ed|s)|balk(?:ed)?|could not agree|failed to agree|not prepared|unwilling|put aside|shelved|no consensus)\b/i;
/** A clause whose subject is the meeting itself: "The meeting in the Kremlin lasted…", "The talks ran for…". */
const EVENT_SUBJECT = /^\s*(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:meeting|talks|session|conversation|round|call|discussions?|negotiations|consultations)\b/iu;
/** A plural noun: "envoys", "negotiators" (a role asked for a group, met by its members). */
const PLURAL = /[^s]s$/;
/** A sentence that says only that someone spoke, and where: "Yermak has posted on X.", "He told reporters in Geneva:". */
const BARE_SAYING =
  /^[^"“”«»]{0,60}\b(?:said|says|posted|wrote|tweeted|commented|responded|reacted|replied|answered|spoke|told (?:reporters|journalists|the press|media))(?:\s+(?:on|in|at|to|from|after|later|afterwards|late|on his|on her)\b[^"“”«»,;]{0,30})?[.:]$/i;
/** A sentence that gives its reason in the one before: "That is why…", "This is why…", "Which is why…", "Hence…". */
const THAT_IS_WHY = /^(?:that|this|which|it)(?:'s| is| was)\s+(?:exactly |precisely |partly |also )?why\b|^(?:hence|for (?:that|this) reason)\b/i;
/** A paragraph that opens on the reason for what came before: "He explained why.", "He said the reason was …". */
const GIVES_REASON = /^(?:(?:he|she|they|the \w+) (?:explained|said|gave|cited|added|noted)\b[^.]{0,80}\b(?:why|reasons?|because|driven by|due to|owing to)\b|the reason\b|the explanation\b)/i;
/** A sentence that only announces the reason, which the next one gives: "He explained why." */
const ANNOUNCES_REASON = /^(?:he|she|they|the \w+) (?:explained|said|gave|set out) (?:why|the reasons?|his reasons?|her reasons?)\W*$/i;

/** What rank() needs of a question beyond its terms, the same for every candidate (ExtractiveRanker.askedOf). */
interface Asked {
  /** For "the next round after Geneva": when the newest story about that event came out (see latestStoryOf). */
  eventTime?: number;
  /** speakerKeys(q): who must be speaking, for "what did X say". */
  speaker: string[];
  /** The question's words naming that speaker ("Rubio", "Russia's chief negotiator"). */
  speakerTerms: ReadonlySet<QuestionTerm>;
  /** The question word and the names or topics a page's own question must share to answer it (underAskingHeading). */
  heading?: { ask: string; names: QuestionTerm[]; loose: QuestionTerm[]; dates: QuestionTerm[]; stems: ReadonlySet<string> };
  /** The asked speaker's roles and countries, by person (see speakerRoles). */
  roles: Map<string, ReadonlySet<string>>;
  /** The question's words of a deadline month ("done by June"): not when the asked thing happened (deadlineMonth). */
  deadlines: ReadonlySet<string>;
  /** Places where the asked words were said ("say in Abu Dhabi"): in the quote, next to it or in the story's lead. */
  placesOfSaying: ReadonlySet<QuestionTerm>;
  /** asksDays(q): sentences of other days answer another question. */
  daysAsked: boolean;
  /** The month of a part of a month the question's days are ("at the end of Dec": 12), when they are that. */
  partMonth?: number;
  /** "Is X still …?": a resignation or a "remains" answers it (STATUS_CHANGE). */
  still: boolean;
  /** "What happened to X": the change that befell the person asked (see STATUS_CHANGE). */
  fate: boolean;
  /** The one side of the talks the question asks about ("the American side": "g:us"), see sides.ts. */
  side?: string;
  /** Roles of the ones spoken to ("…message to European leaders"): not required in the quote (see addressee). */
  addressees: ReadonlySet<QuestionTerm>;
}

/**
 * The roles the articles give the asked speaker, when this article names him: then "the president said" in it is
 * his (speakerCue's `roleKeys`).
 */
function speakerRoles(asked: Asked, article: WordBag): ReadonlySet<string> {
  const present = [...asked.roles].filter(([id]) => article.keys.has(id)).map(([, r]) => r);
  if (present.length <= 1) return present[0] ?? NO_ROLES;
  return new Set(present.flatMap((r) => [...r]));
}

/**
 * "What was Zelensky's message to European leaders", "what did Rubio tell the Ukrainian officials": a role of the
 * ones spoken to, not of the speaker — what was said need not name them.
 */
function addressee(q: AnalyzedQuestion, t: QuestionTerm): boolean {
  if (q.want !== "statement" || q.speaker.includes(q.terms.indexOf(t)) || !PLURAL.test(t.word)) return false;
  return new RegExp(`\\b(?:to|tell|told|telling|tells)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?${escapeRegExp(t.word)}\\b`, "iu").test(q.text);
}

/** The sentence names a plan by its number of points, and not the one asked ("a 20-point draft" for the 28-point plan). */
function otherPlan(text: string, asked: string): boolean {
  if (!/\bpoints?\b/i.test(text)) return false;
  const named = planPointsIn(text);
  return named.length > 0 && !named.includes(asked);
}

/** The numbers of points of the plans a text names ("the 28-point plan", "a 20 point draft"): ["28", "20"]. */
function planPointsIn(text: string): string[] {
  return [...text.matchAll(/\b(\d{1,3})[- ](?:points?|point-)\b/gi)].map((m) => m[1]!);
}

/** The question word a question starts with (after a "Q:" or a chat opener). */
const QUESTION_WORD = /^(?:q:\s*|so,?\s+|and\s+|ok,?\s+)?(why|who|when|where|how|what|which)\b/;
/** The question word and the words a page's own question must share to ask it (see Asked.heading). */
function headingOf(q: AnalyzedQuestion): Asked["heading"] {
  const ask = (q.kind === "yesno" ? YESNO_WORD : QUESTION_WORD).exec(q.text.toLowerCase())?.[1];
  // ("Who's taking over HUR from Budanov": a profile's "Who is Budanov?" asks of the one replaced, not of who is next.)
  const names = q.terms.filter((t) => (t.entity || t.topic) && !t.soft && !(q.succession && t.entity));
  const dates = q.terms.filter((t) => t.date && !/^\d+$/.test(t.word));
  if (!ask || (names.length === 0 && dates.length === 0)) return undefined;
  // A section heading that explains ("Why the asset plan failed") may share only a word the question qualifies a
  // name with ("frozen Russian assets"); any of the question's words but dates and the domain's own then.
  // (And every word of the question by stem, for a heading asking it in no other words: see headingWithin.)
  return { ask, names, loose: q.terms.filter((t) => !t.date && !DOMAIN_WORDS.has(t.stem)), dates, stems: new Set(tokens(q.text).map((t) => stem(t.word))) };
}

/**
 * A heading that may ask what the question asks: "Is the truce still in force?", or one that explains without a
 * question mark ("Why the asset plan failed", "How the deal fell apart") — not "What was agreed in Geneva", a
 * section's topic.
 */
export function headingLike(text: string): boolean {
  const plain = unmarked(text);
  return plain.endsWith("?") || (isHeading(text) && /^\s*(?:why|how)\b/i.test(plain));
}

/** A heading without its Markdown emphasis: "**Why does the claim matter?**" asks as plainly as without the stars. */
function unmarked(text: string): string {
  const t = text.trim().replace(/^(?:[*_#>]+\s*)+/, "");
  // (The closing marks by hand: a regular expression anchored at the end tries every position of a long sentence.)
  let end = t.length;
  while (end > 0 && (t[end - 1] === "*" || t[end - 1] === "_" || ((t[end - 1] === " " || t[end - 1] === "\t" || t[end - 1] === "\n") && end < t.length))) end--;
  return t.slice(0, end);
}
/** The most sentences of an answer read for it. */
const FIRST_PERSON_READ = 6;
/** A sentence going on about the one who spoke: where ("He spoke to reporters in…", "She was speaking at…"). */
const PLACES_HIS_WORDS = /^(?:he|she)\s+(?:spoke|was speaking|made (?:the|his|her) (?:remarks?|comments?)|told|addressed|was talking|talked)\b/i;

/** "…," he said; she added: a saying by whom the text before names. */
const PRONOUN_SAID = /\b(?:he|she) (?:said|says|added|told|noted|stressed|insisted|argued|wrote)\b/i;
/** A heading that is a person and his role: "Vladimir Medinsky, head of the Russian delegation". */
const PERSON_HEADING = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2},\s+[^.?!]{3,80}$/u;
/** Sentences under a heading that asks the question, read as its answer. */
const UNDER_HEADING = 3;
/** A line set wholly in italics or bold: a standfirst or a summary, not the story's own first sentence. */
const STANDFIRST = /^\s*(?:\*{1,2}|_{1,2})[^*_].*(?:\*{1,2}|_{1,2})\s*$/;

/**
 * A standfirst of one sentence or of several set in italics on a line of their own ("*Moscow sends Medinsky. What
 * has moved?*" is split in two: each is a standfirst by the whole of its line).
 */
function standfirst(s: IndexedSentence, body: string): boolean {
  return STANDFIRST.test(s.text) || STANDFIRST.test(body.slice(lineStart(body, s.start), s.end) + restOfLine(body, s.end));
}

/** How many stories naming the person are read for his age (see ageSentences). */
const AGE_STORIES = 4;
/** What a what-question's sentence with no word of its own (see newWords) keeps of its score: it only asks again. */
const ECHO_FACTOR = 0.7;
/** Words that add nothing of an answer: "himself", "also", "said". */
const EMPTY_WORDS = new Set(["himself", "herself", "itself", "themselves", "also", "said", "say", "says", "told", "tell", "just", "now", "headline", "question", "answer"].map(stem));
/** A sentence naming only days this long before its story's publication reports older news (see newsTime). */
const STALE_DAYS = 2;
/** How many sentences above an age sentence the person it belongs to is looked for. */
const AGE_BACK = 6;
/** A sentence going on about the man named before it: "He served as…", "His critics…" (see ageSentences). */
const ON_HIM = /^(?:he|she|his|her)\b/i;
/** How far above a sentence the heading of its section is looked for (a digest's item runs to half a dozen). */
const SECTION_SPAN = 8;

/**
 * A line of its own that heads a section: a Markdown heading ("### Sun., Dec. 28 — …"), or a short line with no
 * closing stop. Not a rule ("---") or a line of page furniture without words.
 */
function headsSection(body: string, s: IndexedSentence): boolean {
  const before = body.slice(lineStart(body, s.start), s.start);
  if (!/^[\s#*_>]*$/.test(before) || !/^[\s*_]*$/.test(restOfLine(body, s.end))) return false;
  if (!/\p{L}{2}/u.test(s.text)) return false;
  return before.includes("#") || (s.text.split(/\s+/).length <= 16 && !/[.!?:;]["”’)*_]*$/.test(s.text.trim()));
}
/** A yes/no question's first word, which an explainer's heading asking the same thing shares ("Is the truce still…?"). */
const YESNO_WORD = /^(?:q:\s*|so,?\s+|and\s+|ok,?\s+)?(is|are|was|were|will|would|does|do|did|can|could|has|have|had|should)\b/;

const NEGATION = /\b(not|no|never|neither|nor)\b|n['’]t\b/i;

function negated(text: string): boolean {
  return NEGATION.test(text);
}

/** A role word's key or a country's (`s:…`, `g:…`): what "the president", "the Russian leader" may be met by. */
function isRoleKey(key: string): boolean {
  return key.startsWith("s:") || key.startsWith("g:");
}

/** The share of `a`'s words that `b` holds too. */
function heldBy(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / Math.max(1, a.size);
}

/**
 * Bound on the stems and keys of the article bags kept (about 30 bytes each: ~120 MB). The speeches' 234 long
 * articles take 0.64 million; on ×10 (2,330) some are rebuilt as questions go (~5 ms each) rather than all kept.
 */
const MAX_ARTICLE_ENTRIES = 4_000_000;

/** An article bag's size (its stems and keys: its words are not read; see articleBagOf). */
function entriesOf(bag: WordBag): number {
  return bag.stems.size + bag.keys.size;
}

/** Words and phrases whose best similarity a bag keeps; past this many it starts over. */
const MAX_SIMILAR = 64;

/**
 * `best()` — the best similarity of a question's word or phrase (`key`) to the bag's words — kept with the bag:
 * the same sentences meet the same question words question after question, and the loop over their words with
 * a vector comparison each was most of the ranking's time on a small corpus.
 */
function bestOver(bag: WordBag, key: string, best: () => number): number {
  return memo((bag.similar ??= new Map()), key, best, MAX_SIMILAR);
}

/** Bound on cached sentence bags and days (a few KB each); a cache starts over when full. */
const MAX_CACHED_BAGS = 50_000;

/** `map`'s value for `key`, made and kept on first use; the map starts over at `max` entries (see text/memo.ts). */
function memo<K, V>(map: Map<K, V>, key: K, make: () => V, max = MAX_CACHED_BAGS): V {
  return remember(map, key, make, max);
}

const QUANTITIES = new Set(["count", "duration", "age", "clock", "percent", "temperature"]);

const STRONG_CUES = new Set(["next", "clock", "temperature", "age", "percent", "duration", "count", "date", "place", "statement", "person"]);

/** The same sentence in two articles (wire copy), or nearly: the strictest level of corroborate.ts's rule. */
function sameReport(a: RankedSentence, b: RankedSentence): boolean {
  return sameWording({ text: a.sentence.text, stems: a.stems }, { text: b.sentence.text, stems: b.stems });
}

const NO_DAYS: ReadonlySet<string> = new Set();

/** "Done by June", "until February": the month is a deadline in the question, not when the asked thing happened. */
function deadlineMonth(question: string, month: string): boolean {
  // (Or the month of a deadline, "a June deadline": the month is what is talked about, not when.)
  return new RegExp(`\\b(?:by|until|till|before|through)\\s+(?:the\\s+(?:end|start|beginning|middle)\\s+of\\s+)?${month}\\b|\\b${month}\\s+(?:deadline|target|cut-?off)`, "i").test(question);
}

/** "The Shell Bay club", "the city of Geneva", "Energoatom, the state nuclear company": a name with the asked kind. */
function namesKind(text: string, kind: string): boolean {
  const toks = tokens(text);
  return toks.some((t, i) => {
    const s = stem(t.word);
    // "Which probe": "the Midas investigation" names one as well.
    // ("Which club": "Witkoff's Shell Bay development" names one too; see CLUB.)
    if (s !== kind && !synonymous(s, kind) && !(kind === CLUB && s === DEVELOPMENT)) return false;
    // "The Shell Bay club", "the Shell Bay golf club": a name before the kind, or before a word or two that say what
    // sort ("golf", "luxury").
    for (let j = i - 1; j >= Math.max(1, i - 3); j--) {
      const w = toks[j]!;
      if (text.slice(w.end, toks[j + 1]!.start) !== " ") break;
      if (/^\p{Lu}/u.test(w.raw)) return true;
      // ("The Russian delegation's hotel" names none: a possessor stands between.)
      if (STOP_WORDS.has(w.word) || /['’]s$/.test(w.raw)) break;
    }
    // "Operation Midas", "Hotel Metropol": the kind as the first word of the name.
    const next = toks[i + 1];
    if (/^\p{Lu}/u.test(t.raw) && next !== undefined && /^\p{Lu}/u.test(next.raw) && text.slice(t.end, next.start) === " ") return true;
    const after = toks[i + 2];
    if (next?.word === "of" && after !== undefined && /^\p{Lu}/u.test(after.raw)) return true;
    // "A private club in Hallandale Beach, just north of Miami, called Shell Bay": the name given after it.
    if (/^[^.;]{0,60}?\b(?:called|named|known as)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(t.end))) return true;
    // "Operation Midas, the bureau's investigation into…", "Shell Bay, a private club": the name in apposition.
    const comma = text.lastIndexOf(",", t.start);
    // ("The venue, Shell Bay, is a private golf club": the same, said with "is".)
    if (comma < 0 || !/^,\s+(?:(?:is|was)\s+)?(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}$/u.test(text.slice(comma, t.start))) return false;
    const named = toks.filter((x) => x.end <= comma).pop();
    return named !== undefined && /^\p{Lu}/u.test(named.raw) && text.slice(named.end, comma).trim() === "";
  });
}

/** Each ordinal's forms as the sentence's stems hold them: "second", "2nd" (QuestionTerm.ordinal indexes it). */
const ORDINAL_FORMS: string[][] = ORDINALS.map((w, i) => [stem(w), `${i + 1}${i === 0 ? "st" : i === 1 ? "nd" : i === 2 ? "rd" : "th"}`]);
