/**
 * Explainers answer under their own questions ("Why Budanov?", "Who leads the Russian side?"): the sentences right
 * after such a heading answer a user's question that asks with the same word about the same name, even when they
 * repeat few of its words. Our own words.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createEngine } from "../../src/engine/createEngine.js";
import type { AnswerEngine } from "../../src/engine/AnswerEngine.js";
import { tempDirs, writeArticle, type TempDirs } from "../helpers/tempCorpus.js";

let dirs: TempDirs;
let engine: AnswerEngine;

beforeAll(async () => {
  dirs = tempDirs({ seed: false });
  writeArticle(
    dirs.corpus,
    "explainer",
    [
      "The mayor chose Oksana Marchenko to run his office on Friday, and Marchenko accepted the post the same evening.",
      "",
      "Why Marchenko?",
      "",
      "The mayor said the city needed \"a steadier hand\" in its talks with the utilities after a winter of outages.",
      "",
      "Is she a politician?",
      "",
      "No. Marchenko spent twenty years as a water engineer, and the mayor chose her office staff himself.",
    ].join("\n"),
    { title: "Who is the mayor's new chief of staff?", source: "Test Explainer" },
  );
  const config = loadConfig({ env: { CORPUS_DIR: dirs.corpus, INDEX_DIR: dirs.index } });
  engine = await createEngine(config, { watch: false });
}, 120_000);
afterAll(async () => {
  await engine?.close();
  dirs?.cleanup();
});

it("GIVEN 'why did the mayor choose marchenko for the office' THEN the sentence under 'Why Marchenko?' is quoted, and no heading", async () => {
  const a = await engine.answer("why did the mayor choose marchenko for the office");
  expect(a.found).toBe(true);
  const quotes = a.quotes.map((q) => q.text);
  expect(quotes.some((q) => /steadier hand/.test(q)), quotes.join(" | ")).toBe(true);
  expect(quotes.some((q) => q.endsWith("?")), quotes.join(" | ")).toBe(false);
});
