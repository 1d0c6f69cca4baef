/**
 * Sentence tokens stored by the build (src/index/sentenceTokens.ts): they are exactly what the query-time tokenizer
 * makes of each sentence, an index written before they were stored still loads and answers the same, a merge
 * carries them (tokenising the sentences of a segment without them), and tokens of another tokenizer are not used.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractiveRanker } from "../../src/answer/extractive.js";
import { analyzeQuestion } from "../../src/answer/question.js";
import { GloveWordSimilarity } from "../../src/answer/wordSimilarity.js";
import { loadConfig } from "../../src/config.js";
import { createEmbeddings } from "../../src/embeddings/createEmbeddings.js";
import { loadGloveVectors } from "../../src/embeddings/gloveCache.js";
import { capitalised, storedKeys, tokensKeys } from "../../src/entities/keys.js";
import { IndexStore } from "../../src/index/IndexStore.js";
import { FILES } from "../../src/index/manifest.js";
import { mergeSegments } from "../../src/index/merge.js";
import { indexPaths } from "../../src/index/paths.js";
import { reindex } from "../../src/index/reindex.js";
import { encodeTokens, SentenceTokens, SentenceTokensBuilder, tokensOf } from "../../src/index/sentenceTokens.js";
import { wholeArticle } from "../../src/index/splitWork.js";
import { hybridSearch } from "../../src/retrieval/hybridSearch.js";
import { RETRIEVAL_TUNING } from "../../src/retrieval/tuning.js";
import { tokens } from "../../src/text/terms.js";
import type { EmbedderId } from "../../src/types.js";

let root: string;
let corpus: string;
let indexDir: string;
let id: EmbedderId;
let embeddings: Awaited<ReturnType<typeof createEmbeddings>>["embeddings"];

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "talks-sentence-tokens-"));
  corpus = path.join(root, "news");
  indexDir = path.join(root, "index");
  // The team's news corpus: names, alias phrases (the White House), abbreviations (U.S.), possessives, quotes.
  cpSync(path.resolve("eval/news/dev"), corpus, { recursive: true });
  const config = loadConfig({ env: { CORPUS_DIR: corpus, INDEX_DIR: indexDir } });
  ({ embeddings, id } = await createEmbeddings(config));
  await reindex({ corpusDir: corpus, indexDir, embeddings, embedder: id });
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every live sentence of a store. */
const sentencesOf = (store: IndexStore) => store.snapshot().articles.flatMap((a) => store.snapshot().sentencesOf(a.id));

/** A copy of the published index as a build from before tokens were stored: no tokens.json in any segment. */
function withoutTokens(): string {
  const dir = path.join(root, `old-${Math.random().toString(36).slice(2)}`);
  cpSync(indexDir, dir, { recursive: true });
  const build = indexPaths(dir).build(readFileSync(indexPaths(dir).current, "utf8").trim());
  const file = path.join(build, FILES.manifest);
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  for (const s of manifest.segments) {
    delete s.files[FILES.tokens];
    delete s.sha256[FILES.tokens];
    rmSync(path.join(path.dirname(build), s.name, FILES.tokens));
  }
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return dir;
}

describe("GIVEN a fresh build", () => {
  it("THEN every sentence's stored tokens are the query-time tokenizer's words and capitals, and give the same keys in the same order", async () => {
    const store = await IndexStore.load(indexDir, id);
    const all = sentencesOf(store);
    expect(all.length).toBeGreaterThan(500);
    for (const s of all) {
      const stored = store.sentenceTokens(s.label);
      const toks = tokens(s.text);
      expect(stored, s.text).toBeDefined();
      expect(stored!.words.map((w) => w.word), s.text).toEqual(toks.map((t) => t.word));
      expect(stored!.capitalised, s.text).toEqual(toks.map((t) => capitalised(t.raw)));
      expect([...storedKeys(stored!.words, stored!.capitalised)], s.text).toEqual([...tokensKeys(toks)]);
    }
  });
});

describe("GIVEN a fresh build's articles", () => {
  it("THEN an article's tokens from its sentences' stored ones, when given, are the tokenizer's of its whole body; they are given for most", async () => {
    const store = await IndexStore.load(indexDir, id);
    let whole = 0;
    for (const a of store.snapshot().articles) {
      const stored = store.articleTokens(a.id);
      if (!stored) continue;
      whole++;
      const toks = tokens(a.body);
      expect(stored.words.map((w) => w.word), a.id).toEqual(toks.map((t) => t.word));
      expect(stored.capitalised, a.id).toEqual(toks.map((t) => capitalised(t.raw)));
    }
    expect(whole).toBeGreaterThan(store.snapshot().articles.length / 2);
  });

  it("THEN a body with a word the sentence splitter leaves between sentences is not whole", () => {
    expect(wholeArticle("Talks resumed. Then more.", [encodeTokens(tokensOf("Talks resumed.")), encodeTokens(tokensOf("Then more."))])).toBe(true);
    expect(wholeArticle("Talks resumed. Photo Then more.", [encodeTokens(tokensOf("Talks resumed.")), encodeTokens(tokensOf("Then more."))])).toBe(false);
    expect(wholeArticle("The U.S. envoy", [encodeTokens(tokensOf("The U.")), encodeTokens(tokensOf("S. envoy"))])).toBe(false);
  });
});

