/**
 * Question handling before retrieval: refuse what cannot be a question (empty, huge, only control characters)
 * with a message a person can act on, then find the kind of answer wanted and the words that carry the topic.
 */
import { numberWordsToDigits } from "../text/numberWords.js";
import { nlp } from "../text/tagger.js";
import { QUESTION_WORDS, STOP_WORDS, stem, tokens } from "../text/terms.js";
import { ANSWER_TUNING } from "../retrieval/tuning.js";
import type { EntityIndex } from "../entities/EntityIndex.js";
import { aliasHits, isAliasWord, partOfAliasOnly, wordKeys } from "../entities/keys.js";
import { idiomKeys } from "../entities/roleIdioms.js";
import { phrasalWord } from "../text/phrasal.js";
import { CHAT_ROLE, isRoleWord, personId, ROLE_MODIFIERS, ROLE_NOUNS } from "../entities/roles.js";
import { isDeadlineWord, SUCCESSION_WORDS } from "./cues.js";
import { monthNumber } from "./dates.js";

export type QuestionKind = "who" | "when" | "where" | "why" | "quantity" | "say" | "yesno" | "what";

export interface QuestionTerm {
  word: string;
  stem: string;
  /** A name, place or other proper noun (capitalised in the question, or an abbreviation like US). */
  entity: boolean;
  /**
   * A noun naming what the question is about ("weather", "football match"): the quoted article must mention it
   * or a close paraphrase. Frame nouns ("outcome", "reason", "news") are not topics and are not marked.
   */
  topic: boolean;
  /** The next term follows this one directly in the question (they may form a phrase: "Russian president"). */
  adjacentToNext: boolean;
  /** Keys that satisfy this word in a text (stem, name key of each spelling, alias group): see src/entities/keys.ts. */
  keys: string[];
  /** Counts half and never blocks an answer: the noun naming the kind of answer, or a generic "team", "side". */
  soft: boolean;
  /** Part of a role that names this person (an entity-index key): a sentence naming the person covers it. */
  person?: string;
  /** A role noun no known person holds: the quote or its neighbours must say it (or a close paraphrase). */
  role?: boolean;
  /** Part of a date ("Dec", "28", "Sunday"): met by a sentence that names the same day in any wording. */
  date?: boolean;
  /** Met only by the same stem or a listed synonym, never by word vectors ("killed" is near "attacked" in them). */
  exact?: boolean;
  /** The noun "how many" counts ("how many prisoners"): the answer's number must be of it, in the same sentence. */
  counted?: boolean;
  /** The thing "how long" measures ("how long was the phone call"): a length of something else does not answer. */
  measured?: boolean;
  /** A name qualifying the counted noun ("how many British troops"): the count must be of theirs, so the quote or a
   * sentence next to it names them. */
  countQualifier?: boolean;
  /** The ordinal the term holds, 0 for "first" ("second round" → 1): met only by that ordinal (see ORDINALS). */
  ordinal?: number;
  /**
   * In a yes/no question, part of the "after …"/"before …" clause that sets the scene ("did the Americans go on to
   * Kyiv after seeing Putin"): the story names it, the answering sentence need not.
   */
  setting?: boolean;
  /**
   * In "what did X say about Y …", a word of Y (to the end of the question or a clause of time: "about Europe on the
   * day the envoys came"): what was said is about it, so the quote, a sentence next to it or the story's lead names it.
   */
  sayTopic?: boolean;
  /** The name a yes/no question asks about, right after its first word ("did Turkey offer…"): see extractive. */
  subject?: boolean;
}

/** What the answer sentence must hold: a person's name, a date, a clock time, an age, a number… */
export type AnswerWanted = "person" | "date" | "clock" | "temperature" | "place" | "count" | "duration" | "age" | "percent" | "reason" | "statement" | "yesno" | "next" | "any";

export interface AnalyzedQuestion {
  text: string;
  kind: QuestionKind;
  want: AnswerWanted;
  terms: QuestionTerm[];
  /** Indexes into `terms` of the speaker of a "what did X say" question. */
  speaker: number[];
  /** The question asks about now, the latest or the next step: newer reporting is preferred. */
  recency: boolean;
  /** The person a role in the question names (a key of the entity index), when resolved. */
  person?: string;
  /** The question names a person the corpus knows ("Did Putin resign?"): yes/no is about that person. */
  aboutPerson: boolean;
  /** "Why didn't X…", "why did the plan fail": a refusal, a veto or a demand not met answers it (see OBSTRUCTION). */
  thwarted?: boolean;
  /** The question asks about what comes ("going next", "will … meet"): plans and expectations answer it. */
  future: boolean;
  /** "Till when was the pause to last": the day something ran or runs until ("only until 1 February"). */
  until?: boolean;
  /** "Rubio's verdict on the meeting", "how did Medinsky describe the round": how X judged it, in X's words. */
  verdict?: boolean;
  /** Days the question names ("12-28"), set by the engine against the corpus's dates; see dates.ts. */
  days?: Set<string>;
  /** The role noun of "which general", "which official": the answer names someone holding it. */
  whRole?: string;
  /** The stem of a "which club / hotel / company" question's noun: the answer names one ("the Shell Bay club"). */
  whNamed?: string;
  /** "What did Kyiv say": the people who speak for the country asked (see EntityIndex.membersOf). */
  speakerPeople?: string[];
  /** "Who replaced X", "who took over from X", "who is the new Y": the answer names who came next, not X. */
  succession?: boolean;
  /** "Where was Putin when he said…": the place asked is where something was said. */
  placeOfSaying?: boolean;
  /** "Where in Geneva did they meet": a place within the one the question names (see answerCue's "place"). */
  placeWithin?: boolean;
  /** "Who led / heads X": the answer says so ("Umerov leads it", "the team headed by Umerov"), not only names him. */
  asksLeader?: boolean;
  /** "What's Hnatov's job": the answer gives the person's title or apposition (see rank's job cue). */
  asksJob?: boolean;
  /**
   * "What did Russia claim the day after Trump and Zelensky met in Florida": the question is placed in time by
   * another event. Its words, the terms that name it, and the days after it (0 the same day) the answer falls on.
   * The engine dates the event from the articles (eventDay.ts); then `days` holds the answer's days.
   */
  timeAnchor?: { text: string; terms: QuestionTerm[]; from: number; to: number };
  /** `days` were worked out from `timeAnchor`'s event, not named in the question. */
  daysFromEvent?: boolean;
  /** "The 28 point plan": the number of points of the plan asked about ("28"). */
  planPoints?: string;
  /** "Who else was in the room", "who was with Putin when…": the people beside the ones named are asked. */
  companions?: boolean;
  /**
   * "Who handed Zelensky the plan", "who drafted it": the deed asked of a person, the verb right after "who". The one
   * who did it is in a sentence telling the deed ("Driscoll delivered the document"), not in one that only names
   * the plan and the place.
   */
  action?: QuestionTerm;
  /** `person` is the only holder of the role the articles know (see EntityIndex.resolveRole). */
  soleHolder?: boolean;
  /**
   * "Where is the round after the second Abu Dhabi meeting", "what's next after Abu Dhabi 2": the keys of the places
   * of the event the question counts from. That event is not the answer: a sentence about it, with no next round in
   * it, tells what the asker already knows.
   */
  nextAfter?: string[];
}

export type CleanedQuestion = { ok: true; text: string } | { ok: false; refusal: { id: string; message: string } };

/** Words that add little to what a question is about: kept out of coverage so they can neither help nor hurt. */
const VAGUE = new Set(
  ("else either still yet already ever even really just actually actual exact currently now latest recent recently exactly specifically about regarding concerning article articles news report reported story " +
    // Chat words for people ("the guy negotiating for Ukraine"): they ask who, they name no topic.
    "guy guys folks fellow dude chap bloke someone somebody anyone anybody " +
    // Pronouns for whatever is at stake ("want everything wrapped up by June"): the answer names the things.
    "everything everyone everybody anything something nothing " +
    // Chat typing: negations without their apostrophe ("why didnt the eu…") are the stop words they stand for, and
    // "a bit of", "the bit of Donetsk" says "part", which the question's other words already carry.
    "didnt dont doesnt isnt wasnt werent arent cant wont couldnt wouldnt shouldnt havent hasnt hadnt bit " +
    // Hedges ("when drones supposedly hit"): how sure the asker is, not what the answer says.
    "supposedly allegedly reportedly apparently purportedly seemingly " +
    // Emphasis ("who physically brought the plan", "who literally wrote it"): how the asker stresses it.
    "physically literally basically truly honestly seriously " +
    // "A couple days before": how far before, which the story gives its own way ("on Tuesday").
    "couple " +
    // Chat asides anywhere in the question ("how old is he btw", "what did he say tbh"): the asker's tone.
    "btw tbh imo imho fyi ngl idk lol lmao pls plz anyway anyways " +
    // "The 28 point thing", "the corruption stuff", "the Energoatom mess": the words before it say what.
    "thing things stuff mess saga " +
    // "I'd realised the plan collapsed": the asker, not the topic.
    "i'd i've i'll i'm id ive im you'd you've we'd we've they'd they've").split(" "),
);

const DETERMINERS = /^(the|a|an|its|their|his|her|our|this|that|these|those)$/;
const PARTICLES = /^(down|up|out|off)$/;

/** Nouns that frame a question rather than name its topic ("what was the outcome of…"). */
const FRAME_NOUNS = new Set(
  ("outcome outcomes result results status situation news update updates thing things detail details information " +
    "point points matter part role kind type reason reasons cause purpose goal goals position view views stance " +
    "response reaction opinion opinions progress latest summary background context place time day date way number " +
    "size amount level kind sort style person man woman timeline timetable schedule idea ideas version versions " +
    // "The 95 per cent figure", "that figure": the number is the topic, not the word.
    "figure figures " +
    // "Why are the Americans in such a rush to get it done by June": how fast they want it, which the story tells as
    // a deadline ("by the beginning of summer"), not in the asker's word.
    "rush hurry haste urgency " +
    // "At the center of the case", "at the heart of the talks": where in the story, not what it is about.
    "center centre heart " +
    // "In the same room", "in the room": being there together, which the story tells as a meeting.
    "room " +
    // "What's the holdup with the nuclear plant": what stands in the way, in whatever words the story tells it.
    "holdup hold-up snag hitch").split(" "),
);

/** Strips control and invisible characters and folds white space; refuses empty and overlong questions. */
export function cleanQuestion(raw: string): CleanedQuestion {
  const text = raw
    .normalize("NFKC")
    // Control characters, zero-width and bidi marks: invisible, and never part of a question.
    .replace(/[\p{Cc}\p{Cf}]/gu, " ")
    // Chat mentions (<@123>, <@&456>, <#789>, @everyone, @here) address people, they are not part of the question.
    .replace(/<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return { ok: false, refusal: { id: "question.empty", message: "Please ask a question about the peace talks, e.g. \"Why did Yermak resign?\"" } };
  }
  if (text.length > ANSWER_TUNING.maxQuestionLength) {
    return {
      ok: false,
      refusal: {
        id: "question.too-long",
        message: `That question is ${text.length.toLocaleString("en-US")} characters long; please ask in at most ${ANSWER_TUNING.maxQuestionLength.toLocaleString("en-US")} characters.`,
      },
    };
  }
  return { ok: true, text };
}

/**
 * What a question asks and what it is about. `entities` (the corpus's names and roles) lets a lower-case or
 * differently spelled name count as a name, and a role ("Russia's investment envoy") stand for the person.
 */
