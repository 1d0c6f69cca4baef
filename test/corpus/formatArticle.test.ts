import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { parseArticle, type ArticleFields } from "../../src/corpus/article.js";
import { articleFileName, formatArticle, slugify } from "../../src/corpus/formatArticle.js";

const META: ArticleFields = {
  title: `U.S. and Ukraine "made additional progress" on Trump's peace plan: Rubio says # yes`,
  source: "yes",
  published: "2025-11-30T20:00:00-05:00",
  url: "https://example.test/a?b=1&c=2#frag",
  author: "- Jane O'Doe: reporter",
};
const BODY = "First paragraph with “curly quotes” and a colon: here.\n\n- an item\n- another item\n\nLast one.";

describe("formatArticle", () => {
  it("GIVEN tricky metadata THEN parseArticle gives back the same fields and body", () => {
    const r = parseArticle("/c/2025-11-30_x.md", formatArticle(META, BODY));
    if (!r.ok) throw new Error(r.problem.message);
    const { title, source, published, url, author, body } = r.article;
    expect({ title, source, published, url, author }).toEqual(META);
    expect(body).toBe(BODY);
  });

  it("GIVEN no optional fields and an extra note THEN they are left out, the note follows, known keys win", () => {
    const text = formatArticle(
      { title: "T", source: "S", published: "2025-11-30T20:00:00Z" },
      "\n\nBody.\n\n",
      { note: "imported: by hand", title: "ignored" },
    );
    expect(text).toBe('---\ntitle: T\nsource: S\npublished: "2025-11-30T20:00:00Z"\nnote: "imported: by hand"\n---\n\nBody.\n');
  });

  it("GIVEN a date-time value THEN it is quoted so even a YAML 1.1 reader keeps it a string", () => {
    const yaml = formatArticle(META, BODY).split("---\n")[1]!;
    expect(parseYaml(yaml, { version: "1.1" }).published).toBe(META.published);
  });

  it("GIVEN a long title THEN the line is not folded", () => {
    const title = "word ".repeat(60).trim();
    expect(formatArticle({ ...META, title }, BODY)).toContain(`\ntitle: ${title}\n`);
  });
});

describe("articleFileName", () => {
  it("GIVEN metadata THEN the name is the published date and a slug of the title", () => {
    expect(articleFileName(META)).toBe("2025-11-30_us-and-ukraine-made-additional-progress-on-trumps-peace-plan.md");
  });

  it("GIVEN the name is taken (in any case) THEN -2, -3… is appended", () => {
    const first = articleFileName(META);
    expect(articleFileName(META, [first.toUpperCase()])).toBe(first.replace(/\.md$/, "-2.md"));
    expect(articleFileName(META, [first, first.replace(/\.md$/, "-2.md")])).toBe(first.replace(/\.md$/, "-3.md"));
  });

  it.each([
    ["Zelensky’s aide — Yermak — resigns!", "zelenskys-aide-yermak-resigns"],
    ["Україна: переговори", "article"],
    ["Ça côte à Genève", "ca-cote-a-geneve"],
    ["a".repeat(80), "a".repeat(60)],
    ["../../etc/passwd", "etc-passwd"],
  ])("GIVEN the title %j THEN the slug is %j (ASCII, file-system safe)", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});
