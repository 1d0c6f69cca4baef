/**
 * Turns of transcripts and interviews (src/text/turns.ts): a speaker's label and the paragraphs after it, a question
 * and the answer under it. Our own words; the people are made up.
 */
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";
import { nextTurn, turnLabel, turnOf } from "../../src/text/turns.js";

function sentencesOf(body: string) {
  return splitSentences(body).map((s) => ({ ...s, text: body.slice(s.start, s.end) }));
}

/** The index of the sentence starting with `start`. */
function at(sentences: { text: string }[], start: string): number {
  const i = sentences.findIndex((s) => s.text.startsWith(start));
  if (i < 0) throw new Error(`no sentence starts with ${start}`);
  return i;
}

describe("transcript turns", () => {
  const transcript = [
    "PORTVILLE — The minister spoke to reporters after the talks.",
    "",
    "**SECRETARY PIERCE:** Thank you for waiting. It was a long afternoon.",
    "",
    "I would call it very productive. There is more work to be done.",
    "",
    "**QUESTION:** Is the deadline gone?",
    "",
    "**SECRETARY PIERCE:** The president wants this done.",
  ].join("\n");
  const s = sentencesOf(transcript);

  it("GIVEN a speaker's label THEN his turn runs over his paragraphs, up to the next label", () => {
    const turn = turnOf(transcript, s, at(s, "I would call it"));
    expect(turn).toMatchObject({ opener: at(s, "**SECRETARY PIERCE:** Thank"), label: "SECRETARY PIERCE", asks: false });
    expect(turnOf(transcript, s, at(s, "There is more work"))!.opener).toBe(turn!.opener);
    // The story's own paragraph before the first label is no turn.
    expect(turnOf(transcript, s, 0)).toBeUndefined();
  });

  it("GIVEN a question's label THEN it asks, and the next turn answers it", () => {
    const question = turnOf(transcript, s, at(s, "**QUESTION:**"))!;
    expect(question.asks).toBe(true);
    expect(nextTurn(transcript, s, question)).toBe(at(s, "**SECRETARY PIERCE:** The president"));
  });

  it("GIVEN a dashed interview THEN a dashed question and its answer; dashed items of a list are no turns", () => {
    const dashed = ["— Who benefits from the leak?", "", "— There are plenty of people who want the talks to fail. I would not overrate it.", "", "The plan would:", "", "— cap the army;", "", "— freeze the line."].join("\n");
    const d = sentencesOf(dashed);
    expect(turnOf(dashed, d, 0)).toMatchObject({ asks: true });
    expect(turnOf(dashed, d, at(d, "I would not"))).toMatchObject({ opener: at(d, "— There are"), asks: false });
    expect(turnOf(dashed, d, at(d, "— cap"))).toBeUndefined();
  });

  it("GIVEN a dashed exchange THEN a prompt stated without a question mark still asks, and the paragraph after it answers", () => {
    const dashed = [
      "— Who benefits from the leak?",
      "",
      "— There are plenty of people who want the talks to fail.",
      "",
      "— Western media report that the army secretary met your people in Alpstadt.",
      "",
      "— I have nothing to tell you about Alpstadt.",
    ].join("\n");
    const d = sentencesOf(dashed);
    expect(turnOf(dashed, d, at(d, "— Western"))).toMatchObject({ asks: true });
    expect(turnOf(dashed, d, at(d, "— I have nothing"))).toMatchObject({ asks: false });
  });

  it("GIVEN an interview with the questions in bold THEN the plain paragraphs under one answer it", () => {
    const bold = ["**And the territory?**", "", "Territory is still the hardest. We will not give land away.", "", "**Then on Monday the Kremlin made a claim. Its minister repeated it.**", "", "It was a fabrication. I would use the same word."].join("\n");
    const b = sentencesOf(bold);
    expect(turnOf(bold, b, 0)).toMatchObject({ asks: true });
    expect(turnOf(bold, b, at(b, "We will not"))).toMatchObject({ opener: at(b, "Territory"), asks: false });
    // A prompt of several sentences asks too, when the answer is in the first person.
    expect(turnOf(bold, b, at(b, "Its minister"))).toMatchObject({ asks: true });
    expect(turnOf(bold, b, at(b, "It was a fabrication"))).toMatchObject({ asks: false });
  });

  it("GIVEN a page's own labels THEN no speaker ('RELATED:', 'Rating:', a day, a delegation)", () => {
    expect(turnLabel("**RELATED:** The plan, annotated")).toBeUndefined();
    expect(turnLabel("**ALSO READ:** What is in the plan")).toBeUndefined();
    expect(turnLabel("Rating: unproven")).toBeUndefined();
    expect(turnLabel("Thursday: down to one issue")).toBeUndefined();
    expect(turnLabel("**US:** Pierce and Quill.")).toBeUndefined();
    expect(turnLabel("MR ORDIN: We have nothing to add.")).toBe("MR ORDIN");
    expect(turnLabel("Q: Is the deadline gone?")).toBe("Q");
  });

  it("GIVEN stars closing a bold question THEN they end its sentence, not open the next", () => {
    const body = "**And the territory?**\n\nTerritory is hard. **Really?** Yes.";
    expect(sentencesOf(body).map((x) => x.text)).toEqual(["**And the territory?**", "Territory is hard.", "**Really?**", "Yes."]);
  });
});
