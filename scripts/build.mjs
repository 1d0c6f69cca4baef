/**
 * npm run build (also npm install's `prepare`): compiles src/ and scripts/ to JavaScript in dist/, so a start runs
 * compiled code instead of compiling TypeScript every time (tsx took ~1 s of each start). `--if-stale` builds only
 * when dist/ is missing or older than the sources (the tests' global setup uses it).
 *
 * The build only emits (tsconfig.build.json sets noCheck): type errors are `npm run typecheck`'s and `npm test`'s
 * to report. It compiles into a folder of its own and then swaps it in, so a running bot that imports a module
 * lazily never reads a half-written dist/. dist/build.json records when the build started and from which files:
 * scripts/run.mjs compares them with the sources at each start.
 *
 * Plain JavaScript because it runs before anything is compiled.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
const STAMP = "build.json";
/** What the build reads: every TypeScript file under these folders, and these files. */
const SOURCE_DIRS = ["src", "scripts"];
const SOURCE_FILES = ["tsconfig.json", "tsconfig.build.json"];

/** `src/main.ts` → the absolute path of its compiled `dist/src/main.js`. */
export function compiledPath(source) {
  return path.join(DIST, source.replace(/\.ts$/, ".js"));
}

/** Why dist/ cannot be trusted for the sources as they are now, or undefined when it is up to date. */
export function staleness() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(path.join(DIST, STAMP), "utf8"));
  } catch {
    return "not built yet";
  }
  const sources = listSources();
  const built = new Set(stamp.sources);
  const added = sources.find((s) => !built.has(s.file));
  if (added) return `${added.file} is new`;
  if (sources.length !== built.size) return "a source file was removed";
  // Modified after the build started: an edit made during a build counts as not compiled.
  const changed = sources.find((s) => s.mtimeMs > stamp.startedAt);
  return changed ? `${changed.file} changed` : undefined;
}

/** Compiles into a fresh folder and swaps it in as dist/. Returns the process exit code. */
export function build({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  let tsc;
  try {
    tsc = createRequire(path.join(ROOT, "package.json")).resolve("typescript/bin/tsc");
  } catch {
    log("build: TypeScript is not installed (it is a devDependency: run npm install without --omit=dev); npm start runs the sources through tsx meanwhile");
    return 1;
  }
  const startedAt = Date.now();
  const sources = listSources().map((s) => s.file);
  const next = path.join(ROOT, `.dist-next-${process.pid}`);
  rmSync(next, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.build.json"), "--outDir", next], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    log(`build: tsc failed (exit ${r.status ?? r.signal}); dist/ was left as it was`);
    return 1;
  }
  writeFileSync(path.join(next, STAMP), `${JSON.stringify({ startedAt, sources })}\n`);
  swapIn(next);
  log(`build: compiled ${sources.length} files to dist/ in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  return 0;
}

/** Replaces dist/ with `next`. Another build that swapped in first wins; this one's output is dropped. */
function swapIn(next) {
  const old = path.join(ROOT, `.dist-old-${process.pid}`);
  try {
    if (existsSync(DIST)) renameSync(DIST, old);
    renameSync(next, DIST);
  } catch {
    // A concurrent build renamed dist/ away or put its own in place between our two renames.
  } finally {
    rmSync(old, { recursive: true, force: true });
    rmSync(next, { recursive: true, force: true });
  }
}

function listSources() {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".ts")) out.push(file);
    }
  };
  for (const dir of SOURCE_DIRS) walk(dir);
  out.push(...SOURCE_FILES);
  return out.sort().map((file) => ({ file, mtimeMs: statSync(path.join(ROOT, file)).mtimeMs }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.some((a) => a !== "--if-stale")) {
    process.stderr.write("usage: npm run build (node scripts/build.mjs [--if-stale])\n");
    process.exitCode = 2;
  } else if (args.includes("--if-stale")) {
    const why = staleness();
    if (why) process.stderr.write(`build: dist/ is out of date (${why})\n`);
    process.exitCode = why ? build() : 0;
  } else {
    process.exitCode = build();
  }
}
