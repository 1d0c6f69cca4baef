/**
 * The feedback store in one SQLite file (better-sqlite3): WAL journal with full sync, one transaction per vote or
 * report, so a bot killed at any moment (even SIGKILL) keeps every vote it acknowledged. Users are stored only as a
 * salted hash of their id. Several bot processes (shards) may share the file: SQLite serialises their writes.
 */
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import type { Logger } from "../log.js";
import type { AnswerFeedback, AnswerRecord, FeedbackStore, ReportOutcome, StoredQuote, VoteOutcome, VoteValue } from "./FeedbackStore.js";

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS answers (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  found INTEGER NOT NULL,
  mode TEXT NOT NULL,
  build TEXT NOT NULL,
  quotes TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answers_at ON answers (at);
CREATE TABLE IF NOT EXISTS votes (
  answer_id INTEGER NOT NULL REFERENCES answers (id),
  user_hash TEXT NOT NULL,
  vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
  at TEXT NOT NULL,
  PRIMARY KEY (answer_id, user_hash)
);
CREATE TABLE IF NOT EXISTS reports (
  answer_id INTEGER NOT NULL REFERENCES answers (id),
  user_hash TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (answer_id, user_hash)
);
`;

/** A user as stored: a salted hash, never the Discord id itself (the salt is DATA_DIR's, made once). */
export function hashUser(salt: string, userId: string): string {
  return createHash("sha256").update(salt).update("\u0000").update(userId).digest("hex").slice(0, 32);
}

interface AnswerRow {
  id: number;
  at: string;
  question: string;
  answer: string;
  found: number;
  mode: string;
  build: string;
  quotes: string;
  up: number;
  down: number;
  reports: number;
}

export class SqliteFeedbackStore implements FeedbackStore {
  readonly enabled = true;
  private readonly insertAnswer: Database.Statement;
  private readonly hasAnswer: Database.Statement;
  private readonly previousVote: Database.Statement;
  private readonly upsertVote: Database.Statement;
  private readonly insertReport: Database.Statement;
  private readonly voteTx: (answerId: number, user: string, vote: VoteValue) => VoteOutcome;
  private readonly reportTx: (answerId: number, user: string) => ReportOutcome;

  private constructor(
    private readonly db: Database.Database,
    private readonly salt: string,
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {
    this.insertAnswer = db.prepare("INSERT INTO answers (at, question, answer, found, mode, build, quotes) VALUES (?, ?, ?, ?, ?, ?, ?)");
    this.hasAnswer = db.prepare("SELECT 1 FROM answers WHERE id = ?");
    this.previousVote = db.prepare("SELECT vote FROM votes WHERE answer_id = ? AND user_hash = ?");
    this.upsertVote = db.prepare(
      "INSERT INTO votes (answer_id, user_hash, vote, at) VALUES (?, ?, ?, ?) ON CONFLICT (answer_id, user_hash) DO UPDATE SET vote = excluded.vote, at = excluded.at",
    );
    this.insertReport = db.prepare("INSERT OR IGNORE INTO reports (answer_id, user_hash, at) VALUES (?, ?, ?)");
    this.voteTx = db.transaction((answerId: number, user: string, vote: VoteValue): VoteOutcome => {
      if (!this.hasAnswer.get(answerId)) return { ok: false, reason: "unknown-answer" };
      const before = this.previousVote.get(answerId, user) as { vote: number } | undefined;
      this.upsertVote.run(answerId, user, vote === "up" ? 1 : -1, this.now().toISOString());
      return before ? { ok: true, vote, previous: before.vote > 0 ? "up" : "down" } : { ok: true, vote };
    });
    this.reportTx = db.transaction((answerId: number, user: string): ReportOutcome => {
      if (!this.hasAnswer.get(answerId)) return { ok: false, reason: "unknown-answer" };
      const inserted = this.insertReport.run(answerId, user, this.now().toISOString()).changes;
      return { ok: true, again: inserted === 0 };
    });
  }

  /**
   * Opens (creating when missing) the database file. Throws the driver's error when the file cannot be opened or
   * written; `openFeedback` turns that into one line and switches feedback off.
   */
  static open(file: string, options: { salt: string; logger: Logger; mustExist?: boolean; now?: () => Date }): SqliteFeedbackStore {
    const db = new Database(file, { fileMustExist: options.mustExist ?? false });
    try {
      db.pragma("journal_mode = WAL");
      // FULL: a committed vote survives a power cut too, not only a killed process (votes are few; the cost is nil).
      db.pragma("synchronous = FULL");
      db.pragma("busy_timeout = 5000");
      db.pragma("foreign_keys = ON");
      const version = db.pragma("user_version", { simple: true }) as number;
      if (version > SCHEMA_VERSION) throw new Error(`feedback: ${file} was written by a newer version (schema ${version}, this one knows ${SCHEMA_VERSION})`);
      if (version < SCHEMA_VERSION) {
        db.exec(SCHEMA);
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      }
      return new SqliteFeedbackStore(db, options.salt, options.logger, options.now ?? (() => new Date()));
    } catch (err) {
      db.close();
      throw err;
    }
  }

  recordAnswer(a: AnswerRecord): number | undefined {
    return this.guard("record the answer", () => {
      const quotes: StoredQuote[] = a.quotes.map((q) => ({ articleId: q.articleId, start: q.start, end: q.end, source: q.source, text: q.text }));
      const info = this.insertAnswer.run(this.now().toISOString(), a.question, a.answer, a.found ? 1 : 0, a.mode, a.build, JSON.stringify(quotes));
      return Number(info.lastInsertRowid);
    });
  }

  vote(answerId: number, userId: string, vote: VoteValue): VoteOutcome {
    return this.guard("store the vote", () => this.voteTx(answerId, this.userHash(userId), vote)) ?? { ok: false, reason: "unavailable" };
  }

  report(answerId: number, userId: string): ReportOutcome {
    return this.guard("store the report", () => this.reportTx(answerId, this.userHash(userId))) ?? { ok: false, reason: "unavailable" };
  }

  answersSince(since?: string): AnswerFeedback[] {
    const rows = this.db
      .prepare(
        `SELECT a.*,
           (SELECT COUNT(*) FROM votes v WHERE v.answer_id = a.id AND v.vote = 1) AS up,
           (SELECT COUNT(*) FROM votes v WHERE v.answer_id = a.id AND v.vote = -1) AS down,
           (SELECT COUNT(*) FROM reports r WHERE r.answer_id = a.id) AS reports
         FROM answers a WHERE a.at >= ? ORDER BY a.at DESC, a.id DESC`,
      )
      .all(since ?? "") as AnswerRow[];
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      question: r.question,
      answer: r.answer,
      found: r.found === 1,
      mode: r.mode === "llm" ? "llm" : "extractive",
      build: r.build,
      quotes: JSON.parse(r.quotes) as StoredQuote[],
      up: r.up,
      down: r.down,
      reports: r.reports,
    }));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private userHash(userId: string): string {
    return hashUser(this.salt, userId);
  }

  /**
   * Runs a write; a failure of the disk or the file (full, read-only, removed) is one log line and undefined, so
   * the user gets a short apology and the bot goes on answering.
   */
  private guard<T>(what: string, write: () => T): T | undefined {
    try {
      return write();
    } catch (err) {
      const code = (err as { code?: string }).code;
      this.logger.error({ code, err: { message: (err as Error).message } }, `feedback: could not ${what} (${code ?? "error"}) — check free space and permissions of DATA_DIR`);
      return undefined;
    }
  }
}
