/**
 * What a news page says about itself, in the order outlets are most careful with it: JSON-LD `NewsArticle`
 * (headline, datePublished, author, publisher), then Open Graph and article meta tags (`og:title`, `og:site_name`,
 * `article:published_time`, `author`), `<link rel=canonical>` (then `og:url`), and `<time datetime>`. Read from
 * the document before Readability runs (it mutates the document).
 */
import { cleanLine } from "./blocks.js";

export interface PageMeta {
  /** Headline candidates, best first (JSON-LD headline, og:title, twitter:title, the first <h1>, <title>). */
  titles: string[];
  source?: string;
  published?: string;
  author?: string;
  url?: string;
}

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Report|Background|Review)?Article$|^(?:LiveBlogPosting|BlogPosting|Report)$/;

type Json = Record<string, unknown>;

export function readPageMeta(doc: Document, baseUrl?: string): PageMeta {
  const ld = jsonLdArticle(doc);
  const meta = (key: string) =>
    clean(doc.querySelector(`meta[property="${key}"]`)?.getAttribute("content") ?? doc.querySelector(`meta[name="${key}"]`)?.getAttribute("content"));
  const titles = [
    str(ld?.headline),
    meta("og:title"),
    meta("twitter:title"),
    clean(doc.querySelector("h1")?.textContent),
    clean(doc.querySelector("title")?.textContent),
  ].filter((t): t is string => t !== undefined);
  const out: PageMeta = { titles: [...new Set(titles)] };
  const source = names(ld?.publisher)[0] ?? meta("og:site_name") ?? meta("application-name");
  if (source) out.source = source;
  const published = normalizeDateTime(
    str(ld?.datePublished) ?? meta("article:published_time") ?? meta("datePublished") ?? meta("pubdate") ??
      clean(doc.querySelector("time[datetime]")?.getAttribute("datetime")),
  );
  if (published) out.published = published;
  const author = names(ld?.author).join(", ") || nonUrl(meta("author")) || nonUrl(meta("article:author"));
  if (author && author.length <= 120) out.author = author.replace(/^by\s+/i, "");
  const url = canonical(doc, baseUrl) ?? (str(ld?.url) && /^https?:\/\//i.test(str(ld?.url)!) ? str(ld?.url) : undefined);
  if (url) out.url = url;
  return out;
}

/** The first JSON-LD object whose `@type` is an article, searching arrays and `@graph`. Broken JSON is skipped. */
function jsonLdArticle(doc: Document): Json | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return undefined;
}

function findArticle(data: unknown, depth: number): Json | undefined {
  if (depth > 4 || data === null || typeof data !== "object") return undefined;
  if (Array.isArray(data)) {
    for (const d of data) {
      const f = findArticle(d, depth + 1);
      if (f) return f;
    }
    return undefined;
  }
  const obj = data as Json;
  const types = ([] as unknown[]).concat(obj["@type"] ?? []).map(String);
  if (types.some((t) => ARTICLE_TYPES.test(t))) return obj;
  return findArticle(obj["@graph"], depth + 1) ?? findArticle(obj.mainEntity, depth + 1);
}

function str(v: unknown): string | undefined {
  return typeof v === "string" ? clean(v) : undefined;
}

/** Names of a JSON-LD person/organisation value: a string, `{ name }`, or a list of them. */
function names(v: unknown): string[] {
  const list = ([] as unknown[]).concat(v ?? []);
  return list
    .map((x) => (typeof x === "string" ? clean(x) : x && typeof x === "object" ? str((x as Json).name) : undefined))
    .filter((x): x is string => x !== undefined && !/^https?:\/\//i.test(x));
}

function nonUrl(v: string | undefined): string | undefined {
  return v && !/^https?:\/\//i.test(v) ? v : undefined;
}

/** `<link rel=canonical>`, then `og:url`; a relative link counts only when the page's own address is known. */
function canonical(doc: Document, baseUrl: string | undefined): string | undefined {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute("href"),
    doc.querySelector('meta[property="og:url"]')?.getAttribute("content"),
  ];
  for (const c of candidates) {
    const v = c?.trim();
    if (!v) continue;
    if (/^https?:\/\//i.test(v)) return v;
    if (baseUrl && URL.canParse(v, baseUrl)) {
      const abs = new URL(v, baseUrl);
      if (abs.protocol === "http:" || abs.protocol === "https:") return abs.href;
    }
  }
  return undefined;
}

function clean(value: string | null | undefined): string | undefined {
  const v = value ? cleanLine(value.replace(/\s+/g, " ")) : "";
  return v === "" ? undefined : v;
}

/**
 * `+0000` offsets get their colon and a space between date and time becomes `T`. A date-time without a zone is an
 * unknown instant, so only its date is kept (the article is then time-unknown); anything else is kept as is.
 */
export function normalizeDateTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value
    .trim()
    .replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/, "$1T$2")
    .replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  const noZone = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.exec(v);
  return noZone ? noZone[1] : v;
}
