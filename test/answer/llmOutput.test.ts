import { describe, expect, it } from "vitest";
import { MAX_QUOTE_ENTRIES, parseModelOutput } from "../../src/answer/llmOutput.js";

describe("parseModelOutput", () => {
  it("GIVEN a plain JSON object THEN it is read as is", () => {
    const r = parseModelOutput('{"answer": "Yes [1].", "quotes": [{"passage": 1, "text": "a b c"}], "found": true}');
    expect(r).toEqual({ ok: true, value: { answer: "Yes [1].", quotes: [{ passage: 1, text: "a b c" }], found: true } });
  });

  it("GIVEN thinking, prose and a code fence around the object THEN the object is found", () => {
    const reply = '<think>{"answer": "draft"}</think>Here you go:\n```json\n{"answer": "No.", "quotes": [], "found": false}\n```';
    expect(parseModelOutput(reply)).toEqual({ ok: true, value: { answer: "No.", quotes: [], found: false } });
  });

  it("GIVEN braces inside strings and a prose brace before the object THEN the object still parses", () => {
    const reply = 'Note {this} first. {"answer": "It says {x} [2]", "quotes": [{"passage": "[2]", "text": "}{ \\" }"}]}';
    expect(parseModelOutput(reply)).toStrictEqual({ ok: true, value: { answer: "It says {x} [2]", quotes: [{ passage: 2, text: '}{ " }' }] } });
  });

  it("GIVEN quote entries without a usable passage number THEN they are kept as passage 0, to be rejected and logged", () => {
    const r = parseModelOutput('{"answer": "A", "quotes": ["bare words", {"text": "no number"}, {"passage": "two", "text": "bad"}, 7], "found": true}');
    expect(r.ok && r.value.quotes).toEqual([
      { passage: 0, text: "bare words" },
      { passage: 0, text: "no number" },
      { passage: 0, text: "bad" },
    ]);
  });

  it("GIVEN no object of the expected shape THEN it is not ok", () => {
    for (const reply of ["", "The talks went well.", "[1, 2]", '{"foo": 1}', '{"answer": "cut off', "null"]) {
      expect(parseModelOutput(reply).ok, reply).toBe(false);
    }
  });

  it("GIVEN a reply that does not say found THEN found is left unsaid, with or without quotes", () => {
    expect(parseModelOutput('{"answer": "He quit.", "quotes": []}')).toStrictEqual({ ok: true, value: { answer: "He quit.", quotes: [] } });
  });

  it("GIVEN a reply with 100,000 quotes THEN only the first MAX_QUOTE_ENTRIES are read, quickly", () => {
    const quotes = Array.from({ length: 100_000 }, (_, i) => ({ passage: 1, text: `quote number ${i} of many` }));
    const reply = JSON.stringify({ answer: "A [1].", quotes, found: true });
    const started = performance.now();
    const r = parseModelOutput(reply);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(r.ok && r.value.quotes).toHaveLength(MAX_QUOTE_ENTRIES);
  });

  it("GIVEN 200 KB of nested braces that are not JSON THEN it gives up quickly instead of rescanning for every brace", () => {
    const reply = "{".repeat(100_000) + "}".repeat(100_000);
    const started = performance.now();
    expect(parseModelOutput(reply).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
