/**
 * Benchmark questions, generated from the corpus with a fixed seed so every run (and every store compared) asks
 * the same ones: a few consecutive words of a random sentence put into a question, plus some questions made of
 * words from unrelated sentences, which the corpus mostly cannot answer (the "not found" path costs time too).
 */
import { STOP_WORDS, tokens } from "../text/terms.js";
import { randomInt, seededRandom, type Random } from "./random.js";

/** An article's id and its sentences, in order. */
export interface QuestionSource {
  id: string;
  sentences: string[];
}

const TEMPLATES = [
  (p: string) => `What did the president say about ${p}?`,
  (p: string) => `Who spoke about ${p}?`,
  (p: string) => `When was ${p} mentioned?`,
  (p: string) => `Why ${p}?`,
  (p: string) => `What about ${p}?`,
  (p: string) => `${p}?`,
];

/** One question in this many is made of words from unrelated sentences. */
const UNRELATED_EVERY = 10;

/** `count` questions from `sources` (sorted by id here, so the caller's order does not matter). */
export function generateQuestions(sources: QuestionSource[], count: number, seed: number): string[] {
  const usable = sources.filter((s) => s.sentences.length > 0).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (usable.length === 0) return [];
  const random = seededRandom(seed);
  const out: string[] = [];
  for (let attempts = 0; out.length < count && attempts < count * 50; attempts++) {
    const q = out.length % UNRELATED_EVERY === UNRELATED_EVERY - 1 ? unrelatedQuestion(usable, random) : phraseQuestion(usable, random);
    if (q) out.push(q);
  }
  return out;
}

function phraseQuestion(sources: QuestionSource[], random: Random): string | undefined {
  const words = tokens(randomSentence(sources, random));
  if (words.length < 6) return undefined;
  const length = 3 + randomInt(random, 4);
  const start = randomInt(random, words.length - length + 1);
  const window = words.slice(start, start + length);
  if (window.filter((w) => !STOP_WORDS.has(w.word)).length < 2) return undefined;
  const template = TEMPLATES[randomInt(random, TEMPLATES.length)]!;
  return template(window.map((w) => w.raw).join(" "));
}

function unrelatedQuestion(sources: QuestionSource[], random: Random): string | undefined {
  const picked: string[] = [];
  for (let i = 0; i < 3; i++) {
    const content = tokens(randomSentence(sources, random)).filter((w) => !STOP_WORDS.has(w.word) && w.word.length > 3);
    if (content.length === 0) return undefined;
    picked.push(content[randomInt(random, content.length)]!.raw);
  }
  return `What was said about ${picked.join(" and ")}?`;
}

function randomSentence(sources: QuestionSource[], random: Random): string {
  const source = sources[randomInt(random, sources.length)]!;
  return source.sentences[randomInt(random, source.sentences.length)]!;
}
