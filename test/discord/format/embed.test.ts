import { describe, expect, it } from "vitest";
import { embedLength, fitEmbed } from "../../../src/discord/format/embed.js";
import { DISCORD_LIMITS as L } from "../../../src/discord/format/limits.js";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
const sentences = (n: number) => Array.from({ length: n }, (_, i) => `Sentence ${i} is here.`).join(" ");

describe("fitEmbed", () => {
  it("GIVEN every part over its limit THEN each is cut to its limit", () => {
    const embed = fitEmbed({
      title: words(100),
      description: sentences(400),
      footer: { text: words(500) },
      fields: Array.from({ length: 30 }, (_, i) => ({ name: words(60), value: i === 0 ? sentences(100) : "short" })),
    });
    expect(embed.title!.length).toBeLessThanOrEqual(L.embedTitle);
    expect(embed.description!.length).toBeLessThanOrEqual(L.embedDescription);
    expect(embed.footer!.text.length).toBeLessThanOrEqual(L.embedFooter);
    expect(embedLength(embed)).toBeLessThanOrEqual(L.embedTotal);
  });

  it("GIVEN 30 fields with long values THEN keeps at most 25, each within 1,024, cut at a sentence, 6,000 in all", () => {
    const embed = fitEmbed({
      title: "Title",
      description: "Short description.",
      fields: Array.from({ length: 30 }, (_, i) => ({ name: words(60), value: i === 0 ? sentences(100) : "short" })),
    });
    expect(embed.fields!.length).toBeGreaterThan(0);
    expect(embed.fields!.length).toBeLessThanOrEqual(L.embedFields);
    for (const f of embed.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(L.embedFieldName);
      expect(f.value.length).toBeLessThanOrEqual(L.embedFieldValue);
    }
    expect(embedLength(embed)).toBeLessThanOrEqual(L.embedTotal);
    // Cut at a sentence boundary, not mid-word.
    expect(embed.fields![0]!.value).toMatch(/is here\.…$/);
  });

  it("GIVEN a list description over the limit THEN keeps whole lines", () => {
    const lines = Array.from({ length: 200 }, (_, i) => `${i + 1}. **Axios** · 30 Nov 2025 · [Headline number ${i}](https://example.org/${i})`);
    const embed = fitEmbed({ description: lines.join("\n") });
    const kept = embed.description!.split("\n");
    expect(embed.description!.length).toBeLessThanOrEqual(L.embedDescription);
    expect(kept.at(-1)).toBe("…");
    expect(kept.slice(0, -1)).toEqual(lines.slice(0, kept.length - 1));
  });

  it("GIVEN an embed within the limits THEN leaves it as it was", () => {
    const embed = { title: "Sources", description: "One line", fields: [{ name: "a", value: "b" }], footer: { text: "Page 1 of 1" } };
    expect(fitEmbed(embed)).toEqual(embed);
  });
});
