import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";

const texts = (body: string) => splitSentences(body).map((s) => body.slice(s.start, s.end));

describe("splitSentences", () => {
  it("GIVEN abbreviations like U.S., Gen., Sen., Mr. THEN it does not split inside a sentence", () => {
    const body = "Sen. John Smith met Gen. Andrii Hnatov and Ambassador to the U.S. Olha Stefanishyna in Miami. Mr. Witkoff left.";
    expect(texts(body)).toEqual([
      "Sen. John Smith met Gen. Andrii Hnatov and Ambassador to the U.S. Olha Stefanishyna in Miami.",
      "Mr. Witkoff left.",
    ]);
  });

  it("GIVEN a sentence ending in U.S. followed by a new sentence THEN it splits", () => {
    expect(texts("The deal was signed in the U.S. He said it would hold.")).toEqual([
      "The deal was signed in the U.S.",
      "He said it would hold.",
    ]);
  });

  it("GIVEN bullet lists and paragraphs THEN the marker is not part of the sentence and no sentence crosses a paragraph", () => {
    const body = 'Intro line here.\n\n- "We had a very productive session," Rubio said.\n- Umerov said the talks were "productive and successful."\n\nNext paragraph.';
    expect(texts(body)).toEqual([
      "Intro line here.",
      '"We had a very productive session," Rubio said.',
      'Umerov said the talks were "productive and successful."',
      "Next paragraph.",
    ]);
  });

  it("GIVEN the seed article THEN every span is exact, trimmed, and in order", () => {
    const file = readFileSync("corpus/000_6ebb02524a7f715b.md", "utf8");
    const body = file.slice(file.indexOf("\n---\n", 4) + 5).trim();
    const spans = splitSentences(body);
    expect(spans.length).toBeGreaterThan(20);
    let last = -1;
    for (const s of spans) {
      const t = body.slice(s.start, s.end);
      expect(t).toBe(t.trim());
      expect(t.startsWith("- ")).toBe(false);
      expect(s.start).toBeGreaterThan(last);
      last = s.end;
    }
    expect(texts(body)).toContain(
      "Between the lines: President Volodymyr Zelensky's chief of staff and lead negotiator Andriy Yermak was expected to lead the Ukrainian delegation, but he resigned on Friday after anti-corruption authorities raided his home.",
    );
  });

  it("GIVEN empty or whitespace-only text THEN there are no sentences", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n \t")).toEqual([]);
  });
});
