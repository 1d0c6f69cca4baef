/**
 * The key under which identical sentences share one vector (src/index/segment.ts, normalizeText): printable ASCII
 * that is already single-spaced is its own key; everything else goes through NFKC and white-space folding.
 */
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/index/segment.js";

const full = (t: string) => t.normalize("NFKC").replace(/\s+/g, " ").trim();

describe("normalizeText", () => {
  it("GIVEN texts that differ only in compatibility forms or spacing THEN one key", () => {
    const key = "The ﬁnal deal was signed in Geneva.";
    for (const t of [key, "The  ﬁnal deal was signed in Geneva.", " The ﬁnal deal was signed in Geneva.\n", "The\tfinal deal was signed in Geneva.", "The\u00a0final deal was signed in Ｇeneva."]) {
      expect(normalizeText(t)).toBe("The final deal was signed in Geneva.");
    }
  });

  it("GIVEN plain single-spaced ASCII THEN the text itself", () => {
    const t = "He said: \"We agreed on 28 points (not all) ~ 90%.\"";
    expect(normalizeText(t)).toBe(t);
  });

  it("GIVEN any mix of ASCII, spaces and other characters THEN what NFKC and white-space folding give", () => {
    const parts = ["a", "B", " ", "  ", "\t", "\n", "\r\n", "é", "e\u0301", "ﬁ", "\u00a0", "\u2009", "Ｇ", "½", ".", "\u007f", "\u0000", "—", "Зеленський"];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let i = 0; i < 2000; i++) {
      const t = Array.from({ length: next() % 12 }, () => parts[next() % parts.length]).join("");
      expect(normalizeText(t), JSON.stringify(t)).toBe(full(t));
    }
  });
});
