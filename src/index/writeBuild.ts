/**
 * Writes a complete build folder and publishes it: data files first, each flushed to disk, then the manifest,
 * then CURRENT is replaced by rename. A process killed at any moment leaves CURRENT naming a complete build.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type MiniSearch from "minisearch";
import type { EntityIndex } from "../entities/EntityIndex.js";
import { sha256Hex } from "./checksum.js";
import type { Hnsw, Docstore } from "./IndexStore.js";
import { saveLexicalIndex, type LexicalDoc } from "./lexical.js";
import { FILES, type Manifest } from "./manifest.js";
import { indexPaths } from "./paths.js";

export async function writeBuild(
  dir: string,
  parts: { hnsw: Hnsw; lexical: MiniSearch<LexicalDoc>; docstore: Docstore; entities: EntityIndex; manifest: Omit<Manifest, "files" | "sha256"> },
): Promise<Manifest> {
  await fs.mkdir(dir, { recursive: true });
  const vectorsPath = path.join(dir, FILES.vectors);
  // hnswlib writes the graph on a thread of the pool: serialise the JSON files meanwhile, and let the three files
  // flush to disk together (on the speech corpus this takes a third off the write, see npm run bench).
  // The graph's checksum is of the bytes read back: what a later load will read.
  const vectors = parts.hnsw
    .writeIndex(vectorsPath)
    .then(() => fsyncFile(vectorsPath))
    .then(async () => sha256Hex(await fs.readFile(vectorsPath)));
  const lexical = saveLexicalIndex(parts.lexical);
  const docstore = JSON.stringify(parts.docstore);
  const entities = JSON.stringify(parts.entities);
  const [vectorsSha] = await Promise.all([
    vectors,
    writeDurable(path.join(dir, FILES.lexical), lexical),
    writeDurable(path.join(dir, FILES.docstore), docstore),
    writeDurable(path.join(dir, FILES.entities), entities),
  ]);
  const files: Record<string, number> = {};
  for (const f of [FILES.vectors, FILES.lexical, FILES.docstore, FILES.entities]) files[f] = (await fs.stat(path.join(dir, f))).size;
  const sha256 = { [FILES.vectors]: vectorsSha, [FILES.lexical]: sha256Hex(lexical), [FILES.docstore]: sha256Hex(docstore), [FILES.entities]: sha256Hex(entities) };
  const manifest: Manifest = { ...parts.manifest, files, sha256 };
  await writeDurable(path.join(dir, FILES.manifest), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** Points CURRENT at `buildName` atomically. */
export async function publishBuild(indexDir: string, buildName: string): Promise<void> {
  const { current } = indexPaths(indexDir);
  const tmp = `${current}.${process.pid}.tmp`;
  try {
    await writeDurable(tmp, `${buildName}\n`);
    // A folder named CURRENT (a damaged or hand-edited index) would make the rename fail: it is never ours to keep.
    if ((await fs.lstat(current).catch(() => undefined))?.isDirectory()) await fs.rm(current, { recursive: true, force: true });
    await fs.rename(tmp, current);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
  await fsyncDir(indexDir);
}

/** Removes every build but the published one and the one before it (a process may still be loading that one). */
export async function pruneBuilds(indexDir: string, keep: string[]): Promise<string[]> {
  const { builds, build } = indexPaths(indexDir);
  const names = await fs.readdir(builds).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (keep.includes(name)) continue;
    await fs.rm(build(name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

async function writeDurable(file: string, data: string): Promise<void> {
  const handle = await fs.open(file, "w");
  try {
    await handle.writeFile(data, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
}


async function fsyncFile(file: string): Promise<void> {
  const handle = await fs.open(file, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function fsyncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, "r").catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the rename is still atomic there.
  } finally {
    await handle.close();
  }
}
