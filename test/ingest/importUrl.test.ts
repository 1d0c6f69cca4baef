/**
 * Importing from a link against a fake news site on 127.0.0.1: the team's fixture pages, a redirect chain, a slow
 * page, a huge page, a non-HTML file, pages in windows-1251 and latin-1, and the same wire story from three outlets.
 * Each case ends imported with the right metadata and a clean body, or refused with one line naming the URL.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { importUrl } from "../../src/ingest/importUrl.js";
import { startNewsSite, type NewsSite } from "../helpers/newsSite.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), "utf8");
const HTML = { "content-type": "text/html; charset=utf-8" };

/** windows-1251 bytes for ASCII and Russian/Ukrainian letters (enough for the test page). */
function cp1251(text: string): Buffer {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, Є: 0xaa, є: 0xba, І: 0xb2, і: 0xb3, Ї: 0xaf, ї: 0xbf, "—": 0x97, "«": 0xab, "»": 0xbb };
  return Buffer.from(
    [...text].map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) return c;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      if (special[ch] !== undefined) return special[ch]!;
      throw new Error(`no cp1251 byte for ${ch}`);
    }),
  );
}

const RU_TITLE = "Переговоры в Абу-Даби продолжатся на следующей неделе";
const RU_PAGE = `<!doctype html><html><head><title>${RU_TITLE}</title><meta property="og:site_name" content="Тестовые новости">
<meta property="article:published_time" content="2025-12-06T12:00:00+03:00"></head><body><article><h1>${RU_TITLE}</h1>
<p>Переговоры об обмене пленными продолжатся в Абу-Даби на следующей неделе, сообщили официальные лица обеих стран в субботу.</p>
<p>Это тестовый текст, написанный командой, а не настоящая новость; в нём есть буквы «ё» и «Ё» для проверки кодировки.</p>
</article></body></html>`;

const LATIN_TITLE = "Négociations à Genève : les émissaires se retrouvent";
const LATIN_PAGE = `<!doctype html><html><head><meta charset="iso-8859-1"><title>${LATIN_TITLE}</title>
<meta property="og:site_name" content="Le Journal d'Essai"><meta property="article:published_time" content="2025-12-06"></head>
<body><article><h1>${LATIN_TITLE}</h1>
<p>Les émissaires américains et ukrainiens se sont retrouvés samedi à Genève pour une troisième journée de négociations.</p>
<p>Ceci est un texte d'essai écrit par l'équipe, pas un véritable article ; il contient « é », « à » et « ç » pour vérifier l'encodage.</p>
</article></body></html>`;

