import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOT_PERMISSIONS, deployCommands, inviteUrl } from "../../src/discord/deploy.js";
import { loadCommands } from "../../src/discord/loaders.js";
import { FakeDiscord } from "../helpers/fakeDiscord.js";
import { TEST_TOKEN, testConfig } from "./support.js";

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
