/**
 * Vitest global setup, before any test file runs:
 * - compiles the GloVe cache into the project's default `.cache` once (a cold compile takes ~6 s and 1.4 GB; each
 *   test file then only loads the ~40 MB cache in ~0.2 s). Test files get the directory with `inject("gloveCacheDir")`.
 * - brings dist/ up to date with the sources (scripts/build.mjs --if-stale), so the tests that start `npm start`
 *   or an npm script run the code under test, never an older build.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadGloveVectors } from "../src/embeddings/gloveCache.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The cache directory holding the compiled GloVe vectors (the project's `.cache`, as config defaults to). */
    gloveCacheDir: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { cwd: project.config.root, stdio: "inherit" });
  if (build.status !== 0) throw new Error(`globalSetup: npm run build failed (exit ${build.status ?? build.signal})`);
  const cacheDir = path.resolve(project.config.root, ".cache");
  const started = Date.now();
  let compiling = false;
  await loadGloveVectors({
    cacheDir,
    onProgress: () => {
      if (!compiling) process.stderr.write("globalSetup: compiling the GloVe cache (once)…\n");
      compiling = true;
    },
  });
  if (compiling) process.stderr.write(`globalSetup: GloVe cache ready in ${Date.now() - started} ms\n`);
  project.provide("gloveCacheDir", cacheDir);
}
