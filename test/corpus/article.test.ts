import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isIsoDateTimeWithOffset, normalizeBody, parseArticle, type ParseResult } from "../../src/corpus/article.js";

const SEED_FILE = new URL("../../corpus/000_6ebb02524a7f715b.md", import.meta.url);

function file(frontMatter: string, body = "\nSome text of the story.\n"): string {
  return `---\n${frontMatter}\n---\n${body}`;
}

const GOOD = "title: A title\nsource: Test Wire\npublished: 2025-11-30T20:00:00-05:00";

function problemOf(r: ParseResult) {
  if (r.ok) throw new Error("expected a problem");
  return r.problem;
}

describe("parseArticle: schema", () => {
  it("GIVEN valid front matter THEN it reads every field, keeps published as written and ignores other keys", () => {
    const r = parseArticle(
      "/x/001_a.md",
      file(`${GOOD}\nurl: https://example.test/a\nauthor: Jane Doe\nnote: "anything: here"\ntags: [a, b]`),
    );
    expect(r).toMatchObject({
      ok: true,
      article: {
        id: "001_a",
        title: "A title",
        source: "Test Wire",
        published: "2025-11-30T20:00:00-05:00",
        url: "https://example.test/a",
        author: "Jane Doe",
        file: "/x/001_a.md",
      },
    });
    expect(r.ok && r.article.note).toBe("anything: here");
    expect(r.ok && Object.keys(r.article).sort()).toEqual(["author", "body", "file", "hash", "id", "note", "published", "source", "title", "url"]);
  });

  it.each([
    ["2025-12-03", "2025-12-03"],
    ["2025-12-03+02:00", "2025-12-03"],
    ["2025-12-03Z", "2025-12-03"],
  ])("GIVEN published %s (a date without a time) THEN it is valid, kept as the date %s and marked time-unknown", (value, day) => {
    const r = parseArticle("d.md", file(`title: T\nsource: S\npublished: ${value}`));
    expect(r.ok && [r.article.published, r.article.timeUnknown]).toEqual([day, true]);
  });

  it("GIVEN a date-time THEN the article is not marked time-unknown", () => {
    const r = parseArticle("d.md", file(GOOD));
    expect(r.ok && r.article.timeUnknown).toBeUndefined();
  });

  it("GIVEN note, dateline and also_published_by (a list or one name) THEN they are read", () => {
    const list = parseArticle("d.md", file(`${GOOD}\ndateline: KYIV (AP)\nalso_published_by:\n  - Example Times\n  - Daily Test`));
    expect(list.ok && [list.article.dateline, list.article.alsoPublishedBy]).toEqual(["KYIV (AP)", ["Example Times", "Daily Test"]]);
    const one = parseArticle("d.md", file(`${GOOD}\nalso_published_by: Example Times`));
    expect(one.ok && one.article.alsoPublishedBy).toEqual(["Example Times"]);
    const bad = parseArticle("d.md", file(`${GOOD}\nalso_published_by: {a: b}`));
    expect(bad.ok ? undefined : bad.problem.field).toBe("also_published_by");
  });

  it("GIVEN scalars YAML would convert (a number title, a quoted date) THEN they stay the author's strings", () => {
    const r = parseArticle("n.md", file(`title: 1984\nsource: 'yes'\npublished: "2025-11-30T20:00:00Z"`));
    expect(r.ok && [r.article.title, r.article.source, r.article.published]).toEqual(["1984", "yes", "2025-11-30T20:00:00Z"]);
  });

  it.each([
    ["title", "source: S\npublished: 2025-11-30T20:00:00Z", "corpus: 001_x.md: title is missing"],
    ["title", "title: '  '\nsource: S\npublished: 2025-11-30T20:00:00Z", "corpus: 001_x.md: title is missing"],
    ["title", "title: [a, b]\nsource: S\npublished: 2025-11-30T20:00:00Z", "corpus: 001_x.md: title must be text"],
    ["source", "title: T\npublished: 2025-11-30T20:00:00Z", "corpus: 001_x.md: source is missing"],
    ["published", "title: T\nsource: S", "corpus: 001_x.md: published is missing (an ISO 8601 date-time with offset, e.g. 2025-11-30T20:00:00-05:00, or a date alone such as 2025-11-30)"],
    ["published", "title: T\nsource: S\npublished: 2025-11-31", "corpus: 001_x.md: published must be"],
    ["published", "title: T\nsource: S\npublished: 2025-11-30+15:00", "corpus: 001_x.md: published must be"],
    [
      "published",
      "title: T\nsource: S\npublished: 2025-11-30T20:00:00",
      "corpus: 001_x.md: published must be an ISO 8601 date-time with offset, e.g. 2025-11-30T20:00:00-05:00, or a date alone such as 2025-11-30 (the offset or Z is missing)",
    ],
    ["published", "title: T\nsource: S\npublished: last Sunday", "corpus: 001_x.md: published must be an ISO 8601 date-time with offset"],
    ["published", "title: T\nsource: S\npublished: 2025-02-30T10:00:00Z", "corpus: 001_x.md: published must be"],
    ["url", `${GOOD}\nurl: ftp://example.test/a`, "corpus: 001_x.md: url must be an http:// or https:// address"],
    ["url", `${GOOD}\nurl: not a link`, "corpus: 001_x.md: url must be"],
    ["author", `${GOOD}\nauthor: {name: x}`, "corpus: 001_x.md: author must be text"],
  ])("GIVEN a bad %s THEN the problem names the file and that field", (field, fm, message) => {
    const p = problemOf(parseArticle("/corpus/001_x.md", file(fm)));
    expect(p.field).toBe(field);
    expect(p.file).toBe("/corpus/001_x.md");
    expect(p.message.startsWith(message)).toBe(true);
  });

  it("GIVEN an empty optional field THEN it is treated as absent", () => {
    const r = parseArticle("a.md", file(`${GOOD}\nurl:\nauthor: ""`));
    expect(r.ok && [r.article.url, r.article.author]).toEqual([undefined, undefined]);
  });

  it.each([
    ["2025-11-30T20:00:00-05:00", true],
    ["2025-11-30T20:00Z", true],
    ["2025-11-30T20:00:00.123+05:30", true],
    ["2025-11-30T24:00:00Z", false],
    ["2025-11-30 20:00:00Z", false],
    ["2025-11-30T20:00:00+0500", false],
    ["2024-02-29T00:00:00Z", true],
    ["2025-02-29T00:00:00Z", false],
  ])("GIVEN published %s THEN valid is %s", (value, valid) => {
    expect(isIsoDateTimeWithOffset(value)).toBe(valid);
  });
});

