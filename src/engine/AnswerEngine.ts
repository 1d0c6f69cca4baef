/**
 * The engine every adapter uses. It holds the loaded index and swaps in a new one when a re-index publishes it:
 * a question in flight keeps the store it started with, so a swap never fails an answer.
 */
import { watchFile, unwatchFile } from "node:fs";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { LlmConfig } from "../config.js";
import { EmbeddingsUnavailableError } from "../embeddings/EmbeddingsUnavailableError.js";
import { newErrorId } from "../errors.js";
import { verbatimQuotes } from "../corpus/quote.js";
import { IndexStore } from "../index/IndexStore.js";
import { indexPaths } from "../index/paths.js";
import type { ReindexSummary } from "../index/reindex.js";
import { redactSecrets, type Logger } from "../log.js";
import { Corroborator } from "../answer/corroborate.js";
import { EVENT_ATTRIBUTES, ExtractiveRanker, type WordSimilarity } from "../answer/extractive.js";
import { NEUTRAL_LEAD_IN } from "../answer/llmAnswerText.js";
import { daysIn, monthPartDays } from "../answer/dates.js";
import { eventDays } from "../answer/eventDay.js";
import { analyzeQuestion, cleanQuestion, speakerKeys, type AnalyzedQuestion } from "../answer/question.js";
import { hybridSearch } from "../retrieval/hybridSearch.js";
import { loadTagger } from "../text/tagger.js";
import { RETRIEVAL_TUNING } from "../retrieval/tuning.js";
import type { Answer, AnswerOptions, ArticleMeta, ConversationTurn, CorpusSnapshot, EmbedderId, Engine, IndexInfo, IndexedSentence, SearchHit } from "../types.js";
import { resolveFollowUp, type ResolvedQuestion } from "./conversation.js";
import { leadIn, NOT_FOUND } from "./leadIn.js";
import { buildPassages } from "./passages.js";
import { synonymWordsOf } from "../text/synonyms.js";
import { aliasNames } from "../entities/keys.js";

export interface EngineDeps {
  store: IndexStore;
  indexDir: string;
  embeddings: EmbeddingsInterface;
  embedder: EmbedderId;
  words?: WordSimilarity;
  chat?: { model: BaseChatModel; config: LlmConfig };
  logger: Logger;
  /** Answer with one half of the hybrid only (used by the evaluation to measure each half). */
  halves?: { dense: boolean; lexical: boolean };
}

interface Loaded {
  store: IndexStore;
  ranker: ExtractiveRanker;
  corroborator: Corroborator;
}

export class AnswerEngine implements Engine {
  private loaded: Loaded;
  private watching = false;
  private reloading: Promise<void> | undefined;
  private warming: NodeJS.Timeout | undefined;
  /** The next slice of the article bags' warm-up (see warmArticles). */
  private slicing: NodeJS.Immediate | undefined;
  private warmed: Promise<void> | undefined;
  private warmedDone: (() => void) | undefined;
  private closed = false;

  constructor(private readonly deps: EngineDeps) {
    this.loaded = loadedFrom(deps.store, deps.words);
  }

  /**
   * The answer, its quotes checked against the articles' text as loaded (see verbatimQuotes), each with the other
   * outlets reporting it and the reports that differ (see answer/corroborate.ts).
   */
  async answer(question: string, options: AnswerOptions = {}): Promise<Answer> {
    const loaded = this.loaded;
    const answer = await this.unchecked(question, options, loaded);
    if (answer.quotes.length === 0) return answer;
    const quotes = verbatimQuotes(answer.quotes, (id) => loaded.store.article(id)?.body, this.deps.logger);
    if (quotes.length === 0) return { found: false, answer: NOT_FOUND, quotes: [], mode: answer.mode, ...(answer.followUp ? { followUp: answer.followUp } : {}) };
    const checked = quotes.length === answer.quotes.length ? answer : { ...answer, answer: answer.mode === "extractive" ? leadIn(quotes) : answer.answer, quotes };
    const corroborated = loaded.corroborator.corroborate(checked);
    // A report that differs adds its quote: the offline lead-in then names the articles it now quotes.
    if (corroborated.quotes.length === checked.quotes.length || corroborated.mode !== "extractive") return corroborated;
    return { ...corroborated, answer: leadIn(corroborated.quotes) };
  }