function wireCopy(outlet: string, slug: string): string {
  return `<!doctype html><html><head><title>Prisoner talks to resume next week | ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><meta property="og:title" content="Prisoner talks to resume next week">
<link rel="canonical" href="https://${slug}.test/world/prisoner-talks">
<meta property="article:published_time" content="2025-12-06T10:00:00Z"></head><body><article>
<h1>Prisoner talks to resume next week</h1><p>By Test Wire staff</p>
<p>ABU DHABI (Test Wire) — A test text written by the team: Ukrainian and Russian officials will resume talks on a prisoner exchange next week in Abu Dhabi, officials from both countries said on Saturday.</p>
<p>The talks, mediated by the United Arab Emirates, have led to several exchanges this year, according to the Ukrainian coordination headquarters for prisoners of war.</p>
<p>Negotiators expect to agree on lists of names before the next round, one official said, speaking on condition of anonymity because the talks were private.</p>
<p>${slug === "outlet-c" ? "Officials declined to give the number of prisoners involved." : "Officials declined to give the number of prisoners involved in the exchange."}</p>
</article></body></html>`;
}

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite({
    "/amp": { headers: HTML, body: fixture("amp.html") },
    "/wordpress": { headers: HTML, body: fixture("wordpress.html") },
    "/r1": { status: 301, headers: { location: "/r2" } },
    "/r2": { status: 302, headers: { location: "/r3" } },
    "/r3": { status: 307, headers: { location: "/amp" } },
    ...Object.fromEntries([...Array(6).keys()].map((i) => [`/loop${i}`, { status: 302, headers: { location: `/loop${i + 1}` } }])),
    "/slow": { headers: HTML, body: fixture("amp.html"), delayMs: 5_000 },
    "/huge": { headers: HTML, body: "<html><body><p>", streamBytes: 3 * 1024 * 1024 },
    "/huge-declared": { headers: { ...HTML, "content-length": String(50 * 1024 * 1024) }, body: "" },
    "/report.pdf": { headers: { "content-type": "application/pdf" }, body: "%PDF-1.7 test" },
    "/elf": { headers: { "content-type": "text/plain" }, body: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]) },
    "/ru": { headers: { "content-type": "text/html; charset=windows-1251" }, body: cp1251(RU_PAGE) },
    "/fr": { headers: { "content-type": "text/html" }, body: Buffer.from(LATIN_PAGE, "latin1") },
    "/relative": { headers: HTML, body: fixture("amp.html").replace("https://www.example-news.test/world/kremlin-no-date-envoy-visit-1234", "/world/kremlin-1234").replace(/"mainEntityOfPage":"[^"]+",/, "") },
    "/gone": { status: 404, headers: { "content-type": "text/html" }, body: "no" },
    "/a": { headers: HTML, body: wireCopy("Outlet A", "outlet-a") },
    "/b": { headers: HTML, body: wireCopy("Outlet B", "outlet-b") },
    "/c": { headers: HTML, body: wireCopy("Outlet C", "outlet-c") },
  });
});
afterAll(() => site.close());

const temps: string[] = [];
async function corpus(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "import-url-"));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe("importUrl: pages that import", () => {
  it("GIVEN an outlet's page with JSON-LD and OG metadata THEN it imports with no flags: headline, outlet, canonical URL, date-time, author, clean body", async () => {
    const dir = await corpus();
    const r = await importUrl(site.url("/amp"), { corpusDir: dir });
    if (!r.ok) throw new Error(r.message);
    expect(r.article).toMatchObject({
      title: "Kremlin says no date set for envoy visit",
      source: "Example News",
      published: "2025-12-05T14:02:00+03:00",
      url: "https://www.example-news.test/world/kremlin-no-date-envoy-visit-1234",
      author: "Ivan Testov",
      dateline: "MOSCOW, Dec 5 (Example News)",
    });
    expect(r.article.body.split("\n\n")).toHaveLength(3);
    expect(r.article.body).not.toMatch(/REUTERS|Getty|Sign up|Share|Reporting by|Listen|MSK/);
  });

  it("GIVEN a relative canonical link THEN it is resolved against the page's address", async () => {
    const r = await importUrl(site.url("/relative"), { corpusDir: await corpus() });
    expect(r.ok && r.article.url).toBe(site.url("/world/kremlin-1234"));
  });

  it("GIVEN three redirects THEN the page at the end is imported", async () => {
    const r = await importUrl(site.url("/r1"), { corpusDir: await corpus() });
    expect(r.ok && r.article.title).toBe("Kremlin says no date set for envoy visit");
  });

  it("GIVEN a windows-1251 page (charset in the header) THEN its Cyrillic decodes right", async () => {
    const r = await importUrl(site.url("/ru"), { corpusDir: await corpus() });
    if (!r.ok) throw new Error(r.message);
    expect(r.article.title).toBe(RU_TITLE);
    expect(r.article.source).toBe("Тестовые новости");
    expect(r.article.body).toContain("«ё» и «Ё»");
    expect(r.article.url).toBe(site.url("/ru")); // no canonical link: the address it came from
  });

  it("GIVEN a latin-1 page (charset in <meta>) with a date-only published THEN accents decode right and it is time-unknown", async () => {
    const r = await importUrl(site.url("/fr"), { corpusDir: await corpus() });
    if (!r.ok) throw new Error(r.message);
    expect(r.article.title).toBe(LATIN_TITLE);
    expect(r.article.body).toContain("« é », « à » et « ç »");
    expect(r.article).toMatchObject({ published: "2025-12-06", timeUnknown: true });
  });
});

