/**
 * Which events are about a topic ("security guarantees", "Yermak"). The lexical check always applies, so a topic
 * the articles never mention yields no events rather than the nearest noise; the engine's hybrid search adds the
 * sentences it ranks for the topic that share at least one of its words.
 */
import { lexicalTerms } from "../text/terms.js";
import type { Engine, IndexedSentence } from "../types.js";

export type TopicFilter = (sentence: IndexedSentence) => boolean;

/** Content words of the topic, stemmed; empty when the topic has none ("the", "?"). */
export function topicTerms(topic: string): string[] {
  return [...new Set(lexicalTerms(topic))];
}

/** A sentence is about the topic when it has every content word of it. */
export function lexicalTopicFilter(topic: string): TopicFilter {
  const terms = topicTerms(topic);
  return (s) => {
    const words = wordsOf(s.text);
    return terms.length > 0 && terms.every((t) => words.has(t));
  };
}

/** The lexical filter, widened by the engine's best `k` hits for the topic that share a word with it. */
export async function engineTopicFilter(engine: Pick<Engine, "search">, topic: string, k: number): Promise<TopicFilter> {
  const terms = topicTerms(topic);
  const lexical = lexicalTopicFilter(topic);
  if (terms.length === 0) return lexical;
  const hits = await engine.search(topic, k);
  const related = new Set(
    hits
      .filter((h) => {
        const words = wordsOf(h.sentence.text);
        return terms.some((t) => words.has(t));
      })
      .map((h) => key(h.sentence)),
  );
  return (s) => related.has(key(s)) || lexical(s);
}

function wordsOf(text: string): Set<string> {
  return new Set(lexicalTerms(text));
}

function key(s: IndexedSentence): string {
  return `${s.articleId}:${s.start}`;
}
