/**
 * The cache of what was read from unchanged files (src/index/statCache.ts): trusted only while a file's identity
 * and times are those it was read with, and only once the file was older than a clock tick when it was read.
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StatCache } from "../../src/index/statCache.js";

const isString = (v: unknown): v is string => typeof v === "string";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "talks-statcache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Reads `file` through a cache saved in `cacheFile`: the cached value, or "read" after recording the bytes. */
async function lookUp(cacheFile: string, file: string): Promise<string> {
  const cache = await StatCache.open(cacheFile, isString);
  const seen = (await StatCache.observe(file))!;
  const known = cache.get(file, seen);
  if (known !== undefined) {
    await cache.save();
    return known;
  }
  cache.set(file, seen, `read:${await fs.readFile(file, "utf8")}`);
  await cache.save();
  return "read";
}

describe("StatCache", () => {
  it("GIVEN an unchanged file read when it was old enough THEN the next look-up is answered from the cache", async () => {
    const [file, cacheFile] = [path.join(dir, "a.txt"), path.join(dir, "c.json")];
    await fs.writeFile(file, "first");
    await sleep(150);
    expect(await lookUp(cacheFile, file)).toBe("read");
    expect(await lookUp(cacheFile, file)).toBe("read:first");
    expect(await lookUp(cacheFile, file)).toBe("read:first");
  });

  it("GIVEN a same-size edit whose mtime is set back THEN it is read again (ctime changed)", async () => {
    const [file, cacheFile] = [path.join(dir, "a.txt"), path.join(dir, "c.json")];
    await fs.writeFile(file, "first");
    await sleep(150);
    const before = await fs.stat(file, { bigint: true });
    const times = path.join(dir, "times");
    execFileSync("touch", ["-r", file, times]); // touch -r copies the times to the nanosecond
    expect(await lookUp(cacheFile, file)).toBe("read");
    await fs.writeFile(file, "other");
    execFileSync("touch", ["-r", times, file]);
    const after = await fs.stat(file, { bigint: true });
    expect([after.mtimeNs, after.size]).toEqual([before.mtimeNs, before.size]);
    expect(await lookUp(cacheFile, file)).toBe("read");
    await sleep(150);
    expect(await lookUp(cacheFile, file)).toBe("read");
    expect(await lookUp(cacheFile, file)).toBe("read:other");
  });

  it("GIVEN a file replaced by a rename (same size, times copied) THEN it is read again (another inode)", async () => {
    const [file, cacheFile, tmp] = [path.join(dir, "a.txt"), path.join(dir, "c.json"), path.join(dir, "a.tmp")];
    await fs.writeFile(file, "first");
    await fs.writeFile(tmp, "other");
    await sleep(150);
    expect(await lookUp(cacheFile, file)).toBe("read");
    await fs.rename(tmp, file);
    expect(await lookUp(cacheFile, file)).toBe("read");
  });

  it("GIVEN a file read within a clock tick of its last write THEN the entry is never trusted (a write in the same tick keeps its times)", async () => {
    const [file, cacheFile] = [path.join(dir, "a.txt"), path.join(dir, "c.json")];
    await fs.writeFile(file, "first");
    expect(await lookUp(cacheFile, file)).toBe("read");
    await sleep(150);
    // Old enough now, but it was not when read: read again, and only then trusted.
    expect(await lookUp(cacheFile, file)).toBe("read");
    expect(await lookUp(cacheFile, file)).toBe("read:first");
  });

  it("GIVEN entries older than the maximum age THEN the file is read again", async () => {
    const [file, cacheFile] = [path.join(dir, "a.txt"), path.join(dir, "c.json")];
    await fs.writeFile(file, "first");
    await sleep(150);
    expect(await lookUp(cacheFile, file)).toBe("read");
    const cache = await StatCache.open(cacheFile, isString, { maxAgeMs: 10 });
    await sleep(20);
    expect(cache.get(file, (await StatCache.observe(file))!)).toBeUndefined();
  });

  it("GIVEN a garbled, missing or foreign cache file THEN an empty cache, and saving replaces it", async () => {
    const [file, cacheFile] = [path.join(dir, "a.txt"), path.join(dir, "c.json")];
    await fs.writeFile(file, "first");
    await sleep(150);
    for (const text of ["{not json", JSON.stringify({ format: 1, entries: { [file]: ["x"] } }), JSON.stringify([1, 2])]) {
      await fs.writeFile(cacheFile, text);
      expect(await lookUp(cacheFile, file)).toBe("read");
      await fs.writeFile(cacheFile, text);
    }
    await fs.rm(cacheFile);
    expect(await lookUp(cacheFile, file)).toBe("read");
    expect(await lookUp(cacheFile, file)).toBe("read:first");
    // A value of the wrong kind (another cache's) is not trusted either.
    const numbers = await StatCache.open(cacheFile, (v: unknown): v is number => typeof v === "number");
    expect(numbers.get(file, (await StatCache.observe(file))!)).toBeUndefined();
  });
});
