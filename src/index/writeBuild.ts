/**
 * Writes a build folder and publishes it: the new segment's data files (segment.ts) first, each
 * flushed to disk, then the manifest, then CURRENT is replaced by rename. A process killed at any moment leaves
 * CURRENT naming a complete build. A build's manifest may list segments of earlier builds: those folders are kept
 * as long as a kept build uses them (pruneBuilds).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { FILES, type Manifest, type SegmentInfo } from "./manifest.js";
import { indexPaths } from "./paths.js";

/** Writes the manifest of a build into `dir`, last: its segment's files are already there. */
export async function writeBuild(
  dir: string,
  parts: { manifest: Omit<Manifest, "files" | "sha256" | "segments">; segments: SegmentInfo[] },
): Promise<Manifest> {
  await fs.mkdir(dir, { recursive: true });
  const manifest: Manifest = { ...parts.manifest, segments: parts.segments, files: {}, sha256: {} };
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

/**
 * Removes every build folder but those in `keep`: the published build, the one before it (a process may still be
 * loading it) and the folders holding their segments.
 */
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

export async function writeDurable(file: string, data: string): Promise<void> {
  const handle = await fs.open(file, "w");
  try {
    await handle.writeFile(data, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
}


export async function fsyncFile(file: string): Promise<void> {
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
