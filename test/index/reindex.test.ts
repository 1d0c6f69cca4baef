import { promises as fs, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { GloveSifEmbeddings } from "../../src/embeddings/GloveSifEmbeddings.js";
import { IndexLoadError, UserError } from "../../src/errors.js";
import { IndexStore } from "../../src/index/IndexStore.js";
import { indexPaths } from "../../src/index/paths.js";
import { reindex } from "../../src/index/reindex.js";
import { PRISONER_BODY, SANCTIONS_BODY, SEED_ID, tempDirs, writeArticle, type TempDirs } from "../helpers/tempCorpus.js";

let embeddings: GloveSifEmbeddings;
let dirs: TempDirs;
beforeAll(async () => {
  embeddings = await GloveSifEmbeddings.load({ cacheDir: inject("gloveCacheDir") });
});
afterEach(() => dirs?.cleanup());

const run = (extra: Partial<Parameters<typeof reindex>[0]> = {}) =>
  reindex({ corpusDir: dirs.corpus, indexDir: dirs.index, embeddings, embedder: embeddings.id, ...extra });

describe("reindex refuses to empty the index", () => {
  it.each([
    ["an empty corpus folder (every article gone)", false],
    ["the same with --full", true],
  ])("GIVEN %s THEN it refuses with one line naming the counts and --allow-shrink, and the index is untouched", async (_name, full) => {
    dirs = tempDirs();
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    const first = await run();
    const empty = path.join(dirs.corpus, "..", "empty-corpus");
    await fs.mkdir(empty, { recursive: true });
    const err = await run({ corpusDir: empty, full }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).id).toBe("index.shrink");
    expect((err as Error).message).toBe(
      `reindex: this would remove 2 of the 2 indexed articles (0 found in ${empty}) — check CORPUS_DIR or --corpus, or pass --allow-shrink if they are really gone`,
    );
    expect((await IndexStore.load(dirs.index, embeddings.id)).dir).toBe(indexPaths(dirs.index).build(first.build));
    await expect(run({ corpusDir: empty, full, allowShrink: true })).resolves.toMatchObject({ articles: 0, removed: expect.arrayContaining(["001_prisoners"]) });
  });

  it("GIVEN more than half of the articles gone THEN refused; half or fewer THEN re-indexed", async () => {
    dirs = tempDirs();
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    writeArticle(dirs.corpus, "002_sanctions", SANCTIONS_BODY);
    writeArticle(dirs.corpus, "003_new", "Talks resumed in Riyadh on Friday with a focus on energy infrastructure.");
    await run();
    await fs.rm(path.join(dirs.corpus, "002_sanctions.md"));
    await fs.rm(path.join(dirs.corpus, "003_new.md"));
    await expect(run()).resolves.toMatchObject({ removed: ["002_sanctions", "003_new"] });
    await fs.rm(path.join(dirs.corpus, "001_prisoners.md"));
    await expect(run()).resolves.toMatchObject({ removed: ["001_prisoners"] }); // 1 of 2: half
    dirs.cleanup();
    dirs = tempDirs();
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    writeArticle(dirs.corpus, "002_sanctions", SANCTIONS_BODY);
    await run();
    await fs.rm(path.join(dirs.corpus, "001_prisoners.md"));
    await fs.rm(path.join(dirs.corpus, "002_sanctions.md"));
    await expect(run()).rejects.toMatchObject({ id: "index.shrink" }); // 2 of 3
  });
});

