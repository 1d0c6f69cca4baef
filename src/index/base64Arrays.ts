/**
 * Typed arrays as base64 strings in an index's JSON files (the BM25 postings, the sentences' stored tokens): one
 * string an array, read back into a fresh buffer.
 */

/** The bytes of a typed array (only its own view of the buffer), as base64. */
export function toBase64(a: ArrayBufferView): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
}

/**
 * Copies base64 bytes into a fresh, aligned ArrayBuffer (Buffer's pool may hand out unaligned slices). `file` names
 * the file in the error of a missing or truncated array.
 */
export function fromBase64(b64: unknown, width: number, file: string): ArrayBuffer {
  if (typeof b64 !== "string") throw new Error(`${file}: missing array`);
  const bytes = Buffer.from(b64, "base64");
  if (bytes.length % width !== 0) throw new Error(`${file}: truncated array`);
  const out = new ArrayBuffer(bytes.length);
  new Uint8Array(out).set(bytes);
  return out;
}
