import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultSuites, heldSets, setName } from "../../src/eval/suites.js";
import { PROJECT_ROOT } from "../../src/projectRoot.js";

describe("eval --hold", () => {
  it("names a set by its suite name or its folder name", () => {
    expect(setName("news-blind74")).toBe("blind74");
    expect(setName(" blind74 ")).toBe("blind74");
    expect(setName("seed")).toBe("seed");
  });

  it("reads a comma-separated list, ignoring blanks", () => {
    expect([...heldSets("blind3, news-blind5,,")]).toEqual(["blind3", "blind5"]);
    expect(heldSets(undefined).size).toBe(0);
    expect(heldSets("").size).toBe(0);
  });

  it("leaves exactly the held sets out of the default suites", () => {
    const all = defaultSuites(PROJECT_ROOT);
    const held = heldSets("blind3,news-blind5");
    const kept = all.filter((s) => !held.has(setName(s.name)));
    expect(all.map((s) => s.name)).toContain("news-blind3");
    expect(kept.map((s) => s.name)).not.toContain("news-blind3");
    expect(kept.map((s) => s.name)).not.toContain("news-blind5");
    expect(kept).toHaveLength(all.length - 2);
    // The timeline lines are keyed by the corpus folder, which is the set name.
    expect(path.basename(all.find((s) => s.name === "news-blind3")!.corpusDir)).toBe("blind3");
  });
});
