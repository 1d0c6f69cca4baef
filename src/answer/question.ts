/**
 * Question handling before retrieval: refuse what cannot be a question (empty, huge, only control characters)
 * with a message a person can act on, then find the kind of answer wanted and the words that carry the topic.
 */
import nlp from "compromise";
import { QUESTION_WORDS, STOP_WORDS, stem, tokens } from "../text/terms.js";
import { ANSWER_TUNING } from "../retrieval/tuning.js";

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
}

export interface AnalyzedQuestion {
  text: string;
  kind: QuestionKind;
  terms: QuestionTerm[];
}

export type CleanedQuestion = { ok: true; text: string } | { ok: false; refusal: { id: string; message: string } };

/** Words that add little to what a question is about: kept out of coverage so they can neither help nor hurt. */
const VAGUE = new Set(
  "still yet already ever even really just actually currently now latest recent recently exactly specifically about regarding concerning article articles news report reported story".split(" "),
);

/** Nouns that frame a question rather than name its topic ("what was the outcome of…"). */
const FRAME_NOUNS = new Set(
  ("outcome outcomes result results status situation news update updates thing things detail details information " +
    "point points matter part role kind type reason reasons cause purpose goal goals position view views stance " +
    "response reaction opinion opinions progress latest summary background context place time day date way").split(" "),
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

export function analyzeQuestion(text: string): AnalyzedQuestion {
  const toks = tokens(text);
  const nouns = nounsOf(text);
  const terms: QuestionTerm[] = [];
  const seen = new Set<string>();
  let lastIndex = -2;
  toks.forEach((t, i) => {
    if (STOP_WORDS.has(t.word) || QUESTION_WORDS.has(t.word) || VAGUE.has(t.word)) return;
    const s = stem(t.word);
    if (seen.has(s)) return;
    seen.add(s);
    const previous = terms[terms.length - 1];
    if (previous) previous.adjacentToNext = lastIndex === i - 1;
    lastIndex = i;
    const capitalised = /^\p{Lu}/u.test(t.raw) && (i > 0 || /^\p{Lu}{2,}$/u.test(t.raw));
    const entity = capitalised || /^\p{N}+$/u.test(t.word);
    terms.push({ word: t.word, stem: s, entity, topic: !entity && nouns.has(t.word) && !FRAME_NOUNS.has(t.word), adjacentToNext: false });
  });
  return { text, kind: questionKind(text), terms };
}

/** Lower-cased common nouns of the question, by compromise's part-of-speech tagger. */
function nounsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const sentence of nlp(text).json() as { terms: { normal: string; tags: string[] }[] }[]) {
    for (const term of sentence.terms) {
      if (term.tags.includes("Noun") && !term.tags.includes("Pronoun")) out.add(term.normal.replace(/['’]s$/, ""));
    }
  }
  return out;
}

function questionKind(text: string): QuestionKind {
  const q = text.toLowerCase();
  if (/\bhow (many|much|long|often|far|old)\b/.test(q)) return "quantity";
  if (/\bwhy\b|\bwhat (was|is|were) the reason|\bfor what reason\b|\bwhat caused\b/.test(q)) return "why";
  if (/\bwhen\b|\bwhat (day|date|time|year|month)\b|\bwhich (day|date|year|month)\b/.test(q)) return "when";
  if (/\bwhere\b|\bwhat (place|city|country|venue|location)\b|\bwhich (place|city|country|venue)\b/.test(q)) return "where";
  if (/\bwho\b|\bwhom\b|\bwhose\b|\bwhich (person|people|official|officials|leader|minister)\b/.test(q)) return "who";
  if (/\b(say|said|says|tell|told|state|stated|claim|claimed|comment|remark|react|respond)\b/.test(q)) return "say";
  if (/^(is|are|was|were|will|would|does|do|did|can|could|has|have|had|should)\b/.test(q)) return "yesno";
  return "what";
}
