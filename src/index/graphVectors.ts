/**
 * The vectors of a saved graph, read from the file's bytes that a load has already read and checked: hnswlib-node's
 * getPoint builds a JavaScript array of a vector element by element (~15 µs), and the answer asks for the vectors
 * of every candidate of every question (on the speeches a twentieth of the answer time), where a view of the bytes
 * costs nothing.
 *
 * hnswlib's layout (hnswalg.h, saveIndex): a 96-byte header — offsetLevel0, maxElements, count, sizeDataPerElement,
 * labelOffset, offsetData (u64 each), maxLevel (i32), entryPoint (u32), maxM, maxM0, M (u64), mult (f64),
 * efConstruction (u64) — then `count` elements of sizeDataPerElement bytes, each holding its links, its vector
 * (f32 × dimensions) at offsetData and its label (u64) at labelOffset; then the upper levels' links. The loader
 * compares a few vectors with getPoint's and does without this view when they differ (another layout).
 */
const HEADER_BYTES = 96;

export class GraphVectors {
  private constructor(
    /** Every element's bytes as floats (when aligned) or the vectors alone, back to back. */
    private readonly floats: Float32Array,
    /** Label → index of its vector's first float in `floats`. */
    private readonly start: Map<number, number>,
    private readonly dimensions: number,
  ) {}

  /** The vectors in a graph file's bytes; undefined when they do not look like hnswlib's layout. */
  static read(bytes: Uint8Array, dimensions: number): GraphVectors | undefined {
    if (bytes.length < HEADER_BYTES) return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const u64 = (at: number) => view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
    const [offsetLevel0, count, size, labelOffset, offsetData] = [u64(0), u64(16), u64(24), u64(32), u64(40)];
    const vectorBytes = 4 * dimensions;
    const plausible =
      offsetLevel0 === 0 &&
      size > 0 &&
      offsetData + vectorBytes <= size &&
      labelOffset + 8 <= size &&
      (labelOffset >= offsetData + vectorBytes || labelOffset + 8 <= offsetData) &&
      HEADER_BYTES + count * size <= bytes.length;
    if (!plausible) return undefined;
    const start = new Map<number, number>();
    if ((bytes.byteOffset + HEADER_BYTES) % 4 === 0 && offsetData % 4 === 0 && size % 4 === 0) {
      // A view of the file's own bytes: nothing copied.
      const floats = new Float32Array(bytes.buffer, bytes.byteOffset + HEADER_BYTES, (count * size) / 4);
      for (let i = 0; i < count; i++) start.set(u64(HEADER_BYTES + i * size + labelOffset), (i * size + offsetData) / 4);
      return new GraphVectors(floats, start, dimensions);
    }
    const floats = new Float32Array(count * dimensions);
    for (let i = 0; i < count; i++) {
      const at = HEADER_BYTES + i * size;
      for (let d = 0; d < dimensions; d++) floats[i * dimensions + d] = view.getFloat32(at + offsetData + 4 * d, true);
      start.set(u64(at + labelOffset), i * dimensions);
    }
    return new GraphVectors(floats, start, dimensions);
  }

  /** The stored vector of graph point `label` (a view: not to be written to); undefined for an unknown label. */
  get(label: number): Float32Array | undefined {
    const at = this.start.get(label);
    return at === undefined ? undefined : this.floats.subarray(at, at + this.dimensions);
  }

  /** True when these are the vectors `getPoint` gives (the first, middle and last points: the layout was read right). */
  agreesWith(getPoint: (label: number) => number[]): boolean {
    const labels = [...this.start.keys()];
    if (labels.length === 0) return false;
    try {
      return [labels[0]!, labels[labels.length >> 1]!, labels[labels.length - 1]!].every((label) => {
        const mine = this.get(label);
        const theirs = getPoint(label);
        return mine !== undefined && mine.length === theirs.length && theirs.every((x, d) => x === mine[d]);
      });
    } catch {
      // hnswlib throws for a label it does not hold: these are not its vectors.
      return false;
    }
  }
}
