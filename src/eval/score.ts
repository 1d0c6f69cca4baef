/**
 * Scoring of an evaluation run (see ../shared/eval/README.md): a question is right when one of the first three
 * quotes contains an expected string (case, white space and typographic quotes normalised); an unanswerable one is
 * right when the reply is "not found" with no quote. Every quote is also checked verbatim against its article.
 */
export interface EvalQuestion {
  q: string;
  /** The kind of question (spelling, alias, say, none…), for the per-kind breakdown. */
  kind?: string;
  expect?: string[];
  expect_none?: boolean;
}

export interface EvalReply {
  question: string;
  found: boolean;
  answer: string;
  quotes: { text: string; articleId: string; start: number; end: number }[];
}

export interface EvalRow {
  q: string;
  kind?: string;
  ok: boolean;
  detail: string;
}

export function normalizeForMatch(s: string): string {
  return s
    .toLowerCase()
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export function scoreEval(questions: EvalQuestion[], replies: EvalReply[], bodies: Map<string, string>) {
  const rows: EvalRow[] = [];
  let answerable = 0;
  let hits = 0;
  let unanswerable = 0;
  let abstained = 0;
  let quotes = 0;
  let verbatim = 0;
  let falseAbstentions = 0;
  questions.forEach((q, i) => {
    const r = replies[i];
    if (!r) {
      rows.push({ q: q.q, ok: false, detail: "no reply" });
      return;
    }
    for (const quote of r.quotes) {
      quotes++;
      const body = bodies.get(quote.articleId);
      if (body !== undefined && body.slice(quote.start, quote.end) === quote.text) verbatim++;
    }
    const shown = r.quotes.slice(0, 3).map((x) => normalizeForMatch(x.text));
    if (q.expect_none) {
      unanswerable++;
      const ok = !r.found && r.quotes.length === 0;
      if (ok) abstained++;
      rows.push({ q: q.q, kind: q.kind, ok, detail: ok ? "said the articles don't say" : `answered: ${shown[0] ?? r.answer}` });
      return;
    }
    answerable++;
    const expect = (q.expect ?? []).map(normalizeForMatch);
    const ok = r.found && shown.some((s) => expect.some((e) => s.includes(e)));
    if (ok) hits++;
    if (!r.found) falseAbstentions++;
    rows.push({ q: q.q, kind: q.kind, ok, detail: r.found ? `quotes: ${shown.map((s) => s.slice(0, 90)).join(" | ")}` : "said not found" });
  });
  const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${Math.round((100 * a) / b)}%`);
  const summary =
    `eval: hit@3 ${hits}/${answerable} (${pct(hits, answerable)}), ` +
    `abstained ${abstained}/${unanswerable} (${pct(abstained, unanswerable)}), ` +
    `false "not found" ${falseAbstentions}/${answerable} (${pct(falseAbstentions, answerable)}), ` +
    `quotes verbatim ${verbatim}/${quotes} (${pct(verbatim, quotes)})`;
  return { rows, hits, answerable, abstained, unanswerable, verbatim, quotes, falseAbstentions, summary, byKind: byKind(rows) };
}

/** "spelling 5/6, alias 4/6, …": right answers per kind of question. */
function byKind(rows: EvalRow[]): string {
  const kinds = new Map<string, [number, number]>();
  for (const r of rows) {
    const k = kinds.get(r.kind ?? "other") ?? [0, 0];
    k[0] += r.ok ? 1 : 0;
    k[1]++;
    kinds.set(r.kind ?? "other", k);
  }
  return [...kinds].map(([k, [ok, n]]) => `${k} ${ok}/${n}`).join(", ");
}
