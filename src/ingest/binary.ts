/**
 * Input that is not text: an executable, an image, random bytes. Such input would be "extracted" into a body of
 * control characters and NULs and quoted later, so it is refused before extraction.
 */

/** True when `text` (already decoded) holds NULs, many control characters or many undecodable bytes (U+FFFD). */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 65_536);
  if (sample.length === 0) return false;
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.01;
}

const MAGIC: readonly (readonly number[])[] = [
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x50, 0x4b, 0x03, 0x04], // zip (docx, epub…)
  [0x1f, 0x8b], // gzip
];

/** True for bytes that start like a known binary format or hold a NUL in their first 8 KB. */
export function bytesLookBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((m) => m.every((b, i) => bytes[i] === b))) return true;
  return bytes.subarray(0, 8192).includes(0);
}
