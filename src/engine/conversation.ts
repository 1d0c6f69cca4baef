/**
 * Follow-up questions. A conversation (a Discord thread, a reply chain, the terminal chat) keeps its last turns in
 * memory, bounded; a new question is read against the previous one: "when was that?" after "Why did Yermak resign?"
 * is searched as a question about Yermak resigning. Offline this carries the previous question's names and topic
 * words into the new one (`resolveFollowUp`); with a chat model the engine asks it to condense the question first
 * (see condense.ts) and falls back to this.
 *
 * Nothing here is persisted or shared: adapters key conversations by what is public (a thread, a reply chain) and
 * never record private answers.
 */
import { ALIAS_GROUPS } from "../entities/aliases.js";
import type { EntityIndex } from "../entities/EntityIndex.js";
import { analyzeQuestion, type AnalyzedQuestion, type QuestionTerm } from "../answer/question.js";
import type { ConversationTurn } from "../types.js";
import { escapeRegExp } from "../text/regExp.js";

/** Bounds of the conversation memory. */
export interface ConversationLimits {
  /** Turns kept per conversation; the oldest is dropped first. 1–20. */
  turns: number;
  /** A conversation idle this long is forgotten (ms). 1 min–24 h. */
  idleMs: number;
  /** Conversations kept at once; the least recently used is dropped. 10–100,000. */
  conversations: number;
}

export const CONVERSATION_LIMITS: ConversationLimits = { turns: 5, idleMs: 30 * 60_000, conversations: 5_000 };

/** Words carried into a follow-up at most: enough for names and a topic, never a second question. */
const MAX_CARRIED = 6;

interface Entry {
  turns: ConversationTurn[];
  touched: number;
}

/**
 * The turns of each conversation by key, in memory. Message ids can be linked to a conversation (a reply to any
 * answer of a chain continues that chain); links are bounded like conversations.
 */
export class Conversations {
  private readonly byKey = new Map<string, Entry>();
  private readonly links = new Map<string, string>();
  private readonly limits: ConversationLimits;

  constructor(
    limits: Partial<ConversationLimits> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { ...CONVERSATION_LIMITS, ...limits };
  }

  /** The turns of `key`, oldest first; none once it has been idle past the limit. */
  history(key: string): ConversationTurn[] {
    const entry = this.byKey.get(key);
    if (!entry) return [];
    if (this.now() - entry.touched > this.limits.idleMs) {
      this.byKey.delete(key);
      return [];
    }
    return [...entry.turns];
  }

  /** True when `key` is a live conversation (e.g. a thread the bot answered in). */
  has(key: string): boolean {
    return this.history(key).length > 0;
  }

  /** Adds a turn to `key` (a new conversation if needed), keeping the last `turns` and the newest `conversations`. */
  record(key: string, turn: Omit<ConversationTurn, "at">): void {
    const live = this.history(key);
    const turns = [...live, { ...turn, at: this.now() }].slice(-this.limits.turns);
    this.byKey.delete(key); // re-inserted last: Map order is the least recently used first
    this.byKey.set(key, { turns, touched: this.now() });
    while (this.byKey.size > this.limits.conversations) this.byKey.delete(this.byKey.keys().next().value!);
  }

  /** Starts `key` afresh. */
  forget(key: string): void {
    this.byKey.delete(key);
  }

  /** Makes `id` (e.g. an answer's message id) lead to conversation `key`. */
  link(id: string, key: string): void {
    this.links.delete(id);
    this.links.set(id, key);
    while (this.links.size > this.limits.conversations * this.limits.turns) this.links.delete(this.links.keys().next().value!);
  }

  /** The conversation `id` was linked to, live or not (a thread of the bot stays the bot's after its context expired). */
  linked(id: string): string | undefined {
    return this.links.get(id);
  }

  /** The conversation `id` was linked to, if it is still live. */
  keyOf(id: string): string | undefined {
    const key = this.links.get(id);
    return key !== undefined && this.history(key).length > 0 ? key : undefined;
  }
}

/** How a question was read in its conversation. */
export interface ResolvedQuestion {
  /** The question to search and answer (the user's own when it stands alone). */
  text: string;
  /** What was carried over, to show the user ("Yermak resign"); absent when the question stands alone. */
  about?: string;
}