describe("GIVEN an index written before sentence tokens were stored", () => {
  it("THEN it loads, and ranks every candidate and quotes exactly as the build with tokens", async () => {
    const [fresh, old] = [await IndexStore.load(indexDir, id), await IndexStore.load(withoutTokens(), id)];
    const any = sentencesOf(old)[0]!;
    expect(old.sentenceTokens(any.label)).toBeUndefined();
    const words = new GloveWordSimilarity(await loadGloveVectors({ cacheDir: loadConfig().cacheDir }));
    const [withTokens, fromText] = [new ExtractiveRanker(fresh, words), new ExtractiveRanker(old, words)];
    for (const question of ["Who led the Ukrainian delegation in Berlin?", "What did Witkoff say after the meeting?", "Did Putin meet Witkoff?", "Where will the next round be held?"]) {
      const q = analyzeQuestion(question, fresh.entities);
      const candidates = await hybridSearch(fresh, embeddings, question, { k: RETRIEVAL_TUNING.candidates, expand: (found) => withTokens.anchored(q, found) });
      const [a, b] = [withTokens.answer(q, candidates), fromText.answer(q, candidates)];
      const view = (r: typeof a) => r.ranked.map((x) => [x.sentence.label, x.score, x.coverage, x.entitiesPresent, x.furniture, x.offTopic, x.speaking]);
      expect(view(b), question).toEqual(view(a));
      expect(b.quotes, question).toEqual(a.quotes);
    }
  }, 60_000);

  it("THEN a merge of its segments stores every live sentence's tokens, read from the text", async () => {
    const old = await IndexStore.load(withoutTokens(), id);
    const merged = mergeSegments(old.segments, old.manifest, id.dimensions);
    for (const s of sentencesOf(old)) expect(merged.tokens.raw(s.label), s.text).toEqual(tokensOf(s.text));
    const fresh = await IndexStore.load(indexDir, id);
    for (const a of old.snapshot().articles) expect(merged.tokens.holdsWhole(a.id), a.id).toBe(fresh.articleTokens(a.id) !== undefined);
  }, 60_000);
});

describe("GIVEN a segment's saved tokens", () => {
  const sample = () => {
    const b = new SentenceTokensBuilder();
    b.add(7, tokensOf("Witkoff met Putin at the Kremlin."));
    b.add(9, tokensOf("The U.S. envoy's plan."));
    return b.finish();
  };

  it("THEN they read back the same after a save and a load", () => {
    const loaded = SentenceTokens.fromJSON(JSON.parse(JSON.stringify(sample())))!;
    expect(loaded.raw(7)).toEqual(tokensOf("Witkoff met Putin at the Kremlin."));
    expect(loaded.raw(9)).toEqual(tokensOf("The U.S. envoy's plan."));
    expect(loaded.raw(8)).toBeUndefined();
  });

  it("THEN sentences added as the split worker's encoded strings are stored as if added decoded", () => {
    const texts = ["Witkoff met Putin at the Kremlin.", "", "The U.S. envoy's plan.", "putin and Putin, PUTIN"];
    const [decoded, encoded] = [new SentenceTokensBuilder(), new SentenceTokensBuilder()];
    texts.forEach((t, i) => {
      decoded.add(i, tokensOf(t));
      encoded.addEncoded(i, encodeTokens(tokensOf(t)));
    });
    expect(JSON.stringify(encoded.finish())).toBe(JSON.stringify(decoded.finish()));
  });

  it("THEN more words than 16 bits hold are stored in 32 bits and read back", () => {
    const b = new SentenceTokensBuilder();
    const text = Array.from({ length: 40_000 }, (_, i) => `w${i}`).join(" ");
    b.add(1, tokensOf(text));
    const json = JSON.parse(JSON.stringify(b.finish()));
    expect(json.wide).toBe(true);
    expect(SentenceTokens.fromJSON(json)!.raw(1)).toEqual(tokensOf(text));
  });

  it("THEN tokens written by another tokenizer version are not used, and inconsistent arrays are damage", () => {
    const json = JSON.parse(JSON.stringify(sample()));
    expect(SentenceTokens.fromJSON({ ...json, tokenizer: json.tokenizer + 1 })).toBeUndefined();
    expect(() => SentenceTokens.fromJSON({ ...json, words: json.words.slice(0, 2) })).toThrow(/tokens: arrays disagree/);
    expect(() => SentenceTokens.fromJSON({ ...json, format: "other" })).toThrow(/tokens: not a sentence-tokens-1 file/);
  });
});