describe("reindex", () => {
  it("GIVEN a corpus THEN a full build indexes every sentence with exact offsets and hybrid search finds them", async () => {
    dirs = tempDirs();
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    const s = await run();
    expect(s.full).toBe(true);
    expect(s.added.sort()).toEqual(["001_prisoners", SEED_ID].sort());
    const store = await IndexStore.load(dirs.index, embeddings.id);
    const snap = store.snapshot();
    for (const a of snap.articles) {
      for (const sent of snap.sentencesOf(a.id)) expect(a.body.slice(sent.start, sent.end)).toBe(sent.text);
    }
    expect(store.info()).toMatchObject({ articles: 2, sentences: s.sentences });
    const lexical = store.lexicalSearch("prisoners swap", 3).map((h) => store.sentence(h.label)!.articleId);
    expect(lexical[0]).toBe("001_prisoners");
    const dense = store.denseSearch(await embeddings.embedQuery("captives were traded"), 3);
    expect(store.sentence(dense[0]!.label)!.articleId).toBe("001_prisoners");
  });

  it("GIVEN one added, one changed, one removed article THEN only new text is embedded and the summary says so", async () => {
    dirs = tempDirs();
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    writeArticle(dirs.corpus, "002_sanctions", SANCTIONS_BODY);
    await run();
    const before = await IndexStore.load(dirs.index, embeddings.id);

    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY + "\n\nA further exchange is planned for January.");
    await fs.rm(path.join(dirs.corpus, "002_sanctions.md"));
    writeArticle(dirs.corpus, "003_new", "Talks resumed in Riyadh on Friday with a focus on energy infrastructure.");
    const s = await run();
    expect(s).toMatchObject({ full: false, added: ["003_new"], changed: ["001_prisoners"], removed: ["002_sanctions"], unchanged: 1 });
    expect(s.embedded).toBe(3 + 1);

    const after = await IndexStore.load(dirs.index, embeddings.id);
    expect(after.dir).not.toBe(before.dir);
    expect(after.snapshot().articles.map((a) => a.id).sort()).toEqual([SEED_ID, "001_prisoners", "003_new"]);
    // The removed article's sentences are gone from both halves.
    expect(after.lexicalSearch("Hungary sanctions extension", 10).map((h) => after.sentence(h.label)?.articleId)).not.toContain("002_sanctions");
    const dense = after.denseSearch(await embeddings.embedQuery(SANCTIONS_BODY), 50).map((h) => after.sentence(h.label)?.articleId);
    expect(dense).not.toContain("002_sanctions");
    expect(after.lexicalSearch("Riyadh energy", 1).map((h) => after.sentence(h.label)?.articleId)).toEqual(["003_new"]);
    // Unchanged seed keeps its labels: it was not re-embedded.
    expect(after.snapshot().sentencesOf(SEED_ID).map((x) => x.label)).toEqual(before.snapshot().sentencesOf(SEED_ID).map((x) => x.label));
  });

  it.each([
    ["incremental", false],
    ["--full", true],
  ])("GIVEN a file with broken front matter (%s) THEN the others are indexed, the problem names the file, and an indexed article keeps its entry", async (_mode, full) => {
    dirs = tempDirs();
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    await run();
    writeFileSync(path.join(dirs.corpus, "001_prisoners.md"), "---\ntitle: broken\npublished: yesterday\n---\nText.");
    writeFileSync(path.join(dirs.corpus, "004_bad.md"), "no front matter at all");
    writeArticle(dirs.corpus, "002_sanctions", SANCTIONS_BODY);
    const s = await run({ full });
    expect(s.full).toBe(full);
    expect(s.problems.map((p) => path.basename(p.file)).sort()).toEqual(["001_prisoners.md", "004_bad.md"]);
    expect(s.problems.find((p) => p.file.endsWith("001_prisoners.md"))!.message).toMatch(/001_prisoners\.md.*(published|source)/);
    expect(s.retained).toEqual(["001_prisoners"]);
    expect(s.removed).toEqual([]);
    if (!full) expect(s.added).toEqual(["002_sanctions"]);
    const store = await IndexStore.load(dirs.index, embeddings.id);
    expect(store.snapshot().articles.map((a) => a.id).sort()).toEqual([SEED_ID, "001_prisoners", "002_sanctions"]);
    // The kept entry is searchable, with its old text.
    expect(store.lexicalSearch("prisoners exchanged", 3).map((h) => store.sentence(h.label)!.articleId)).toContain("001_prisoners");
  });

  it("GIVEN an empty corpus THEN an empty index is built and loads", async () => {
    dirs = tempDirs({ seed: false });
    const s = await run();
    expect(s).toMatchObject({ articles: 0, sentences: 0 });
    const store = await IndexStore.load(dirs.index, embeddings.id);
    expect(store.info().sentences).toBe(0);
    expect(store.denseSearch(await embeddings.embedQuery("anything"), 5)).toEqual([]);
  });

  it("GIVEN --full THEN everything is re-embedded", async () => {
    dirs = tempDirs();
    await run();
    const s = await run({ full: true });
    expect(s.full).toBe(true);
    expect(s.embedded).toBe(s.sentences);
  });

  it("GIVEN the alias or role tables edited since the last build THEN the next re-index rebuilds every article, once", async () => {
    dirs = tempDirs();
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    const lines: string[] = [];
    const logger = { info: (m: unknown) => lines.push(String(m)), warn: () => {}, error: () => {}, debug: () => {} } as never;
    await run();
    const same = await run({ logger });
    expect(same).toMatchObject({ full: false, embedded: 0 });
    const edited = await run({ entityTables: "0123456789abcdef", logger });
    expect(edited.full).toBe(true);
    expect(edited.embedded).toBe(edited.sentences);
    expect(lines).toEqual(["reindex: the alias or role tables changed since the last build; re-indexing every article"]);
    await expect(run({ entityTables: "0123456789abcdef" })).resolves.toMatchObject({ full: false, embedded: 0 });
  });

  it("GIVEN two re-indexes at once THEN they run one after the other and the index is whole", async () => {
    dirs = tempDirs();
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    const [a, b] = await Promise.all([run(), run()]);
    expect([a.full, b.full].sort()).toEqual([false, true]);
    const store = await IndexStore.load(dirs.index, embeddings.id);
    expect(store.info().articles).toBe(2);
  });

  it("GIVEN another re-index holding the lock past the wait THEN the second refuses with index.locked", async () => {
    dirs = tempDirs();
    await fs.mkdir(dirs.index, { recursive: true });
    const lockfile = await import("proper-lockfile");
    const release = await lockfile.lock(dirs.index, { lockfilePath: indexPaths(dirs.index).lock, realpath: false });
    try {
      await expect(run({ lockWaitMs: 300 })).rejects.toMatchObject({ id: "index.locked" });
      await expect(run({ lockWaitMs: 300 })).rejects.toBeInstanceOf(UserError);
    } finally {
      await release();
    }
  });
});

