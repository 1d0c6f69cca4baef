/**
 * `npm run deploy-commands` against the fake Discord answering the first registration with a form body error
 * (50035) on an option's max_length: the script names the field, registers again without length limits, exits 0.
 */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { FakeDiscord } from "../helpers/fakeDiscord.js";
import { TEST_TOKEN } from "../discord/support.js";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => fake?.close());

it("GIVEN a 50035 on an option field THEN deploy-commands says which field and retries without min_length/max_length", async () => {
  fake.injectOnce((r) => r.method === "PUT", {
    status: 400,
    body: { code: 50035, message: "Invalid Form Body", errors: { "0": { options: { "0": { max_length: { _errors: [{ code: "UNKNOWN_FIELD", message: "Unknown field" }] } } } } } },
  });
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD_|VITEST)/.test(k)));
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/deployCommands.ts", "--guild", fake.guild.id], {
    env: { ...inherited, DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, DISCORD_APPLICATION_ID: fake.application.id },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code).toBe(0);
  expect(stderr).toMatch(/^deploy-commands: Discord refused \/ask option "question", field max_length \(UNKNOWN_FIELD: Unknown field\) — registered again without min_length\/max_length/m);
  expect(stdout).toMatch(/^Registered \/ask, .* in server \d+\./m);
  expect(fake.requests.filter((r) => r.method === "PUT").map((r) => r.status)).toEqual([400, 200]);
}, 60_000);