  private async unchecked(question: string, options: AnswerOptions, loaded: Loaded): Promise<Answer> {
    const cleaned = cleanQuestion(question);
    if (!cleaned.ok) return { found: false, answer: cleaned.refusal.message, quotes: [], refusal: cleaned.refusal };
    if (mostlyNonLatin(cleaned.text)) {
      const refusal = { id: "question.language", message: "The articles I have are in English: please ask in English." };
      return { found: false, answer: refusal.message, quotes: [], refusal };
    }
    const { store } = loaded; // one store for the whole answer, whatever a reload does meanwhile
    const resolved = options.history?.length ? await this.resolve(cleaned.text, options.history, store, options.signal) : { text: cleaned.text };
    const answer = await this.answerStandalone(resolved.text, options, loaded);
    return resolved.about ? { ...answer, followUp: { question: resolved.text, about: resolved.about } } : answer;
  }

  /**
   * A follow-up made to stand alone: by the chat model when there is one (LangChain's condense-question step), else,
   * or when it fails, by carrying the previous question's names and topic (conversation.ts).
   */
  private async resolve(question: string, history: readonly ConversationTurn[], store: IndexStore, signal?: AbortSignal): Promise<ResolvedQuestion> {
    const offline = resolveFollowUp(question, history, store.entities);
    if (!this.deps.chat) return offline;
    const { model, config } = this.deps.chat;
    // Loaded only with a chat model: LangChain's messages and @langchain/openai stay off the offline start.
    const { condenseQuestion } = await import("./condense.js");
    const condensed = await condenseQuestion({ chat: model, question, history, timeoutMs: config.timeoutMs, maxRetries: config.maxRetries, signal });
    if (!condensed.ok) {
      this.deps.logger.warn({ reason: condensed.reason }, "answer: chat model could not condense the follow-up, carrying the previous question's words");
      return offline;
    }
    const same = condensed.question.replace(/\W+/g, " ").trim().toLowerCase() === question.replace(/\W+/g, " ").trim().toLowerCase();
    return same ? { text: question } : { text: condensed.question, about: condensed.question };
  }

  private async answerStandalone(question: string, options: AnswerOptions, loaded: Loaded): Promise<Answer> {
    const cleaned = { text: question };
    const { store, ranker } = loaded;
    const words = this.deps.words;
    // A word the vectors know is English, not a typo ("talking" is no "taking" misspelt).
    const isWord = words?.wordList ? (w: string) => words.wordList!([w]).length > 0 : undefined;
    // The vectors' rows are in order of frequency: the first COMMON_WORD_ROWS are everyday English.
    const isCommonWord = words?.wordList ? (w: string) => (words.wordList!([w])[0] ?? Infinity) < COMMON_WORD_ROWS : undefined;
    const analyzed = analyzeQuestion(cleaned.text, store.entities, isWord, isCommonWord);
    // A date in the question is read against the newest article's day ("Dec 28" → the December just past).
    const named = analyzed.terms.some((t) => t.date) ? daysIn(cleaned.text, store.snapshot().articles[0]?.published ?? "") : undefined;
    // ("At the end of Dec": its last ten days or so, when the question names no day and no event gives one.)
    const monthPart = () => {
      const days = monthPartDays(cleaned.text);
      if (days.size > 0) analyzed.days = days;
    };
    if (named && (named.size > 0 || !analyzed.timeAnchor)) {
      analyzed.days = named;
      if (named.size === 0) monthPart();
    }
    // "The day after Trump and Zelensky met in Florida": the event's day, from the articles, places the answer; the
    // event's words then only describe the time (the answer's sentence seldom repeats them).
    // ("While Witkoff was in the Kremlin in early Dec": a month names no day; the event does.)
    else if (analyzed.timeAnchor) {
      const days = eventDays(analyzed, store);
      if (days) {
        analyzed.days = days;
        analyzed.daysFromEvent = true;
        for (const t of analyzed.timeAnchor.terms) t.soft = true;
      } else monthPart();
    }
    let candidates: Awaited<ReturnType<typeof hybridSearch>>;
    try {
      candidates = await hybridSearch(store, this.deps.embeddings, cleaned.text, {
        k: RETRIEVAL_TUNING.candidates,
        lexicalQuery: lexicalQuery(analyzed, store),
        synonymQuery: synonymQuery(analyzed),
        followers: speakerFollowers(analyzed, ranker) ?? eventFollowers(analyzed, store),
        expand: (found) => ranker.anchored(analyzed, found),
        ...this.deps.halves,
      });
    } catch (err) {
      if (err instanceof EmbeddingsUnavailableError) return this.searchUnavailable(err);
      throw err;
    }
    const extractive = ranker.answer(analyzed, candidates);
    const offline: Answer = extractive.found
      ? { found: true, answer: leadIn(extractive.quotes), quotes: extractive.quotes, mode: "extractive" }
      : { found: false, answer: NOT_FOUND, quotes: [], mode: "extractive" };
    if (!this.deps.chat || candidates.length === 0) return offline;

    const top = extractive.ranked.slice(0, 8).map((r) => r.sentence);
    const passages = buildPassages(store.snapshot(), (id) => store.article(id)?.body ?? "", top);
    const articles = new Map<string, ArticleMeta>(passages.map((p) => [p.articleId, store.article(p.articleId)!]));
    // Imported here, not at start: the prompt's LangChain messages pull in ~250 modules the offline path never needs.
    const { llmAnswer } = await import("../answer/llmAnswer.js");
    const result = await llmAnswer({
      question: cleaned.text,
      passages,
      articles,
      chat: this.deps.chat.model,
      timeoutMs: this.deps.chat.config.timeoutMs,
      maxRetries: this.deps.chat.config.maxRetries,
      logger: this.deps.logger,
      signal: options.signal,
    });
    if (!result.ok) {
      this.deps.logger.warn({ reason: result.reason }, "answer: chat model failed, answering extractively");
      return offline;
    }
    if (!result.found) return { found: false, answer: NOT_FOUND, quotes: [], mode: "llm" };
    // The neutral lead-in means none of the model's own words were kept: say what the offline answer would.
    const answer = result.answer === NEUTRAL_LEAD_IN ? leadIn(result.quotes) : result.answer;
    return { found: true, answer, quotes: result.quotes, mode: "llm" };
  }

