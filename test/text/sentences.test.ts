import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS, capSpan, splitSentences } from "../../src/text/sentences.js";

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

  it("GIVEN a clock time's a.m./p.m. THEN a time zone or a lower-case word continues the sentence, a new sentence does not", () => {
    const body = "The talks ended after 2 a.m. Moscow time, an aide said. They began at 3 p.m. local time. We met at 9 a.m. The talks went on at 4 p.m. GMT.";
    expect(texts(body)).toEqual([
      "The talks ended after 2 a.m. Moscow time, an aide said.",
      "They began at 3 p.m. local time.",
      "We met at 9 a.m.",
      "The talks went on at 4 p.m. GMT.",
    ]);
  });

  it("GIVEN a numbered bold heading line with text right under it THEN the heading is one sentence and never runs on", () => {
    const body = '**4. "Constructive" — Roman Umar, head of the delegation (Thursday)**\nThe chief negotiator wrote that the talks had been substantive.\n\n**5. The deadline (Friday)**\nHe said the deal had to be done by June.';
    expect(texts(body)).toEqual([
      '**4. "Constructive" — Roman Umar, head of the delegation (Thursday)**',
      "The chief negotiator wrote that the talks had been substantive.",
      "**5. The deadline (Friday)**",
      "He said the deal had to be done by June.",
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

  it("GIVEN one paragraph of 50,000 characters without sentence punctuation THEN it becomes exact, trimmed pieces of at most the cap, split between words", () => {
    const words = ["negotiators", "in", "Geneva", "discussed", "the", "draft", "framework", "again"];
    let body = "";
    for (let i = 0; body.length < 50_000; i++) body += `${words[i % words.length]} `;
    body = body.trim();
    const spans = splitSentences(body);
    expect(spans.length).toBeGreaterThan(50_000 / MAX_SENTENCE_CHARS);
    let covered = 0;
    for (const s of spans) {
      const t = body.slice(s.start, s.end);
      expect(t.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(t).toBe(t.trim());
      // Between words: the characters around each piece are spaces or the ends of the body.
      expect(body[s.start - 1] ?? " ").toBe(" ");
      expect(body[s.end] ?? " ").toBe(" ");
      covered += t.length;
    }
    // Nothing but the spaces between pieces is lost.
    expect(covered).toBe(body.length - (spans.length - 1));
  });

  it("GIVEN a long run with clause marks THEN it is split after the strongest mark near the cap", () => {
    const clause = (n: number) => `the delegation from Kyiv met the envoys for the ${n}th time this month`;
    const body = `${clause(1)}, ${clause(2)}, ${clause(3)}; ${clause(4)}, ${clause(5)}, ${clause(6)}, ${clause(7)}, ${clause(8)}, ${clause(9)}, ${clause(10)}`;
    expect(body.length).toBeGreaterThan(MAX_SENTENCE_CHARS);
    const pieces = splitSentences(body).map((s) => body.slice(s.start, s.end));
    expect(pieces[0]).toBe(`${clause(1)}, ${clause(2)}, ${clause(3)};`);
    expect(pieces.join(" ")).toBe(body);
  });

  it("GIVEN a run without any space THEN it is cut hard at the cap, never inside a surrogate pair", () => {
    const body = "🇺🇦".repeat(400);
    const spans = capSpan(body, { start: 0, end: body.length });
    expect(spans.map((s) => body.slice(s.start, s.end)).join("")).toBe(body);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(() => encodeURIComponent(body.slice(s.start, s.end))).not.toThrow();
    }
  });
});
