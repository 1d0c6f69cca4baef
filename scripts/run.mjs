/**
 * How the npm scripts start a program: `node scripts/run.mjs src/main.ts [args…]` runs the compiled
 * dist/src/main.js, in this same process (so `exec` in package.json still hands signals straight to it).
 *
 * When dist/ is older than the sources (an edit, a pull, a new file) it never runs the stale code: it runs the
 * TypeScript sources through tsx instead, as every start did before dist/ existed (~1 s slower), and says so in
 * one line. `npm run build` brings dist/ up to date. The check reads the sources' modification times: a few ms.
 *
 * Plain JavaScript because it runs before anything is compiled.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { compiledPath, ROOT, staleness } from "./build.mjs";

const [target] = process.argv.slice(2);
if (!target || !/^(src|scripts)\/[\w/]+\.ts$/.test(target)) {
  process.stderr.write("usage: node scripts/run.mjs src/FILE.ts|scripts/FILE.ts [ARGS…] (what the npm scripts run)\n");
  process.exit(2);
}

let file = compiledPath(target);
const stale = staleness();
if (stale) {
  process.stderr.write(`run: dist/ is out of date (${stale}), running the TypeScript sources (slower start); npm run build compiles them\n`);
  const { register } = await import("tsx/esm/api");
  register();
  file = path.join(ROOT, target);
}
// The program sees the argv it would have had if started directly: [node, its file, its arguments…].
process.argv.splice(1, 2, file);
await import(pathToFileURL(file).href);
