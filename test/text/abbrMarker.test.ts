/**
 * The faster abbreviation marker (src/text/abbrMarker.ts) splits exactly as sentence-splitter's own: compared on
 * the seed corpus, State of the Union addresses and the abbreviation cases the package itself handles.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpeeches, toParagraphs } from "../../src/bench/sotu.js";
import { replaced, withOriginalMarker } from "../../src/text/abbrMarker.js";
import { splitSentences } from "../../src/text/sentences.js";

const CASES = [
  "The U.S.A. is large. So is the U.K. Mr. Fuji met Dr. Who at 10 a.m. yesterday.",
  "Yahoo! is a company. We make a good team, you and I. Did you see Albert I. Jones yesterday?",
  "A.M. is store. He arrived at 5 P.M. The meeting ended. 1. First item. 2. Second item.",
  "Ambassador to the U.S. Olha Stefanishyna said no. Gen. Smith, Sen. Jones and Prof. X agreed e.g. on this, etc. Then left.",
  "“Quoted. Still quoted,” he said. Ms. Lee (the envoy) said: “No.” Inc. and Corp. and Co. were there. JR. Sr. ST. Jr.",
  "Numbers 3.14 and v. 2.0 are fine. I.e. this too. Ibid. Op. cit. Et al. A (B.C.) D. E.",
];

describe("the abbreviation marker", () => {
  it("GIVEN the package as installed THEN the marker of the build src/ uses is the faster one", () => {
    expect(replaced).toContain("esm");
  });

  it("GIVEN the seed corpus, abbreviation cases and 12 addresses THEN the same sentences as sentence-splitter's own marker", () => {
    const corpus = readdirSync("corpus").filter((f) => f.endsWith(".md")).map((f) => readFileSync(path.join("corpus", f), "utf8"));
    const speeches = loadSpeeches().filter((_s, i) => i % 20 === 0).map((s) => toParagraphs(s.text).join("\n\n"));
    let sentences = 0;
    for (const text of [...CASES, ...corpus, ...speeches]) {
      const fast = splitSentences(text);
      expect(fast).toEqual(withOriginalMarker(() => splitSentences(text)));
      sentences += fast.length;
    }
    expect(sentences).toBeGreaterThan(2000);
  });
});
