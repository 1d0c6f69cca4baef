/**
 * A bounded memo, the shape every per-text and per-sentence cache of the answer takes: made on first use, kept, and
 * the whole map started over when full (cheaper than tracking use, and the same entries come back question after
 * question).
 */

/** `map`'s value for `key`, made and kept on first use; the map starts over at `max` entries. */
export function memo<K, V>(map: Map<K, V>, key: K, make: () => V, max: number): V {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= max) map.clear();
    value = make();
    map.set(key, value);
  }
  return value;
}
