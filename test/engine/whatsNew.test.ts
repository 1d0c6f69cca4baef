import { describe, expect, it } from "vitest";
import { whatsNew, whatsNewWindow } from "../../src/engine/whatsNew.js";
import type { Article, CorpusSnapshot } from "../../src/types.js";

const NOW = new Date("2025-12-05T12:00:00Z");

function article(id: string, published: string, indexedAt?: string, body = ""): Article {
  return { id, title: `Headline ${id}`, source: "Test Wire", published, body, hash: id, file: `${id}.md`, ...(indexedAt ? { indexedAt } : {}) };
}

describe("whatsNewWindow", () => {
  const articles = [article("b", "2025-12-04T10:00:00Z", "2025-12-05T08:00:00.000Z"), article("a", "2025-12-01T10:00:00Z", "2025-12-01T11:00:00.000Z")];

  it("GIVEN no since THEN the window starts at the last re-index that added articles", () => {
    expect(whatsNewWindow(undefined, articles, NOW)).toEqual({ ok: true, window: { since: "2025-12-05T08:00:00.000Z", label: "since the last update, 5 Dec 2025 08:00 UTC" } });
  });

  it("GIVEN an index that recorded no re-index THEN the last 7 days", () => {
    expect(whatsNewWindow("", [article("a", "2025-12-01")], NOW)).toMatchObject({ ok: true, window: { since: "2025-11-28T12:00:00.000Z", label: "in the last 7 days" } });
  });

  it("GIVEN 1d, 7d or a day THEN the window they say", () => {
    expect(whatsNewWindow("1d", articles, NOW)).toMatchObject({ window: { since: "2025-12-04T12:00:00.000Z", label: "in the last day" } });
    expect(whatsNewWindow("7d", articles, NOW)).toMatchObject({ window: { since: "2025-11-28T12:00:00.000Z", label: "in the last 7 days" } });
    expect(whatsNewWindow("2025-12-01", articles, NOW)).toMatchObject({ window: { since: "2025-12-01T00:00:00.000Z", label: "since 1 Dec 2025" } });
  });

  it.each(["yesterday", "0d", "2025-13-01", "-1d", "7 days ago"])("GIVEN since %s THEN one line naming what is expected", (bad) => {
    const r = whatsNewWindow(bad, articles, NOW);
    expect(r).toMatchObject({ ok: false, refusal: { id: "whatsnew.since" } });
    if (!r.ok) expect(r.refusal.message).toMatch(/^whatsnew: "since" must be a number of days such as 1d or 7d, or a day written YYYY-MM-DD/);
  });

  it("GIVEN a day in the future THEN refused", () => {
    expect(whatsNewWindow("2025-12-06", articles, NOW)).toMatchObject({ ok: false, refusal: { message: "whatsnew: 2025-12-06 is in the future — give a day up to today, or 1d / 7d" } });
  });
});

describe("whatsNew", () => {
  it("GIVEN a window THEN the articles added in it and the events dated in it, newest first", async () => {
    const articles = [
      article("c", "2025-12-04T10:00:00+02:00", "2025-12-05T08:00:00.000Z", "Negotiators met in Geneva on Wednesday. They will meet again on Friday."),
      article("b", "2025-12-03T10:00:00+02:00", "2025-12-05T08:00:00.000Z", "Officials said on Monday that talks would resume."),
      article("a", "2025-11-20T10:00:00+02:00", "2025-11-21T08:00:00.000Z", "The plan was presented on Thursday."),
    ];
    const sentences = (a: Article) => a.body.split(/(?<=\.) /).map((text, index) => {
      const start = a.body.indexOf(text);
      return { label: index, articleId: a.id, index, start, end: start + text.length, text };
    });
    const snapshot: CorpusSnapshot = { articles, sentencesOf: (id) => sentences(articles.find((a) => a.id === id)!) };
    const engine = { snapshot: () => snapshot, search: async () => [] };
    const news = await whatsNew(engine, { since: "2025-12-01T00:00:00.000Z", label: "since 1 Dec 2025" }, NOW);
    expect(news.articles.map((a) => a.id)).toEqual(["c", "b"]);
    expect(news.events.map((e) => e.date)).toEqual(["2025-12-05", "2025-12-03", "2025-12-01"]);
  });
});
