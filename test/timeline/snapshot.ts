/** Articles for the timeline tests: written in the test, or the seed read from corpus/. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../../src/types.js";

/** The snapshot is made by the module's own `snapshotOfArticles` (the index's splitter, the index's offsets). */
export { snapshotOfArticles as snapshotOf } from "../../src/timeline/corpusSnapshot.js";

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
