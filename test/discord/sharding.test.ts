import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { recommendedShardCount } from "../../src/discord/sharding.js";
import { FakeDiscord } from "../helpers/fakeDiscord.js";
import { testConfig } from "./support.js";

describe("sharding configuration", () => {
  it("GIVEN SHARDS inside a ShardingManager child (SHARDS=0, the shard id) THEN config reads it as off, not as an error", () => {
    expect(loadConfig({ env: { SHARDING_MANAGER: "true", SHARDS: "0" } }).discord.shards).toBe("off");
    expect(loadConfig({ env: { SHARDS: "4" } }).discord.shards).toBe(4);
    expect(() => loadConfig({ env: { SHARDS: "0" } })).toThrow(/SHARDS/);
  });

  describe("SHARDS=auto", () => {
    let fake: FakeDiscord;
    beforeAll(async () => {
      fake = await FakeDiscord.start({ recommendedShards: 3 });
    });
    afterAll(async () => {
      await fake.close();
    });

    it("GIVEN auto THEN asks GET /gateway/bot through the configured API URL (not discord.com)", async () => {
      expect(await recommendedShardCount(testConfig({ apiUrl: fake.apiUrl }))).toBe(3);
      expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /gateway/bot"]);
    });
  });
});
