/**
 * `/timeline` end to end: the real bot (discord.js client) against the fake Discord, over the seed article's
 * snapshot. Checks the defer, the first page, the picture, the page buttons and a refused option.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeEngine, startTestBot, type TestBot } from "../discord/support.js";
import { seedArticle, snapshotOf } from "./snapshot.js";

const DEFERRED = 5;
const UPDATE = 7;
const EPHEMERAL = 64;

let t: TestBot;
beforeAll(async () => {
  const seed = seedArticle();
  const snapshot = snapshotOf([seed]);
  t = await startTestBot({ engine: { ...fakeEngine({ articles: [seed] }), snapshot: () => snapshot } });
});
afterAll(() => t.stop());

describe("/timeline", () => {
  let firstPage: Record<string, unknown>;

  it("GIVEN /timeline THEN deferred at once, the first page as an embed with no mentions, then the picture attached", async () => {
    const sent = Date.now();
    const i = t.fake.slashCommand("timeline");
    const cb = await t.fake.waitForRequest((r) => r.path.includes(i.id));
    expect(cb.body.type).toBe(DEFERRED);
    expect(cb.at - sent).toBeLessThan(3000);
    const edits = await t.fake.waitFor(() => {
      const patches = t.fake.requestsFor(i).filter((r) => r.method === "PATCH");
      return patches.length >= 2 && patches;
    });
    const page = edits[0]!.body;
    expect(page.allowed_mentions).toMatchObject({ parse: [] });
    expect(page.embeds).toHaveLength(1);
    expect(page.embeds[0].description).toMatch(/^\*\*Sun 23 Nov 2025\*\*\n• During talks in Geneva last Sunday/);
    expect(page.embeds[0].footer.text).toMatch(/^Page 1 of 2 · 11 events from 1 article/);
    firstPage = page;
    // The picture goes as a multipart upload: a PNG named timeline.png, again with mentions parsing nothing.
    const upload = String(edits[1]!.body);
    expect(upload).toContain('filename="timeline.png"');
    expect(upload).toContain("PNG");
    expect(upload).toMatch(/"allowed_mentions":\{"parse":\[\]/);
  });

  it("GIVEN Next is clicked THEN the message is updated to page 2 with Previous enabled", async () => {
    const next = (firstPage.components as { components: { custom_id: string; label: string }[] }[])[0]!.components.find((b) => b.label === "Next")!;
    expect(next.custom_id).toBe("timeline:page:1:::");
    const i = t.fake.clickButton(next.custom_id, {
      id: "1", channel_id: t.fake.channel.id, content: "", author: t.fake.bot, embeds: [], components: [], attachments: [],
      timestamp: new Date().toISOString(), type: 0, flags: 0, mentions: [], mention_roles: [], pinned: false, tts: false,
      mention_everyone: false, edited_timestamp: null,
    });
    const cb = await t.fake.waitForRequest((r) => r.path.includes(i.id));
    expect(cb.body.type).toBe(UPDATE);
    expect(cb.body.data.embeds[0].footer.text).toMatch(/^Page 2 of 2/);
    expect(cb.body.data.embeds[0].description).toContain("Tue 2 Dec 2025");
    expect(cb.body.data.allowed_mentions).toMatchObject({ parse: [] });
    const buttons = cb.body.data.components[0].components as { label: string; disabled?: boolean }[];
    expect(buttons.map((b) => [b.label, b.disabled ?? false])).toEqual([["Previous", false], ["Next", true]]);
  });

  it("GIVEN a malformed from THEN a private reply saying how to write it, without deferring", async () => {
    const i = t.fake.slashCommand("timeline", { from: "30/11/2025" });
    const cb = await t.fake.waitForRequest((r) => r.path.includes(i.id));
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(cb.body.data.content).toBe('timeline: "from" must be a day written YYYY-MM-DD, such as 2025-11-30 (got "30/11/2025")');
  });
});
