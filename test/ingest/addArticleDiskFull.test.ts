/**
 * `addArticle` on a full disk: one line naming the folder, and no temporary file left in the corpus. The failure is
 * injected at the edge: node:fs/promises's `open` returns a real handle whose write fails with ENOSPC (after the
 * file was created, as on a full disk).
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import fsp from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { addArticle } from "../../src/ingest/addArticle.js";
import { UserError } from "../../src/errors.js";

const STORY = "Negotiators met in Abu Dhabi on Tuesday to discuss a prisoner exchange, officials said.\n";
let dir: string | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  syncBuiltinESMExports();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("addArticle on a full disk", () => {
  it("GIVEN ENOSPC while writing THEN one line naming the folder, nothing added, no temp file left", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "add-article-full-"));
    const open = fsp.open.bind(fsp);
    vi.spyOn(fsp, "open").mockImplementation(async (file, flags, mode) => {
      const handle = await open(file, flags, mode);
      return Object.assign(Object.create(handle) as typeof handle, {
        writeFile: async () => {
          throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
        },
        close: () => handle.close(),
      });
    });
    syncBuiltinESMExports(); // the code under test imports `open` by name
    const err = await addArticle({
      raw: STORY,
      corpusDir: dir,
      given: { title: "Prisoner talks", source: "Test Wire", published: "2025-12-02T18:00:00+04:00" },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(`add-article: the disk holding ${dir} is full (ENOSPC); nothing was added — free some space and try again`);
    expect(await readdir(dir)).toEqual([]);
  });
});
