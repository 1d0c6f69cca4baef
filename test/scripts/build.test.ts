/**
 * npm run build and the launcher every npm script goes through (scripts/build.mjs, scripts/run.mjs), on a tiny
 * copy of the project in a temporary folder (so the real dist/ that other test files use is never touched): the
 * compiled code runs when it is up to date, the TypeScript sources run when it is not, and every npm script execs
 * the launcher so signals reach the program.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let root: string;

const HELLO = 'const where: string = (import.meta.url.includes("/dist/src/") ? "dist/" : "") + import.meta.url.split("/").pop();\nconsole.log(JSON.stringify({ where, argv: process.argv.slice(2), file: process.argv[1] }));\n';

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "talks-build-"));
  for (const dir of ["scripts", "src"]) mkdirSync(path.join(root, dir));
  for (const file of ["scripts/build.mjs", "scripts/run.mjs", "tsconfig.json", "tsconfig.build.json", "package.json"]) copyFileSync(file, path.join(root, file));
  symlinkSync(path.resolve("node_modules"), path.join(root, "node_modules"), "dir");
  writeFileSync(path.join(root, "src/hello.ts"), HELLO);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function node(args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const run = (...args: string[]) => node(["scripts/run.mjs", "src/hello.ts", ...args]);

/** Sets a file's modification time `seconds` from now (a later edit, without waiting). */
const touch = (file: string, seconds: number) => utimesSync(path.join(root, file), new Date(), new Date(Date.now() + seconds * 1000));

describe("npm run build and scripts/run.mjs", () => {
  it("GIVEN no dist THEN run.mjs runs the TypeScript sources and says why in one line", () => {
    const r = run("--flag", "x");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ where: "hello.ts", argv: ["--flag", "x"], file: path.join(root, "src/hello.ts") });
    expect(r.stderr).toBe("run: dist/ is out of date (not built yet), running the TypeScript sources (slower start); npm run build compiles them\n");
  });

  it("GIVEN a build THEN run.mjs runs the compiled JavaScript, with the argv the program would have had", () => {
    const b = node(["scripts/build.mjs"]);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toMatch(/^build: compiled \d+ files to dist\/ in [\d.]+ s\n$/);
    expect(readdirSync(root).filter((f) => f.startsWith(".dist-"))).toEqual([]);
    const r = run("--flag", "x");
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ where: "dist/hello.js", argv: ["--flag", "x"], file: path.join(root, "dist/src/hello.js") });
  });

  it("GIVEN an up-to-date build THEN --if-stale compiles nothing", () => {
    const before = readFileSync(path.join(root, "dist/build.json"), "utf8");
    const b = node(["scripts/build.mjs", "--if-stale"]);
    expect(b).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(path.join(root, "dist/build.json"), "utf8")).toBe(before);
  });

  it("GIVEN a source edited after the build THEN run.mjs runs the source, naming it; --if-stale rebuilds", () => {
    writeFileSync(path.join(root, "src/hello.ts"), HELLO.replace("where,", "where: `${where} (edited)`,"));
    touch("src/hello.ts", 5);
    const r = run();
    expect(JSON.parse(r.stdout).where).toBe("hello.ts (edited)");
    expect(r.stderr).toContain("(src/hello.ts changed)");
    const b = node(["scripts/build.mjs", "--if-stale"]);
    expect(b.stderr).toMatch(/^build: dist\/ is out of date \(src\/hello.ts changed\)\nbuild: compiled/);
    // The build started before the file's (future) time: still stale, as an edit made during a build would be.
    touch("src/hello.ts", -5);
    expect(node(["scripts/build.mjs", "--if-stale"]).code).toBe(0);
    const after = run();
    expect(after.stderr).toBe("");
    expect(JSON.parse(after.stdout).where).toBe("dist/hello.js (edited)");
  });

  it("GIVEN a source file added or removed since the build THEN the build is out of date", () => {
    writeFileSync(path.join(root, "src/extra.ts"), "export const x = 1;\n");
    touch("src/extra.ts", -60);
    expect(run().stderr).toContain("(src/extra.ts is new)");
    expect(node(["scripts/build.mjs"]).code).toBe(0);
    expect(existsSync(path.join(root, "dist/src/extra.js"))).toBe(true);
    rmSync(path.join(root, "src/extra.ts"));
    expect(run().stderr).toContain("(a source file was removed)");
    expect(node(["scripts/build.mjs"]).code).toBe(0);
    // A clean build: the removed file's output is gone too (a loader reading a folder would otherwise find it).
    expect(existsSync(path.join(root, "dist/src/extra.js"))).toBe(false);
  });

  it("GIVEN a target outside src/ and scripts/ THEN usage and exit 2", () => {
    expect(node(["scripts/run.mjs", "../etc/x.ts"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^usage: node scripts\/run.mjs /) });
  });
});

describe("package.json", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string>; devDependencies: Record<string, string> };

  it("GIVEN the npm scripts that run a program THEN each execs node on the launcher (signals reach the program, not a shell)", () => {
    const programs = Object.entries(pkg.scripts).filter(([, s]) => /\.ts\b/.test(s));
    expect(programs.map(([name]) => name)).toEqual(expect.arrayContaining(["start", "ask", "reindex", "bench"]));
    for (const [name, script] of programs) expect(`${name}: ${script}`).toMatch(new RegExp(`^${name}: exec node scripts/run\\.mjs (src|scripts)/\\w+\\.ts$`));
  });

  it("GIVEN npm install or npm ci THEN prepare compiles dist/ with the TypeScript of the devDependencies", () => {
    expect(pkg.scripts.prepare).toBe("node scripts/build.mjs");
    expect(pkg.devDependencies.typescript).toBeDefined();
  });
});