/** Pronouns and pointers that refer back: the question needs the previous one to be understood. */
const ANAPHORA = /\b(he|she|it|they|him|her|them|his|hers|its|their|theirs|that|this|those|these|there|then|else|same|also)\b/i;
/** A question: a question mark, or a question word first. */
const ASKS = /\?\s*$|^\s*(who|whom|whose|what|when|where|why|how|which|did|does|do|is|are|was|were|will|would|can|could|has|have|had)\b/i;
/** Openings that continue the previous question ("and what did Putin say?", "what about Russia?"). */
const CONTINUATION = /^\s*(and|but|also|so|then|what about|how about|and then)\b/i;

/**
 * The follow-up `question` made to stand alone from the previous turn, offline: the previous question's names and
 * topic words that the new question lacks are carried into it. A question that names its own subject and points
 * at nothing before it is left alone (a new topic in the same thread).
 */
export function resolveFollowUp(question: string, history: readonly ConversationTurn[], entities?: EntityIndex): ResolvedQuestion {
  const previous = history[history.length - 1];
  if (!previous) return { text: question };
  const now = analyzeQuestion(question, entities);
  const own = now.terms.filter(content);
  const ownNames = own.filter((t) => t.entity);
  const refersBack = ANAPHORA.test(question) || CONTINUATION.test(question);
  // Chatter ("ok thanks") is no follow-up: only a question or a pointer back borrows the previous topic.
  if (!refersBack && (ownNames.length > 0 || own.length >= 2 || !ASKS.test(question))) return { text: question };

  const before = analyzeQuestion(previous.understood, entities);
  const has = new Set(now.terms.flatMap((t) => t.keys));
  const fresh = (t: QuestionTerm) => !t.keys.some((k) => has.has(k));
  // With names of its own, the new question changes who is asked about: only the topic nouns carry over
  // ("and what did Putin say about it?"). "Who else…" asks for other people than those named before: their places
  // and topic carry over, not they. Otherwise everything the previous question was about does.
  const others = /\belse\b/i.test(question);
  const carried = before.terms.filter((t) => {
    if (!content(t) || !fresh(t)) return false;
    if (ownNames.length > 0) return t.topic;
    return !(others && t.entity && !isPlace(t));
  });
  carried.push(...placesOfAnswer(question, before, previous, entities, has));
  const words = unique(carried.map((t) => surface(previous.understood, t.word) ?? surfaceIn(previous.answer.quotes, t.word) ?? t.word)).slice(0, MAX_CARRIED);
  if (words.length === 0) return { text: question };
  const about = words.join(" ");
  // Inserted before the closing question mark, so the question stays one sentence for the analysis.
  const text = /[?？]\s*$/.test(question) ? question.replace(/\s*[?？]\s*$/, ` ${about}?`) : `${question} ${about}`;
  return { text, about };
}

/** A word that says what the question is about: not a question word, a date, or a soft noun of the answer's kind. */
function content(t: QuestionTerm): boolean {
  return !t.soft && !t.date;
}

/**
 * "Who else was there?" after "Where did they meet?": "there" is the place the previous answer named. The places
 * (names of the alias table: cities, countries, institutions) of the first quote are carried.
 */
function placesOfAnswer(question: string, before: AnalyzedQuestion, previous: ConversationTurn, entities: EntityIndex | undefined, has: Set<string>): QuestionTerm[] {
  if (!/\bthere\b/i.test(question) || before.kind !== "where" || !previous.answer.found) return [];
  const quote = previous.answer.quotes[0]?.text;
  if (!quote) return [];
  const inQuestion = new Set(before.terms.flatMap((t) => t.keys));
  const places = analyzeQuestion(quote, entities).terms.filter((t) => isPlace(t) && !t.keys.some((k) => inQuestion.has(k) || has.has(k)));
  // A city ("Miami") says where better than the countries around it ("Ukrainian delegation").
  const cities = places.filter((t) => t.keys.some((k) => WITHIN.has(k)));
  return (cities.length > 0 ? cities : places).slice(0, 2);
}

/** Group keys of places that lie within another (cities, regions): see entities/aliases.ts. */
const WITHIN = new Set(ALIAS_GROUPS.filter((g) => g.within?.length).map((g) => `g:${g.id}`));

/** A name of the alias table (a city, country or institution), not a person. */
function isPlace(t: QuestionTerm): boolean {
  return t.keys.some((k) => k.startsWith("g:"));
}

/** The word as the text writes it ("Yermak", "White House"), found case-insensitively. */
function surface(text: string, word: string): string | undefined {
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "iu").exec(text);
  return m?.[0];
}

function surfaceIn(quotes: readonly { text: string }[], word: string): string | undefined {
  for (const q of quotes) {
    const s = surface(q.text, word);
    if (s) return s;
  }
  return undefined;
}

function unique(words: string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()));
}
