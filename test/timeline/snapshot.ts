/** Builds a `CorpusSnapshot` the way the index holds one, from articles written in the test or read from corpus/. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { splitSentences } from "../../src/text/sentences.js";
import type { Article, CorpusSnapshot, IndexedSentence } from "../../src/types.js";

export interface TestArticle {
  id: string;
  published: string;
  body: string;
  title?: string;
  source?: string;
  url?: string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SEED_ID = "000_6ebb02524a7f715b";

export function article(a: TestArticle): Article {
  return {
    id: a.id,
    title: a.title ?? `Headline of ${a.id}`,
    source: a.source ?? "Test Wire",
    published: a.published,
    ...(a.url ? { url: a.url } : {}),
    body: a.body,
    hash: a.id,
    file: `/corpus/${a.id}.md`,
  };
}

export function snapshotOf(articles: Article[]): CorpusSnapshot {
  const sentences = new Map<string, IndexedSentence[]>();
  let label = 0;
  for (const a of articles) {
    sentences.set(
      a.id,
      splitSentences(a.body).map((s, index) => ({ ...s, label: label++, articleId: a.id, index, text: a.body.slice(s.start, s.end) })),
    );
  }
  return { articles, sentencesOf: (id) => sentences.get(id) ?? [] };
}

/** The seed article from corpus/, its front matter read with a minimal parser (flat `key: value` lines). */
export function seedArticle(): Article {
  const file = path.join(root, "corpus", `${SEED_ID}.md`);
  const text = readFileSync(file, "utf8");
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error(`no front matter in ${file}`);
  const meta: Record<string, string> = {};
  for (const line of m[1]!.split("\n")) {
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (kv) meta[kv[1]!] = unquote(kv[2]!);
  }
  return { ...article({ id: SEED_ID, published: meta.published!, title: meta.title, source: meta.source, body: text.slice(m[0].length) }), file };
}

function unquote(v: string): string {
  if (v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  if (v.startsWith('"') && v.endsWith('"')) return JSON.parse(v) as string;
  return v;
}
