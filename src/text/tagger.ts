/**
 * compromise's part-of-speech tagger, loaded on first use. Importing it unpacks its lexicon (~0.5 s on this
 * machine), so a process should not pay for it before it is ready to answer: a long-running adapter has the engine
 * load it once it is ready (AnswerEngine.warmUp), and a question asked sooner loads it itself.
 *
 * It is loaded with `require`: the package's CommonJS build is one file, where its ES modules are ~440 files that
 * Node compiles one by one. Both are the same release and tag identically.
 */
import { createRequire } from "node:module";
import type compromise from "compromise";

type Nlp = typeof compromise;

let loaded: Nlp | undefined;

function tagger(): Nlp {
  loaded ??= createRequire(import.meta.url)("compromise") as Nlp;
  return loaded;
}

/** `nlp(text)` of compromise (see its documentation), the tagger loaded on the first call. */
export function nlp(text: string): ReturnType<Nlp> {
  return tagger()(text);
}

/** Loads the tagger now if it is not loaded yet. */
export function loadTagger(): void {
  tagger();
}
