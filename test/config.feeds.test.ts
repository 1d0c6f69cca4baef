import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { ConfigError } from "../src/errors.js";

const load = (env: Record<string, string>) => loadConfig({ env, cwd: "/srv/bot" });

describe("config: FEEDS, FEED_INTERVAL_MINUTES, DISCORD_NEWS_CHANNEL", () => {
  it("GIVEN nothing THEN no feed schedule and no news channel", () => {
    const c = load({});
    expect(c.feeds).toBeUndefined();
    expect(c.discord.newsChannel).toBeUndefined();
  });

  it("GIVEN comma-separated URLs THEN they are the feeds, every 30 minutes by default", () => {
    expect(load({ FEEDS: "https://a.test/rss, http://b.test/atom.xml" }).feeds).toEqual({ urls: ["https://a.test/rss", "http://b.test/atom.xml"], intervalMinutes: 30 });
  });

  it("GIVEN a file name and an interval THEN the file is resolved against the working folder", () => {
    expect(load({ FEEDS: "feeds.txt", FEED_INTERVAL_MINUTES: "15", DISCORD_NEWS_CHANNEL: "123456789012345678" })).toMatchObject({
      feeds: { file: "/srv/bot/feeds.txt", intervalMinutes: 15 },
      discord: { newsChannel: "123456789012345678" },
    });
  });

  it.each([
    [{ FEEDS: "https://a.test/rss, not a feed" }, /^config: FEEDS must be comma-separated http\(s\) feed URLs, or the path of a file listing them$/],
    [{ FEEDS: "ftp://a.test/rss" }, /^config: FEEDS must be/],
    [{ FEEDS: "https://a.test/rss", FEED_INTERVAL_MINUTES: "0" }, /^config: FEED_INTERVAL_MINUTES must be a whole number from 1 to 1440$/],
    [{ DISCORD_NEWS_CHANNEL: "news" }, /^config: DISCORD_NEWS_CHANNEL must be a numeric Discord channel id$/],
  ])("GIVEN %j THEN one line naming the variable", (env, message) => {
    const err = (() => {
      try {
        load(env);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(message);
  });
});
