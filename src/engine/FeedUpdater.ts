/**
 * Keeps the corpus current while the bot (or the terminal chat) runs: every interval it imports the new matching
 * entries of the configured feeds (`ingest/importFeeds`), re-indexes incrementally, swaps the new index in, and
 * hands the new articles to `onNews` (the Discord news channel, or the terminal). A failing feed is logged and tried
 * again at the next interval; nothing here ever stops the bot. Ticks never overlap.
 *
 * Only configuration (FEEDS) decides what is fetched: nothing a user types reaches this.
 */
import { readFile } from "node:fs/promises";
import type { FeedsConfig } from "../config.js";
import type { ReindexSummary } from "../index/reindex.js";
import { parseList, readMatchWords } from "../ingest/feeds.js";
import type { FetchOptions } from "../ingest/fetchPage.js";
import { importFeeds } from "../ingest/importFeeds.js";
import { formatSummary } from "../ingest/report.js";
import type { Logger } from "../log.js";
import type { Article } from "../types.js";

export interface FeedUpdaterOptions {
  feeds: FeedsConfig;
  corpusDir: string;
  /** Re-indexes the corpus and swaps the new build in (`AnswerEngine.reindexFrom`). */
  reindex: (corpusDir: string) => Promise<ReindexSummary>;
  logger: Logger;
  onNews: (articles: Article[]) => Promise<void> | void;
  /** Overrides `feeds.intervalMinutes` (tests). */
  intervalMs?: number;
  /** Match words; default config/feed-match.txt. */
  match?: readonly string[];
  fetch?: FetchOptions;
}

export interface TickResult {
  added: Article[];
  failed: number;
}

export class FeedUpdater {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TickResult> | undefined;
  private stopped = false;
  /** Imported but not yet indexed (a re-index failed): indexed and announced at the next update. */
  private pending: { reindex: boolean; news: Article[] } = { reindex: false, news: [] };
  /** Feed links already imported or found to be copies: not fetched again while the bot runs. */
  private readonly seen = new Set<string>();

  constructor(private readonly options: FeedUpdaterOptions) {}

  /** Runs a first update now, then one every interval. */
  start(): void {
    if (this.timer || this.stopped) return;
    const every = this.options.intervalMs ?? this.options.feeds.intervalMinutes * 60_000;
    this.timer = setInterval(() => void this.tick(), every);
    this.timer.unref();
    void this.tick();
  }

  /** One update; when one is already running, waits for it instead of starting another. Never rejects. */
  tick(): Promise<TickResult> {
    this.running ??= this.update()
      .catch((err: unknown): TickResult => {
        this.options.logger.error({ err }, "feeds: update failed; trying again at the next interval");
        return { added: [], failed: 1 };
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  /** Stops the schedule and waits for an update in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async update(): Promise<TickResult> {
    const { logger, corpusDir } = this.options;
    const feeds = await this.feedList();
    const match = this.options.match ?? (await readMatchWords());
    const summary = await importFeeds(feeds, { corpusDir, match, seen: this.seen, ...(this.options.fetch ? { fetch: this.options.fetch } : {}) });
    for (const f of summary.failed) logger.warn({ feed: f.feed, link: f.entry?.link }, `feeds: ${f.reason}`);
    logger.info({ feeds: feeds.length, ...summary.counts }, formatSummary(summary).replace(/^import-feed/, "feeds"));
    const added = summary.added.flatMap((o) => (o.kind === "added" && o.article ? [o.article] : []));
    this.pending.news.push(...added);
    this.pending.reindex ||= summary.added.length > 0;
    if (!this.pending.reindex || this.stopped) return { added: [], failed: summary.failed.length };
    const r = await this.options.reindex(corpusDir);
    logger.info({ added: r.added.length, changed: r.changed.length, articles: r.articles }, "feeds: index updated");
    const news = this.pending.news;
    this.pending = { reindex: false, news: [] };
    if (news.length > 0) await this.options.onNews(news);
    return { added: news, failed: summary.failed.length };
  }

  /** The configured URLs, or the file's lines read afresh each time (a maintainer may edit it while the bot runs). */
  private async feedList(): Promise<string[]> {
    const f = this.options.feeds;
    return "urls" in f ? f.urls : parseList(await readFile(f.file, "utf8"));
  }
}