  /** The embeddings server failed for this question: say so (the chat goes on) and log the details under an id. */
  private searchUnavailable(err: EmbeddingsUnavailableError): Answer {
    const errorId = newErrorId();
    this.deps.logger.error(
      { errorId, id: err.id, endpoint: err.endpoint, status: err.status, err },
      "answer: cannot search, the embeddings server failed",
    );
    return {
      found: false,
      answer: `I can't search right now (${redactSecrets(err.message)}). Please ask again in a moment.`,
      quotes: [],
      mode: "extractive",
      failure: { id: err.id, errorId },
    };
  }

  async search(query: string, k: number): Promise<SearchHit[]> {
    const { store } = this.loaded;
    const hits = await hybridSearch(store, this.deps.embeddings, query, { k, ...this.deps.halves });
    return hits.map((h) => ({ sentence: h.sentence, score: h.rrf }));
  }

  snapshot(): CorpusSnapshot {
    return this.loaded.store.snapshot();
  }

  info(): IndexInfo {
    return this.loaded.store.info();
  }

  /** Loads the published build into a fresh store and swaps it in; on failure the current one stays. */
  reload(): Promise<void> {
    this.reloading ??= (async () => {
      try {
        const store = await IndexStore.load(this.deps.indexDir, this.deps.embedder);
        if (store.dir === this.loaded.store.dir) return;
        this.loaded = loadedFrom(store, this.deps.words);
        this.deps.logger.info({ build: store.dir, ...store.info() }, "index: new build loaded");
        // (A warm-up already under way or done: the new build's bags too. Before it ran, it will warm this one.)
        if (this.warmed && this.warming === undefined) this.warmArticles(this.loaded);
      } catch (err) {
        this.deps.logger.error({ err }, "index: new build could not be loaded, still using the previous one");
      } finally {
        this.reloading = undefined;
      }
    })();
    return this.reloading;
  }

  /**
   * Re-indexes `corpusDir` incrementally into this engine's index folder with its own embedder, then swaps the new
   * build in (questions in flight finish on the old one): how the feed schedule makes new articles answerable.
   */
  async reindexFrom(corpusDir: string): Promise<ReindexSummary> {
    // Imported on first use: answering never needs the builder, and a start should not load it.
    const { reindex } = await import("../index/reindex.js");
    const summary = await reindex({
      corpusDir,
      indexDir: this.deps.indexDir,
      embeddings: this.deps.embeddings,
      embedder: this.deps.embedder,
      logger: this.deps.logger,
    });
    await this.reload();
    return summary;
  }