describe("parseArticle: file structure", () => {
  it.each([
    ["no front matter", "Just text.\n", "no front matter"],
    ["an unclosed front matter", "---\ntitle: T\n\nBody.\n", "front matter is not closed"],
    ["front matter that is not YAML", "---\ntitle: [x\n---\nBody.\n", "front matter is not valid YAML"],
    ["duplicate keys", "---\ntitle: a\ntitle: b\n---\nBody.\n", "front matter is not valid YAML: Map keys must be unique (line 3 of the file)"],
    ["a list as front matter", "---\n- a\n- b\n---\nBody.\n", "front matter must be `key: value` lines"],
  ])("GIVEN %s THEN a whole-file problem says so", (_what, text, message) => {
    const p = problemOf(parseArticle("/c/bad.md", text));
    expect(p.field).toBeUndefined();
    expect(p.message).toContain(`corpus: bad.md: ${message}`);
  });

  it("GIVEN front matter with no body THEN the problem names the body", () => {
    const p = problemOf(parseArticle("e.md", file(GOOD, "\n\n   \n")));
    expect(p).toMatchObject({ field: "body", message: expect.stringContaining("corpus: e.md: body is empty") });
  });

  it("GIVEN bytes that are not UTF-8 THEN it is a problem, not a crash", () => {
    const bytes = Buffer.concat([Buffer.from(file(GOOD)), Buffer.from([0xff, 0xfe, 0x00])]);
    expect(problemOf(parseArticle("b.md", bytes)).message).toBe("corpus: b.md: is not valid UTF-8 text");
  });
});

describe("parseArticle: body and offsets", () => {
  it("GIVEN blank lines before and whitespace after the text THEN only those are trimmed", () => {
    const r = parseArticle("a.md", file(GOOD, "\n\n  \n  Indented first.\n\n\nSecond  para.  \n\n"));
    expect(r.ok && r.article.body).toBe("  Indented first.\n\n\nSecond  para.");
  });

  it("GIVEN CRLF line ends, a BOM and a `...` closing line THEN the body keeps its CRLFs and nothing else is lost", () => {
    const text = `\uFEFF---\r\n${GOOD.replace(/\n/g, "\r\n")}\r\n...\r\n\r\nOne.\r\nTwo.\r\n`;
    const r = parseArticle("a.md", text);
    expect(r.ok && r.article.body).toBe("One.\r\nTwo.");
  });

  it("GIVEN a `---` line inside the body THEN only the first closing line ends the front matter", () => {
    const r = parseArticle("a.md", file(GOOD, "\nAbove.\n\n---\n\nBelow.\n"));
    expect(r.ok && r.article.body).toBe("Above.\n\n---\n\nBelow.");
  });

  it("GIVEN the seed article THEN its body starts and ends at the story's text and maps 1:1 into the file", () => {
    const bytes = readFileSync(SEED_FILE);
    const r = parseArticle(SEED_FILE.pathname, bytes);
    if (!r.ok) throw new Error(r.problem.message);
    const a = r.article;
    expect(a.id).toBe("000_6ebb02524a7f715b");
    expect(a.published).toBe("2025-11-30T20:00:00-05:00");
    expect(a.body.startsWith("The negotiations on Sunday in Miami")).toBe(true);
    expect(a.body.endsWith('He said Kyiv seemed prepared to fight "to the last Ukrainian," and so is Russia.')).toBe(true);
    expect(a.hash).toBe(createHash("sha256").update(bytes).digest("hex"));
    // The body is a verbatim slice of the file: an offset into the body is an offset into the file plus a constant.
    const text = bytes.toString("utf8");
    const start = text.indexOf(a.body);
    expect(start).toBeGreaterThan(0);
    const sentence = "Yermak, long seen as the second-most powerful person in Ukraine";
    expect(a.body.indexOf(sentence) + start).toBe(text.indexOf(sentence));
  });

  it("GIVEN the same text twice (as string and bytes) THEN the article is identical (no caching surprises)", () => {
    const text = file(GOOD);
    const a = parseArticle("a.md", text);
    const b = parseArticle("a.md", Buffer.from(text));
    expect(a).toEqual(b);
    if (a.ok) a.article.title = "mutated";
    expect(parseArticle("a.md", text)).toEqual(b);
  });

  it("GIVEN normalizeBody applied twice THEN it changes nothing more", () => {
    const raw = "\n \nText.\n\n- item\n\n";
    expect(normalizeBody(normalizeBody(raw))).toBe(normalizeBody(raw));
  });
});
