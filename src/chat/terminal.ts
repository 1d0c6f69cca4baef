/**
 * The terminal chat: a second thin adapter on the same engine as the Discord bot. Questions in, answers out;
 * a few slash commands mirror the bot's.
 */
import { createInterface } from "node:readline/promises";
import { Conversations } from "../engine/conversation.js";
import { formatAnswerText, citation } from "../engine/formatText.js";
import { redactSecrets } from "../log.js";
import type { Engine } from "../types.js";
import { timelineCommand } from "./timelineCommand.js";
import { whatsNewCommand } from "./whatsNewCommand.js";

export interface TerminalOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Extra slash commands (e.g. /timeline), by name without the slash. */
  commands?: Record<string, (args: string) => Promise<string> | string>;
  /** Ends the chat (after the answer being written, if any): SIGINT/SIGTERM in npm start. */
  signal?: AbortSignal;
}

export const TERMINAL_HELP = [
  "Ask a question about the US–Ukraine–Russia peace talks, e.g. “Why did Yermak resign?”.",
  "Answers are quotes from the articles, with their source. Ask a follow-up (“when was that?”) and it is read against the previous questions.",
  "Commands: /timeline [all] [FROM] [TO] [TOPIC] (the key dates, or all of them; dates as YYYY-MM-DD), /whatsnew [1d|7d|YYYY-MM-DD], /sources, /new (a new conversation: no follow-up), /help, /quit.",
].join("\n");

export async function runTerminalChat(engine: Engine, options: TerminalOptions = {}): Promise<void> {
  const output = options.output ?? process.stdout;
  const rl = createInterface({ input: options.input ?? process.stdin, output, terminal: Boolean((output as NodeJS.WriteStream).isTTY) });
  const say = (text: string) => output.write(`${text}\n\n`);
  const info = engine.info();
  say(`talks bot — ${info.articles} article(s), ${info.sentences} sentences, index built ${info.builtAt}.\n${TERMINAL_HELP}`);
  if (options.signal?.aborted) return rl.close();
  options.signal?.addEventListener("abort", () => rl.close(), { once: true });
  rl.setPrompt("> ");
  rl.prompt();
  // One conversation: each question may be a follow-up of the previous ones (bounded, see engine/conversation.ts).
  const conversation = new Conversations();
  for await (const line of rl) {
    const text = line.trim();
    if (text === "/quit" || text === "/exit") break;
    // One failed question (a server down for /timeline, say) is reported in one line; the chat goes on.
    if (text !== "") say(await reply(engine, text, options.commands ?? {}, conversation).catch((err: unknown) => `Sorry, that failed: ${redactSecrets(err instanceof Error ? err.message : String(err))}`));
    if (options.signal?.aborted) break;
    rl.prompt();
  }
  rl.close();
}

const CHAT = "terminal";

async function reply(engine: Engine, text: string, commands: NonNullable<TerminalOptions["commands"]>, conversation: Conversations): Promise<string> {
  const command = /^\/(\w+)\s*(.*)$/.exec(text);
  if (!command) {
    const answer = await engine.answer(text, { history: conversation.history(CHAT) });
    if (!answer.refusal && !answer.failure) conversation.record(CHAT, { question: text, understood: answer.followUp?.question ?? text, answer });
    return formatAnswerText(answer);
  }
  const [, name, args] = command;
  if (name === "new") {
    conversation.forget(CHAT);
    return "A new conversation: the next question is read on its own.";
  }
  if (name === "whatsnew") return whatsNewCommand(engine, args ?? "");
  if (name === "help") return `${TERMINAL_HELP}${Object.keys(commands).map((c) => ` /${c}`).join("")}`;
  if (name === "timeline") return timelineCommand(engine, args ?? "");
  if (name === "sources") {
    return engine
      .snapshot()
      .articles.map((a, i) => `${i + 1}. ${citation(a)}`)
      .join("\n") || "No articles indexed yet.";
  }
  const extra = commands[name!];
  if (extra) return extra(args ?? "");
  return `Unknown command /${name}. ${TERMINAL_HELP}`;
}
