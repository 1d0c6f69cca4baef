/**
 * Feeds into the corpus: read each feed, keep the entries about the talks (`matchesWords`) and newer than `since`,
 * skip links already in the corpus, and import the rest as `importUrl` does one link. One failing entry or feed is
 * recorded with why and the rest go on. `import-feed` and the bot's schedule are thin callers.
 */
import { loadCorpus } from "../corpus/loadCorpus.js";
import type { Article } from "../types.js";
import { fetchPage, type FetchOptions } from "./fetchPage.js";
import { matchesWords, parseFeed, type FeedEntry } from "./feeds.js";
import { importUrl } from "./importUrl.js";
import { urlKey } from "./urls.js";

export interface ImportFeedsOptions {
  corpusDir: string;
  /** Entries are kept when their title or summary has one of these words; empty keeps every entry. */
  match: readonly string[];
  /** Entries published before this instant are skipped (entries without a date are kept). */
  since?: Date;
  /** Decide and report, but fetch no article and write nothing. */
  dryRun?: boolean;
  fetch?: FetchOptions;
  /**
   * Links (as `urlKey`s) decided in earlier runs of a long-lived caller (the bot's schedule): skipped as duplicates
   * without fetching. Links added or found duplicate in this run are added to it. Failed links are not: they are
   * tried again next time.
   */
  seen?: Set<string>;
  /** Called after each entry is decided, for progress lines. */
  onEntry?: (outcome: EntryOutcome) => void;
}

export type EntryOutcome =
  | { kind: "added" | "syndicated"; feed: string; entry: FeedEntry; article?: Article; file?: string }
  | { kind: "would-add"; feed: string; entry: FeedEntry }
  | { kind: "duplicate" | "off-topic" | "older"; feed: string; entry: FeedEntry }
  | { kind: "failed"; feed: string; entry?: FeedEntry; reason: string };

export interface ImportFeedsSummary {
  outcomes: EntryOutcome[];
  added: Extract<EntryOutcome, { kind: "added" | "syndicated" }>[];
  failed: Extract<EntryOutcome, { kind: "failed" }>[];
  counts: Record<EntryOutcome["kind"], number>;
}

export async function importFeeds(feeds: readonly string[], options: ImportFeedsOptions): Promise<ImportFeedsSummary> {
  const outcomes: EntryOutcome[] = [];
  const record = (o: EntryOutcome) => {
    outcomes.push(o);
    options.onEntry?.(o);
  };
  const known = options.seen ?? new Set<string>();
  for (const a of (await loadCorpus(options.corpusDir)).articles) if (a.url) known.add(urlKey(a.url));
  for (const feed of feeds) {
    const page = await fetchPage(feed, { ...options.fetch, accept: "feed" });
    if (!page.ok) {
      record({ kind: "failed", feed, reason: page.message });
      continue;
    }
    const parsed = page.format === "html" ? { ok: false as const, message: "not an RSS or Atom feed (an HTML page)" } : parseFeed(page.text);
    if (!parsed.ok) {
      record({ kind: "failed", feed, reason: `${feed}: ${parsed.message}` });
      continue;
    }
    for (const entry of parsed.entries) {
      if (!matchesWords(entry, options.match)) record({ kind: "off-topic", feed, entry });
      else if (options.since && entry.published && Date.parse(entry.published) < options.since.getTime()) record({ kind: "older", feed, entry });
      else if (known.has(urlKey(entry.link))) record({ kind: "duplicate", feed, entry });
      else if (options.dryRun) record({ kind: "would-add", feed, entry });
      else record(await importEntry(feed, entry, parsed.title, options, known));
    }
  }
  const counts = { added: 0, syndicated: 0, "would-add": 0, duplicate: 0, "off-topic": 0, older: 0, failed: 0 };
  for (const o of outcomes) counts[o.kind]++;
  return {
    outcomes,
    added: outcomes.filter((o): o is ImportFeedsSummary["added"][number] => o.kind === "added" || o.kind === "syndicated"),
    failed: outcomes.filter((o): o is ImportFeedsSummary["failed"][number] => o.kind === "failed"),
    counts,
  };
}

async function importEntry(
  feed: string,
  entry: FeedEntry,
  feedTitle: string | undefined,
  options: ImportFeedsOptions,
  known: Set<string>,
): Promise<EntryOutcome> {
  const defaults: Record<string, string> = { title: entry.title };
  if (entry.published) defaults.published = entry.published;
  if (feedTitle) defaults.source = feedTitle;
  const r = await importUrl(entry.link, { corpusDir: options.corpusDir, defaults, ...(options.fetch ? { fetch: options.fetch } : {}) });
  if (r.ok || r.reason === "duplicate") known.add(urlKey(entry.link));
  if (r.ok) {
    if (r.article.url) known.add(urlKey(r.article.url));
    return { kind: r.outcome === "syndicated" ? "syndicated" : "added", feed, entry, article: r.article, file: r.file };
  }
  if (r.reason === "duplicate") return { kind: "duplicate", feed, entry };
  return { kind: "failed", feed, entry, reason: r.message.replace(/^add-article: /, "") };
}
