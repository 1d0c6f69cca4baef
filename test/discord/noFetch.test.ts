/**
 * Issue 10, item 8: only maintainers' commands and configuration make the bot fetch anything. No module the Discord
 * adapter loads (commands, events, formatting) reaches the ingest room or the feed schedule; `main.ts` alone wires
 * the schedule, from FEEDS.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
  );
}

describe("nothing a Discord user types makes the bot fetch a URL", () => {
  it("GIVEN every module of src/discord THEN none imports src/ingest, the feed schedule or fetch", () => {
    const offenders = files(path.resolve("src/discord")).filter((f) => {
      const text = readFileSync(f, "utf8");
      return /from\s+["'][./]*(?:\.\.\/)*ingest\//.test(text) || /FeedUpdater|reindexFrom|(?<![.\w])fetch\(/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
