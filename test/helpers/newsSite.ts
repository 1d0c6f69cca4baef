/**
 * A fake news site on 127.0.0.1 (port 0) for import tests: each path answers with a fixed status, headers and body,
 * optionally after a delay or as an endless stream. Always `close()` it.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Waits this long before answering (a slow page). */
  delayMs?: number;
  /** Streams this many bytes of filler after `body` (a huge page). */
  streamBytes?: number;
}

export interface NewsSite {
  base: string;
  url(path: string): string;
  /** Paths requested so far, in order. */
  requests: string[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

export async function startNewsSite(routes: Record<string, Route> = {}): Promise<NewsSite> {
  const table = new Map(Object.entries(routes));
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push(path);
    const route = table.get(path);
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(route.status ?? 200, route.headers ?? { "content-type": "text/html; charset=utf-8" });
      if (!route.streamBytes) {
        res.end(route.body ?? "");
        return;
      }
      res.write(route.body ?? "");
      let left = route.streamBytes;
      const chunk = Buffer.alloc(64 * 1024, "a");
      const pump = () => {
        while (left > 0 && !res.destroyed) {
          left -= chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    };
    if (route.delayMs) {
      const t = setTimeout(send, route.delayMs);
      res.on("close", () => clearTimeout(t));
    } else send();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (p) => `${base}${p}`,
    requests,
    routes: table,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
