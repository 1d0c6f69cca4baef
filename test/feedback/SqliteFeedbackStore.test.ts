/**
 * The feedback store on a real SQLite file in a temporary DATA_DIR: one vote per user per answer, users as salted
 * hashes, reports, the maintainers' report, and a DATA_DIR that cannot be used.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AnswerRecord } from "../../src/feedback/FeedbackStore.js";
import { FEEDBACK_FILE, SALT_FILE, feedbackProblem, openFeedback } from "../../src/feedback/openFeedback.js";
import { feedbackReport, groupQuestions } from "../../src/feedback/report.js";
import { captureLogger } from "../discord/support.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "talks-feedback-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const answer = (question: string, found = true): AnswerRecord => ({
  question,
  answer: found ? "Axios reported (30 Nov 2025):" : "The articles I have don't say.",
  found,
  mode: "extractive",
  build: "20251130-120000-1",
  quotes: found ? [{ articleId: "000_seed", start: 10, end: 42, source: "Axios", text: "Yermak resigned on Friday." }] : [],
});

describe("GIVEN a DATA_DIR the bot can write", () => {
  it("a second vote by the same user replaces the first; other users count apart; users are stored only as salted hashes", () => {
    const logs = captureLogger();
    const store = openFeedback(path.join(dir, "data"), logs.logger);
    const id = store.recordAnswer(answer("Why did Yermak resign?"))!;
    expect(store.vote(id, "111111111111111111", "up")).toEqual({ ok: true, vote: "up" });
    expect(store.vote(id, "111111111111111111", "down")).toEqual({ ok: true, vote: "down", previous: "up" });
    expect(store.vote(id, "222222222222222222", "down")).toEqual({ ok: true, vote: "down" });
    expect(store.vote(id + 1, "111111111111111111", "up")).toEqual({ ok: false, reason: "unknown-answer" });
    expect(store.report(id, "111111111111111111")).toEqual({ ok: true, again: false });
    expect(store.report(id, "111111111111111111")).toEqual({ ok: true, again: true });
    expect(store.answersSince().map((a) => [a.id, a.up, a.down, a.reports])).toEqual([[id, 0, 2, 1]]);
    store.close();
    const bytes = readFileSync(path.join(dir, "data", FEEDBACK_FILE));
    expect(bytes.includes(Buffer.from("111111111111111111"))).toBe(false);
    // The salt is made once, private to the bot's user, and kept: the same user hashes the same after a restart.
    const salt = readFileSync(path.join(dir, "data", SALT_FILE), "utf8");
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(path.join(dir, "data", SALT_FILE)).mode & 0o777).toBe(0o600);
    const again = openFeedback(path.join(dir, "data"), logs.logger);
    expect(again.vote(id, "111111111111111111", "up")).toEqual({ ok: true, vote: "up", previous: "down" });
    again.close();
    expect(readFileSync(path.join(dir, "data", SALT_FILE), "utf8")).toBe(salt);
  });

  it("the report lists answers voted down and reported, and groups unanswered questions by their terms, most asked first", () => {
    const store = openFeedback(path.join(dir, "data"), captureLogger().logger);
    const good = store.recordAnswer(answer("Who leads Ukraine's delegation?"))!;
    const bad = store.recordAnswer(answer("Why did Yermak resign?"))!;
    store.vote(good, "1", "up");
    store.vote(bad, "1", "down");
    store.report(good, "2");
    for (const q of ["Who is Erdogan?", "who is erdogan", "What did Erdogan say?", "What about the grain corridor?", "The grain corridor?", "Who is Erdogan?"]) {
      store.recordAnswer(answer(q, false));
    }
    const report = feedbackReport(store);
    expect(report.answers).toBe(8);
    expect(report.votedDown.map((a) => a.question)).toEqual(["Why did Yermak resign?"]);
    expect(report.reported.map((a) => [a.question, a.reports, a.quotes[0]!.articleId, a.quotes[0]!.start])).toEqual([["Who leads Ukraine's delegation?", 1, "000_seed", 10]]);
    expect(report.unanswered).toEqual([
      { question: "Who is Erdogan?", count: 4, variants: ["What did Erdogan say?", "who is erdogan"] },
      { question: "The grain corridor?", count: 2, variants: ["What about the grain corridor?"] },
    ]);
    expect(feedbackReport(store, "2999-01-01T00:00:00.000Z")).toEqual({ since: "2999-01-01T00:00:00.000Z", answers: 0, votedDown: [], reported: [], unanswered: [] });
    store.close();
  });
});

describe("GIVEN a DATA_DIR the bot cannot use", () => {
  it("feedback is switched off with one log line naming DATA_DIR and the fix (the bot answers on without buttons)", () => {
    writeFileSync(path.join(dir, "a-file"), "");
    const logs = captureLogger();
    const store = openFeedback(path.join(dir, "a-file", "data"), logs.logger);
    expect(store.enabled).toBe(false);
    expect(store.recordAnswer(answer("Why?"))).toBeUndefined();
    const lines = logs.records().filter((l) => String(l.msg).startsWith("feedback:"));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.msg).toBe(`feedback: DATA_DIR ${path.join(dir, "a-file", "data")}: a file is in the way of the folder (ENOTDIR) — move it, or set DATA_DIR to another folder; answering goes on without feedback buttons`);
  });

  it.each([
    ["ENOSPC", "the disk holding it is full (ENOSPC) — free some space"],
    ["SQLITE_FULL", "the disk holding it is full (SQLITE_FULL) — free some space"],
    ["EACCES", "it is not writable (EACCES) — give the bot's user write access, or set DATA_DIR to a writable folder"],
    ["EROFS", "it is not writable (EROFS) — give the bot's user write access, or set DATA_DIR to a writable folder"],
  ])("%s THEN one line saying why and what to do", (code, why) => {
    expect(feedbackProblem("/srv/bot/.data", Object.assign(new Error("x"), { code }))).toBe(`feedback: DATA_DIR /srv/bot/.data: ${why}; answering goes on without feedback buttons`);
  });
});

it("GIVEN no questions THEN no groups", () => {
  expect(groupQuestions([])).toEqual([]);
});
