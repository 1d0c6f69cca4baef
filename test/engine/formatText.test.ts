import { describe, expect, it } from "vitest";
import { citation } from "../../src/engine/formatText.js";
import { leadIn } from "../../src/engine/leadIn.js";
import type { Quote } from "../../src/types.js";

const q: Quote = { text: "Talks will resume.", articleId: "a", title: "Prisoner talks", source: "Test Wire", published: "2025-12-06", start: 0, end: 18 };

describe("citation and lead-in (terminal, ask)", () => {
  it("GIVEN an article whose time is unknown THEN the date alone is shown", () => {
    expect(citation(q)).toBe("Test Wire — “Prisoner talks” — 6 Dec 2025");
    expect(leadIn([q])).toBe("Test Wire reported (6 Dec 2025):");
  });

  it("GIVEN a story other outlets carried too THEN they are named after the outlet", () => {
    const shared = { ...q, alsoPublishedBy: ["Outlet B"] };
    expect(citation(shared)).toBe("Test Wire, also in Outlet B — “Prisoner talks” — 6 Dec 2025");
    expect(leadIn([shared])).toBe("Test Wire, also in Outlet B reported (6 Dec 2025):");
  });
});
