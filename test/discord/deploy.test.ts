import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOT_PERMISSIONS, deployCommands, inviteUrl } from "../../src/discord/deploy.js";
import { loadCommands } from "../../src/discord/loaders.js";
import { FakeDiscord } from "../helpers/fakeDiscord.js";
import { TEST_TOKEN, startTestBot, testConfig } from "./support.js";

describe("deployCommands", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  it("GIVEN --guild THEN overwrites that server's commands with exactly what the bot loads", async () => {
    const config = testConfig({ apiUrl: fake.apiUrl, env: { DISCORD_APPLICATION_ID: fake.application.id } });
    const result = await deployCommands({ config, guildId: fake.guild.id });
    const put = fake.requests.at(-1)!;
    expect([put.method, put.path]).toEqual(["PUT", `/applications/${fake.application.id}/guilds/${fake.guild.id}/commands`]);
    expect(put.authorization).toBe(`Bot ${TEST_TOKEN}`);
    const loaded = [...(await loadCommands()).values()].map((c) => c.data);
    expect(put.body).toEqual(JSON.parse(JSON.stringify(loaded)));
    expect(result.names.sort()).toEqual(loaded.map((c) => c.name).sort());
  });

  it("GIVEN no guild and no application id THEN asks Discord for the application and registers globally", async () => {
    const result = await deployCommands({ config: testConfig({ apiUrl: fake.apiUrl }) });
    expect(fake.requests.slice(-2).map((r) => `${r.method} ${r.path}`)).toEqual(["GET /applications/@me", `PUT /applications/${fake.application.id}/commands`]);
    expect(result.applicationId).toBe(fake.application.id);
  });

  it("GIVEN no token THEN refuses naming DISCORD_TOKEN", async () => {
    const config = testConfig({ apiUrl: fake.apiUrl });
    config.discord.token = undefined;
    await expect(deployCommands({ config })).rejects.toThrow(/^config: DISCORD_TOKEN is needed/);
  });
});

describe("inviteUrl", () => {
  it("GIVEN the application id THEN asks for bot + applications.commands and only the permissions the bot uses", () => {
    const url = new URL(inviteUrl("123456789012345678"));
    expect(url.searchParams.get("scope")).toBe("bot applications.commands");
    expect(url.searchParams.get("permissions")).toBe(BOT_PERMISSIONS.bitfield.toString());
    expect(BOT_PERMISSIONS.toArray().sort()).toEqual(["AddReactions", "CreatePublicThreads", "ReadMessageHistory", "SendMessages", "SendMessagesInThreads", "ViewChannel"]);
  });
});

describe("deployCommands flags", () => {
  it("GIVEN a --guild that is not a server id THEN refuses before any request, saying how to find the id", async () => {
    await expect(deployCommands({ config: testConfig({ apiUrl: "http://127.0.0.1:9/api" }), guildId: "my-server" })).rejects.toThrow(
      /^deploy-commands: --guild must be a numeric server id \(Developer Mode/,
    );
  });
});

describe("deployCommands on a server that refuses length limits", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  const formError = (errors: unknown) => ({ status: 400, body: { code: 50035, message: "Invalid Form Body", errors } });

  it("GIVEN a 50035 on an option's max_length THEN names the command, option and field, and registers again without length limits", async () => {
    const config = testConfig({ apiUrl: fake.apiUrl, env: { DISCORD_APPLICATION_ID: fake.application.id } });
    const loaded = [...(await loadCommands()).values()].map((c) => c.data);
    const ask = loaded.findIndex((c) => c.name === "ask");
    fake.injectOnce(
      (r) => r.method === "PUT",
      formError({ [ask]: { options: { "0": { max_length: { _errors: [{ code: "UNKNOWN_FIELD", message: "This field is not allowed" }] } } } } }),
    );
    const result = await deployCommands({ config, guildId: fake.guild.id });
    const puts = fake.requests.filter((r) => r.method === "PUT");
    expect(puts.map((r) => r.status)).toEqual([400, 200]);
    expect(result.relaxed).toBe(
      'deploy-commands: Discord refused /ask option "question", field max_length (UNKNOWN_FIELD: This field is not allowed) — registered again without min_length/max_length (the bot checks those lengths itself)',
    );
    expect(JSON.stringify(puts[1]!.body)).not.toMatch(/min_length|max_length/);
    expect(puts[1]!.body.map((c: { name: string }) => c.name)).toEqual(loaded.map((c) => c.name));
    expect(result.names.sort()).toEqual(loaded.map((c) => c.name).sort());
  });

  it("GIVEN a 50035 elsewhere (a command's name) THEN it is not retried and the error is thrown", async () => {
    const config = testConfig({ apiUrl: fake.apiUrl, env: { DISCORD_APPLICATION_ID: fake.application.id } });
    fake.injectOnce((r) => r.method === "PUT", formError({ "0": { name: { _errors: [{ code: "APPLICATION_COMMAND_INVALID_NAME", message: "Bad name" }] } } }));
    const before = fake.requests.filter((r) => r.method === "PUT").length;
    await expect(deployCommands({ config })).rejects.toThrow(/Invalid Form Body/);
    expect(fake.requests.filter((r) => r.method === "PUT").length - before).toBe(1);
  });
});

describe("the handlers enforce the length limits themselves", () => {
  it("GIVEN a /timeline topic and a /whatsnew since longer than declared (a server that dropped the limits) THEN one private line each, no work done", async () => {
    const t = await startTestBot();
    try {
      const i = t.fake.slashCommand("timeline", { topic: "security guarantees ".repeat(4) });
      const refused = await t.fake.waitForRequest((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);
      expect(refused.body.data).toMatchObject({ content: "/timeline topic: at most 50 characters, please (this one has 80).", flags: 64 | 4 });
      const w = t.fake.slashCommand("whatsnew", { since: "2025-12-01 and more" });
      const refusedToo = await t.fake.waitForRequest((r) => r.path === `/interactions/${w.id}/${w.token}/callback`);
      expect(refusedToo.body.data.content).toBe("/whatsnew since: at most 10 characters, please (this one has 19).");
    } finally {
      await t.stop();
    }
  });
});
