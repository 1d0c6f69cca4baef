import { escapeMarkdown } from "discord.js";
import { describe, expect, it } from "vitest";
import { citationsOf, formatAnswer } from "../../../src/discord/format/answer.js";
import { DISCORD_LIMITS } from "../../../src/discord/format/limits.js";
import { escapeText } from "../../../src/discord/format/text.js";
import type { Answer } from "../../../src/types.js";
import { article, quote } from "../support.js";

const axios = article(1, { title: 'U.S. and Ukraine "made additional progress"', source: "Axios", published: "2025-11-30T20:00:00-05:00", url: "https://www.axios.com/2025/11/30/ukraine-talks" });
const reuters = article(2, { title: "Kremlin casts doubt", source: "Reuters", published: "2025-12-01T09:00:00+00:00", url: undefined });

/** What a reader sees: markdown escapes removed. */
const rendered = (s: string) => s.replace(/\\([\\*_`~|>#\-[\]().!])/g, "$1");

describe("formatAnswer", () => {
  it("GIVEN a follow-up THEN the first line says what it was taken to be about, escaped, above the lead-in; also when nothing was found", () => {
    const followUp = { question: "when was that Yermak resign?", about: "Yermak *resign*" };
    const found = formatAnswer({ found: true, answer: "Axios reported (30 Nov 2025):", quotes: [quote("He resigned on Friday.", axios)], followUp });
    expect(found.content.split("\n").slice(0, 3)).toEqual(["(about: Yermak \\*resign\\*)", "Axios reported (30 Nov 2025):", ""]);
    const none = formatAnswer({ found: false, answer: "The articles I have don't say.", quotes: [], followUp });
    expect(none.content).toBe("(about: Yermak \\*resign\\*)\nThe articles I have don't say.");
  });

  it("GIVEN an answer with quotes THEN shows the lead-in, each quote as a numbered block quote and grouped citations with unfurl-free links", () => {
    const answer: Answer = {
      found: true,
      answer: "Yermak resigned after a raid [1].",
      quotes: [quote("He resigned on Friday after anti-corruption authorities raided his home.", axios), quote("The Kremlin has cast doubt.", reuters), quote("Rubio said more work is needed.", axios)],
    };
    const { content, components } = formatAnswer(answer);
    expect(content.split("\n\n")).toEqual([
      "Yermak resigned after a raid \\[1\\].",
      "> He resigned on Friday after anti-corruption authorities raided his home. [1]\n\n> The Kremlin has cast doubt. [2]\n\n> Rubio said more work is needed. [3]",
      `**[1, 3]** Axios — “U.S. and Ukraine "made additional progress"” — 30 Nov 2025 — <https://www.axios.com/2025/11/30/ukraine-talks>\n**[2]** Reuters — “Kremlin casts doubt” — 1 Dec 2025`,
    ].flatMap((s) => s.split("\n\n")));
    const buttons = components.flatMap((row) => row.toJSON().components);
    expect(buttons).toEqual([{ type: 2, style: 5, url: "https://www.axios.com/2025/11/30/ukraine-talks", label: `[1, 3] Axios: U.S. and Ukraine "made additional progress"` }]);
  });

  it("GIVEN not found THEN shows only the engine's sentence: no quote, no citation, no button", () => {
    const { content, components } = formatAnswer({ found: false, answer: "The articles I have don't say.", quotes: [quote("Unrelated sentence.", axios)] });
    expect(content).toBe("The articles I have don't say.");
    expect(components).toEqual([]);
  });

  it("GIVEN quotes and a lead-in far over 2,000 characters THEN cuts at sentence boundaries and keeps a citation for every quote shown", () => {
    const sentence = (i: number) => `Sentence number ${i} of a long statement about the talks in Geneva.`;
    const long = Array.from({ length: 20 }, (_, i) => sentence(i)).join(" ");
    const answer: Answer = { found: true, answer: long, quotes: [quote(long, axios), quote(long, reuters), quote(long, axios)] };
    const { content } = formatAnswer(answer);
    expect(content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    const quoteLines = content.split("\n").filter((l) => l.startsWith("> "));
    expect(quoteLines.length).toBeGreaterThan(0);
    for (const [i, line] of quoteLines.entries()) {
      const text = rendered(line.slice(2).replace(/ \[\d+\]$/, ""));
      // What is shown of a quote is a verbatim prefix of it, cut after a whole sentence.
      expect(long.startsWith(text.replace(/…$/, ""))).toBe(true);
      expect(text === long || /\.…$/.test(text)).toBe(true);
      expect(line).toMatch(new RegExp(`\\[${i + 1}\\]$`));
    }
    expect(content).toContain("**[1");
    if (quoteLines.length >= 2) expect(content).toContain("Reuters");
  });

  it("GIVEN a huge single quote THEN the message still fits and ends with the citation", () => {
    const huge = "Word ".repeat(1000).trim() + ".";
    const { content } = formatAnswer({ found: true, answer: "Lead.", quotes: [quote(huge, axios)] });
    expect(content.length).toBeLessThanOrEqual(2000);
    expect(content.endsWith("<https://www.axios.com/2025/11/30/ukraine-talks>")).toBe(true);
  });

  it("GIVEN markdown and mentions in article text THEN renders them literally (escaped) and keeps mention text intact", () => {
    const sneaky = article(3, { title: "**Breaking** [click](https://evil.example) @everyone", url: "https://example.org/ok" });
    const text = "Officials told @everyone and <@123> and <@&456> that *nothing* changed.";
    const { content } = formatAnswer({ found: true, answer: "See https://evil.example/x for more.", quotes: [quote(text, sneaky)] });
    expect(content).toContain(`> ${escapeText(text)} [1]`);
    expect(rendered(escapeText(text))).toBe(text);
    expect(content).toContain("@everyone");
    expect(content).toContain("<@123>");
    // The title renders as written but cannot become a link; only the metadata URL is one.
    expect(content).toContain(`“${escapeMarkdown("**Breaking**")} \\[click\\](https:\u2060//evil.example) @everyone”`);
    expect(content).toContain("<https://example.org/ok>");
    expect(content.match(/https?:\/\//g)).toEqual(["https://"]);
  });

  it("GIVEN a non-http link in metadata THEN shows no link and no button", () => {
    const bad = article(4, { url: "javascript:alert(1)" });
    const { content, components } = formatAnswer({ found: true, answer: "Lead.", quotes: [quote("A sentence.", bad)] });
    expect(content).not.toContain("javascript");
    expect(components).toEqual([]);
  });
});

describe("citationsOf", () => {
  it("GIVEN quotes from two articles THEN groups numbers per article in order of first appearance", () => {
    expect(citationsOf([quote("a", reuters), quote("b", axios), quote("c", reuters)]).map((c) => [c.source, c.numbers])).toEqual([
      ["Reuters", [1, 3]],
      ["Axios", [2]],
    ]);
  });

  it("GIVEN one quote of 100,000 characters (a paragraph without sentence ends) THEN it is fitted in under 50 ms as a verbatim prefix", () => {
    const words = ["delegations", "met", "in", "Geneva", "and", "discussed", "the", "*draft*", "framework", "_again_"];
    let text = "";
    for (let i = 0; text.length < 100_000; i++) text += `${words[i % words.length]} `;
    text = text.trim();
    formatAnswer({ found: true, answer: "Axios reported:", quotes: [quote("Warm-up quote for the JIT, nothing more.", axios)] });
    const started = performance.now();
    const { content } = formatAnswer({ found: true, answer: "Axios reported:", quotes: [quote(text, axios)] });
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(50);
    expect(content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    const shown = /^> (.*)… \[1\]$/m.exec(content)![1]!;
    expect(shown.length).toBeGreaterThan(1_000);
    expect(text.startsWith(rendered(shown))).toBe(true);
  });
});

describe("escapeText", () => {
  it("GIVEN 200,000 characters full of markdown THEN escapes them in linear time and they render as written", () => {
    const text = "a_b *c* ~~d~~ `e` ||f|| [g](h) https://x.example \\ ".repeat(4_000);
    const started = performance.now();
    const escaped = escapeText(text);
    expect(performance.now() - started).toBeLessThan(200);
    expect(rendered(escaped).replaceAll("\u2060", "")).toBe(text);
    expect(escaped).not.toMatch(/(?<!\\)[*_~`|[\]]/);
  });

  it("GIVEN markdown that counts only at a line start THEN it is escaped there", () => {
    expect(escapeText("# Heading\n- item\n12. numbered\n> quote\n-# small")).toBe("\\# Heading\n\\- item\n12\\. numbered\n\\> quote\n\\-# small");
  });
});

describe("formatAnswer: a story carried by several outlets", () => {
  it("GIVEN a quote from a syndicated article THEN its citation names the other outlets", async () => {
    const { quoteOf } = await import("../../../src/corpus/quote.js");
    const wire = article(3, { source: "Test Wire", title: "Prisoner talks", published: "2025-12-06", timeUnknown: true, alsoPublishedBy: ["Outlet B", "Outlet C"] });
    const { content } = formatAnswer({ found: true, answer: "Talks resume.", quotes: [quoteOf(wire, { text: "Talks will resume.", start: 0, end: 18 })] });
    expect(rendered(content)).toContain("**[1]** Test Wire, also in Outlet B and Outlet C — “Prisoner talks” — 6 Dec 2025 — <https://example.org/story-3>");
  });
});
