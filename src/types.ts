/**
 * Shared shapes of the core. Nothing here imports discord.js or any adapter: the Discord bot, the terminal chat
 * and the scripts all speak these types.
 */

/** Front-matter metadata of one article (one Markdown file in `corpus/`). */
export interface ArticleMeta {
  /** Stable id: the file name without `.md`. */
  id: string;
  title: string;
  /** The outlet, e.g. "Axios". */
  source: string;
  /**
   * ISO 8601 date-time with offset, as written in the front matter (e.g. 2025-11-30T20:00:00-05:00), or a calendar
   * date alone (2025-12-03) when the time of day is unknown (then `timeUnknown` is true).
   */
  published: string;
  /** True when `published` is a date without a time: citations show the date only, relative dates use that day. */
  timeUnknown?: boolean;
  url?: string;
  author?: string;
  /** A free note of the maintainer (`note:` in the front matter, `--note` on import). */
  note?: string;
  /** The dateline cut from the start of the story on import ("KYIV, Ukraine (AP)"). */
  dateline?: string;
  /** Other outlets that carried the same (syndicated) story; front matter `also_published_by` (a YAML list). */
  alsoPublishedBy?: string[];
  /**
   * When the article first entered the index (ISO date-time), kept across re-indexes; set by the re-index, absent
   * for articles indexed before it was recorded. `/whatsnew` lists articles by it.
   */
  indexedAt?: string;
}

/** An article as read from the corpus: metadata, the Markdown body after the front matter, and its content hash. */
export interface Article extends ArticleMeta {
  body: string;
  /** sha256 (hex) of the whole file's bytes; re-indexing compares these. */
  hash: string;
  /** Absolute path of the file it was read from. */
  file: string;
}

/** A sentence located by exact character offsets into its article's `body`: `body.slice(start, end) === text`. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** A sentence of the index. `label` is its id in the vector index. */
export interface IndexedSentence extends SentenceSpan {
  label: number;
  articleId: string;
  /** Position of the sentence within its article (0-based). */
  index: number;
  text: string;
}

/** One quote shown to a user: verbatim text of an article plus its citation. */
export interface Quote {
  text: string;
  articleId: string;
  title: string;
  source: string;
  url?: string;
  published: string;
  /** Other outlets that carried the same story ("Reuters, also in …"). */
  alsoPublishedBy?: string[];
  /**
   * Other outlets whose articles state the same fact in their own words ("— Axios; also reported by Reuters"):
   * see src/answer/corroborate.ts.
   */
  alsoReportedBy?: string[];
  /** Character offsets of `text` in the article body. */
  start: number;
  end: number;
}

/** What `answer(question)` returns. Expected outcomes are values: "not found" is `found: false`, not an exception. */
export interface Answer {
  found: boolean;
  /** The one-line lead-in (or the LLM's short answer), or the reason nothing was found. */
  answer: string;
  quotes: Quote[];
  /** Set when the question itself was refused (empty, too long…): a message a person can act on. */
  refusal?: { id: string; message: string };
  /** How the answer was made: extractive (offline) or by the configured chat model. */
  mode?: "extractive" | "llm";
  /**
   * Set when the question could not be searched (the embeddings server failed): `answer` says so with the reason,
   * for the terminal and scripts; `errorId` names the log line with the details. Adapters that face the public
   * (Discord) show an apology with the id instead of `answer`. The next question tries the server again.
   */
  failure?: { id: string; errorId: string };
  /**
   * Reports that give a different figure or day for the same event: both are among `quotes`, and adapters show
   * them side by side with their sources instead of picking one.
   */
  disagreements?: Disagreement[];
  /**
   * Set when the question was read as a follow-up of the conversation: `question` is the question as understood
   * (searched and answered), `about` what was carried over from the previous turns. Adapters show `about`.
   */
  followUp?: { question: string; about: string };
}

/** One question and answer of a conversation (a thread, a reply chain, the terminal chat), for follow-ups. */
export interface ConversationTurn {
  /** As the user asked it. */
  question: string;
  /** As it was understood (standalone), what the next follow-up is read against. */
  understood: string;
  answer: Pick<Answer, "found" | "answer" | "quotes">;
  /** When it was answered (ms since the epoch). */
  at: number;
}

/** Two reports of one event that differ on a number ("more than five hours" / "some six hours") or a day. */
export interface Disagreement {
  what: "number" | "date";
  /** Each report: the index of its quote in `Answer.quotes`, its outlet, and the figure or day as written. */
  reports: { quote: number; source: string; value: string }[];
}

/** What the index folder says about itself (from its manifest). */
export interface IndexInfo {
  builtAt: string;
  /** The build's folder name inside the index folder (stored with feedback to tell answers of old builds). */
  build?: string;
  embedder: EmbedderId;
  articles: number;
  sentences: number;
}

/** Names the embedder that built an index: loading with another one is refused. */
export interface EmbedderId {
  name: string;
  model: string;
  dimensions: number;
}

/** A passage handed to an LLM: a few consecutive sentences of one article. */
export interface Passage {
  articleId: string;
  /** Index of the first and last sentence (inclusive) of the passage within the article. */
  fromSentence: number;
  toSentence: number;
  start: number;
  end: number;
  text: string;
}

/** Progress events of long operations (re-index, cache compilation) for scripts to render. */
export interface Progress {
  phase: string;
  done: number;
  total: number;
  detail?: string;
}
export type OnProgress = (p: Progress) => void;

/** An article's sentences as held by the loaded index (timeline and adapters read these; they never re-split). */
export interface CorpusSnapshot {
  /** Every indexed article, newest first. */
  articles: Article[];
  /** The sentences of one article in order (empty for an unknown id). */
  sentencesOf(articleId: string): IndexedSentence[];
}

/** A sentence found by hybrid search, best first. `score` is for ordering only; do not compare it across queries. */
export interface SearchHit {
  sentence: IndexedSentence;
  score: number;
}

export interface AnswerOptions {
  signal?: AbortSignal;
  history?: readonly ConversationTurn[];
}

/**
 * The answer engine as every adapter sees it (Discord, terminal, scripts). It holds the loaded index and swaps in
 * a new one when `npm run reindex` publishes it, without failing a question in flight.
 */
export interface Engine {
  /** `history`: the conversation's previous turns, oldest first: the question may be a follow-up of them. */
  answer(question: string, options?: AnswerOptions): Promise<Answer>;
  /** Hybrid (dense + BM25) search over sentences. */
  search(query: string, k: number): Promise<SearchHit[]>;
  snapshot(): CorpusSnapshot;
  info(): IndexInfo;
  /** Stops watching the index folder. */
  close(): Promise<void>;
}
