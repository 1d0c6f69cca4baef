/**
 * Content checksums of the files of a build, stored in its manifest and verified on load: a same-size edit or
 * flipped bytes (which sizes cannot see) would otherwise crash hnswlib or quote words the article never had.
 */
import { createHash, webcrypto } from "node:crypto";
import { createReadStream } from "node:fs";

/** SHA-256 of `data` as hex (hashes the speech index's 54 MB in well under 0.1 s with the CPU's SHA extensions). */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The same, computed on a thread of libuv's pool (WebCrypto): loading hashes 50 MB while it parses JSON. */
export async function sha256HexAsync(data: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest("SHA-256", data)).toString("hex");
}

/** SHA-256 of a file, streamed (never the whole file in memory). */
export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file, { highWaterMark: 1 << 20 })
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}
