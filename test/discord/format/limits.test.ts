import { describe, expect, it } from "vitest";
import { cutAtSentence, cutAtWord, ELLIPSIS } from "../../../src/discord/format/limits.js";

describe("cutAtSentence", () => {
  it("GIVEN text within the limit THEN returns it unchanged", () => {
    expect(cutAtSentence("Short. Text.", 100)).toBe("Short. Text.");
  });

  it("GIVEN several sentences over the limit THEN keeps the whole sentences that fit and adds an ellipsis", () => {
    const text = "Rubio met Umerov in Miami. The U.S. team included Witkoff and Kushner. They talked for five hours.";
    const cut = cutAtSentence(text, 75);
    expect(cut).toBe(`Rubio met Umerov in Miami. The U.S. team included Witkoff and Kushner.${ELLIPSIS}`);
    expect(cut.length).toBeLessThanOrEqual(75);
  });

  it("GIVEN an abbreviation like U.S. THEN does not cut after it as if a sentence ended", () => {
    const text = "Talks with the U.S. Secretary of State went on. More followed later that day and into the night.";
    expect(cutAtSentence(text, 60)).toBe(`Talks with the U.S. Secretary of State went on.${ELLIPSIS}`);
  });

  it("GIVEN a first sentence longer than the limit THEN cuts at a word boundary", () => {
    const cut = cutAtSentence("Territorial concessions could only be negotiated at the presidential level.", 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect("Territorial concessions could only be negotiated".startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.slice(0, -1)).not.toMatch(/\s$/);
  });

  it("GIVEN a measure (e.g. escaping) THEN the measured result fits", () => {
    const doubled = (s: string) => s.length * 2;
    const cut = cutAtSentence("One two. Three four. Five six.", 42, doubled);
    expect(doubled(cut)).toBeLessThanOrEqual(42);
    expect(cut).toBe(`One two. Three four.${ELLIPSIS}`);
  });

  it("GIVEN emoji at the cut THEN never leaves half a surrogate pair", () => {
    const cut = cutAtWord("🇺🇦".repeat(50), 21);
    expect(cut.length).toBeLessThanOrEqual(21);
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });
});
