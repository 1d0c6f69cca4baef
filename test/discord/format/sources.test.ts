import { describe, expect, it } from "vitest";
import { formatHelp } from "../../../src/discord/format/help.js";
import { embedLength } from "../../../src/discord/format/embed.js";
import { SOURCES_PAGE_SIZE, formatSourcesPage } from "../../../src/discord/format/sources.js";
import { article } from "../support.js";

const articles = Array.from({ length: 23 }, (_, i) => article(i + 1, { published: `2025-12-${String(28 - i).padStart(2, "0")}T10:00:00+00:00` }));
const pageId = (n: number) => `sources:page:${n}`;

describe("formatSourcesPage", () => {
  it("GIVEN 23 articles THEN page 1 lists the first 10 in the given (newest-first) order with Previous disabled", () => {
    const page = formatSourcesPage(articles, 0, pageId);
    const lines = page.embeds[0]!.description!.split("\n");
    expect(lines).toHaveLength(SOURCES_PAGE_SIZE);
    expect(lines[0]).toBe("1. **Axios** · 28 Dec 2025 · [Headline 1](https://example.org/story-1)");
    expect(page.embeds[0]!.footer!.text).toBe("Page 1 of 3 · 23 articles, newest first");
    const buttons = page.components[0]!.toJSON().components as { custom_id: string; disabled?: boolean; label: string }[];
    expect(buttons.map((b) => [b.label, b.custom_id, b.disabled])).toEqual([
      ["Previous", "sources:page:-1", true],
      ["Next", "sources:page:1", false],
    ]);
  });

  it("GIVEN the last page or a page past the end THEN shows the last page with Next disabled", () => {
    for (const requested of [2, 99]) {
      const page = formatSourcesPage(articles, requested, pageId);
      expect(page.page).toBe(2);
      expect(page.embeds[0]!.description!.split("\n")[0]).toMatch(/^21\. /);
      const buttons = page.components[0]!.toJSON().components as { disabled?: boolean }[];
      expect(buttons.map((b) => b.disabled)).toEqual([false, true]);
    }
  });

  it("GIVEN one page of articles THEN no buttons; an article without a link is shown without one", () => {
    const page = formatSourcesPage([article(1, { url: undefined, title: "No link [here](https://x.example)" })], 0, pageId);
    expect(page.components).toEqual([]);
    expect(page.embeds[0]!.description).toBe("1. **Axios** · 29 Nov 2025 · *No link \\[here\\](https:\u2060//x.example)*");
  });

  it("GIVEN very long titles THEN the page embed stays within Discord's limits", () => {
    const long = articles.map((a) => ({ ...a, title: "Long headline ".repeat(60) }));
    const page = formatSourcesPage(long, 0, pageId);
    expect(page.embeds[0]!.description!.length).toBeLessThanOrEqual(4096);
    expect(embedLength(page.embeds[0]!)).toBeLessThanOrEqual(6000);
  });
});

describe("formatHelp", () => {
  it("GIVEN the index info THEN says what the bot does, where knowledge comes from, and when the index was built", () => {
    const embed = formatHelp({
      info: { builtAt: "2025-12-01T09:30:00.000Z", embedder: { name: "glove-sif", model: "m", dimensions: 100 }, articles: 23, sentences: 400 },
      articles,
      commands: [{ name: "ask", description: "Ask." }],
      botUserId: "1234567890123456789",
    });
    const text = JSON.stringify(embed);
    expect(embed.description).toMatch(/quotes copied word for word/);
    expect(embed.fields!.find((f) => f.name === "Where my knowledge comes from")!.value).toBe(
      "23 articles from Axios, published from 6 Dec 2025 to 28 Dec 2025. `/sources` lists them.",
    );
    expect(embed.fields!.find((f) => f.name === "Index last built")!.value).toBe("<t:1764581400:F> (<t:1764581400:R>) · 400 sentences");
    expect(text).toContain("`/ask` — Ask.");
    expect(text).toContain("<@1234567890123456789>");
  });
});

describe("formatSourcesPage: syndicated stories", () => {
  it("GIVEN stories stored once for several outlets THEN the line names them and the footer counts them", () => {
    const list = [
      article(1, { source: "Test Wire", alsoPublishedBy: ["Outlet B", "Outlet C"] }),
      article(2, { source: "Reuters", alsoPublishedBy: ["Outlet B"] }),
      article(3),
    ];
    const page = formatSourcesPage(list, 0, pageId);
    expect(page.embeds[0]!.description!.split("\n")[0]).toBe("1. **Test Wire, also in Outlet B and Outlet C** · 29 Nov 2025 · [Headline 1](https://example.org/story-1)");
    expect(page.embeds[0]!.footer!.text).toBe("Page 1 of 1 · 3 articles (2 also carried by 2 other outlets), newest first");
  });
});
