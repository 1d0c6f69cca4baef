import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTerminalChat } from "../../src/chat/terminal.js";
import { loadConfig } from "../../src/config.js";
import { createEngine } from "../../src/engine/createEngine.js";
import type { AnswerEngine } from "../../src/engine/AnswerEngine.js";
import { tempDirs, type TempDirs } from "../helpers/tempCorpus.js";

let dirs: TempDirs;
let engine: AnswerEngine;
beforeAll(async () => {
  dirs = tempDirs();
  engine = await createEngine(loadConfig({ env: { CORPUS_DIR: dirs.corpus, INDEX_DIR: dirs.index } }), { watch: false });
});
afterAll(async () => {
  await engine?.close();
  dirs?.cleanup();
});

async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (d: Buffer) => (text += d.toString()));
  const done = runTerminalChat(engine, { input, output });
  input.end(lines.join("\n") + "\n");
  await done;
  return text;
}

describe("terminal chat", () => {
  it("GIVEN a question over the limit THEN the same 'at most N characters' message as Discord and the CLI", async () => {
    const out = await chat(["w".repeat(301), "/quit"]);
    expect(out).toContain("That question is 301 characters long; please ask in at most 300 characters.");
  });

  it("GIVEN questions and commands THEN it answers with cited quotes, lists sources, shows the timeline and quits", async () => {
    const out = await chat(["Why did Yermak resign?", "", "/sources", "/timeline 2025-11-28 2025-11-28", "What is the population of Brazil?", "/nope", "/quit", "never read"]);
    expect(out).toMatch(/talks bot — 1 article\(s\)/);
    expect(out).toMatch(/“Between the lines: .*raided his home\.”\n\s+\[1\] Axios — “U\.S\. and Ukraine/);
    expect(out).toMatch(/1\. Axios — “U\.S\. and Ukraine "made additional progress" on Trump's peace plan, Rubio says” — 30 Nov 2025/);
    expect(out).toMatch(/Fri 28 Nov 2025\n.*resigned on Friday/);
    expect(out).toMatch(/The articles I have don't say\./);
    expect(out).toMatch(/Unknown command \/nope/);
    expect(out).not.toMatch(/never read/);
  });

  it("GIVEN /timeline and /timeline all THEN the key dates with their outlets first, every event with all its quotes on asking", async () => {
    const out = await chat(["/timeline", "/timeline all 2025-11-30 2025-11-30"]);
    expect(out).toMatch(/Timeline of the talks: the 11 key events from 1 article/);
    expect(out).toMatch(/resigned on Friday[^\n]*\n\s+Reported by Axios \(1 article\)/);
    expect(out).toMatch(/Timeline of the talks: 3 events from 1 article \(2025-11-30 to 2025-11-30\)/);
  });

  it("GIVEN a bad timeline date THEN it says what is expected", async () => {
    const out = await chat(["/timeline 2025-13-40"]);
    expect(out).toMatch(/YYYY-MM-DD|date/i);
  });

  it("GIVEN a follow-up THEN it is answered with the previous question's context, shown; after /new it is read on its own", async () => {
    const out = await chat(["Why did Yermak resign?", "when was that?", "/new", "when was that?", "/quit"]);
    const replies = out.split("\n> ").slice(1);
    // Alone, "when was that?" finds nothing: the quote about Friday comes only from the carried context.
    expect(replies[1]).toMatch(/^\(about: Yermak resign\)\nAxios reported \(30 Nov 2025\):\n\n  “Between the lines: .*he resigned on Friday/);
    expect(replies[2]).toMatch(/^A new conversation: the next question is read on its own\./);
    expect(replies[3]).toMatch(/^The articles I have don't say\./);
  });

  it("GIVEN /whatsnew THEN the articles of the last re-index; a bad since THEN one line; /help mentions /new and /whatsnew", async () => {
    const out = await chat(["/whatsnew", "/whatsnew soon", "/help"]);
    expect(out).toMatch(/What's new since the last update, \d+ \w+ \d{4} \d\d:\d\d UTC:\n\nArticles added \(1\):\n1\. Axios — “U\.S\. and Ukraine/);
    expect(out).toContain('whatsnew: "since" must be a number of days such as 1d or 7d, or a day written YYYY-MM-DD such as 2025-12-01 (got "soon")');
    expect(out).toMatch(/\/new \(a new conversation/);
    expect(out).toMatch(/\/whatsnew \[1d\|7d\|YYYY-MM-DD\]/);
  });
});
