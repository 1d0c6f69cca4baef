/**
 * End to end: feedback and corroboration in Discord. The real discord.js client against the fake Discord on
 * 127.0.0.1, the real engine on the team's multi-outlet articles (eval/news/dev), the real SQLite feedback store in
 * a temporary DATA_DIR, and `npm run feedback` run as a process on it.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { escapeText } from "../../src/discord/format/text.js";
import { createEngine } from "../../src/engine/createEngine.js";
import type { AnswerEngine } from "../../src/engine/AnswerEngine.js";
import { FEEDBACK_FILE, openFeedback } from "../../src/feedback/openFeedback.js";
import type { FeedbackStore } from "../../src/feedback/FeedbackStore.js";
import type { FeedbackReport } from "../../src/feedback/report.js";
import { captureLogger, startTestBot, testConfig, type TestBot } from "./support.js";

const EPHEMERAL = 64;

let dir: string;
let dataDir: string;
let engine: AnswerEngine;
let feedback: FeedbackStore;
let t: TestBot;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "talks-feedback-e2e-"));
  cpSync(path.resolve("eval/news/dev"), path.join(dir, "corpus"), { recursive: true });
  dataDir = path.join(dir, "data");
  const config = testConfig({ env: { CORPUS_DIR: path.join(dir, "corpus"), INDEX_DIR: path.join(dir, "index"), CACHE_DIR: inject("gloveCacheDir"), LLM: "off", DATA_DIR: dataDir } });
  engine = await createEngine(config, { watch: false });
  feedback = openFeedback(config.dataDir, captureLogger().logger);
  expect(feedback.enabled).toBe(true);
  t = await startTestBot({ engine, config, feedback });
}, 180_000);

afterAll(async () => {
  await t?.stop();
  feedback?.close();
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** `npm run feedback -- ARGS` as a process on the test's DATA_DIR. */
function feedbackScript(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/feedback.ts", ...args],
      { encoding: "utf8", env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Asks with /ask and returns the final message (content and components) and the interaction. */
async function ask(question: string) {
  const i = t.fake.slashCommand("ask", { question });
  const edit = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(i.token));
  return { i, content: edit.body.content as string, components: (edit.body.components ?? []) as { components: { custom_id?: string; label?: string; emoji?: { name: string } }[] }[] };
}

function buttonIds(components: { components: { custom_id?: string }[] }[]): string[] {
  return components.flatMap((row) => row.components.map((b) => b.custom_id).filter((id): id is string => id !== undefined));
}

/** Clicks `customId` on the answer of `i` as `user` and returns the bot's (private) acknowledgement. */
async function click(i: { id: string }, customId: string, user = t.fake.human): Promise<{ content: string; flags: number }> {
  const c = t.fake.clickButton(customId, t.fake.originalMessage(i)!, t.fake.guild, user);
  const reply = await t.fake.waitForRequest((r) => r.path === `/interactions/${c.id}/${c.token}/callback`);
  expect(reply.body.type).toBe(4);
  return { content: reply.body.data.content, flags: reply.body.data.flags };
}

describe("feedback on answers", () => {
  it("GIVEN an answer THEN it carries 👍 / 👎 / Wrong quote? referring to the stored answer; 👍 then 👎 by one user is one changed vote, reported by npm run feedback", async () => {
    const { i, components } = await ask("How long did the Kremlin meeting last?");
    const ids = buttonIds(components);
    const vote = ids.filter((id) => id.startsWith("ask:vote:"));
    expect(vote).toHaveLength(2);
    const answerId = /^ask:vote:(\d+):up$/.exec(vote[0]!)![1];
    expect(ids).toEqual([`ask:vote:${answerId}:up`, `ask:vote:${answerId}:down`, `ask:report:${answerId}`]);
    const row = components.find((r) => r.components.some((b) => b.custom_id === `ask:report:${answerId}`))!;
    expect(row.components.map((b) => b.emoji?.name ?? b.label)).toEqual(["👍", "👎", "Wrong quote?"]);

    const up = await click(i, `ask:vote:${answerId}:up`);
    expect(up.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(up.content).toMatch(/Thanks for the 👍/);
    const down = await click(i, `ask:vote:${answerId}:down`);
    expect(down.content).toBe("Changed your vote to 👎. Thanks!");

    // One row for the user: the changed vote, stored under a salted hash, never the Discord id.
    const db = new Database(path.join(dataDir, FEEDBACK_FILE), { readonly: true });
    const rows = db.prepare("SELECT answer_id, user_hash, vote FROM votes").all() as { answer_id: number; user_hash: string; vote: number }[];
    db.close();
    expect(rows).toEqual([{ answer_id: Number(answerId), user_hash: expect.stringMatching(/^[0-9a-f]{32}$/), vote: -1 }]);
    expect(readFileSync(path.join(dataDir, FEEDBACK_FILE)).includes(Buffer.from(t.fake.human.id))).toBe(false);

    const text = await feedbackScript([]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`Answers voted down \\(1\\):\\n  #${answerId} .* — 👎 1 👍 0 — extractive, build \\S+\\n    Q: How long did the Kremlin meeting last\\?`));
    const answer = await engine.answer("How long did the Kremlin meeting last?");
    expect(text.stdout).toContain(`[1] ${answer.quotes[0]!.source} (${answer.quotes[0]!.articleId}, ${answer.quotes[0]!.start}–${answer.quotes[0]!.end}): “${answer.quotes[0]!.text}”`);
    const json = JSON.parse((await feedbackScript(["--json"])).stdout) as FeedbackReport;
    expect(json.votedDown.map((a) => [a.id, a.up, a.down, a.question])).toEqual([[Number(answerId), 0, 1, "How long did the Kremlin meeting last?"]]);
    expect(json.votedDown[0]!.quotes[0]).toEqual({ articleId: answer.quotes[0]!.articleId, start: answer.quotes[0]!.start, end: answer.quotes[0]!.end, source: answer.quotes[0]!.source, text: answer.quotes[0]!.text });
  });

  it("GIVEN Wrong quote? THEN the report is stored at once and acknowledged privately, and listed by npm run feedback", async () => {
    const { i, components } = await ask("Who hosted the Berlin talks?");
    const report = buttonIds(components).find((id) => id.startsWith("ask:report:"))!;
    const ack = await click(i, report);
    expect(ack.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(ack.content).toMatch(/^Thanks — reported\./);
    expect((await click(i, report)).content).toMatch(/already reported/);
    const json = JSON.parse((await feedbackScript(["--json"])).stdout) as FeedbackReport;
    const id = Number(report.split(":")[2]);
    expect(json.reported.map((a) => [a.id, a.reports, a.question])).toEqual([[id, 1, "Who hosted the Berlin talks?"]]);
  });

  it("GIVEN questions answered 'not found' (by mention and /ask) THEN they carry 👍 / 👎 only and npm run feedback groups them as unanswered", async () => {
    const msg = t.fake.userMessage(`<@${t.fake.bot.id}> What did Erdogan say about the peace talks?`);
    const reply = await t.fake.waitForRequest((r) => r.method === "POST" && r.body?.message_reference?.message_id === msg.id);
    expect(reply.body.content).toBe(escapeText("The articles I have don't say."));
    expect(buttonIds(reply.body.components).map((id) => id.replace(/\d+/, "N"))).toEqual(["ask:vote:N:up", "ask:vote:N:down"]);
    await ask("what did erdogan say about the talks");
    await ask("What did Xi Jinping say about the talks?");
    const out = await feedbackScript([]);
    expect(out.stdout).toMatch(/Most frequent unanswered questions \(grouped by their terms\):\n  1\. 2× “What did Erdogan say about the peace talks\?”\n       also: “what did erdogan say about the talks”\n  2\. 1× “What did Xi Jinping say about the talks\?”/);
    const json = JSON.parse((await feedbackScript(["--json", "--since", "2020-01-01"])).stdout) as FeedbackReport;
    expect(json.unanswered[0]).toEqual({ question: "What did Erdogan say about the peace talks?", count: 2, variants: ["what did erdogan say about the talks"] });
    expect((JSON.parse((await feedbackScript(["--json", "--since", "2999-01-01"])).stdout) as FeedbackReport).unanswered).toEqual([]);
  });

  it("GIVEN an unknown flag THEN npm run feedback prints one line and its usage and exits 2", async () => {
    const r = await feedbackScript(["--sinse", "2025-12-01"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("feedback: unknown flag --sinse\nusage: npm run feedback -- [--since YYYY-MM-DD] [--json]\n");
  });
});

describe("corroboration in Discord", () => {
  it("GIVEN a quote other outlets report too THEN the answer names them under it", async () => {
    const answer = await engine.answer("How long did the Kremlin meeting last?");
    const q = answer.quotes[0]!;
    expect(q.alsoReportedBy?.length).toBeGreaterThan(0);
    const { content } = await ask("How long did the Kremlin meeting last?");
    const others = q.alsoReportedBy!.length === 1 ? q.alsoReportedBy![0] : `${q.alsoReportedBy!.slice(0, -1).join(", ")} and ${q.alsoReportedBy!.at(-1)}`;
    expect(content).toContain(`> ${escapeText(q.text)} [1]\n— ${escapeText(`${q.source}; also reported by ${others}`)}`);
  });

  it("GIVEN outlets giving different lengths for the same session THEN both figures are shown side by side with their sources and quotes", async () => {
    const { content: markdown } = await ask("How long did the first round of the Berlin talks last?");
    // As Discord shows it: markdown escapes removed.
    const content = markdown.replace(/\\(.)/g, "$1");
    const line = /Reports differ on the figure: (.*)\n/.exec(content)?.[1];
    expect(line).toBeDefined();
    expect(line).toMatch(/“more than five hours” \(Rhein Post International \[(\d)\]\)/);
    expect(line).toMatch(/“some six hours” \(Brussels Observer \[(\d)\]\)/);
    for (const [, n] of line!.matchAll(/\[(\d)\]/g)) expect(content).toMatch(new RegExp(`^> .*\\[${n}\\]$`, "m"));
    expect(content).toContain("The first round lasted more than five hours");
    expect(content).toContain("some six hours of talks with Zelensky in Berlin");
  });
});
