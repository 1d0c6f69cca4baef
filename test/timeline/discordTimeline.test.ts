/** `/timeline`'s pages (src/discord/commands/timeline.ts): Discord's limits, paging ids, no markdown or pings leaking. */
import { describe, expect, it } from "vitest";
import command, { formatTimelinePage } from "../../src/discord/commands/timeline.js";
import { embedLength } from "../../src/discord/format/embed.js";
import { DISCORD_LIMITS } from "../../src/discord/format/limits.js";
import { timeline } from "../../src/timeline/timeline.js";
import { article, seedArticle, snapshotOf } from "./snapshot.js";

const ids = (page: number) => `timeline:page:${page}:2025-11-01:2025-12-31:security guarantees`;

const WHO = ["Rubio", "Umerov", "Witkoff", "Kushner", "Zelensky", "Putin", "Macron", "Starmer", "Merz", "Erdogan"];
const WHAT = ["sanctions", "prisoners", "grain exports", "energy strikes", "elections", "reconstruction funds", "troop limits", "frozen assets"];
const WHERE = ["Geneva", "Miami", "Istanbul", "Riyadh", "Abu Dhabi", "Berlin", "Paris", "London"];

/** Many articles with distinct dated events (no two alike, so none merge), to force several pages. */
function bigTimeline(max?: number) {
  const articles = Array.from({ length: 30 }, (_, i) =>
    article({
      id: `b${i}`,
      published: `2025-11-${String(10 + (i % 20)).padStart(2, "0")}T12:00:00Z`,
      body: `${WHO[i % 10]} discussed ${WHAT[i % 8]} with envoys in ${WHERE[(i * 3) % 8]} on Monday, officials said. ${WHO[(i + 3) % 10]} will raise ${WHAT[(i + 5) % 8]} in ${WHERE[(i + 1) % 8]} on Friday.`,
    }),
  );
  return timeline(snapshotOf(articles), { max });
}

describe("/timeline pages", () => {
  it("GIVEN a long timeline THEN every page is within Discord's embed limits and the pages hold every event once", () => {
    const t = bigTimeline();
    const first = formatTimelinePage(t, 0, ids);
    expect(first.pages).toBeGreaterThan(2);
    let bullets = 0;
    for (let p = 0; p < first.pages; p++) {
      const { embeds } = formatTimelinePage(t, p, ids);
      const e = embeds[0]!;
      expect(e.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
      expect(embedLength(e)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
      expect(e.footer!.text).toContain(`Page ${p + 1} of ${first.pages}`);
      bullets += e.description!.split("\n").filter((l) => l.startsWith("• ")).length;
    }
    expect(bullets).toBe(t.events.length);
  });

  it("GIVEN the first and last page THEN Previous/Next are disabled at the ends and carry the filters in their ids", () => {
    const t = bigTimeline();
    const first = formatTimelinePage(t, 0, ids).components[0]!.toJSON().components as { custom_id: string; disabled?: boolean }[];
    expect(first.map((b) => [b.custom_id, b.disabled])).toEqual([
      [ids(-1), true],
      [ids(1), false],
    ]);
    const last = formatTimelinePage(t, 999, ids);
    expect(last.page).toBe(last.pages - 1);
    expect((last.components[0]!.toJSON().components[1] as { disabled?: boolean }).disabled).toBe(true);
  });

  it("GIVEN article text with markdown and mentions THEN it is escaped, and a one-page timeline has no buttons", () => {
    const a = article({ id: "m", published: "2025-11-30T12:00:00Z", body: "Protesters shouted @everyone and **bold** claims at the embassy on Friday." });
    const page = formatTimelinePage(timeline(snapshotOf([a])), 0, ids);
    expect(page.components).toEqual([]);
    expect(page.embeds[0]!.description).toContain("\\*\\*bold\\*\\*");
  });

  it("GIVEN the seed THEN the first page starts with the earliest day", () => {
    const page = formatTimelinePage(timeline(snapshotOf([seedArticle()])), 0, ids);
    expect(page.embeds[0]!.description!.startsWith("**Sun 23 Nov 2025**\n• During talks in Geneva last Sunday")).toBe(true);
  });

  it("GIVEN a summary of a long timeline THEN its pages are within the limits, hold each key event once, and offer Show all", () => {
    const t = bigTimeline(15);
    expect(t.events).toHaveLength(15);
    const all = (page: number) => `timeline:page:${page}:2025-11-01:2025-12-31:security guarantees`;
    const first = formatTimelinePage(t, 0, ids, all);
    let bullets = 0;
    for (let p = 0; p < first.pages; p++) {
      const { embeds, components } = formatTimelinePage(t, p, ids, all);
      expect(embeds[0]!.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
      expect(embedLength(embeds[0]!)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
      expect(embeds[0]!.title).toBe("Key dates of the talks");
      bullets += embeds[0]!.description!.split("\n").filter((l) => l.startsWith("• ")).length;
      const buttons = components.flatMap((row) => row.toJSON().components as { custom_id: string; label: string }[]);
      expect(buttons.find((b) => b.label === "Show all")?.custom_id).toBe(all(0));
    }
    expect(bullets).toBe(15);
    expect(first.embeds[0]!.footer!.text).toContain(`15 key events of ${t.total}`);
  });

  it("GIVEN a summary that leaves nothing out THEN no Show all button", () => {
    const t = timeline(snapshotOf([seedArticle()]), { max: 15 });
    const page = formatTimelinePage(t, 0, ids, (p) => `timeline:page:${p}:::`);
    const labels = page.components.flatMap((row) => (row.toJSON().components as { label: string }[]).map((b) => b.label));
    expect(labels).not.toContain("Show all");
  });

  it("GIVEN the command's registration THEN from/to/topic options, the topic short enough for a button id", () => {
    const options = command.data.options as { name: string; max_length?: number }[];
    expect(options.map((o) => o.name)).toEqual(["from", "to", "topic"]);
    const longest = `timeline:page:999:2025-11-01:2025-12-31:${"x".repeat(options[2]!.max_length!)}`;
    expect(longest.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  });
});
