import { Worker } from "node:worker_threads";
import { describe, expect, it, vi } from "vitest";
import type { EntityIndexJson } from "../../src/entities/EntityIndex.js";
import { splitInOrder } from "../../src/index/splitPool.js";
import { splitSentences } from "../../src/text/sentences.js";

const articles = Array.from({ length: 40 }, (_, i) => ({
  title: `Talks ${i}`,
  body: Array.from({ length: 400 }, (_, j) => `Envoy Kirill Dmitriev met U.S. officials in Miami, report ${i}-${j} said.`).join(i % 2 ? " " : "\n\n"),
}));

async function collect(workerChars: number) {
  const entities: EntityIndexJson[] = [];
  const splits = [];
  for await (const s of splitInOrder(articles, entities, workerChars)) splits.push({ spans: [...s.spans], terms: s.terms });
  return { splits, entities };
}

describe("splitInOrder", () => {
  it("GIVEN enough text for worker threads THEN the splits, terms and entity indexes are those of splitting inline, in article order", async () => {
    const [inline, workers] = await Promise.all([collect(Infinity), collect(0)]);
    expect(workers.splits).toEqual(inline.splits);
    expect(workers.entities).toEqual(inline.entities);
    expect(inline.splits[3]!.spans.slice(0, 2)).toEqual([splitSentences(articles[3]!.body)[0]!.start, splitSentences(articles[3]!.body)[0]!.end]);
  }, 60_000);

  it("GIVEN worker threads THEN the first chunk is split on the main thread while they start, and they get every other", async () => {
    const post = vi.spyOn(Worker.prototype, "postMessage");
    const { splits } = await collect(0);
    const sent = post.mock.calls.map(([msg]) => (msg as { chunk: number }).chunk);
    post.mockRestore();
    expect(splits).toHaveLength(articles.length);
    expect(sent).not.toContain(0);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent).toEqual(Array.from({ length: sent.length }, (_, i) => i + 1));
  }, 60_000);
});