export function analyzeQuestion(text: string, entities?: EntityIndex, isWord?: (word: string) => boolean, isCommonWord?: (word: string) => boolean): AnalyzedQuestion {
  // (A lower-case "us" read as the country helps where the story names it, and blocks nothing: "the us plan" is
  // "the American plan", "Washington's draft" or just "the plan".)
  const usTyped = US_LOWER_ONCE.test(text);
  // "wait what happened to iermak", "hmm, who leads the team now": a chat interjection before the question asks nothing.
  text = text.replace(INTERJECTION, "");
  // "Did he reject the plan straight away": how soon, which a story tells in its own words ("outright", "at first").
  // ("Spent like 5 hrs with Putin": about five hours.)
  text = text.replace(AT_ONCE, " ");
  // "A 3 way meeting": a three-way one, as the stories write it, not the 3rd of a month.
  text = text.replace(THREE_WAY, "three-way");
  text = expandAbbreviations(text);
  if (entities) text = unglue(text, entities, isWord, isCommonWord);
  const toks = tokens(text);
  const nouns = nounsOf(capitaliseNames(text, toks, entities, isCommonWord));
  const verbAt = verbAfterNamedSubject(toks, entities);
  const kind = questionKind(text);
  const whPhrase = whPhraseIndexes(toks, nouns);
  const head = [...whPhrase].pop();
  const whRole = head !== undefined && isRoleWord(toks[head]!.word) ? stem(toks[head]!.word) : undefined;
  const wanted = answerWanted(text, kind);
  // "Which US general was at the talks", "what official said…": a person, named beside the title ("General Alexus
  // Grynkewich") — as "who" asks, with the title as the cue.
  const want = kind === "what" && wanted === "any" && whRole !== undefined ? "person" : wanted;
  const describing = kind === "say" ? relativeClauseAfterAbout(toks) : kind === "quantity" ? sinceClause(toks) : kind === "yesno" ? totalWords(toks) : kind === "who" ? appositionOfWhoIs(text, toks) : new Set<number>();
  const anchor = timeClause(text, toks);
  const negated = kind === "yesno" ? new Set<number>() : negatedAside(text, toks);
  const setting = kind === "yesno" || kind === "say" ? sceneClause(toks) : undefined;
  const topicOfSaying = kind === "say" ? aboutClause(toks) : undefined;
  const anchorTerms: QuestionTerm[] = [];
  // "Did Turkey offer to host…": the name after a yes/no question's first word is what it asks about.
  const aux = kind === "yesno" ? toks.findIndex((t, i) => i <= 2 && AUXILIARY_WORD.test(t.word)) : -1;
  const subjectAt = aux < 0 ? -1 : toks[aux + 1]?.word === "the" ? aux + 2 : aux + 1;
  // "How old was Yermak when he quit", "what did X offer when he was in Berlin": the clause after "when" says when;
  // its words help, and only its names must be met.
  // (Not "say about when the truce ends" — what was said — nor "where was he when he said the plan could be a basis",
  // whose clause says which saying.)
  const whenWord = kind !== "when" ? toks.findIndex((t, i) => i > 1 && t.word === "when") : -1;
  const nowThatAt = toks.findIndex((t, i) => i > 0 && t.word === "now" && toks[i + 1]?.word === "that");
  // "Who's Medinsky? saw his name in the Geneva stuff": where the asker came across it, not what the answer says.
  const aside = ASKER_SAW.exec(text);
  const asideAt = aside ? toks.findIndex((t) => t.start >= aside.index + aside[0].length - aside[1]!.length) : -1;
  // The verb of "who …" ("who heads", "who actually handed"), past its auxiliary and adverbs; -1 without "who".
  const whoVerbAt = toks[0]?.word === "who" ? afterWho(toks) : -1;
  // "What did Trump say when people got angry about the call": the circumstance of the saying, like any "when" clause —
  // unless the clause is what was said ("say when the pause would end").
  const sayWhen = whenWord > 0 && /^(say|said|tell|told)$/.test(toks[whenWord - 1]!.word) && !toks.slice(whenWord + 1).some((t) => /^(would|will|could|should|might|shall|is|are)$/.test(t.word));
  const whenAt = sayWhen || (whenWord > 0 && !/^(about|on|over|regarding|know|say|said|tell|told|asked|idea|sure)$/.test(toks[whenWord - 1]!.word) && !toks.slice(whenWord + 1).some((t) => SAY_VERB.test(t.word))) ? whenWord : -1;
  const groupAt = new Map<number, { length: number; key: string }>();
  for (const { index, length, hit } of aliasHits(toks)) groupAt.set(index, { length, key: hit.direct });
  const terms: QuestionTerm[] = [];
  /** Each term's token. */
  const tokenOf = new Map<QuestionTerm, number>();
  const seen = new Set<string>();
  let lastIndex = -2;
  let planPoints: string | undefined;
  for (let i = 0; i < toks.length; i++) {
    let t = toks[i]!;
    const group = groupAt.get(i);
    if (group && group.length > 1) {
      // "White House", "Palm Beach": one term that stands for its group.
      const words = toks.slice(i, i + group.length).map((x) => x.word);
      pushTerm({ word: words.join(" "), stem: stem(words[words.length - 1]!), keys: [group.key], entity: true, topic: false, soft: false, adjacentToNext: false }, i);
      // (Within a clause of time or a scene, as a one-word name would be: "during the Abu Dhabi talks".)
      markClauses(i);
      i += group.length - 1;
      continue;
    }
    // "Putin's foreign policy guy", "Russia's investment guy": a chat word for a person after a role's modifier stands
    // for the role's noun, whichever the articles give him ("aide", "adviser", "envoy"). It is never written.
    if (CHAT_ROLE.test(t.word) && i > 0 && ROLE_MODIFIERS.has(toks[i - 1]!.word)) {
      pushTerm({ word: t.word, stem: stem(t.word), keys: ANY_ROLE_KEYS, entity: false, topic: false, soft: true, adjacentToNext: false }, i);
      markClauses(i);
      continue;
    }
    if (STOP_WORDS.has(t.word) || QUESTION_WORDS.has(t.word) || VAGUE.has(t.word)) continue;
    // "…the chief of the general staff, not the defence minister": what the answer is not; "I mean" is no topic.
    if (negated.has(i) || (t.word === "mean" && toks[i - 1]?.word === "i")) continue;
    // "What did Umerov post": the verb of saying asks for a statement; it is no topic, and no name ("Post").
    if (kind === "say" && POSTING_VERB.test(t.word)) continue;
    // "Zelensky's reaction to …", "Kyiv's response": what X said is asked; the answer seldom says "reaction".
    // ("How did Zelensky respond to…": the verb asks the same; "he said Kyiv would respond in kind" is no answer.)
    if (kind === "say" && (REACTION_NOUN.test(t.word) || REACTION_VERB.test(t.word))) continue;
    // "How did Medinsky describe the mood", "what was the atmosphere like": a manner asked ("difficult but
    // businesslike", "tense"), which the answer gives without the word; it helps, never blocks.
    if (MOOD_NOUN.test(t.word) && (kind === "say" || VERDICT.test(text) || /\b(?:what|how) (?:was|is|were) the\b/i.test(text))) {
      pushTerm({ word: t.word, stem: stem(t.word), keys: wordKeys(t.word, false), entity: false, topic: false, soft: true, adjacentToNext: false }, i);
      continue;
    }
    // "The 64 year old woman": an age, written "64" or "64-year-old" in the story; "old" is no topic.
    if (t.word === "old" && i > 1 && /^years?$/.test(toks[i - 1]!.word) && /^\d+$/.test(toks[i - 2]!.word)) continue;
    // "The German capital", "the Ukrainian capital": the capital is the country's own name in the alias table (Berlin
    // is Germany's), which the stories write instead of "capital".
    if (t.word === "capital" && i > 0 && isAliasWord(toks[i - 1]!.word.replace(/['’]s$/, ""))) continue;
    // "Till when was the pause to last": the question word's first half (see UNTIL_WHEN).
    if (/^(till|til)$/.test(t.word) && toks[i + 1]?.word === "when") continue;
    // "Did Starmer host him at some point": when, left open — no topic.
    if (t.word === "point" && /^(some|any|one|that|this)$/.test(toks[i - 1]?.word ?? "") && toks[i - 2]?.word === "at") continue;
    // "The cost of rebuilding after the war": when, as a date would say it; the story may call it the conflict or
    // nothing at all.
    if (t.word === "war" && toks[i - 1]?.word === "the" && /^(after|post|end)$/.test(toks[i - 2]?.word ?? "")) continue;
    // "In return for", "in exchange for": a connective, not what the question is about.
    if (/^(return|exchange)$/.test(t.word) && toks[i - 1]?.word === "in" && toks[i + 1]?.word === "for") continue;
    // "What kind of guarantee", "what sort of deal": the kind of answer, told by the noun after "of".
    if (/^(kind|kinds|sort|sorts|type|types)$/.test(t.word) && toks[i + 1]?.word === "of" && /^(what|which)$/.test(toks[i - 1]?.word ?? "")) continue;
    // "How cold was it": the question word's second half, as "how big".
    if (i > 0 && toks[i - 1]!.word === "how" && (t.word === "cold" || t.word === "old")) continue;
    // "How far is X from Y": a distance asked (see answerCue's count); the word is kept, soft, for the cue to see.
    // (Not "how far along are the talks".)
    if (i > 0 && toks[i - 1]!.word === "how" && t.word === "far" && toks.slice(i + 1).some((x) => x.word === "from")) {
      pushTerm({ word: "far", stem: "far", keys: ["s:far"], entity: false, topic: false, soft: true, adjacentToNext: false }, i);
      continue;
    }
    // "how big", "how large": the question word's second half, not a topic.
    if (i > 0 && toks[i - 1]!.word === "how" && SIZE_WORDS.test(t.word)) continue;
    // "Who heads / leads / runs X (now)": a verb asking who, not the role noun "head" the answer must write (it
    // says "takes over X", "X chief Y", "Y, who runs X").
    if (i === whoVerbAt && LEAD_VERB.test(t.word)) continue;
    // "putins house", "russias negotiator": a possessive typed without its apostrophe is the name the corpus knows.
    const base = t.word.slice(0, -1);
    if (entities && t.word.length > 4 && t.word.endsWith("s") && !(isCommonWord?.(t.word) ?? false) && !entities.person(personId(t.word)) && !isAliasWord(t.word) && (entities.person(personId(base)) || isAliasWord(base))) {
      t = { ...t, word: t.word.slice(0, -1), raw: t.raw.slice(0, -1) };
    }
    // "trilaterl": a long word the corpus never writes, one typo from a word it does, is that word.
    // Only a word no dictionary knows (the word vectors' vocabulary, when there is one), and not a form of the same
    // word ("prisoners" is no typo of "prisoner").
    // "Did Russia walk out of the talks": the phrasal verb's one word ("withdraw"), which the stories write or phrase
    // their own way ("pull out", met through the same table).
    const phrasal = phrasalWord(t.word, toks[i + 1]?.word);
    if (phrasal !== undefined) t = { ...t, word: phrasal, raw: phrasal };
    const typo = entities && !/^\p{Lu}/u.test(t.raw) && !isWord?.(t.word) ? entities.misspeltWord(t.word) : undefined;
    if (typo && stem(typo) !== stem(t.word)) t = { ...t, word: typo, raw: typo };
    const s = stem(t.word);
    if (seen.has(s)) continue;
    seen.add(s);
    const capitalised = /^\p{Lu}/u.test(t.raw) && (i > 0 || /^\p{Lu}{2,}$/u.test(t.raw));
    // Titles are capitalised before names ("President Trump") but are roles, not names.
    // "house" (White House) names nothing alone; "trump" (Trump administration) is still a person the corpus knows.
    // "abu dabi": a word one letter from a name, next to a name, is that name misspelt.
    const nextToName = [toks[i - 1], toks[i + 1]].some((x) => x !== undefined && !STOP_WORDS.has(x.word) && (entities?.isName(x.word) ?? false));
    // A long word the corpus never writes ("ushakof", "kostiukov") is a name misspelt wherever it stands.
    // A shorter one ("mertz") only when it is one letter from a person's surname.
    const spelt = entities && !STOP_WORDS.has(t.word) && (nextToName || t.word.length >= SHORT_MISSPELLING) ? entities.looseSpellings(t.word, true) : [];
    // A common English word ("raid", "flat") is a misspelt name only of a person: not of the Rada next to "NABU", nor of
    // the "Fla." of a dateline. (A rare one still may be: "abu dabi".) Nor of a "person" whose name is itself a common
    // word: "police" is not the "Security Policy" of an institute's name read as a person.
    const loose = (nextToName || t.word.length >= LONG_MISSPELLING) && !(isCommonWord?.(t.word) ?? false) ? spelt : spelt.filter((w) => entities!.isEstablishedPerson(personId(w)) && !(isCommonWord?.(w) ?? false));
    // "vitkoff": a word no dictionary knows whose name key is a person's of the corpus (Witkoff) is that person.
    const soundsLikePerson = entities !== undefined && isWord !== undefined && t.word.length >= LONG_MISSPELLING && !isWord(t.word) && entities.person(personId(t.word)) !== undefined;
    // A common English word the corpus never writes is no other spelling of a name it does: "casualties" is not
    // "Kyslytsya" (the name keys of transliterations are loose).
    const variantOnly = !capitalised && variantOfName(t.word, entities, isCommonWord);
    const known = ((!variantOnly && (entities?.isName(t.word) ?? false)) || loose.length > 0 || soundsLikePerson) && !isRoleWord(t.word) && !ROLE_MODIFIERS.has(t.word) && !onlyInAlias(t.word, entities);
    // Dates and numbers are written many ways ("Dec 28", "28 December", "on Sunday"): they help, never block.
    // "The 28-point plan" is not the 20-point one: a number naming a plan by its points is a name, not a date.
    const pointsName = /^\p{N}+$/u.test(t.word) && /^points?$/.test(toks[i + 1]?.word ?? "");
    if (pointsName) planPoints ??= t.word;
    // "At the end of January", "the beginning of the week": the part of a month is a date word too.
    // ("His New Year's Eve speech": a day named, as Christmas is.)
    const partOfDate = (/^(end|beginning|start|middle)$/.test(t.word) && toks[i + 1]?.word === "of" && DATE_WORDS.test((toks[i + 2]?.word === "the" ? toks[i + 3] : toks[i + 2])?.word ?? "")) || (t.word === "new" && toks[i + 1]?.word === "year");
    // ("The 2nd round", "the 3rd meeting": an ordinal the story writes "second", or not at all.)
    const dateWord = !pointsName && (DATE_WORDS.test(t.word) || /^\p{N}+(?:st|nd|rd|th)?$/u.test(t.word) || partOfDate);
    // (The tagger reads a common word after a name as part of it — "…meeting with Pierce start": not a name.)
    const taggedAfterName = i > 0 && (entities?.isName(toks[i - 1]!.word) ?? false) && (isWord?.(t.word) ?? false);
    const entity = !dateWord && (capitalised || known || group !== undefined || isAliasWord(t.word) || (nouns.proper.has(t.word) && !isRoleWord(t.word) && !taggedAfterName));
    const keys = wordKeys(t.word, capitalised || known);
    if (entities && (capitalised || known)) {
      for (const spelling of [...entities.spellings(t.word), ...loose]) for (const k of wordKeys(spelling, true)) if (!keys.includes(k)) keys.push(k);
    }
    // The noun after "which/what/how many" names the kind of answer ("which city", "how many times"): it is
    // seldom written in the answer, so it helps when present and never blocks.
    // "What's next", "what was planned": the words that ask for plans say what is wanted, not what it is about.
    // "Any news on a deadline?": the answer gives the date ("by June"), seldom the word.
    const planWord = (want === "next" && PLAN_WORDS.has(t.word)) || (want === "date" && isDeadlineWord(t.word));
    // "$100m", "90bn": a figure the story writes its own way ("around 100 million US dollars"): it helps, never blocks.
    // So are the multiplier and the currency after a number ("90 billion euros" is "€90bn" in the story).
    // "The 95 per cent figure" is "95%" in the story: the unit of a percentage too.
    const percentUnit = (/^(percent|pct)$/.test(t.word) && afterNumber(toks, i)) || (t.word === "cent" && toks[i - 1]?.word === "per" && afterNumber(toks, i - 1));
    const figure = /^\p{N}[\p{N},.]*(m|mn|bn|b|k|tn)$/u.test(t.word) || (FIGURE_UNIT.test(t.word) && afterNumber(toks, i)) || percentUnit;
    // "serhiy kyslytsya" of stories that write "Sergey Kislitsa": a first name the corpus never writes as a name,
    // before a surname it knows, is another spelling of the person's own; it helps and never blocks.
    const next = toks[i + 1];
    const foreignFirstName = entities !== undefined && !dateWord && !known && next !== undefined && !(isCommonWord?.(t.word) ?? false) && !isRoleWord(t.word) && !ROLE_MODIFIERS.has(t.word) &&
      !entities.isName(t.word) && !(isCommonWord?.(next.word) ?? false) && (entities.person(personId(next.word)) !== undefined || entities.isName(next.word)) && !isAliasWord(next.word);
    const soft = dateWord || figure || planWord || foreignFirstName || whPhrase.has(i) || (describing.has(i) && !entity) || isRoleWord(t.word) || (!entity && qualifiesName(terms, lastIndex, i));
    // "the delegation", "Kyiv's team": they count like other words but never block an answer.
    // Death and injury ("how many died") are what such a question is about, verb or noun: a number of degrees or
    // of drones in a story of the same strike does not answer it.
    // "the part Kyiv still holds": after "still", "already", "never" comes a verb, whatever the tagger says.
    // "…the case that brought down Yermak": after a relative pronoun comes its verb.
    const afterAdverb = i > 0 && (VERB_ADVERBS.has(toks[i - 1]!.word) || /^(that|which|who)$/.test(toks[i - 1]!.word));
    // "Hold out on using the frozen money", "their sit down w putin": a gerund with an object and a verb with its
    // particle are verbs whatever the tagger says; the answer tells of the act in its own words.
    const verbForm = (/ing$/.test(t.word) && DETERMINERS.test(toks[i + 1]?.word ?? "")) || PARTICLES.test(toks[i + 1]?.word ?? "");
    const topic = !entity && !soft && i !== verbAt && !afterAdverb && !verbForm && ((nouns.has(t.word) && !FRAME_NOUNS.has(t.word) && !GENERIC_NOUNS.has(t.word)) || HARM.has(s));
    pushTerm({ word: t.word, stem: s, keys, entity: entity || foreignFirstName, topic: (topic && !foreignFirstName) || pointsName, soft, adjacentToNext: false, ...(dateWord ? { date: true } : {}), ...(HARM.has(s) || pointsName ? { exact: true } : {}) }, i);
    markClauses(i);
    // "Were there casualties when drones hit Volkov's residence": the possessor says which residence; the question is
    // not about him (a sentence need not name him to answer it).
    const possessor = /['’]s$/.test(toks[i]!.raw) || (toks[i]!.word !== t.word && toks[i]!.word === `${t.word}s`);
    // ("Zelensky's chief of staff" is his: a role's possessor says whose role it is.)
    if (kind === "yesno" && entity && possessor && !keys.some((k) => k.startsWith("g:")) && toks[i + 1] && !/^(and|or|but)$/.test(toks[i + 1]!.word) && !isRoleWord(toks[i + 1]!.word) && !ROLE_MODIFIERS.has(toks[i + 1]!.word)) terms[terms.length - 1]!.setting = true;
  }
  // "How many prisoners were freed": the number must count prisoners — a story about the swap gives many numbers.
  let countedAt = toks.findIndex((t, i) => t.word === "how" && COUNTING_WORD.test(toks[i + 1]?.word ?? "")) + 2;
  // "how big an army": the article comes between.
  if (countedAt >= 2 && /^(a|an)$/.test(toks[countedAt]?.word ?? "") && SIZE_WORDS.test(toks[countedAt - 1]!.word)) countedAt++;
  // "How big could Ukraine's military be", "how large is the force": the noun after the verb, past its possessor
  // ("Ukraine's"), up to a closing "be". Not money ("how big is the loan"): its size is an amount, not a count.
  let sizeOf = false;
  if (countedAt >= 2 && SIZE_WORDS.test(toks[countedAt - 1]!.word) && SIZE_VERB.test(toks[countedAt]?.word ?? "")) {
    const noun = toks.findIndex((t, i) => i > countedAt && !STOP_WORDS.has(t.word) && !/['’]s$/.test(t.raw));
    if (noun > 0 && toks[noun]!.word !== "be") {
      countedAt = noun;
      sizeOf = true;
    }
  }
  // "how many British troops", "how many Ukrainian civilians": the noun after the qualifying names.
  const qualifiers: QuestionTerm[] = [];
  for (let x: QuestionTerm | undefined; countedAt >= 2 && toks[countedAt + 1] && (x = terms.find((y) => y.word === toks[countedAt]!.word && y.entity)); countedAt++) qualifiers.push(x);
  const countedWord = countedAt >= 2 ? toks[countedAt]?.word : undefined;
  if (want === "count" && countedWord && (nouns.has(countedWord) || sizeOf) && !ANSWER_NOUNS.has(countedWord) && !(sizeOf && !HEADCOUNT_NOUN.test(countedWord))) {
    // (The army asked about may be a name too, of the "Army Secretary": not of a place or a group.)
    const t = terms.find((x) => x.word === countedWord && (!x.entity || (sizeOf && !x.keys.some((k) => k.startsWith("g:")))) && !x.date);
    if (t) {
      t.counted = true;
      // A number of Russian civilians does not answer "how many Ukrainian civilians", however alike the story.
      for (const x of qualifiers) x.countQualifier = true;
    }
  }
  // "How long was Trump's phone call with Putin": the head of the noun phrase after the verb (past its possessor).
  if (want === "duration") {
    const verb = toks.findIndex((t, i) => i > 0 && toks[i - 1]!.word === "long" && /^(was|were|did|is|are|will|would|had|has)$/.test(t.word));
    let last = -1;
    for (let j = verb + 1; verb > 0 && j < toks.length; j++) {
      const t = toks[j]!;
      // ("How long did Trump and Zelensky's Mar-a-Lago meeting last": past the possessors joined by "and".)
      const joinsNames = /^(and|n|&)$/.test(t.word) && terms.some((x) => x.entity && x.word.split(" ")[0] === toks[j + 1]?.word);
      if (/['’]s$/.test(t.raw) || /^(the|a|an|this|that|these|those)$/.test(t.word) || joinsNames || terms.some((x) => x.entity && x.word.split(" ").includes(t.word))) continue;
      if (STOP_WORDS.has(t.word) || !nouns.has(t.word)) break;
      last = j;
    }
    const t = last > 0 ? terms.find((x) => x.word === toks[last]!.word && !x.entity && !x.date) : undefined;
    if (t) t.measured = true;
  }
  terms.forEach((t, i) => {
    // "Andrei Yermak": the given name says which Yermak; articles often write only the surname.
    const next = terms[i + 1];
    const isName = (x: QuestionTerm) => x.entity && !x.keys.some((k) => k.startsWith("g:"));
    // Not "Trump Putin": a word the corpus knows as someone's surname is not a given name.
    if (next && t.adjacentToNext && isName(t) && isName(next) && !entities?.person(personId(t.word))) t.soft = true;
  });
  // "Kyiv's top diplomat", "Zelensky's chief of staff": the titles the articles give those roles count too.
  const idioms = idiomKeys(terms.map((t) => t.word), terms.map((t) => t.keys));
  for (const [i, keys] of idioms) for (const k of keys) if (!terms[i]!.keys.includes(k)) terms[i]!.keys.push(k);
  // A soft word that qualifies a role ("energy minister", "foreign minister", "top diplomat") still says which role.
  // Not the scene of a saying: "what did the secretary of state say after the meeting with the Ukrainians" asks of no
  // Ukrainian secretary.
  const eligible = terms.filter((t, i) => (!t.soft || ROLE_HINT.test(t.word) || ROLE_MODIFIERS.has(t.word) || CHAT_ROLE.test(t.word) || idioms.has(i)) && !t.setting);
  // "Who is the new defence minister": the role's holder in the articles may be the one leaving, so a "new" role
  // resolves to no one ("who replaced Yermak as negotiator" still does: the articles give the role to his successor).
  // ("Who announced Medinsky was taking over": the one who announced it, not who took over.)
  const otherDeed = whoVerbAt >= 0 && SAY_VERB.test(toks[whoVerbAt]?.word ?? "");
  const succession = kind === "who" && (SUCCESSION_QUESTION.test(text) || SINCE_DEPARTURE.test(text)) && !otherDeed;
  // ("Zelensky's chief of staff": the one whose chief of staff tells two holders of "chief … staff" apart.)
  const loose = terms.filter((t, i) => !eligible.includes(t) && (!t.entity || (t.adjacentToNext && eligible.includes(terms[i + 1]!) && !t.keys.some((k) => k.startsWith("g:")))) && !t.date);
  const newRole = succession && /\bnew\b/i.test(text);
  // "Who took over from Yermak as lead negotiator": the one replaced is no candidate for the role asked.
  const replaced = new Set(succession && entities ? terms.flatMap((t) => t.keys).filter((k) => entities.person(k) !== undefined) : []);
  // The role of the eligible words from `first` on, held by someone of the country `country` names; its word
  // indexes are into `eligible`, as the unqualified resolution's are.
  const ofCountry = (first: number, country: string[]) => {
    const found = entities?.resolveRole(eligible.slice(first), country, loose, replaced);
    return found && { ...found, terms: found.terms.map((i) => i + first) };
  };
  let role = newRole ? undefined : entities?.resolveRole(eligible, undefined, loose, replaced);
  // "the Chinese foreign minister" is not the Ukrainian one: a name qualifying the role must be part of it.
  // (The word before the role among all the terms: "US" in "which US general" is soft, yet says which general.)
  // ("The Russian delegation head": over a word for the team, the country still says whose head.)
  const roleAt = role ? terms.indexOf(eligible[role.terms[0]!]!) : -1;
  const qualifier = role && (TEAM_WORDS.test(terms[roleAt - 1]?.word ?? "") && terms[roleAt - 1]!.soft && terms[roleAt - 2]?.adjacentToNext ? terms[roleAt - 2] : terms[roleAt - 1]);
  // Unless the person holding the role is of no other country in the articles ("Foreign Minister Andrii Sybiha" for
  // "Ukraine's foreign minister"): then the country is still asked of the article, as any name is.
  // (A country or institution: "Yermak" in "is Yermak still Zelensky's chief of staff" says whom it is asked of.)
  if (role && qualifier?.entity && qualifier.adjacentToNext && qualifier.keys.some((k) => k.startsWith("g:")) && !role.terms.includes(eligible.indexOf(qualifier))) {
    role = ofCountry(role.terms[0]!, qualifier.keys);
  } else if (!role && !newRole) {
    // "Kyiv's top diplomat", "Ukraine's foreign minister" where two countries' foreign ministers tie: the country
    // before the role says which.
    const first = eligible.findIndex((t, i) => i > 0 && eligible[i - 1]!.entity && eligible[i - 1]!.adjacentToNext && eligible[i - 1]!.keys.some((k) => k.startsWith("g:")) && (idioms.has(terms.indexOf(t)) || ROLE_MODIFIERS.has(t.word) || isRoleWord(t.word)));
    if (first > 0) role = ofCountry(first, eligible[first - 1]!.keys);
  }
  // "Who replaced Peskov as Kremlin spokesman": when a word of the question names the role's holder, he is the one
  // replaced, not the answer. (Role words carry role keys, never a person's: any term may be asked.)
  if (succession && role && terms.some((t) => t.keys.includes(role!.person))) role = undefined;
  // "Who replaced Budanov as head of military intelligence": Ukraine's, not Russia's head of military intelligence.
  if (succession && role && entities) {
    const replaced = terms.flatMap((t) => t.keys).filter((k) => k !== role!.person && entities.person(k) !== undefined);
    const theirs = replaced.flatMap((k) => entities.countriesOf(k));
    const holders = entities.countriesOf(role.person);
    if (theirs.length > 0 && holders.length > 0 && !holders.some((k) => theirs.includes(k))) role = undefined;
  }
  // "Putin's aide Ushakov", "Kremlin spokesman Peskov": a role right before a person's name is his title, said by
  // the asker; it names him, not whoever else the articles give the role to.
  const lastRoleTerm = role && eligible[role.terms[role.terms.length - 1]!]!;
  const named = lastRoleTerm?.adjacentToNext ? terms[terms.indexOf(lastRoleTerm) + 1] : undefined;
  const namedPerson = named?.entity && entities ? named.keys.find((k) => entities.person(k) !== undefined) : undefined;
  if (role && namedPerson !== undefined) role = { ...role, person: namedPerson };
  if (role) for (const i of role.terms) eligible[i]!.person = role.person;
  // A role no person of the corpus holds ("NATO's secretary general") must be written in the answer itself.
  // A title before a name ("Professor Tanabe", "General Grynkewich") only says who the name is: the name is enough.
  const titleOfName = (i: number) => terms[i]!.adjacentToNext && terms[i + 1]?.entity === true && !terms[i + 1]!.keys.some((k) => k.startsWith("g:"));
  terms.forEach((t, i) => {
    // (Nor a role in the clause that only sets the scene: "what did X say … after the meeting with the US envoys".)
    if (!t.person && isRoleWord(t.word) && !whPhrase.has(toks.findIndex((x) => x.word === t.word)) && !titleOfName(i) && !t.setting && !anchorTerms.includes(t)) t.role = true;
  });
  // "Which club", "which hotel", "what company": a kind of named thing, which the answer names ("the Shell Bay club").
  const whNamed = head !== undefined && NAMED_KINDS.has(stem(toks[head]!.word)) ? stem(toks[head]!.word) : undefined;
  // "What's Grynkewich's job": the job is what is asked, written as a title or an apposition ("General Alexus
  // Grynkewich, the commander of US forces in Europe"), seldom as "job".
  // The job word ends the question or follows the name ("whats josh gruenbaums job, he was at the kremlin right?").
  // ("What job does Gen. Grynkewich have", "which post does Budanov hold": or opens the question after "what".)
  const jobFirst = WHAT_JOB_FIRST.test(text);
  const jobAt = terms.findIndex((t, i) => JOB_WORDS.has(t.word) && (i === terms.length - 1 || (terms[i - 1]?.entity === true && terms[i - 1]!.adjacentToNext === true) || (i === 0 && jobFirst)));
  // ("gnatov whats his job": the name may come first.)
  // ("budanov's job now? still the spy chief?": a name's job asks it, with no question word.)
  const namedJob = jobAt > 0 && terms[jobAt - 1]!.entity && kind === "what" && !/\b(?:who|when|where|why|how|which)\b/i.test(text);
  // ("What does Arakhamia do?", "what is Gruenbaum doing these days": his job, with no word for it.)
  const doesWhat = kind === "what" && /^\W*what (?:does|did|do|is|was) (?:[\p{L}'’-]+\s+){1,3}(?:do|doing)(?:\s+(?:now|exactly|these days|for a living))?\W*$/iu.test(text) && terms.some((t) => t.entity);
  const asksJob = kind === "what" && want === "any" && (((/^(?:[\p{L}'’-]+\s+){0,3}what(?:'s|s| is| was)\b/iu.test(text) || namedJob || jobFirst) && jobAt >= 0) || doesWhat);
  // A word for a job asks for one, wherever it stands ("Budanov still the spy chief or what's his job now", "the
  // envoy's actual job, the Dmitriev guy"); the answer gives the title, seldom the word. (asksJob's word among them.)
  if (/\bwhat(?:'s|s| is| was)\b/i.test(text) || namedJob || jobFirst) for (const t of terms) if (JOB_WORDS.has(t.word)) Object.assign(t, { soft: true, topic: false });
  // "Who replaced Yermak": the verb of succession is seldom the answer's ("Umerov was appointed", "offered the post").
  if (succession) for (const t of terms) if (SUCCESSION_VERB.test(t.word)) t.soft = true;
  if (usTyped) for (const t of terms) if (t.entity && /^(?:us|usa)$/.test(t.word)) t.soft = true;
  // "The 5 hour kremlin meeting": a length that says which meeting, before the word for it; a sentence about that
  // meeting need not give it.
  terms.forEach((t, i) => {
    const before = terms[i - 1];
    if (i > 0 && i < terms.length - 1 && /^\d+$/.test(before!.word) && before!.adjacentToNext && t.adjacentToNext && LENGTH_UNIT.test(t.word)) Object.assign(t, { soft: true, topic: false });
  });
  // "The feb 3 barrage", "the dec 2 sit-down": the date names the event; the noun after it is the asker's word for it,
  // which the answer (a sentence of that day's story) need not repeat. It helps and never blocks.
  terms.forEach((t, i) => {
    const before = terms[i - 1];
    // (A day of a month: "the next 2 years" names no event.)
    const month = terms[i - 2];
    if (i > 1 && before!.date && before!.adjacentToNext && /^\d{1,2}$/.test(before!.word) && month!.date && monthNumber(month!.word) !== undefined && t.topic && !t.entity && !t.date) Object.assign(t, { soft: true, topic: false });
  });
  // "What did Zelensky warn people in his address", "what did he tell the nation": whom he spoke to, which the story
  // says its own way ("told Ukrainians", "addressed the country"); it helps and never blocks.
  for (const t of terms) {
    const at = tokenOf.get(t);
    if (kind === "say" && at !== undefined && AUDIENCE.test(t.word) && TELLING.test(toks[at - 1]?.word === "the" ? (toks[at - 2]?.word ?? "") : (toks[at - 1]?.word ?? ""))) Object.assign(t, { soft: true, topic: false });
  }
  // "How big was the scheme in dollars", "how close are they, like percentage": the unit says how the answer is
  // written ("$100m", "95%"), which no sentence spells out as a word.
  for (const t of terms) if ((want === "percent" && PERCENT_UNIT.test(t.word)) || (want === "count" && MONEY_UNIT.test(t.word))) Object.assign(t, { soft: true, topic: false });
  // "Trump's Board of Peace", "Putin's Security Council": a person's possessive before a body the corpus names is
  // whose it is, said by the asker; the story about the body need not name him. He helps, never blocks.
  terms.forEach((t, i) => {
    const next = terms[i + 1];
    if (!entities || !t.entity || !t.adjacentToNext || !next?.entity || !/['’]s$/.test(toks[tokenOf.get(t)!]!.raw)) return;
    if (!entities.person(personId(t.word)) || entities.person(personId(next.word)) || next.keys.some((k) => k.startsWith("g:")) || isRoleWord(next.word)) return;
    if (entities.isName(next.word)) t.soft = true;
  });
  // "When did Putin first talk in detail about Trump's proposals": "…his most detailed comments so far on the
  // American proposals". A person's possessive before a plan names whose plan, which the story may say by his country;
  // beside another name the question requires, he helps and never blocks. (So do his envoys: "how long did Trump's
  // envoys sit with Putin" — "the talks went on for about five hours", in the story of the Kremlin meeting.)
  terms.forEach((t, i) => {
    const next = terms[i + 1];
    const raw = toks[tokenOf.get(t)!]?.raw ?? "";
    if (!entities || !t.entity || t.soft || !t.adjacentToNext || !next || !PLAN_NOUN.test(next.word)) return;
    if (!/['’]s$/.test(raw) && raw.toLowerCase() !== `${t.word}s`) return;
    if (!entities.person(personId(t.word)) || !terms.some((o) => o !== t && o.entity && !o.soft && !o.date)) return;
    t.soft = true;
  });
  const speaker = kind === "say" ? speakerTerms(terms, toks, text) : [];
  // "What did Kyiv / the Kremlin say": a country speaks through its people, named or not ("Zelensky said").
  const speakerGroups = speaker.some((i) => terms[i]!.person) ? [] : speaker.flatMap((i) => terms[i]!.keys.filter((k) => k.startsWith("g:")));
  const speakerPeople = entities && speakerGroups.length > 0 ? entities.membersOf(speakerGroups) : [];
  terms.forEach((t, i) => {
    const ordinal = t.word.split(" ").map((w) => ORDINALS.indexOf(w)).find((k) => k >= 0);
    if (ordinal === undefined) return;
    t.ordinal = ordinal;
    // "In the 2nd Abu Dhabi round": the place names the round too, and a story of it seldom counts it again in the
    // sentence that answers ("The US and Russia agreed to restore military dialogue"); the ordinal helps, never blocks.
    const place = terms[i + 1];
    if (t.adjacentToNext && place?.entity && place.keys.some((k) => k.startsWith("g:")) && place.adjacentToNext && EVENT_WORD.test(terms[i + 2]?.word ?? "")) t.soft = true;
  });
  const deed = kind === "who" && whoVerbAt >= 0 ? toks[whoVerbAt]?.word : undefined;
  // "Who said the drone story was made up": what was said of it ("fabricated", met by "lies") is the deed asked.
  const copula = deed !== undefined && SAY_VERB.test(deed) ? toks.findIndex((t, i) => i > whoVerbAt + 1 && /^(was|is|were|are)$/.test(t.word)) : -1;
  const saidOf = copula < 0 ? undefined : terms.filter((t) => tokenOf.get(t)! > copula && !t.entity && !t.soft && !t.setting).pop();
  const action = saidOf ?? (deed === undefined || LEAD_VERB.test(deed) ? undefined : terms.find((t) => t.word === deed && !t.entity && !t.soft && !t.setting && DEED.test(t.word)));
  const afterAt = NEXT_AFTER.exec(text);
  // (Only its noun phrase: "is the round after Abu Dhabi still going to be in Miami" asks of Miami.)
  const counted = afterAt ? text.slice(afterAt.index + afterAt[0].length).toLowerCase().split(END_OF_PHRASE)[0]! : "";
  const countedFrom = afterAt ? terms.filter((t) => t.entity && counted.includes(t.word)) : [];
  const nextAfter = countedFrom.flatMap((t) => t.keys.filter((k) => k.startsWith("g:")));
  // (They need not be in the answer: "the next round will be held in Miami" does not name Abu Dhabi.)
  // (But "what's next after Geneva" is asked of the Geneva story: its plans answer it — see extractive's nextInHead.)
  if (nextAfter.length > 0 && want !== "next") for (const t of countedFrom) t.soft = true;
  // "Why didn't the EU use the assets", "why did the loan plan fail": what stood in the way is the reason.
  const thwarted = kind === "why" && THWARTED.test(text);
  return { text, kind, want, terms, speaker, recency: RECENCY.test(text), person: role?.person, whRole,
    ...(thwarted ? { thwarted } : {}),
    ...(whNamed ? { whNamed } : {}),
    ...(succession ? { succession } : {}),
    ...(want === "place" && (SAID_WHEN.test(text) || SAID_WHERE.test(text)) ? { placeOfSaying: true } : {}),
    ...(want === "place" && asksWithin(text, terms) ? { placeWithin: true } : {}),
    ...(kind === "who" && whoVerbAt >= 0 && LEAD_VERB.test(toks[whoVerbAt]?.word ?? "") ? { asksLeader: true } : {}),
    ...(asksJob ? { asksJob: true } : {}),
    ...(anchor && anchorTerms.some((t) => t.entity) ? { timeAnchor: { text: anchor.text, terms: anchorTerms, from: anchor.from, to: anchor.to } } : {}),
    ...(speakerPeople.length > 0 ? { speakerPeople } : {}),
    // A name that is no place or institution of the alias table: a person, or an organisation acting like one.
    future: /\b(next|going to|will|plans? to|planned|expected to|upcoming)\b/i.test(text),
    ...(want === "date" && UNTIL_WHEN.test(text) ? { until: true } : {}),
    ...(want === "statement" && VERDICT.test(text) ? { verdict: true } : {}),
    ...(planPoints ? { planPoints } : {}),
    ...(kind === "who" && COMPANIONS_ASKED.test(text) ? { companions: true } : {}),
    ...(action ? { action } : {}),
    ...(role?.sole ? { soleHolder: true } : {}),
    ...(nextAfter.length > 0 ? { nextAfter } : {}),
    aboutPerson: role !== undefined || terms.some((t) => t.entity && !t.soft && !t.keys.some((k) => k.startsWith("g:"))) };

  /** Marks the term just pushed for token `i` when it stands in the question's clause of time, scene or topic. */
  function markClauses(i: number): void {
    const last = terms[terms.length - 1];
    if (!last) return;
    if (anchor && i >= anchor.start && i < anchor.end) anchorTerms.push(last);
    if (setting && i >= setting.start && i < setting.end) last.setting = true;
    if (topicOfSaying && i >= topicOfSaying.start && i < topicOfSaying.end) last.sayTopic = true;
  }

  function pushTerm(term: QuestionTerm, i: number): void {
    if (i === subjectAt && term.entity) term.subject = true;
    if (whenAt >= 0 && i > whenAt && !term.entity) term.soft = true;
    // "Who is Kyiv's lead negotiator now that Yermak is out": what the asker knows, not what the answer must say.
    if (nowThatAt >= 0 && i > nowThatAt) term.soft = true;
    if (asideAt >= 0 && i > asideAt) term.soft = true;
    const previous = terms[terms.length - 1];
    if (previous) previous.adjacentToNext = lastIndex === i - 1;
    lastIndex = i + (term.word.split(" ").length - 1);
    tokenOf.set(term, i);
    terms.push(term);
  }
}

const HARM = new Set("kill killed died die dies dead death deaths injured injure wounded wound casualties fatalities".split(" ").map(stem));

/** Words for a team that a country qualifies with its head after them ("the Russian delegation head"). */
const TEAM_WORDS = /^(?:delegation|team|side|negotiating|delegations|teams)$/;

/** Words that ask for plans in a "what happens next" question. */
const PLAN_WORDS = new Set("next happens happen planned plans scheduled expected foreseen steps step comes first going another yet".split(" "));

const SUCCESSION_QUESTION = new RegExp(`\\b(${SUCCESSION_WORDS}|stepp?(ed)? in|new ([a-z]+ )?(head|chief|leader|minister|secretary|negotiator|spokes\\w+|commander|director))\\b`, "i");
const SUCCESSION_VERB = /^(replac(e|es|ed|ing)|succe(ed|eds|eded|eding)|took|takes?|taking|stepp?e?d?|new|left|quit|resigned|departure|exit|resignation|ouster)$/;
/**
 * "Who's been leading the negotiators since Yermak left", "who runs the team after Yermak's resignation": the one who
 * came after him, as "who replaced Yermak" asks — a name, then the word of his going.
 */
const SINCE_DEPARTURE = /\b(?:since|after|now that|following)\s+(?:[\p{L}][\p{L}'’.-]*\s+){1,2}?(?:left|quit|resigned|stepped down|was (?:fired|ousted|removed|sacked|dismissed|pushed out|forced out)|departed|departure|exit|resignation|ouster|removal|sacking|dismissal)\b/iu;

/** Words for a round of talks after an ordinal and a place ("the 2nd Abu Dhabi round"). */
const EVENT_WORD = /^(?:round|rounds|meeting|meetings|talks|session|sessions|summit)$/;

/** Ordinals in order: "the second round" is not "the first meeting" (QuestionTerm.ordinal). */
export const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/**
 * "Who is Mykola Horbach, the priest in the Chicago Ukrainian neighbourhood?": after the name, the asker says what
 * he knows of him, in his own words ("the Rev." in the story): they count but never block. Token indexes.
 */
function appositionOfWhoIs(text: string, toks: { word: string; start: number }[]): Set<number> {
  const out = new Set<number>();
  const m = /^\s*who(?:'s|’s| is| was)\s+[^,]{2,40},/i.exec(text);
  if (!m) return out;
  toks.forEach((t, i) => {
    if (t.start >= m[0].length) out.add(i);
  });
  return out;
}

/**
 * "How much has Canada given in total since the full-scale invasion": the words after "since" say from when the
 * total runs ("since February 2022" in the story), and "in total", "overall" ask for the sum: none is the topic.
 * Token indexes of those words in a quantity question.
 */
function sinceClause(toks: { word: string }[]): Set<number> {
  const out = totalWords(toks);
  const since = toks.findIndex((t, i) => i > 2 && t.word === "since");
  if (since >= 0) for (let i = since + 1; i < toks.length; i++) out.add(i);
  return out;
}
/** Words of a figure after its number: the multiplier and the currency ("90 billion euros", "$1 bn", "100 million dollars"). */
const FIGURE_UNIT = /^(million|millions|billion|billions|trillion|bn|mn|euros?|dollars?|pounds?|eur|usd|gbp|hryvnias?|roubles?|rubles?)$/;

/** Token `i` follows a number, or a number and a multiplier ("90 billion euros"). */
function afterNumber(toks: { word: string }[], i: number): boolean {
  const numeric = (k: number) => /^\p{N}/u.test(toks[k]?.word ?? "");
  return numeric(i - 1) || (numeric(i - 2) && FIGURE_UNIT.test(toks[i - 1]!.word));
}

/** "Was it 314 prisoners in total?": "in total", "overall" ask for the sum, in a yes/no question too. */
function totalWords(toks: { word: string }[]): Set<number> {
  return new Set(toks.flatMap((t, i) => (TOTAL_WORDS.has(t.word) ? [i] : [])));
}
const TOTAL_WORDS = new Set(["total", "overall", "altogether", "combined", "cumulative", "cumulatively"]);

/**
 * Connectors placing a question in time by another event, with the days after it the answer falls on. Only the
 * precise ones: "after the Geneva talks" alone may mean weeks later (anchors.ts reads the story about the event).
 */
const TIME_CONNECTORS: [RegExp, number, number][] = [
  [/\b(?:the|a|one) day after\b/, 1, 1],
  [/\b(?:the|a|one) day before\b/, -1, -1],
  [/\b(?:earlier|later) (?:on |in )?(?:the|that) (?:same )?day(?: (?:that|when))?\b|\b(?:on )?the (?:same )?day (?:that |when )?(?=\w+ (?:met|was|were|had|did|went|arrived|resigned|quit|visited|spoke|signed))/, 0, 0],
  [/\b(?:right|just|shortly|soon|immediately|hours|minutes) after\b/, 0, 1],
  [/\b(?:right|just|shortly|hours|minutes) before\b/, -1, 0],
  [/\bwhile\b/, 0, 1],
];

/**
 * The clause after a connector of time ("the day after Trump and Zelensky met in Florida"), to the end of the
 * question or a comma: token indexes [start, end), its text, and its days offset. Not at the question's start
 * ("after Geneva, what…" has no main clause before it to place).
 */
function timeClause(text: string, toks: { word: string; start: number }[]): { start: number; end: number; text: string; from: number; to: number } | undefined {
  const lower = text.toLowerCase();
  for (const [re, from, to] of TIME_CONNECTORS) {
    const m = re.exec(lower);
    if (!m || m.index === 0) continue;
    const at = m.index + m[0].length;
    const comma = lower.indexOf(",", at);
    const stop = comma < 0 ? lower.length : comma;
    const start = toks.findIndex((t) => t.start >= at);
    if (start < 0) continue;
    let end = toks.findIndex((t) => t.start >= stop);
    if (end < 0) end = toks.length;
    if (end <= start) continue;
    return { start, end, text: text.slice(at, stop).trim(), from, to };
  }
  return undefined;
}

/**
 * Token indexes of an aside saying what the answer is not: "who's Ukraine's top general? the chief of the general
 * staff, not the defence minister" — from "not the/a/an" to the next comma, question mark or the end.
 */
function negatedAside(text: string, toks: { word: string; start: number }[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i]!.word !== "not" || !/^(the|a|an)$/.test(toks[i + 1]!.word)) continue;
    const rest = text.slice(toks[i]!.start).search(/[,;?!.)]/);
    const stop = rest < 0 ? text.length : toks[i]!.start + rest;
    for (let j = i; j < toks.length && toks[j]!.start < stop; j++) out.add(j);
  }
  return out;
}

/** Token range of a yes/no question's "after …"/"before …" clause, to a comma or the end (see QuestionTerm.setting). */
function sceneClause(toks: { word: string; raw: string }[]): { start: number; end: number } | undefined {
  // ("Did Moscow show any proof of that drone attack on Putin's residence": "that" after a preposition points at an
  // event the asker knows, which the phrase only names.)
  const at = toks.findIndex((t, i) => i > 1 && (t.word === "after" || t.word === "before" || (/^(that|those)$/.test(t.word) && DEMONSTRATIVE_AFTER.test(toks[i - 1]!.word))));
  if (at < 0) return undefined;
  const comma = toks.findIndex((t, i) => i > at && /,$/.test(t.raw));
  return { start: at + 1, end: comma < 0 ? toks.length : comma + 1 };
}

/** Prepositions after which "that" is a demonstrative ("proof of that attack"), not a conjunction ("said that"). */
const DEMONSTRATIVE_AFTER = /^(of|on|about|at|in|from|during|for|with|over|since)$/;

// ("Why was Belgium against the loan", "why did Hungary oppose it": a stand against, which a demand or a refusal
// explains.)
const THWARTED = /\bwhy\b.*(?:n['’]t\b|\b(?:not|never|no longer|fail|fails|failed|collapse|collapsed|fall through|fell through|stall|stalled|block|blocked|drop|dropped|abandon|abandoned|scrap|scrapped|against|oppose|opposed|object|objected|resist|resisted|reject|rejected|refuse|refused|veto|vetoed|reluctant)\b)/i;

/** Token range of a say-question's "about …" to a clause of time ("on the day", "after", "when") or the end. */
function aboutClause(toks: { word: string }[]): { start: number; end: number } | undefined {
  const at = toks.findIndex((t, i) => i > 1 && /^(about|regarding|concerning)$/.test(t.word));
  if (at < 0) return undefined;
  const end = toks.findIndex((t, i) => i > at && (/^(after|before|when|during|following|once|while|since|until)$/.test(t.word) || (/^(on|the)$/.test(t.word) && /^(day|eve|night|morning|evening)$/.test((t.word === "on" ? toks[i + 2] : toks[i + 1])?.word ?? "") && (t.word === "the" || toks[i + 1]?.word === "the"))));
  return { start: at + 1, end: end < 0 ? toks.length : end };
}

/** The manner of a meeting, asked of a speaker or the stories: "the mood", "the atmosphere", "the tone". */
const MOOD_NOUN = /^(mood|atmosphere|tone|vibe|vibes|climate|spirit)$/;
/** Verbs of reacting: in a say-question ("how did Zelensky respond to …") they ask what he said, as the nouns do. */
const REACTION_VERB = /^(respond|responds|responded|responding|react|reacts|reacted|reacting|reply|replies|replied|replying)$/;
/** Nouns of reacting: in a say-question ("Zelensky's response to …") they ask for a statement, as the verbs do. */
const REACTION_NOUN = /^(message|messages|response|responses|reaction|reactions|reply|replies|answer|comments?|remarks?|verdict)$/;

/**
 * "What did Yermak say about the investigators who searched his house": the clause after "who/that/which" only
 * says which investigators; the story may tell of the search in other words ("investigative actions at his
 * residence"). Its words count but never block. Token indexes of the clause, in say-questions after "about".
 */
function relativeClauseAfterAbout(toks: { word: string }[]): Set<number> {
  const out = new Set<number>();
  const about = toks.findIndex((t) => t.word === "about" || t.word === "on");
  if (about < 0) return out;
  const rel = toks.findIndex((t, i) => i > about + 1 && /^(who|that|which|whom)$/.test(t.word));
  if (rel < 0) return out;
  for (let i = rel + 1; i < toks.length; i++) out.add(i);
  return out;
}

/** Verbs of saying in writing, which the corpus may also hold as a name or noun ("the Washington Post"). */
const POSTING_VERB = /^(post|posted|posts|tweet|tweeted|tweets|write|wrote|writes)$/;

/** Adverbs that stand before a verb: the word after them is no topic noun. */
const VERB_ADVERBS = new Set(["still", "already", "never", "just", "also", "now", "recently", "reportedly", "allegedly"]);

/** "How big", "how large": asks a size, which articles give as a number ("an army of 800,000"). */
const SIZE_WORDS = /^(big|large)$/;
const SIZE_VERB = /^(could|would|will|can|should|might|may|is|was|are|were|be)$/;
/** What "how big" counts the people of ("how big could the army be"); the size of a scheme or a loan is money. */
const HEADCOUNT_NOUN = /^(army|armies|military|force|forces|troops|delegation|delegations|team|teams|contingent|mission|crowd|garrison|personnel)$/;
/** The words after "how" that ask for a number of something ("how many prisoners", "how big an army"). */
const COUNTING = "many|much|big|large";
const COUNTING_WORD = new RegExp(`^(${COUNTING})$`);
const COUNT_QUESTION = new RegExp(`\\bhow (${COUNTING})\\b`);

const JOB_WORDS = new Set(["job", "jobs", "role", "title", "post", "position", "occupation", "profession", "function"]);
/** "What job does X have", "which post does X hold now": the job word right after the question word, before a verb. */
const WHAT_JOB_FIRST = /^\W*(?:what|which) (?:job|role|title|post|position|rank)s? (?:does|did|do|is|was|has|had)\b/i;

/**
 * "which us general", "the us side", "are the us and russian militaries…": a lower-case "us" that is the country (see
 * expandAbbreviations). ("The us plan" is left as it was: the American plan, Washington's, or just the plan.)
 */
const US_LOWER = /(?<=\b(?:which|what)\s+)us\b|(?<=\bthe\s+)us(?=\s+(?:and|or|&)\s)|\bus(?=\s+(?:side|team|delegation|envoys?|officials?|generals?|army|military|forces|troops|president|administration|government|negotiators?|secretary|senators?|congress|intelligence|embassy|ambassador)\b)/g;
/** The same, tested once per question (US_LOWER is global, for replace). */
const US_LOWER_ONCE = new RegExp(US_LOWER.source);

/** Prefixes the stories write with a hyphen ("anti-corruption", "counter-offensive") that a question may run on. */
const HYPHENED_PREFIX = /^(anti|counter|non|pro|post|pre|ex|co|cross|self|multi|semi|inter|trans|ultra)(?=[a-z]{4,}$)/;

/**
 * Two words typed as one: "anticorruption" where the stories write "anti-corruption", "wouldukraine's" for "would
 * Ukraine's". Only a word the corpus never writes, split where both halves are words it writes (a prefix), or — for
 * a word no dictionary knows and no name of the corpus is close to — at the one place where a word of grammar meets
 * an everyday word or a name.
 */
function unglue(text: string, entities: EntityIndex, isWord?: (word: string) => boolean, isCommonWord?: (word: string) => boolean): string {
  return text.replace(/\b\p{L}{7,}\b/gu, (raw) => {
    const w = raw.toLowerCase();
    if (entities.writes(w) || !/^[a-z]+$/.test(w)) return raw;
    const prefix = HYPHENED_PREFIX.exec(w)?.[1];
    if (prefix && entities.writes(prefix) && entities.writes(w.slice(prefix.length))) return `${raw.slice(0, prefix.length)} ${raw.slice(prefix.length)}`;
    // (Not a name misspelt: "dmitrijew" is no "dmitri jew".)
    if (!isWord || !isCommonWord || isWord(w) || entities.looseSpellings(w, true).length > 0) return raw;
    const whole = (part: string) => (part.length >= 3 || STOP_WORDS.has(part)) && (isCommonWord(part) || entities.isName(part));
    // One half a word of grammar ("would", "the"), the other a word or a name: "wouldukraine", "thekremlin".
    const grammar = (a: string, b: string) => (STOP_WORDS.has(a) || STOP_WORDS.has(b)) && whole(a) && whole(b);
    const splits: number[] = [];
    for (let k = 2; k <= w.length - 2; k++) if (grammar(w.slice(0, k), w.slice(k))) splits.push(k);
    return splits.length === 1 ? `${raw.slice(0, splits[0])} ${raw.slice(splits[0])}` : raw;
  });
}

/** A unit of length of time ("hour", "days"). */
const LENGTH_UNIT = /^(?:hour|hours|hr|hrs|minute|minutes|day|days|week|weeks)$/;

/** "Day 2", "round 3", "session 1": a numbered stage of talks (not "day 1,000 of the war", nor "round 2.5"). */
const NUMBERED_STAGE = /\b(day|round|session|stage|phase|leg)\s+([1-9])\b(?![.,]\d)/gi;
/**
 * "The 4th round", "the 2nd day", "the 2nd abu dhabi round": an ordinal in figures before a stage of talks, a name or
 * two between (not "the 4th" of a month).
 */
const FIGURE_ORDINAL = /\b(10|[1-9])(?:st|nd|rd|th)\s+((?:(?!(?:of|the|and|in|on|at)\s)[\p{L}-]+\s+){0,2})(day|round|session|stage|phase|leg|meeting|time|visit|trip|attempt|draft|version)\b/giu;

/**
 * Chat abbreviations, written out as articles write them: "the Estonian FM" is its foreign minister, "yrs" years.
 * "PM" after a number is a clock time ("3 pm"), not a prime minister.
 */
function expandAbbreviations(text: string): string {
  return numberWordsToDigits(text)
    // Chat spelling without the apostrophe ("whats next", "wheres the next round", "didnt"): the question words and
    // negations then read as they do with it, instead of as unknown words the answer would have to hold.
    .replace(CONTRACTION_WITHOUT_APOSTROPHE, (word: string) => `${word.slice(0, -1)}'${word.slice(-1)}`)
    // "Why'd Zelensky pick him", "how'd it go": "did" run onto the question word (read as a name otherwise).
    .replace(/\b(why|how)['’]d\b/gi, "$1 did")
    // "Who's in charge of X", "in charge on Bankova": who heads it (stories write "the commander of", "headed by",
    // "run by").
    .replace(/\bin charge (?:of|on|at|in)\b/gi, "heading")
    // "Which us general", "did the us side agree": the country typed in lower case, not the pronoun ("tell us who").
    // (Before people or an institution only: "the us plan" is the American plan, Washington's, or just the plan.)
    .replace(US_LOWER, "US")
    // "Before Xmas": stories write Christmas.
    .replace(/\bx-?mas\b/gi, "Christmas")
    // "POWs": stories write prisoners (of war).
    .replace(/\bPOWs\b/gi, "prisoners")
    .replace(/\bPOW\b/gi, "prisoner")
    // "Why was the leaked call such a big deal": why it mattered — an idiom, not a deal of any size.
    .replace(/\b(?:such|so|that|a|really)\s+(?:a\s+)?big\s+deal\b/gi, " ")
    // "What did they agree to hand over to each other": to exchange (prisoners, bodies), as the stories say.
    .replace(/\b(hand|hands|handed|handing|give|gives|gave|giving|send|sent|return|returned) (?:over |back )?(?:to )?(?:each other|one another)\b/gi, inflected({ hand: "exchange", hands: "exchanges", handed: "exchanged", handing: "exchanging", give: "exchange", gives: "exchanges", gave: "exchanged", giving: "exchanging", send: "exchange", sent: "exchanged", return: "exchange", returned: "exchanged" }))
    // "How long did Putin sit with the Americans": met them, as the stories say ("sat down with" too). (Not "who sat
    // with Putin": who was beside him.)
    .replace(/^(\W*how long\b.*?)\b(sit|sits|sat|sitting)(?: down)? with\b/i, (_m: string, before: string, verb: string) => `${before}${inflected({ sit: "meet", sits: "meets", sat: "met", sitting: "meeting" })(_m, verb)} with`)
    // Chat shorthand ("what did he say abt…", "is there a ceasefire rn"): the words it stands for.
    .replace(CHAT_SHORTHAND, (word: string) => SHORTHAND[word.toLowerCase()] ?? word)
    // "What did Witkoff tell people at Davos": what he said there; the stories name the audience seldom and variously
    // ("told an audience", "told the forum").
    .replace(/\b(tell|tells|told|telling) (?:the )?(?:people|folks|everyone|everybody|crowds?|audiences?|reporters|journalists|press|media)\b/gi, inflected({ tell: "say", tells: "says", told: "said", telling: "saying" }))
    // "y did trump want a pause": why, typed as one letter before a verb.
    .replace(/^(\W*)y(?= (?:did|does|do|is|are|was|were|has|have|would|should|can|didnt|isnt|doesnt)\b)/i, "$1why")
    // "what did the bloc decide re financing": about (not "Re:" opening a line).
    .replace(/(?<=\p{L}\s+)re(?=\s+\p{L})/gu, "about")
    // "Who else went w Witkoff", "Witkoff n Kushner": a lower-case letter alone between words (not "George W. Bush").
    .replace(/(?<=\p{L}\s+)w(?=\s+\p{L})/gu, "with")
    .replace(/(?<=\p{L}\s+)n(?=\s+\p{L})/gu, "and")
    // "Which city did he stop in on his way to Florida": the stories write "via Halifax", "a stopover in Halifax".
    .replace(/\bstop(?:ped|s|ping)?(?: over| off)? in\b(?=.*\b(?:way|route|en route)\b)/gi, "stopover in")
    // "The middle-ground idea": a compromise.
    .replace(/\bmiddle[- ]ground\b/gi, "compromise")
    // "The DMZ idea": the stories write "demilitarised zone".
    .replace(/\bDMZs?\b/gi, "demilitarised zone")
    // "The 28 pt plan": its points (not the "PT" of a Pacific time).
    .replace(/(?<=\d[- ]?)pts?\b/g, (m: string) => (m === "pts" ? "points" : "point"))
    // "Did they strike a deal": reach one (not a military strike).
    .replace(/\b(?:strike|strikes|striking|struck) (a|any|the|no) (deal|agreement|bargain|compromise)\b/gi, "reach $1 $2")
    // "How did Medinsky sum up the round", "summarise it": what he said of it — how he described it.
    .replace(/\b(?:sum|sums|summed|summing) (?:it |them |that |this )?up\b|\bsummari[sz](?:e|es|ed|ing)\b/gi, "describe")
    // "What guarantee did the US put on the table": what it offered (not a table).
    .replace(/\b(?:put|puts|putting) (?:(\w+(?: \w+){0,3}) )?on the table\b/gi, (_m: string, what?: string) => (what ? `offered ${what}` : "offered"))
    // "Where did Trump and Zelensky sit down": where they met ("sat down with", "sitting down together").
    .replace(/\b(?:sit|sits|sat|sitting) down\b/gi, "meet")
    // "Why did Yermak step down": why he resigned (the stories' word; "step" alone is no topic).
    .replace(/\b(?:step|steps|stepped|stepping) (?:down|aside)\b/gi, "resign")
    // "Did the militaries get their hotline back", "bring back the channel": restore it ("back" is no topic).
    .replace(/\b(?:get|gets|got|getting|bring|brings|brought|bringing) back\b/gi, "restore")
    .replace(/\b(?:get|gets|got|getting|bring|brings|brought|bringing) ((?:(?:their|its|the|a|that|this|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+) back\b/giu, "restore $1")
    // "How many got intercepted", "did he get fired": a passive in chat's words; the verb is what is asked.
    .replace(/\b(?:get|gets|got|getting)\s+(?=[a-z]+ed\b)/gi, "")
    // "How much is Kyiv hoping to pull in": to raise. "Did Russia knock out the lights": cut the power.
    .replace(/\b(?:pull|pulls|pulled|pulling) in\b/gi, "raise")
    .replace(/\b(?:knock|knocks|knocked|knocking) out (?:the )?(?:lights|power|electricity)\b/gi, "cut power")
    // "Who came up with the plan": who drafted it.
    .replace(/\b(?:came|come|comes|coming) up with\b/gi, "drafted")
    // "Did Putin hold off bombing Kyiv": the stories say "not to strike", "a pause in strikes" — the striking is the
    // topic, the holding off a word they seldom use.
    .replace(/\b(?:hold|holds|held|holding) off(?: on)? /gi, "")
    // "Which city did Zelensky head to the day after": travel to (not the head of an office, a role).
    .replace(/\b(head|heads|headed|heading) (?=(?:off |back |straight )?(?:to|for)\b)/gi, inflected({ head: "travel ", heads: "travels ", headed: "travelled ", heading: "travelling " }))
    // "Did Putin say no to the proposals": did he reject them (a yes/no question, not what he said).
    .replace(/\b(say|says|said|saying) no to\b/gi, inflected({ say: "reject", says: "rejects", said: "rejected", saying: "rejecting" }))
    // "Did Budanov say yes to running the office": accept it. "Was the story made up": fabricated.
    .replace(/\b(say|says|said|saying) yes to\b/gi, inflected({ say: "accept", says: "accepts", said: "accepted", saying: "accepting" }))
    .replace(/\bmade (?:it |them |that |this )?up\b/gi, "fabricated")
    // "Did NABU pin anything on Yermak": charge him.
    .replace(/\b(?:pin|pins|pinned|pinning) (?:anything|something|nothing|it|that|this|the \w+) on\b/gi, "charge")
    // "…or nah", "lol": chat's tags say nothing asked.
    .replace(/\s*\b(?:or nah|or not|lol|lmao|haha)\b/gi, "")
    // ("Why June tho?": a tag too, at the end of a clause.)
    .replace(/\s*\b(?:tho|though)\b(?=\s*(?:[?!.]|$))/gi, "")
    // "What did Washington and Moscow sign up to": agree to.
    .replace(/\b(?:sign|signs|signed|signing) up (?=to|for)\b/gi, "agree ")
    // "Did the Russians sign off on a three-way meeting": agree to it (not a signature).
    .replace(/\b(?:sign|signs|signed|signing) off\b/gi, "agree")
    // "Did Putin go along with the pause": did he agree to it.
    .replace(/\b(?:go|goes|went|gone|going) along with\b/gi, "agree to")
    // "Drones went after the residence": they targeted it.
    .replace(/\b(?:go|goes|went|gone|going) after\b/gi, "targeted")
    // "Is Kyiv ok with giving up on NATO": abandoning it ("set aside", "drop", "renounce" in the stories).
    .replace(/\b(give|gives|giving|gave|given) up\b/gi, inflected({ give: "abandon", gives: "abandons", giving: "abandoning", gave: "abandoned", given: "abandoned" }))
    // "Army-to-army contacts": military-to-military, as the stories write it ("army" alone is often a name there,
    // the US Army's).
    .replace(/\b(?:army|armies|military|militaries)[- ]to[- ](?:army|armies|military|militaries)\b/gi, "military-to-military")
    // "Will their generals be talking again": military-to-military dialogue, a channel between the armed forces.
    // ("Are the us and russian brass back on speaking terms": their military talking again.)
    .replace(/\b(?:generals|brass|militaries|armies|armed forces|military (?:chiefs|commanders|leaders|brass))\b((?: +[a-z]+){0,8}?) (?:talking|talk|speaking|speak|communicating)\b/gi, "military$1 dialogue")
    // "Who was in the room": who was present, in the stories' words ("took part", "attended", "sat").
    .replace(/\bin the room\b/gi, "present")
    // "Trump's son in law": one word in the stories' titles ("son-in-law").
    .replace(/\b(son|daughter|brother|father|mother)[ -]in[ -]law\b/gi, "$1-in-law")
    // "Did Driscoll sit in on the session": attend it.
    .replace(/\b(sit|sits|sat|sitting) in on\b/gi, inflected({ sit: "attend", sits: "attends", sat: "attended", sitting: "attending" }))
    // "Did Lavrov show up at the talks": attend.
    .replace(/\b(show|shows|showed|shown|showing) up\b/gi, inflected({ show: "attend", shows: "attends", showed: "attended", shown: "attended", showing: "attending" }))
    // Idioms for what the stories say plainly: "the top brass" (the military), "the cold snap" (the cold), "the
    // headcount in uniform" (the troops).
    .replace(/\b(?:the )?top brass\b/gi, "the military")
    // "The pre-Xmas meetings", "pre-summit": the ones before it (a story writes "before Christmas", "ahead of").
    .replace(/\bpre-?(?=(?:x-?mas|christmas|new year|summit|holidays?|talks|election)\b)/gi, "before ")
    .replace(/\bcold (?:snap|spell)\b/gi, "cold")
    .replace(/\b(?:headcount|people|men|numbers?) in uniform\b/gi, "troops")
    // "The Downing St meeting": the street the stories spell out (an alias of the UK).
    .replace(/\bdowning st\b\.?/gi, "Downing Street")
    // "Put Ukraine back together": rebuild it (stories write rebuilding, reconstruction).
    .replace(/\bput(?:ting)? (\S+(?: \S+)?) back together\b/gi, "rebuild $1")
    // "Which city is X originally from", "X's hometown": where he was born.
    .replace(/\b(?:originally|first) (?:hails? |came |comes )?from\b|\bhails? from\b/gi, "born in")
    .replace(/\bhome ?town\b/gi, "birthplace")
    // "What's the corruption probe called": its name is asked ("code-named Operation Midas"), not what was called.
    .replace(/^(\W*)what(?:'s|s| is| was) (?:the |this |that )?(.+?) (?:called|named|known as)\s*\??\s*$/i, "$1what is the name of the $2")
    // "Acc to the Kremlin": according to.
    .replace(/\bacc\.? to\b/gi, "according to")
    // "Day 2 in Geneva", "round 3 of the talks": the story writes "the second day", "the third round".
    .replace(NUMBERED_STAGE, (_m, noun: string, n: string) => `${ORDINALS[Number(n) - 1]} ${noun}`)
    // "The 4th round", "the 2nd day of talks": the ordinal in words, as stories write it (not a day of a month).
    .replace(FIGURE_ORDINAL, (_m, n: string, between: string, noun: string) => `${ORDINALS[Number(n) - 1]} ${between}${noun}`)
    .replace(/\byrs\b/gi, "years")
    .replace(/\bhrs\b/gi, "hours")
    .replace(/\bmins\b/gi, "minutes")
    .replace(/\bgovt\b|\bgov't\b/gi, "government")
    .replace(/\bFM(?='s\b|s\b|\b)/gi, "foreign minister")
    // "The Russian MoD", "Ukraine's MFA": the ministries, as the news names them.
    .replace(/\bMoD(?='s\b|\b)/g, "defence ministry")
    .replace(/\bMFA(?='s\b|\b)/gi, "foreign ministry")
    // Chat's "r" for "are", where it can be nothing else: after a question word, or opening a question before
    // "the", "they", "there"… ("when r the talks", "r they meeting again").
    .replace(/\b(when|where|what|who|how|why|which) r\b(?= \w)/gi, "$1 are")
    .replace(/^(\W*)r (?=(?:the|they|there|these|those|we|any|russia|ukraine|both)\b)/i, "$1are ")
    .replace(/(?<![\d:.]\s?)\bPM(?='s\b|s\b|\b)(?!\.)/gi, "prime minister");
}

/**
 * A replacer for a verb the pattern captures in one of its forms: the same form of another verb ("said no to" →
 * "rejected"). The first form given stands for any other.
 */
function inflected(forms: Record<string, string>): (match: string, verb: string) => string {
  const first = Object.values(forms)[0]!;
  return (_match, verb) => forms[verb.toLowerCase()] ?? first;
}

/** The asker's own aside after the question: "…? saw his name in the Geneva stuff", ", I heard he…". */
const ASKER_SAW = /(?:[?;,—–]\s*|\b(?:i|i've|ive|i'd|id)\s+)(?:just\s+|only\s+|keep\s+)?(saw|seen|seeing|heard|hearing|noticed|read)\b/i;

const SHORTHAND: Record<string, string> = {
  abt: "about", bc: "because", cuz: "because", coz: "because", thru: "through", tho: "though", ppl: "people",
  rn: "right now", atm: "at the moment", b4: "before", wrt: "about", pls: "please", plz: "please", ur: "your",
  u: "you", smth: "something", sth: "something", "w/": "with", "w/o": "without", wat: "what", wut: "what",
  nite: "night", tonite: "tonight", intel: "intelligence", prez: "president", convo: "conversation", tmrw: "tomorrow",
  tmr: "tomorrow", yday: "yesterday", gonna: "going to", wanna: "want to", pres: "president", ukr: "Ukraine",
  admin: "administration", phonecall: "phone call", wouldve: "would have", sayd: "said", happend: "happened",
  happenned: "happened", theyd: "they would", theyre: "they are", youre: "you are",
  couldve: "could have", shouldve: "should have", cops: "police", xmas: "Christmas", hed: "he would",
  presser: "press conference", uni: "university", doc: "document", docs: "documents", pressers: "press conferences", mtg: "meeting", mtgs: "meetings", og: "original", nye: "New Year's Eve", nuke: "nuclear", nukes: "nuclear weapons",
};
// The table's words whole; "u" but not the "U" of "U.S."; "w/" and "w/o" before a space.
const CHAT_SHORTHAND = new RegExp(
  `\\b(?:${Object.keys(SHORTHAND).filter((k) => /^[a-z0-9]+$/.test(k) && k !== "u").join("|")})\\b|\\bu\\b(?!\\.)|\\bw\\/o?(?=\\s)`,
  "gi",
);

const CONTRACTION_WITHOUT_APOSTROPHE =
  /\b(?:whats|wheres|whos|whens|hows|thats|theres|dont|didnt|doesnt|isnt|wasnt|werent|arent|cant|couldnt|wouldnt|shouldnt|hasnt|havent|hadnt|wont)\b/gi;

/** Asking how someone judged a thing: "verdict", "describe", "characterise", "assessment", "take on". */
const VERDICT = /\b(?:verdict|describe|described|characteri[sz]e|characteri[sz]ed|assess|assessed|assessment|take on|view of|opinion of)\b/i;

/**
 * "Who else was in the room", "who was with Putin when he met…", "who sat in", "who accompanied him", "who was on
 * the Russian side when Putin hosted the envoys".
 */
const COMPANIONS_ASKED = /\bwho else\b|\bwho (?:was|were|is|are|sat) (?:also )?on the [a-z-]+ side (?:when|at|in|during)\b|\bwho (?:was|were|is|are|sat|came) (?:also )?(?:with|alongside|beside|next to)\b|\bin the room\b|\bat the table\b|\bwho (?:accompanied|joined|sat in)\b/i;

/** "Till when", "until when", "until what date": the end of a stretch of time is asked. */
const UNTIL_WHEN = /\b(?:un)?til+ (?:when|what (?:day|date))\b/i;

/** "What day", "on which date": a question of when, asked with "what". */
const WHAT_DAY = /\b(what|which|on what|on which) (day|date|time|year|month|week|hour)\b/;
/** The words a yes/no question opens on. */
const AUXILIARY = "is|are|was|were|will|would|does|do|did|can|could|has|have|had|should";

/** Asking someone's opinion without a verb of saying: "X's take on…", "what did X think of / make of…". */
const OPINION_ASKED = /['’]s take on\b|\b(?:think of|think about|make of)\b/;

/** Each kind's question words, in the order that breaks a tie at the same position. */
const KIND_PATTERNS: [QuestionKind, RegExp][] = [
  // "How big an army", "how large a force": a size is a number.
  ["quantity", /\bhow (many|much|long|often|far|old|big|large)\b/],
  ["why", /\bwhy\b|\bwhat (was|is|were) the reason|\bfor what reason\b|\bwhat caused\b/],
  ["when", new RegExp(`\\bwhen\\b|${WHAT_DAY.source}`)],
  ["where", /\bwhere\b|\b(what|which|in which|in what) (place|places|city|cities|town|towns|country|countries|venue|venues|location|locations|resort|club|hotel|hotels|region|regions|capital|capitals|state|district|districts|neighbourhood|neighborhood|area|village|villages|province|oblast|building|premises)\b/],
  ["who", /\bwho\b|\bwhom\b|\bwhose\b|\b(which|what) (russians|americans|ukrainians|europeans|person|people|official|officials|leader|leaders|minister|ministers|general|generals|envoy|envoys|diplomat|diplomats|negotiator|negotiators|aide|adviser|politician|president|members?|delegates?)\b/],
  // ("Medinsky comments on Geneva?", "Rubio's verdict on the Miami talks?": what he said.)
  // ("What was Zelensky's message to the Europeans": what he told them. "What was Moscow saying about…": the same.)
  // ("Rubio's take on the Florida session", "what did Dmitriev think of / make of the loan deal": his words on it.)
  ["say", /['’]s take on\b|\bwhat (?:did|does|do) (?:[\w'’.-]+ ){1,4}(?:think of|think about|make of)\b|\b(say|said|says|saying|tell|told|telling|message|(?<!\b(?:the|a|an|its|their|his|her|of|this|that|each|every|member) )state|stated|claim|claimed|comment|comments|remark|remarks|verdict|react|reacted|respond|responded|response|reaction|warn|warned|announce|announced|promise|promised|insist|insisted|argue|argued|admit|admitted|reply|replied|describe|described|characteri[sz]e|characteri[sz]ed|(?<!\b(?:which|what|the|a|his|her|its|their|top|new|same) )post|posted|tweet|tweeted)\b/],
];

/**
 * A word capitalised only inside an alias phrase ("house" of White House) names nothing alone — unless the corpus
 * knows it as a person ("trump", though "Trump administration" is an alias).
 */
function onlyInAlias(word: string, entities?: EntityIndex): boolean {
  return partOfAliasOnly(word) && !entities?.person(personId(word));
}

/** A word this long that the corpus never writes, one letter from a name, is that name misspelt. */
const LONG_MISSPELLING = 6;
/** A shorter word the corpus never writes, one letter from a person's surname ("mertz" for Merz), is that name. */
const SHORT_MISSPELLING = 5;

/** Collective and generic nouns that refer to people already named ("Ukraine's leadership", "the US team"). */
const GENERIC_NOUNS = new Set(
  (
    // Adjectives of stance the tagger may take for nouns ("is Zelensky willing to…"): what they ask, not a topic.
    "willing ready able prepared likely possible open " +
    // Adjectives of rank the tagger may take for nouns ("the top job", "a senior official").
    "top senior main key major leading principal " +
    // "Were they ballistic ones": the pronoun "ones" stands for a noun already asked.
    "one ones " +
    "team teams leadership side sides delegation delegations government governments officials official authorities administration negotiators leaders camp representatives counterparts party parties"
  ).split(" "),
);

/** A verb of a past deed ("handed", "brought", "drafted", "came"), not a noun after "who's the…". */
const DEED = /^(?:[a-z]{3,}ed|brought|gave|sent|wrote|made|took|came|went|told|met|sold|led|ran|put|drew|drove|flew|spoke|chose|picked|won|broke|began|proposed)$/;

/** "The round after…", "what's next after…", "the meeting following…": the event counted from follows. */
const NEXT_AFTER = /\b(?:next|round|meeting|talks|session|one|happens|happened|comes|came)\s+(?:after|following)\b/i;

/** Where the noun phrase after "the round after" ends: a verb, a clause word or a mark ("…after Abu Dhabi, where"). */
const END_OF_PHRASE = /[,;?!]|\b(?:still|is|was|are|were|will|would|be|where|when|going|supposed|to|held|take|happen|and|but)\b/;

const LEAD_VERB = /^(heads|leads|runs|chairs|headed|led|ran|chaired|commands|commanded|heading|leading|running|chairing|commanding)$/;
/** The word after "who" and its auxiliary ("who is heading", "who's leading", "who will lead"). */
const AFTER_WHO = /^(is|was|s|are|were|will|would|be|now|currently|actually|physically|literally|really|personally)$/;
function afterWho(toks: readonly { word: string }[]): number {
  let i = 1;
  // (And an adverb: "who physically brought the plan", "who originally drafted it".)
  while (i < 4 && (AFTER_WHO.test(toks[i]?.word ?? "") || /^[a-z]{4,}ly$/.test(toks[i]?.word ?? ""))) i++;
  return i;
}

/** The keys of every role noun: a chat word standing for one is met by any (see CHAT_ROLE). */
const ANY_ROLE_KEYS = [...ROLE_NOUNS].map((s) => `s:${s}`);

const ROLE_HINT = /^(general|official|minister|secretary|envoy|negotiator|spokesman|aide|adviser|advisor|leader|chief|head|diplomat|commander|director|ambassador)$/;

/**
 * "Ukraine's leadership", "Russian negotiators", "Ukraine's security chief": common nouns right after a country
 * only say which of its people is meant.
 */
function qualifiesName(terms: QuestionTerm[], lastIndex: number, i: number): boolean {
  if (lastIndex !== i - 1) return false;
  for (let k = terms.length - 1; k >= 0; k--) {
    const t = terms[k]!;
    // Only words in a row: "NATO's secretary general say about the 600,000 troop cap" — "troop" is not NATO's.
    if (k < terms.length - 1 && !t.adjacentToNext) return false;
    if (t.entity) return t.keys.some((key) => key.startsWith("g:"));
    if (!t.soft) return false;
  }
  return false;
}

/** Whom a saying was addressed to, said generally ("tell people", "warn the nation"): see analyzeQuestion. */
const AUDIENCE = /^(?:people|public|nation|citizens|everyone|everybody|country|population|folks)$/;
const TELLING = /^(?:tell|tells|told|warn|warns|warned|urge|urges|urged|address|addressed|remind|reminded|promise|promised|ask|asked|reassure|reassured)$/;

/** Units a percentage or an amount of money is asked in (see the answer's unit above). */
const PERCENT_UNIT = /^(?:percent|percentage|per cent|pct)$/;
const MONEY_UNIT = /^(?:dollars?|euros?|pounds?|usd|eur|bucks)$/;

/** What a side puts on the table, or sends to it, which a person's possessive may own ("Trump's proposals", "Trump's envoys"). */
const PLAN_NOUN = /^(?:plans?|proposals?|peace plan|framework|drafts?|offers?|terms|demands|initiative|blueprint|envoys|negotiators|team|delegation|officials|aides)$/;

/** "Where in Geneva…", "where exactly in Abu Dhabi…", "where in the UAE…": a place the question names, asked within. */
const WHERE_IN = /\bwhere(?:\s+exactly)?\s+in\s+(?:the\s+)?([\p{L}][\p{L}'’-]*)/u;

function asksWithin(text: string, terms: QuestionTerm[]): boolean {
  const place = WHERE_IN.exec(text.toLowerCase())?.[1];
  return place !== undefined && terms.some((t) => t.entity && !t.person && t.word.split(" ")[0] === place);
}

/** "Where was Putin when he said…", "where did Putin say…": the place asked is of a saying (not "the residence Russia says…"). */
const SAID_WHEN = /\bwhen\b[^?,]{0,40}\b(said|says|spoke|told|announced|declared|made (the|his|her|those|these) (remarks?|comments?))\b/i;
const SAID_WHERE = /^\W*(?:where|(?:in|at) (?:which|what) \w+)\b[^?,]{0,40}\b(did|does|will|would)\b[^?,]{0,30}\b(say|speak|tell|announce|declare)\b/i;

const RECENCY = /\b(now|latest|newest|next|still|currently|current|recent|recently|so far|today|this week|any more|anymore|yet)\b/i;

/**
 * The tokens of the phrase naming the kind of answer: "which city", "what time", "how many times", "which
 * Ukrainian spy chief". They describe the answer, which seldom repeats them.
 */
function whPhraseIndexes(toks: { word: string; raw: string }[], nouns: Set<string>): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < toks.length - 1; i++) {
    const w = toks[i]!.word;
    let j = -1;
    if (w === "which" || w === "what" || w === "whose") j = i + 1;
    else if (w === "how" && (toks[i + 1]!.word === "many" || toks[i + 1]!.word === "much")) j = i + 2;
    // "What's the name of the hotel": the hotel is the kind asked.
    else if (w === "name" && toks[i + 1]?.word === "of" && toks.slice(0, i).some((x) => x.word === "what" || x.word === "whats")) j = toks[i + 2]?.word === "the" ? i + 3 : i + 2;
    if (j < 0) continue;
    const phrase: number[] = [];
    for (; j < toks.length; j++) {
      const t = toks[j]!;
      if (STOP_WORDS.has(t.word) || QUESTION_WORDS.has(t.word)) break;
      // ("The hotel medinsky's team stayed at": a name's possessive opens the clause after the kind; "russia's
      // investment envoy's job" ends on the kind's own.)
      if (phrase.length > 0 && /['’]s$/.test(t.raw) && !isRoleWord(t.word) && !ANSWER_NOUNS.has(t.word)) break;
      // ("Which club": the tagger may read it as the verb; a noun of a kind of answer is one after "which".)
      if (!nouns.has(t.word) && !/^\p{Lu}/u.test(t.raw) && !ANSWER_NOUNS.has(t.word)) break;
      phrase.push(j);
    }
    // Only a noun naming a kind of answer ("city", "general", "times"); "how many soldiers" is about soldiers.
    const head = phrase.length > 0 ? toks[phrase[phrase.length - 1]!]!.word : undefined;
    if (head && (ANSWER_NOUNS.has(head) || isRoleWord(head))) for (const k of w === "name" ? [i, ...phrase] : phrase) out.add(k);
    if (phrase.length > 0) return out;
  }
  return out;
}

/** Nouns that name the kind of thing wanted, not the topic: "which city", "how many times", "what percentage". */
const ANSWER_NOUNS = new Set(
  ("city town country place venue location region capital state resort club hotel person people name time date day " +
    "university universities college academy school " +
    "cities towns countries places venues locations regions capitals " +
    "year month week hour times hours days weeks months years minutes rounds occasions number amount sum figure " +
    "percentage percent share proportion age outlet newspaper agency money cash funds funding sum cut stake price " +
    "cost distance size length rank title company firm organisation organization institution body deadline " +
    "district districts neighbourhood neighborhood area village villages province oblast building premises " +
    // "Which probe was it part of": the answer names it ("Operation Midas"), seldom with the word asked.
    "probe investigation inquiry case operation " +
    // "Under what conditions": the answer states them ("only if…"), seldom with the word.
    "condition conditions terms circumstances").split(" "),
);

/** Kinds of things a proper name is given to, asked with "which": the answer writes the name beside the noun. */
const NAMED_KINDS = new Set(
  "city town resort club hotel venue palace building company firm agency outlet newspaper organisation organization institution fund ministry base airport region operation investigation probe university college academy school".split(" ").map(stem),
);

// Holidays ("the weekend before Christmas") place a question in time like a date: they help, never block.
const DATE_WORDS =
  /^(january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|weekend|morning|evening|afternoon|night|week|month|year|early|late|mid|christmas|thanksgiving|easter|holidays?|new-year|eve)$/;

const SAY_VERB = /^(say|said|says|saying|tell|told|telling|state|stated|claim|claimed|comment|comments|commented|remark|remarks|announce|announced|warn|warned|promise|promised|react|reacted|respond|responded|response|reaction|verdict|think|thinks|thought|describe|described|characterise|characterize|characterised|characterized|call|called|insist|insisted|argue|argued|admit|admitted|reply|replied|write|wrote|post|posted|tweet|tweeted)$/;

/**
 * The keys that mark the speaker of a "what did X say" question in a sentence (empty for other questions). A role's
 * words ("Russia's investment envoy") stand for the person: then only the person's name marks the speaker.
 */
export function speakerKeys(q: AnalyzedQuestion): string[] {
  if (q.speaker.some((i) => q.terms[i]!.person)) return q.person ? [q.person] : [];
  return [...q.speaker.flatMap((i) => q.terms[i]!.keys), ...(q.speakerPeople ?? [])];
}

/** The names of a "what did X say" question that stand before its verb of saying: the speaker, not the topic. */
function speakerTerms(terms: QuestionTerm[], toks: { word: string }[], text: string): number[] {
  const verb = toks.findIndex((t) => SAY_VERB.test(t.word));
  // ("Rubio's take on the Florida sit-down with the Ukrainians": Rubio speaks, not the Ukrainians.)
  const opinion = text.toLowerCase().search(OPINION_ASKED);
  const said = verb < 0 ? -1 : text.toLowerCase().indexOf(toks[verb]!.word);
  const cut = opinion >= 0 && (said < 0 || opinion < said) ? opinion : said;
  const before = cut < 0 ? text : text.slice(0, cut);
  const out: number[] = [];
  terms.forEach((t, i) => {
    // "the Russian president": the speaker is the president, not Russia (a word vector phrase may find him).
    const next = terms[i + 1];
    if (!t.person && t.adjacentToNext && next && isRoleWord(next.word)) return;
    if ((t.entity || t.person) && before.toLowerCase().includes(t.word.split(" ")[0]!)) out.push(i);
  });
  return out;
}

/** The kind of thing the answer must hold, finer than the question word ("what time" wants a clock time). */
function answerWanted(text: string, kind: QuestionKind): AnswerWanted {
  const q = text.toLowerCase();
  if (/\bhow old\b|\bwhat age\b|\bage of\b/.test(q)) return "age";
  if (/\bwhat time\b|\bat what hour\b|\bwhich hour\b/.test(q)) return "clock";
  if (/\b(what|which) (temp|temps|temperature|temperatures)\b|\bhow cold\b/.test(q)) return "temperature";
  // "What deadline did Trump give": a date ("by Thanksgiving"), seldom the word "deadline".
  if (/\b(what|which|any|a) deadline\b|\bby when\b/.test(q) || (kind === "what" && /\bdeadlines?\b/.test(q))) return "date";
  if (/\bhow long\b|\bhow many (hours|days|weeks|months|years|minutes)\b/.test(q)) return "duration";
  // "What did Tanabe say about the 95 per cent figure": what was said, about a percentage.
  // ("What percentage did Trump say was agreed" still asks for a percentage.)
  if (kind === "say" && !/^\W*(what|which)\s+(percent|per cent|percentage|proportion|share|cut|portion|fraction)\b/.test(q)) return "statement";
  // "What cut of the contracts", "what share of the total": a part of a whole, written as a percentage.
  if (/\bpercent|\bper cent\b|\bpercentage\b|\bproportion\b|\bwhat (share|cut|portion|fraction) of\b/.test(q)) return "percent";
  if (COUNT_QUESTION.test(q)) return "count";
  if (/\bwhat (happens|comes|is) next\b|\bwhat (?:happens|comes) after\b|\bnext steps?\b|\bwhat('s| is) next\b|\bwhat will happen\b|\bgoing to happen\b/.test(q)) return "next";
  // "What was planned after the first round?", "what will Budanov do first": plans and expectations answer it.
  // "What's the latest on the next round?": its plans answer it ("when is the next round" still wants a date).
  if (kind === "what" && /\bnext (round|meeting|talks|session|stage|steps?)\b/.test(q)) return "next";
  // "Is there gonna be another round?", "is there a 4th round yet?": whether one is planned, and when.
  if ((kind === "what" || kind === "yesno") && /\b(?:another|a new|any more|(?:a |the )?(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth)) (?:round|meeting|session)\b/.test(q) && /\b(?:next|gonna|going to|will|planned|scheduled|yet|another|any)\b/.test(q)) return "next";
  if (/\bwhat (is|was|are|were|'s) (planned|scheduled|expected|foreseen)\b|\bwhat are the plans\b|\bwhat will [\w' -]{1,40}\bdo\b/.test(q)) return "next";
  const map: Record<QuestionKind, AnswerWanted> = { who: "person", when: "date", where: "place", why: "reason", quantity: "count", say: "statement", yesno: "yesno", what: "any" };
  return map[kind];
}
/**
 * The question with the names the corpus knows capitalised, for the tagger: "why did zelensky choose budanov" tags
 * "choose" a noun (a topic the answer would have to hold), "Why did Zelensky choose Budanov" a verb.
 */
function capitaliseNames(text: string, toks: { word: string; raw: string; start: number; end: number }[], entities?: EntityIndex, isCommonWord?: (word: string) => boolean): string {
  if (!entities) return text;
  let out = "";
  let at = 0;
  for (const t of toks) {
    if (!/^\p{Ll}/u.test(t.raw) || STOP_WORDS.has(t.word) || !entities.isName(t.word) || onlyInAlias(t.word, entities)) continue;
    if (variantOfName(t.word, entities, isCommonWord)) continue;
    out += text.slice(at, t.start) + t.raw[0]!.toUpperCase() + t.raw.slice(1);
    at = t.end;
  }
  return out + text.slice(at);
}

/** A common English word the corpus never writes, which name keys take for another spelling of a name it does. */
function variantOfName(word: string, entities?: EntityIndex, isCommonWord?: (word: string) => boolean): boolean {
  return entities !== undefined && (isCommonWord?.(word) ?? false) && !entities.spellings(word).includes(word);
}

/**
 * "Why did Zelensky pick Umerov", "what will Budanov name first": the word after "did/will" and a name is a verb,
 * whatever the tagger says ("pick" and "name" are nouns too). Its index in `toks`, or -1.
 */
function verbAfterNamedSubject(toks: { word: string; raw: string }[], entities?: EntityIndex): number {
  // After the question words: "did" in "how much money did Putin offer" is the fourth word.
  const aux = toks.findIndex((t, i) => i <= 4 && /^(did|does|do|will|would|could|can|should|might)$/.test(t.word));
  if (aux < 0) return -1;
  let j = aux + 1;
  const named = (t: { word: string; raw: string }) => /^\p{Lu}/u.test(t.raw) || (entities?.isName(t.word) ?? false);
  while (j < toks.length && named(toks[j]!) && !STOP_WORDS.has(toks[j]!.word)) j++;
  return j > aux + 1 && j < toks.length ? j : -1;
}

/** Lower-cased common nouns of the question, by compromise's part-of-speech tagger. */
function nounsOf(text: string): Set<string> & { proper: Set<string> } {
  const out = Object.assign(new Set<string>(), { proper: new Set<string>() });
  // The tagged terms themselves (`docs`), not `json()`: the same normal forms and tags, without building the text,
  // offsets and ids of every term that json() adds (a third of the tagger's time on a question).
  for (const sentence of nlp(text).docs as { normal: string; tags: Set<string> }[][]) {
    for (const term of sentence) {
      const word = term.normal.replace(/['’]s$/, "");
      if (term.tags.has("Noun") && !term.tags.has("Pronoun")) out.add(word);
      // Names typed in lower case ("finland's president", "starmer"): the tagger's lexicon knows many.
      if (term.tags.has("ProperNoun")) out.proper.add(word);
    }
  }
  return out;
}

/** A question opening on a question word or an auxiliary ("what did…", "were there…"), and the words to its verb. */
const OPENING_QUESTION_WORD = new RegExp(`^\\W*(?:so |and |but |ok |okay )?(?:what|who|whom|whose|which|how|where|why|${AUXILIARY})\\b(?! (?:and|or) when\\b)`);

const AUXILIARY_WORD = new RegExp(`^(?:${AUXILIARY})$`);
/** "3 way", "3-way", "3way": three-way. */
const THREE_WAY = /\b3[ -]?way\b/gi;
/**
 * "Straight away", "right away", "at once": how soon, in any question; and chat's "like" before a figure ("like 5 hrs",
 * "something like $100m") or after a comma ("where were the talks, like what venue").
 */
const AT_ONCE = /\b(?:straight|right)[ -]away\b|\bstraightaway\b|\bat once\b|\b(?:something )?like(?=\s+(?:[$€£]?\d|about\b|around\b|half\b))|(?<=,\s*)like\b/gi;
/** A chat interjection opening a question ("wait", "hmm", "ok so", "btw"), with the marks after it. */
const INTERJECTION = /^\W*(?:(?:wait|hmm+|hm+|hey|ok|okay|um+|uh+|oh|lol|btw|yo)\b[\s,.!?:;-]*)+(?=\p{L})/iu;

/** A yes/no question's first word, after a word of chat perhaps. */
const YESNO_OPENING = new RegExp(`^\\W*(?:(?:so|and|but|ok|okay|also|wait|hey|now|then)\\b[\\s,]*)?(${AUXILIARY})\\b`);

/** "Do we know when…", "did they say when…", "any word on when…": "when" asks after all. */
const EMBEDDED_WHEN = /\b(about|know|knows|known|say|said|says|tell|told|idea|clear|sure|decide|decided|announce|announced|word|news|update|details?|sense|ask|asked|wonder|certain|confirm|confirmed|set|specify|specified|indicate|indicated|mention|mentioned|reveal|revealed|explain|explained|until|since|by|from)\s+(?:\w+\s+){0,2}?when\b/;

function questionKind(text: string): QuestionKind {
  const q = text.toLowerCase();
  // The first question word asks: "what did the Kremlin say when Yermak resigned" asks what was said, not when.
  let best: { kind: QuestionKind; at: number } | undefined;
  // "What did Zelensky offer when he was in Berlin", "were there casualties when drones hit…": a "when" after the
  // question's own opening word starts a clause of time; it does not ask when.
  const opened = OPENING_QUESTION_WORD.exec(q);
  for (const [kind, pattern] of KIND_PATTERNS) {
    const at = kind === "when" && opened && !EMBEDDED_WHEN.test(q) ? q.search(WHAT_DAY) : q.search(pattern);
    if (at >= 0 && (best === undefined || at < best.at)) best = { kind, at };
  }
  if (best) return best.kind;
  // ("So did Kyiv accept…", "and is Yermak still…": a word of chat before the question.)
  if (YESNO_OPENING.test(q)) return "yesno";
  return "what";
}
