/**
 * `npm run deploy-commands` against a proxy that echoes the request headers in its error: whatever the script
 * prints (message or stack) must not contain the token.
 */
import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { TEST_TOKEN } from "../discord/support.js";

let proxy: http.Server;
let apiUrl: string;

beforeAll(async () => {
  proxy = http.createServer((req, res) => {
    // A misconfigured proxy: the error names every header it got, the Authorization header included.
    res.writeHead(400, { "content-type": "application/json" });
    res.end(JSON.stringify({ code: 0, message: `proxy rejected ${req.method} ${req.url} with headers ${JSON.stringify(req.headers)} (token ${TEST_TOKEN.split(" ").at(-1)})` }));
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  apiUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/api`;
});
afterAll(async () => {
  proxy.closeAllConnections();
  await new Promise((r) => proxy.close(r));
});

it("GIVEN a proxy that echoes the Authorization header in its error THEN deploy-commands fails without printing the token", async () => {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD_|VITEST)/.test(k)));
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/deployCommands.ts"], {
    env: { ...inherited, DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: apiUrl, DISCORD_APPLICATION_ID: "123456789012345678" },
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code).not.toBe(0);
  expect(out).toContain("proxy rejected");
  expect(out).not.toContain(TEST_TOKEN);
  for (const part of TEST_TOKEN.split(".")) expect(out).not.toContain(part);
}, 60_000);
