/**
 * Fetches one article page for import: http and https only, a timeout over the whole exchange (headers and body),
 * at most `maxRedirects` redirects (followed by hand, so they can be counted and each target checked), a size cap
 * read as the body streams in, the content type checked (HTML or plain text), and the charset taken from the
 * header, else from `<meta charset>` / `http-equiv`, else a BOM, else UTF-8 — decoded with the WHATWG TextDecoder
 * (windows-1251, ISO-8859-1, KOI8-R… all decode right).
 *
 * Only maintainers' commands and configured feeds call this; nothing a Discord user types reaches it.
 */
import { bytesLookBinary } from "./binary.js";

/** Defaults of `fetchPage`; every field can be overridden per call. */
export const FETCH_DEFAULTS = {
  /** Whole exchange, headers and body (ms). 5–60 s is sensible. */
  timeoutMs: 20_000,
  /** Largest body accepted (bytes). News pages are 0.1–3 MB. */
  maxBytes: 8 * 1024 * 1024,
  /** Redirects followed before giving up (issue 10: at most 5). */
  maxRedirects: 5,
  userAgent: "talks-bot/0.1 (+https://github.com/; article import)",
};

export type FetchOptions = Partial<typeof FETCH_DEFAULTS> & {
  /** "page" (default): HTML or plain text; "feed": RSS/Atom/XML (and HTML, which then fails to parse as a feed). */
  accept?: "page" | "feed";
};

export type FetchResult =
  | {
      ok: true;
      /** The address after redirects. */
      url: string;
      text: string;
      format: "html" | "text";
      /** The charset the body was decoded with. */
      charset: string;
    }
  | { ok: false; url: string; message: string };

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/i;
const TEXT_TYPES = /^text\/plain$/i;
const FEED_TYPES = /^(application|text)\/((rss|atom|rdf)\+)?xml$/i;

/** Fetches `url`; never throws for network or content problems: `{ ok: false, message }` names the URL and the reason. */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const { accept: _accept, ...overrides } = options;
  const o = { ...FETCH_DEFAULTS, ...overrides };
  const fail = (message: string, at = url): FetchResult => ({ ok: false, url, message: `${at}: ${message}` });
  const signal = AbortSignal.timeout(o.timeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      if (!isHttp(current)) return fail(`only http:// and https:// links can be imported`, current);
      const res = await fetch(current, {
        redirect: "manual",
        signal,
        headers: { "user-agent": o.userAgent, accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1" },
      });
      if (res.status >= 300 && res.status < 400 && res.headers.has("location")) {
        await res.body?.cancel();
        if (redirects >= o.maxRedirects) return fail(`more than ${o.maxRedirects} redirects`);
        current = new URL(res.headers.get("location")!, current).href;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return fail(`the server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`, current);
      }
      const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
      const feed = options.accept === "feed" && (FEED_TYPES.test(type) || TEXT_TYPES.test(type));
      const format = HTML_TYPES.test(type) ? "html" : TEXT_TYPES.test(type) || feed ? "text" : undefined;
      if (!format) {
        await res.body?.cancel();
        const want = options.accept === "feed" ? "a feed (content type" : "an article page (content type";
        return fail(`not ${want} ${type || "missing"})${options.accept === "feed" ? "" : " — give the link of an HTML page"}`, current);
      }
      const declared = Number(res.headers.get("content-length") ?? "NaN");
      if (declared > o.maxBytes) {
        await res.body?.cancel();
        return fail(`the page is larger than ${mb(o.maxBytes)}`, current);
      }
      const bytes = await readCapped(res, o.maxBytes);
      if (!bytes) return fail(`the page is larger than ${mb(o.maxBytes)}`, current);
      if (bytesLookBinary(bytes)) return fail("the page is not text or HTML (binary data)", current);
      const charset = charsetOf(res.headers.get("content-type"), bytes, format);
      let decoder: TextDecoder;
      try {
        decoder = new TextDecoder(charset);
      } catch {
        return fail(`the page's charset "${charset}" is not supported`, current);
      }
      return { ok: true, url: current, text: decoder.decode(bytes), format, charset: decoder.encoding };
    }
  } catch (err) {
    return fail(reasonOf(err, o.timeoutMs), current);
  }
}

function isHttp(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
  } catch {
    return false;
  }
}

/** Reads the body, stopping (and cancelling the download) past `max` bytes: undefined then. */
async function readCapped(res: Response, max: number): Promise<Uint8Array | undefined> {
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Header charset, else `<meta charset>` or `http-equiv` in the first 4 KB, else a BOM, else UTF-8. */
export function charsetOf(contentType: string | null, bytes: Uint8Array, format: "html" | "text"): string {
  const header = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  if (header) return header[1]!.toLowerCase();
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (format === "html" || /^<\?xml/.test(Buffer.from(bytes.subarray(0, 5)).toString("latin1"))) {
    const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
    const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
    if (meta) return meta[1]!.toLowerCase();
  }
  return "utf-8";
}

function reasonOf(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return `no complete answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`;
  const cause = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
  return `cannot be fetched (${cause})`;
}

function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
