import { describe, expect, it } from "vitest";
import { formatAnswer } from "../../src/discord/format/answer.js";
import { citation } from "../../src/engine/formatText.js";
import type { Quote } from "../../src/types.js";

const quote: Quote = {
  text: "Negotiators said they had produced an updated framework.",
  articleId: "a01",
  title: "Talks in Geneva",
  source: "Northline News Agency",
  published: "2025-11-23T21:15:00Z",
  start: 0,
  end: 56,
};

describe("citations of syndicated copies", () => {
  it("GIVEN a quote other outlets also carry THEN the terminal and Discord citations name them", () => {
    expect(citation({ ...quote, alsoPublishedBy: ["The Lakeshore Gazette"] })).toBe(
      "Northline News Agency, also in The Lakeshore Gazette — “Talks in Geneva” — 23 Nov 2025",
    );
    const message = formatAnswer({ found: true, answer: "Northline reported:", quotes: [{ ...quote, alsoPublishedBy: ["The Lakeshore Gazette"] }] });
    expect(message.content).toContain("Northline News Agency, also in The Lakeshore Gazette");
  });

  it("GIVEN a quote only one outlet carries THEN the citation is as before", () => {
    expect(citation(quote)).toBe("Northline News Agency — “Talks in Geneva” — 23 Nov 2025");
  });
});