  /**
   * For a process that keeps running (the chat, the bot), called once it is ready: when the process is next idle,
   * loads the question tagger and reads a made-up question the way an answer does (tagging, dates, retrieval), so
   * the first real question does not pay for loading and compiling them (~0.5 s: compromise's lexicon, chrono's
   * parsers). Then it builds the word bags of whole articles (see ExtractiveRanker.prepareArticles) in slices of
   * WARM_SLICE_MS, a question answered between any two: a question that was the first to read four long articles
   * paid for their bags (~5 ms each on the speeches), which made the slowest answers. A reload warms its new build
   * the same way. Never calls a chat model; does not keep the process alive; `close` stops it. The promise settles
   * when the warm-up is done or stopped.
   */
  warmUp(): Promise<void> {
    this.warmed ??= new Promise<void>((resolve) => {
      this.warmedDone = resolve;
      this.warming = setTimeout(() => {
        this.warming = undefined; // (started: a reload warms its own build from now on)
        const { store } = this.loaded;
        loadTagger();
        analyzeQuestion(WARM_UP_QUESTION, store.entities);
        store.entities.prepareLooseSpellings();
        // Twice, in plain ASCII and in text with a curly quote: V8 compiles a regular expression to machine code on
        // its second run, and again for two-byte strings; chrono's patterns take ~0.3 s to compile, which the first
        // questions with a date, or the first candidates of a dated question, would otherwise pay.
        const published = store.snapshot().articles[0]?.published ?? "";
        for (const text of [WARM_UP_QUESTION, WARM_UP_QUESTION, WARM_UP_WIDE, WARM_UP_WIDE]) daysIn(text, published);
        void hybridSearch(store, this.deps.embeddings, WARM_UP_QUESTION, { k: RETRIEVAL_TUNING.candidates, ...this.deps.halves }).catch(
          (err: unknown) => this.deps.logger.debug({ err }, "answer: warm-up failed"),
        );
        this.warmArticles(this.loaded);
      }, 0).unref();
    });
    return this.warmed;
  }

  /** Builds `loaded`'s article bags a slice at a time (see warmUp), until done, closed, or another build is loaded. */
  private warmArticles(loaded: Loaded): void {
    clearImmediate(this.slicing);
    const step = () => {
      if (this.closed || this.loaded !== loaded) return;
      if (!loaded.ranker.prepareArticles(performance.now() + WARM_SLICE_MS)) {
        // (Not unref'd: an unref'd immediate runs only when something else wakes the loop, which made the warm-up of
        // the speeches take 13 s for 2 s of work. A process that ends closes the engine, which stops it.)
        this.slicing = setImmediate(step);
        return;
      }
      this.slicing = undefined;
      this.warmedDone?.();
    };
    step();
  }

  /** Polls CURRENT (a rename replaces it, which fs.watch can miss on some systems). */
  watch(intervalMs = 1000): void {
    if (this.watching) return;
    this.watching = true;
    watchFile(indexPaths(this.deps.indexDir).current, { interval: intervalMs, persistent: false }, () => void this.reload());
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.warming);
    clearImmediate(this.slicing);
    this.warmedDone?.();
    if (this.watching) unwatchFile(indexPaths(this.deps.indexDir).current);
    this.watching = false;
    await this.reloading;
  }
}

/** A loaded build with what answers from it: the ranker and the corroborator (both cache per build). */
function loadedFrom(store: IndexStore, words?: WordSimilarity): Loaded {
  const corroborator = new Corroborator({
    article: (id) => store.article(id),
    sentencesOf: (id) => store.snapshot().sentencesOf(id),
    similarSentences: (label, k) => store.similarSentences(label, k),
    isName: (word) => store.entities.isName(word),
    sources: () => store.snapshot().articles.map((a) => a.source),
  });
  return { store, ranker: new ExtractiveRanker(store, words), corroborator };
}

/** How long one slice of the article bags' warm-up may run before a waiting question is answered, ms. */
const WARM_SLICE_MS = 10;

/** Exercises the tagger, a date and a speaker (see warmUp). */
const WARM_UP_QUESTION = "What did the president say about the talks on Monday, 1 December?";
/** The same as a two-byte string (a curly apostrophe), as most news text is. */
const WARM_UP_WIDE = "What did the president\u2019s envoy say about the talks on Monday, 1 December?";

/** True when most letters are not Latin (Cyrillic, CJK…): the articles are English, so nothing could match. */
function mostlyNonLatin(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = text.match(/\p{Script=Latin}/gu) ?? [];
  return letters.length > 0 && latin.length / letters.length < 0.5;
}

