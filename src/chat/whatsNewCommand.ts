/**
 * `/whatsnew [1d|7d|YYYY-MM-DD]` in the terminal chat: the articles added and the events dated in the window,
 * newest first.
 */
import { citation } from "../engine/formatText.js";
import { whatsNew, whatsNewWindow } from "../engine/whatsNew.js";
import type { Engine } from "../types.js";

export async function whatsNewCommand(engine: Engine, args: string): Promise<string> {
  const window = whatsNewWindow(args, engine.snapshot().articles);
  if (!window.ok) return window.refusal.message;
  const news = await whatsNew(engine, window.window);
  const lines = [`What's new ${news.label}:`];
  if (news.articles.length === 0 && news.events.length === 0) return `${lines[0]} nothing.`;
  if (news.articles.length > 0) {
    lines.push("", `Articles added (${news.articles.length}):`);
    news.articles.forEach((a, i) => lines.push(`${i + 1}. ${citation(a)}`));
  }
  if (news.events.length > 0) {
    lines.push("", `Events dated in the window (${news.events.length}):`);
    for (const e of news.events) {
      const q = e.quotes[0]!;
      lines.push(`• ${e.label} — ${e.text}`, `    ${citation(q)}`);
    }
  }
  return lines.join("\n");
}
