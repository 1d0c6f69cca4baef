import { describe, expect, it } from "vitest";
import { eventClause } from "../../src/timeline/summary.js";

/** The summary of `sentence` for the date expression `expression`. */
const summary = (sentence: string, expression: string, max = 160) => {
  const at = sentence.indexOf(expression);
  return eventClause(sentence, at, at + expression.length, max);
};

describe("eventClause", () => {
  it("GIVEN a section label and two clauses THEN the clause with the date, without the label", () => {
    expect(summary("What to watch: Talks stalled on Friday; the sides will meet again.", "on Friday")).toBe("Talks stalled on Friday");
  });

  it("GIVEN a quotation dated in its attribution THEN the quotation's first sentence and the attribution", () => {
    expect(summary('"We made progress. Work remains," Rubio said on Sunday.', "on Sunday")).toBe('"We made progress …," Rubio said on Sunday');
  });

  it("GIVEN a date inside a quotation THEN the quotation's clause with the date and the attribution", () => {
    expect(summary('"That will continue later this week, but we also talk to Moscow," Rubio noted.', "later this week")).toBe(
      '"That will continue later this week …," Rubio noted',
    );
  });

  it("GIVEN a trailing 'saying …' after the date THEN it is dropped", () => {
    expect(summary('An official said the gaps should close on Sunday, saying: "They know."', "on Sunday")).toBe(
      "An official said the gaps should close on Sunday",
    );
  });

  it("GIVEN a leading pronoun with two people named before THEN it is left as written", () => {
    expect(summary("Rubio met Umerov and Witkoff spoke to Kushner, but he left on Friday.", "on Friday")).toBe("He left on Friday");
  });

  it("GIVEN a long sentence THEN at most the limit, cut at a word with an ellipsis", () => {
    const s = `Talks on Friday ${"went on and on ".repeat(20)}until late.`;
    const out = summary(s, "on Friday", 60);
    expect(out.length).toBeLessThanOrEqual(60);
    expect(out).toMatch(/^Talks on Friday .* …$/);
  });

  it("GIVEN a long sentence with an aside THEN the aside goes first", () => {
    const s = 'Yermak, long seen as the second-most powerful person in Ukraine, texted associates on Sunday that he was "going to the front" in eastern Ukraine.';
    expect(summary(s, "on Sunday", 100)).toBe('Yermak texted associates on Sunday that he was "going to the front" in eastern Ukraine');
  });
});

describe("eventClause without a date (an article's lead)", () => {
  it("GIVEN a labelled lead THEN its first clause without the label", () => {
    expect(eventClause("The big picture: Envoys agreed a draft in Geneva; details were not released.", undefined, undefined, 160)).toBe(
      "Envoys agreed a draft in Geneva",
    );
  });
});
