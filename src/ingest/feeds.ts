/**
 * News feeds: RSS 2.0, RSS 1.0 (RDF) and Atom, read with fast-xml-parser into one entry shape, and the words that
 * decide which entries are about the talks.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { PROJECT_ROOT } from "../projectRoot.js";
import { escapeRegExp } from "../text/regExp.js";

export interface FeedEntry {
  title: string;
  link: string;
  summary?: string;
  /** ISO 8601 (UTC) when the feed gave a date. */
  published?: string;
}

export type ParsedFeed = { ok: true; title?: string; entries: FeedEntry[] } | { ok: false; message: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

type Node = Record<string, unknown>;

/** Reads a feed document; a document that is not well-formed XML or not a feed is `{ ok: false }` with why. */
export function parseFeed(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, message: `not well-formed XML (${valid.err.msg.replace(/\.$/, "")}, line ${valid.err.line})` };
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    return { ok: false, message: `not well-formed XML (${(err as Error).message.split("\n")[0]})` };
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  if (rss) return { ok: true, title: text(rss.title), entries: items(rss.item).map(rssEntry).filter(isEntry) };
  const rdf = doc.RDF as Node | undefined;
  if (rdf) return { ok: true, title: text((rdf.channel as Node | undefined)?.title), entries: items(rdf.item).map(rssEntry).filter(isEntry) };
  const atom = doc.feed as Node | undefined;
  if (atom) return { ok: true, title: text(atom.title), entries: items(atom.entry).map(atomEntry).filter(isEntry) };
  return { ok: false, message: "not an RSS or Atom feed" };
}

function items(v: unknown): Node[] {
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is Node => x !== null && typeof x === "object");
}

/** Text of an element that may carry attributes (`{ "#text": … }`), HTML tags and entities stripped. */
function text(v: unknown): string | undefined {
  const raw = typeof v === "string" ? v : v && typeof v === "object" ? (v as Node)["#text"] : undefined;
  if (typeof raw !== "string" && typeof raw !== "number") return undefined;
  const t = String(raw).replace(/<[^>]*>/g, " ").replace(/&nbsp;/g, " ").replace(/\s+/g, " ").trim();
  return t === "" ? undefined : t;
}

function rssEntry(item: Node): Partial<FeedEntry> {
  const links = items(item.link).map((l) => text(l)).concat(typeof item.link === "string" ? [item.link] : []);
  const guid = item.guid as Node | string | undefined;
  const guidLink = typeof guid === "object" && guid?.["@_isPermaLink"] !== "false" ? text(guid) : typeof guid === "string" ? guid : undefined;
  const link = [...(Array.isArray(item.link) ? (item.link as unknown[]).map(text) : []), ...links, guidLink].find((l) => l && /^https?:\/\//i.test(l));
  return entry(text(item.title), link, text(item.description) ?? text(item.encoded), text(item.pubDate) ?? text(item.date));
}

function atomEntry(e: Node): Partial<FeedEntry> {
  const links = items(e.link);
  const best = links.find((l) => (l["@_rel"] ?? "alternate") === "alternate") ?? links[0];
  const href = best?.["@_href"];
  return entry(text(e.title), typeof href === "string" ? href : undefined, text(e.summary) ?? text(e.content), text(e.published) ?? text(e.updated));
}

function entry(title?: string, link?: string, summary?: string, date?: string): Partial<FeedEntry> {
  const out: Partial<FeedEntry> = { title: title ?? link, link };
  if (summary) out.summary = summary.slice(0, 2000);
  const t = date ? Date.parse(date) : NaN;
  if (Number.isFinite(t)) out.published = new Date(t).toISOString().replace(/\.000Z$/, "Z");
  return out;
}

function isEntry(e: Partial<FeedEntry>): e is FeedEntry {
  return typeof e.link === "string" && /^https?:\/\//i.test(e.link) && typeof e.title === "string";
}

/** True when the entry's title or summary has any of `words` at the start of a word (case-insensitive). */
export function matchesWords(e: Pick<FeedEntry, "title" | "summary">, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const hay = `${e.title}\n${e.summary ?? ""}`;
  return words.some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}`, "iu").test(hay));
}

/** The default match words: `config/feed-match.txt` of the repository (one a line, `#` comments). */
export const DEFAULT_MATCH_FILE = path.join(PROJECT_ROOT, "config", "feed-match.txt");

export async function readMatchWords(file: string | URL = DEFAULT_MATCH_FILE): Promise<string[]> {
  return parseList(await readFile(file, "utf8"));
}

/** Lines of a list file or a comma-separated value: trimmed, without comments and blanks. */
export function parseList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((l) => l.replace(/(^|\s)#.*$/, "").trim())
    .filter(Boolean);
}
