/**
 * A full disk and missing permissions during a re-index: one line naming the path and the fix, no partial build
 * left behind, the published index untouched. The failures are injected at the edge (node:fs's promises object,
 * which the index code calls through), so the test runs anywhere, as any user.
 */
import { promises as fsp } from "node:fs";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { GloveSifEmbeddings } from "../../src/embeddings/GloveSifEmbeddings.js";
import { UserError } from "../../src/errors.js";
import { IndexStore } from "../../src/index/IndexStore.js";
import { indexPaths } from "../../src/index/paths.js";
import { reindex } from "../../src/index/reindex.js";
import { PRISONER_BODY, tempDirs, writeArticle, type TempDirs } from "../helpers/tempCorpus.js";

let embeddings: GloveSifEmbeddings;
let dirs: TempDirs;
beforeAll(async () => {
  embeddings = await GloveSifEmbeddings.load({ cacheDir: inject("gloveCacheDir") });
});
afterEach(() => {
  vi.restoreAllMocks();
  dirs?.cleanup();
});

const run = (extra: Partial<Parameters<typeof reindex>[0]> = {}) =>
  reindex({ corpusDir: dirs.corpus, indexDir: dirs.index, embeddings, embedder: embeddings.id, ...extra });

function errno(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected, ${syscall} '${file}'`), { code, syscall, path: file });
}

/** Makes writes of files whose name ends with `suffix` fail with `code` (after the file was created, like a full disk). */
function failWrites(suffix: string, code: string): void {
  const open = fsp.open.bind(fsp);
  vi.spyOn(fsp, "open").mockImplementation(async (file, flags, mode) => {
    const handle = await open(file, flags, mode);
    if (!String(file).endsWith(suffix) || flags !== "w") return handle;
    return Object.assign(Object.create(handle) as typeof handle, {
      writeFile: async () => {
        throw errno(code, "write", String(file));
      },
      close: () => handle.close(),
    });
  });
}

const builds = () => readdirSync(indexPaths(dirs.index).builds).sort();

describe("reindex on a full disk", () => {
  it.each(["ENOSPC", "EDQUOT"])("GIVEN %s while writing THEN one line naming the path, the partial build removed, the old index kept; a retry succeeds", async (code) => {
    dirs = tempDirs();
    const first = await run();
    writeArticle(dirs.corpus, "001_prisoners", PRISONER_BODY);
    failWrites("docstore.json", code);
    const err = await run().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(
      new RegExp(`^reindex: the disk holding ${dirs.index}/builds/[\\w-]+/docstore\\.json is full \\(${code}\\); the unfinished build was removed — free some space and try again$`),
    );
    expect(builds()).toEqual([first.build]);
    expect(readdirSync(dirs.index).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect((await IndexStore.load(dirs.index, embeddings.id)).info().articles).toBe(1);
    vi.restoreAllMocks();
    await expect(run()).resolves.toMatchObject({ added: ["001_prisoners"] });
  });

  it("GIVEN a partial build left by a killed re-index THEN the next re-index removes it before writing", async () => {
    dirs = tempDirs();
    const first = await run();
    const partial = indexPaths(dirs.index).build("20990101-000000000Z-1");
    mkdirSync(partial);
    writeFileSync(path.join(partial, "vectors.hnsw"), Buffer.alloc(1000));
    const second = await run();
    expect(builds()).toEqual([first.build, second.build].sort());
  });
});

describe("reindex and load without permissions", () => {
  it("GIVEN an index folder that cannot be written THEN one line naming the path and what to fix", async () => {
    dirs = tempDirs();
    const mkdir = fsp.mkdir.bind(fsp);
    vi.spyOn(fsp, "mkdir").mockImplementation(async (p, o) => {
      if (String(p).startsWith(dirs.index)) throw errno("EACCES", "mkdir", String(p));
      return mkdir(p, o);
    });
    const err = await run().catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      `reindex: no permission to mkdir ${indexPaths(dirs.index).builds} (EACCES) — give the bot's user access to it (owner or mode) or choose another folder`,
    );
  });

  it("GIVEN a read-only file system THEN one line saying so", async () => {
    dirs = tempDirs();
    vi.spyOn(fsp, "mkdir").mockRejectedValue(errno("EROFS", "mkdir", "/ro/index/builds"));
    await expect(run()).rejects.toThrow(/^reindex: \/ro\/index\/builds is on a read-only file system \(EROFS\) — mount it writable or choose another folder$/);
  });

  it("GIVEN a manifest the user cannot read THEN 'unreadable' (not 'missing') naming the file and the fix", async () => {
    dirs = tempDirs();
    const s = await run();
    const readFile = fsp.readFile.bind(fsp) as (...a: unknown[]) => Promise<unknown>;
    vi.spyOn(fsp, "readFile").mockImplementation((async (file: unknown, ...rest: unknown[]) => {
      if (String(file).endsWith("manifest.json")) throw errno("EACCES", "open", String(file));
      return readFile(file, ...rest);
    }) as typeof fsp.readFile);
    const build = indexPaths(dirs.index).build(s.build);
    const err = await IndexStore.load(dirs.index, embeddings.id).catch((e: unknown) => e);
    expect(err).toMatchObject({ id: "index.unreadable" });
    expect((err as Error).message).toBe(`index: ${build}/manifest.json is unreadable (EACCES) — give the bot's user read access to ${build} (owner or mode)`);
    // A re-index does not rebuild over an index it cannot read.
    await expect(run()).rejects.toMatchObject({ id: "index.unreadable" });
  });

  it("GIVEN CURRENT is a folder THEN loading says the index is damaged and reindex --full recovers", async () => {
    dirs = tempDirs();
    mkdirSync(indexPaths(dirs.index).current, { recursive: true });
    writeFileSync(path.join(indexPaths(dirs.index).current, "x"), "");
    await expect(IndexStore.load(dirs.index, embeddings.id)).rejects.toThrow(/CURRENT is unreadable — run npm run reindex -- --full$/);
    await expect(run({ full: true })).resolves.toMatchObject({ full: true });
    expect((await IndexStore.load(dirs.index, embeddings.id)).info().articles).toBe(1);
  });
});