/**
 * The BM25 query: the question plus the corpus's other spellings of its names (Zelenskyy → Zelensky, Zelenskiy)
 * and the name of the person a role stands for ("Russia's investment envoy" → Kirill Dmitriev).
 */
/**
 * "How big could Ukraine's army be under the first draft" — "limit Ukraine's armed forces to 600,000 personnel": a
 * second BM25 query in the words the stories use instead of the question's (its names, and the other words of its
 * words' synonym groups), whose best few sentences join the candidates. Apart, so the synonyms (many per word) do
 * not drown the question's own words in the first query. Undefined when no word of the question has a synonym.
 */
function synonymQuery(q: AnalyzedQuestion): string | undefined {
  const others = q.terms.flatMap((t) => (!t.entity && !t.word.includes(" ") ? synonymWordsOf(t.stem) : []));
  if (others.length === 0) return undefined;
  return [...q.terms.filter((t) => t.entity).map((t) => t.word), ...others].join(" ");
}

function lexicalQuery(q: AnalyzedQuestion, store: IndexStore): string {
  const extra: string[] = [];
  for (const t of q.terms) {
    if (!t.entity) continue;
    if (!t.word.includes(" ")) extra.push(...store.entities.spellings(t.word).filter((w) => w !== t.word));
    // "Who runs Bankova now": the stories say "the Office of the President".
    extra.push(...aliasNames(t.word));
  }
  if (q.person) extra.push(store.entities.person(q.person)?.name ?? "");
  // "What happens next" shares no word with "is expected to travel to Moscow later this week".
  if (q.want === "next") extra.push("expected will later plans due");
  // "Who else was in the room with Putin" shares little with "Ushakov, who sat in on the meeting alongside Dmitriev".
  if (q.companions) extra.push("alongside joined accompanied table sat present");
  // "A 3 way meeting", asked as "trilateral": the stories' "three-way talks" too.
  if (/\btrilateral\b/.test(q.text)) extra.push("three-way");
  return extra.length ? `${q.text} ${extra.join(" ")}` : q.text;
}

/**
 * "Putin said on Thursday that the plan could be a basis… He made the statement at a press conference in Bishkek":
 * for where, when and how long, the sentence after a candidate that goes on about it ("He", "It", "The talks")
 * may hold the place or the time, in words the question lacks.
 */
function eventFollowers(q: AnalyzedQuestion, store: IndexStore): ((s: IndexedSentence) => boolean) | undefined {
  // "How old is Budanov": "…offered Kyrylo Budanov the job. Budanov accepted within hours. He is 39." — a person's
  // age is often told a sentence or two after his name, of him alone.
  const goesOn = EVENT_ATTRIBUTES.has(q.want) ? GOES_ON : q.want === "age" ? OF_HIM : undefined;
  if (!goesOn) return undefined;
  return (s) => {
    const siblings = store.snapshot().sentencesOf(s.articleId);
    const next = siblings[s.index + 1];
    if (next === undefined) return false;
    // (His age may come after his quoted words: "Budanov accepted. 'An honour,' he wrote. He is 39.")
    return goesOn.test(next.text) || (q.want === "age" && /^["“]/.test(next.text) && goesOn.test(siblings[s.index + 2]?.text ?? ""));
  };
}
/** GloVe's rows are ranked by frequency; the first 20,000 ("raid" 3,148, "flat" 2,820) are common words, not names. */
const COMMON_WORD_ROWS = 20_000;
const OF_HIM = /^(?:he|she)\b/i;
// ("European Union leaders agreed … to lend Ukraine €90 billion. The decision was announced … at around 03:00 CET".)
const GOES_ON = /^(?:he|she|they|it|this|that|the (?:talks|meeting|session|visit|call|summit|statement|remarks|announcement|decision|agreement|deal|accord|vote|decree|exchange|swap|strike|attack))\b/i;

/** For "what did X say": the sentence after one naming X may be X speaking ("…," he said). */
function speakerFollowers(q: AnalyzedQuestion, ranker: ExtractiveRanker): ((s: IndexedSentence) => boolean) | undefined {
  const keys = speakerKeys(q);
  if (keys.length === 0) return undefined;
  return (s) => {
    const found = ranker.sentenceKeys(s);
    return keys.some((k) => found.has(k));
  };
}