describe("importUrl: one line naming the URL and the reason", () => {
  it.each([
    ["/loop0", /^add-article: http:\/\/127\.0\.0\.1:\d+\/loop0: more than 5 redirects$/],
    ["/report.pdf", /^add-article: http:\/\/127\.0\.0\.1:\d+\/report\.pdf: not an article page \(content type application\/pdf\)/],
    ["/elf", /\/elf: the page is not text or HTML \(binary data\)$/],
    ["/huge", /\/huge: the page is larger than 1 MB$/],
    ["/huge-declared", /\/huge-declared: the page is larger than 1 MB$/],
    ["/gone", /\/gone: the server answered HTTP 404/],
  ])("GIVEN %s THEN it is refused", async (p, message) => {
    const dir = await corpus();
    const r = await importUrl(site.url(p), { corpusDir: dir, fetch: { maxBytes: 1024 * 1024 } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
    expect(!r.ok && r.message).not.toContain("\n");
    expect(await readdir(dir)).toEqual([]);
  });

  it("GIVEN a slow page THEN the timeout refuses it", async () => {
    const r = await importUrl(site.url("/slow"), { corpusDir: await corpus(), fetch: { timeoutMs: 300 } });
    expect(!r.ok && r.message).toMatch(/\/slow: no complete answer within 300 ms$/);
  });

  it("GIVEN a closed port or another scheme THEN it is refused", async () => {
    const gone = await startNewsSite();
    const url = gone.url("/x");
    await gone.close();
    const closed = await importUrl(url, { corpusDir: await corpus(), fetch: { timeoutMs: 2000 } });
    expect(!closed.ok && closed.message).toBe(`add-article: ${url}: cannot be fetched (ECONNREFUSED)`);
    const ftp = await importUrl("ftp://example.test/a", { corpusDir: await corpus() });
    expect(!ftp.ok && ftp.message).toBe("add-article: ftp://example.test/a: only http:// and https:// links can be imported");
  });
});

describe("importUrl: duplicates and syndicated copies", () => {
  it("GIVEN a page whose canonical URL is in the corpus THEN it is refused naming the file, and --replace replaces that file", async () => {
    const dir = await corpus();
    const first = await importUrl(site.url("/amp"), { corpusDir: dir });
    if (!first.ok) throw new Error(first.message);
    const again = await importUrl(site.url("/r1"), { corpusDir: dir });
    expect(again).toMatchObject({ ok: false, reason: "duplicate" });
    expect(!again.ok && again.message).toContain(`is already in the corpus as ${path.basename(first.file)} — pass --replace`);
    const replaced = await importUrl(site.url("/amp"), { corpusDir: dir, replace: true, given: { note: "checked by hand" } });
    expect(replaced).toMatchObject({ ok: true, outcome: "replaced", file: first.file });
    expect(await readdir(dir)).toEqual([path.basename(first.file)]);
    expect(await readFile(first.file, "utf8")).toContain("note: checked by hand");
  });

  it("GIVEN the same wire story from three outlets THEN one article is stored and it names all three", async () => {
    const dir = await corpus();
    const outcomes = [];
    for (const p of ["/a", "/b", "/c"]) {
      const r = await importUrl(site.url(p), { corpusDir: dir });
      if (!r.ok) throw new Error(r.message);
      outcomes.push(r.outcome);
    }
    expect(outcomes).toEqual(["added", "syndicated", "syndicated"]);
    const { articles, problems } = await loadCorpus(dir);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ source: "Outlet A", alsoPublishedBy: ["Outlet B", "Outlet C"] });
    const again = await importUrl(site.url("/b"), { corpusDir: dir });
    expect(again).toMatchObject({ ok: false, reason: "duplicate" });
  });
});
