/**
 * compromise's part-of-speech tagger, loaded on first use. Importing it unpacks its lexicon (~0.5 s on this
 * machine), so a process should not pay for it before it is ready to answer: the engine preloads it just after the
 * start (see `preloadTagger`), and a question asked sooner loads it itself.
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

/**
 * Loads the tagger when the process is idle, after what it is doing now (printing the prompt, connecting to
 * Discord): the first question then finds it ready. The timer does not keep the process alive.
 */
export function preloadTagger(): void {
  if (loaded) return;
  setTimeout(() => tagger(), 0).unref();
}