describe("IndexStore.load", () => {
  it("GIVEN no index THEN index.missing says to run npm run reindex", async () => {
    dirs = tempDirs();
    const err = await IndexStore.load(dirs.index).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexLoadError);
    expect(err).toMatchObject({ id: "index.missing" });
    expect((err as Error).message).toMatch(/npm run reindex/);
  });

  it("GIVEN an index built by another embedder THEN loading is refused with the --full hint", async () => {
    dirs = tempDirs();
    await run();
    const other = { name: "openai", model: "text-embedding-3-small", dimensions: 1536 };
    const err = await IndexStore.load(dirs.index, other).catch((e: unknown) => e);
    expect(err).toMatchObject({ id: "index.embedder-mismatch" });
    expect((err as Error).message).toBe(
      `index: built with glove-sif:${embeddings.id.model} (100 dimensions), configured openai:text-embedding-3-small (1536 dimensions) — run npm run reindex -- --full`,
    );
    // The re-index refuses to mix embedders too, unless --full.
    await expect(reindex({ corpusDir: dirs.corpus, indexDir: dirs.index, embeddings, embedder: other })).rejects.toMatchObject({
      id: "index.embedder-mismatch",
    });
  });

  it.each([
    ["a truncated vector file", async (build: string) => fs.truncate(path.join(build, "vectors.hnsw"), 100)],
    ["a missing docstore", async (build: string) => fs.rm(path.join(build, "docstore.json"))],
    ["a garbled manifest", async (build: string) => fs.writeFile(path.join(build, "manifest.json"), "{not json")],
    ["no manifest (half-written build)", async (build: string) => fs.rm(path.join(build, "manifest.json"))],
    [
      "a vector file of the right size but garbage",
      async (build: string) => {
        const size = (await fs.stat(path.join(build, "vectors.hnsw"))).size;
        await fs.writeFile(path.join(build, "vectors.hnsw"), Buffer.alloc(size, 7));
      },
    ],
    [
      "a docstore of the right size but invalid JSON",
      async (build: string) => {
        const size = (await fs.stat(path.join(build, "docstore.json"))).size;
        await fs.writeFile(path.join(build, "docstore.json"), "x".repeat(size));
      },
    ],
    [
      "a docstore with one word changed, same size (Friday → Monday)",
      async (build: string) => {
        const file = path.join(build, "docstore.json");
        const text = await fs.readFile(file, "utf8");
        expect(text).toContain("resigned on Friday");
        await fs.writeFile(file, text.replace("resigned on Friday", "resigned on Monday"));
      },
    ],
    [
      "a docstore with one sentence offset changed, same size",
      async (build: string) => {
        const file = path.join(build, "docstore.json");
        const text = await fs.readFile(file, "utf8");
        // The second number of the first sentence triple ([label,start,end,…]) is a start offset.
        await fs.writeFile(file, text.replace(/("sentences":\{"[^"]+":\[\d+,)(\d)/, (_m, head: string, d: string) => `${head}${(Number(d) + 1) % 10}`));
        expect(await fs.readFile(file, "utf8")).not.toBe(text);
      },
    ],
    [
      "a lexical index with bytes flipped",
      async (build: string) => {
        const file = path.join(build, "lexical.json");
        const bytes = await fs.readFile(file);
        const at = Math.floor(bytes.length / 2);
        bytes[at] = bytes[at]! ^ 0x01;
        await fs.writeFile(file, bytes);
      },
    ],
  ])("GIVEN %s THEN index.corrupt with a clear message, never a crash", async (_name, damage) => {
    dirs = tempDirs();
    const s = await run();
    await damage(indexPaths(dirs.index).build(s.build));
    const err = await IndexStore.load(dirs.index, embeddings.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexLoadError);
    expect(err).toMatchObject({ id: "index.corrupt" });
    expect((err as Error).message).toMatch(/^index: .*npm run reindex -- --full$/);
    // A re-index over a damaged index rebuilds it from scratch.
    const again = await run();
    expect(again.full).toBe(true);
    await expect(IndexStore.load(dirs.index, embeddings.id)).resolves.toBeInstanceOf(IndexStore);
  });
});
