/**
 * `/timeline` end to end: the real bot (discord.js client) against the fake Discord, over the seed article and a
 * second article with background dates, behind an engine whose topic search is slow (4 s, as a remote embeddings
 * server can be). Checks the defer, the key dates first, the picture, "Show all", the page buttons (deferred at
 * once and paged from the remembered timeline, with no new topic search), and a refused option.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/types.js";
import { fakeEngine, startTestBot, type TestBot } from "../discord/support.js";
import { article, seedArticle, snapshotOf } from "./snapshot.js";

const DEFERRED = 5;
const DEFERRED_UPDATE = 6;
const EPHEMERAL = 64;
const SLOW_SEARCH_MS = 4000;

let t: TestBot;
let searches = 0;
beforeAll(async () => {
  const seed = seedArticle();
  const background = article({
    id: "bg",
    source: "Kyiv Dispatch",
    published: "2025-12-01T10:00:00+02:00",
    body: "The war began in February 2022. Ukraine held elections in April 2019. Yermak met Umerov in Kyiv on Monday to prepare the next round.",
  });
  const snapshot = snapshotOf([seed, background]);
  const engine: Engine = {
    ...fakeEngine({ articles: [seed, background] }),
    snapshot: () => snapshot,
    async search(query, k) {
      searches++;
      await new Promise((r) => setTimeout(r, SLOW_SEARCH_MS));
      // The hybrid search's hits: every sentence that names the topic's word.
      const word = query.toLowerCase();
      return snapshot.articles
        .flatMap((a) => snapshot.sentencesOf(a.id))
        .filter((s) => s.text.toLowerCase().includes(word))
        .slice(0, k)
        .map((sentence) => ({ sentence, score: 1 }));
    },
  };
  t = await startTestBot({ engine });
});
afterAll(() => t.stop());

type Button = { custom_id: string; label: string; disabled?: boolean };
const buttonsOf = (msg: Record<string, unknown>) =>
  ((msg.components as { components: Button[] }[] | undefined) ?? []).flatMap((row) => row.components);

function click(customId: string) {
  return t.fake.clickButton(customId, {
    id: "1", channel_id: t.fake.channel.id, content: "", author: t.fake.bot, embeds: [], components: [], attachments: [],
    timestamp: new Date().toISOString(), type: 0, flags: 0, mentions: [], mention_roles: [], pinned: false, tts: false,
    mention_everyone: false, edited_timestamp: null,
  });
}

/** The message a click leaves: the callback within 3 s, then the edit of the message. */
async function clicked(customId: string): Promise<{ callbackMs: number; type: number; message: Record<string, unknown> }> {
  const sent = Date.now();
  const i = click(customId);
  const cb = await t.fake.waitForRequest((r) => r.path.includes(i.id));
  const edit = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(i.token), 20_000);
  return { callbackMs: cb.at - sent, type: cb.body.type as number, message: edit.body as Record<string, unknown> };
}

describe("/timeline", () => {
  let summary: Record<string, unknown>;
  let all: Record<string, unknown>;

  it("GIVEN /timeline THEN deferred at once, the key dates first with their outlets and a Show all button, then the picture", async () => {
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
    expect(page.embeds[0].title).toBe("Key dates of the talks");
    expect(page.embeds[0].description).toMatch(/^\*\*Sun 23 Nov 2025\*\*\n• During talks in Geneva last Sunday[^\n]*\n\*Reported by Axios \(1 article\)\*\n> /);
    expect(page.embeds[0].description).not.toMatch(/Feb 2022|Apr 2019/);
    expect(page.embeds[0].footer.text).toMatch(/^Page 1 of \d+ · 12 key events of 14 from 2 articles/);
    expect(buttonsOf(page).find((b) => b.label === "Show all")?.custom_id).toBe("timeline:page:0:::");
    summary = page;
    const upload = String(edits[1]!.body);
    expect(upload).toContain('filename="timeline.png"');
    expect(upload).toMatch(/"allowed_mentions":\{"parse":\[\]/);
  });

  it("GIVEN Show all is clicked THEN every event with its quotes, paged, with a way back to the key dates", async () => {
    const show = buttonsOf(summary).find((b) => b.label === "Show all")!;
    const r = await clicked(show.custom_id);
    expect(r.type).toBe(DEFERRED_UPDATE);
    const embed = (r.message.embeds as { title: string; description: string; footer: { text: string } }[])[0]!;
    expect(embed.title).toBe("Timeline of the talks");
    expect(embed.footer.text).toMatch(/^Page 1 of \d+ · 14 events from 2 articles/);
    expect(buttonsOf(r.message).map((b) => b.label)).toEqual(["Previous", "Next", "Key dates"]);
    expect(buttonsOf(r.message).find((b) => b.label === "Key dates")!.custom_id).toBe("timeline:key:0:::");
    all = r.message;
  });

  it("GIVEN Next is clicked in the full list THEN page 2, with Previous enabled", async () => {
    const next = buttonsOf(all).find((b) => b.label === "Next")!;
    expect(next.custom_id).toBe("timeline:page:1:::");
    const r = await clicked(next.custom_id);
    const embed = (r.message.embeds as { footer: { text: string } }[])[0]!;
    expect(embed.footer.text).toMatch(/^Page 2 of/);
    expect(r.message.allowed_mentions).toMatchObject({ parse: [] });
    expect(buttonsOf(r.message).find((b) => b.label === "Previous")!.disabled ?? false).toBe(false);
  });

  it("GIVEN a topic over a slow search THEN each click is deferred within 3 s and paged without a new search", async () => {
    const before = searches;
    const i = t.fake.slashCommand("timeline", { topic: "Yermak" });
    const edit = await t.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(i.token), 20_000);
    expect(searches).toBe(before + 1);
    const show = buttonsOf(edit.body as Record<string, unknown>).find((b) => b.label === "Show all");
    const target = show?.custom_id ?? "timeline:page:0:::Yermak";
    for (const id of [target, "timeline:key:0:::Yermak", target]) {
      const r = await clicked(id);
      expect(r.type).toBe(DEFERRED_UPDATE);
      expect(r.callbackMs).toBeLessThan(3000);
      expect((r.message.embeds as { title: string }[])[0]!.title).toMatch(/: Yermak$/);
    }
    expect(searches).toBe(before + 1);
  }, 40_000);

  it("GIVEN a malformed from THEN a private reply saying how to write it, without deferring", async () => {
    const i = t.fake.slashCommand("timeline", { from: "30/11/2025" });
    const cb = await t.fake.waitForRequest((r) => r.path.includes(i.id));
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(cb.body.data.content).toBe('timeline: "from" must be a day written YYYY-MM-DD, such as 2025-11-30 (got "30/11/2025")');
  });
});
