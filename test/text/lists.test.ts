/** Lists in stories (src/text/lists.ts): an opening line ending on a colon and its items, dashed or Markdown. */
import { describe, expect, it } from "vitest";
import { isListItem, listItems, listOpener, opensList } from "../../src/text/lists.js";

/** Sentences of a body split at line ends and at ". " (enough for these cases). */
function split(body: string) {
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of body.matchAll(/[^\n]+?(?:\.(?= )|$)/gm)) {
    const text = m[0].trim();
    if (text === "") continue;
    const start = m.index! + m[0].indexOf(text);
    out.push({ start, end: start + text.length, text });
  }
  return out;
}

describe("lists", () => {
  it("GIVEN an opening line, in Markdown's bold or not THEN it opens a list; a sentence ending on a full stop THEN not", () => {
    expect(opensList("According to the text, the plan would:")).toBe(true);
    expect(opensList("**Key statements by Yuri Ordin:**")).toBe(true);
    expect(opensList("The plan would limit the army.")).toBe(false);
  });

  it("GIVEN dashed items, one running on over two sentences, then a paragraph of reporting THEN the items only", () => {
    const body = ['Key statements by Ordin:', '', '— "The talk was useful. We discussed the essence."', '', '— "No compromise yet."', '', 'The envoys left at 3am.'].join("\n");
    const s = split(body);
    const opener = s.findIndex((x) => opensList(x.text));
    const items = listItems(body, s, opener).map((i) => s[i]!.text);
    expect(items).toEqual(['— "The talk was useful.', 'We discussed the essence."', '— "No compromise yet."']);
    expect(listOpener(body, s, s.findIndex((x) => x.text.startsWith('— "No')))).toBe(opener);
    expect(listOpener(body, s, s.length - 1)).toBeUndefined();
  });

  it("GIVEN Markdown items whose marker the splitter leaves out of the sentence THEN items all the same", () => {
    const body = "The first proposal would:\n\n- limit the army to 450,000 personnel;\n- hand the port to a board.\n\nThe military has not commented.";
    const item = body.indexOf("limit");
    expect(isListItem(body, item, "limit the army to 450,000 personnel;")).toBe(true);
    expect(isListItem(body, body.indexOf("The military"), "The military has not commented.")).toBe(false);
  });
});
