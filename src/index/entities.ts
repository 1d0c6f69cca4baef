/**
 * The entity index (src/entities) per segment: each segment saves the EntityIndex of its own articles, and a load
 * sums them. A re-index then costs the entity index of its new and changed articles only, not of the corpus (on the
 * speech corpus, building it for every article took about a second, ten at ×10).
 *
 * The sum is that of one build over all the articles, except two things: the full name kept for a person is the one
 * of the segment that mentions them most (a build over everything counts each spelling), and the articles a segment
 * still holds but that were changed or deleted since still count until the segment is merged (merge.ts), which keeps
 * dead articles under INDEX_TUNING.mergeDeadAbove of the corpus.
 */
import { ENTITY_INDEX_VERSION, type EntityIndexJson } from "../entities/EntityIndex.js";

export function sumEntityIndexes(parts: EntityIndexJson[]): EntityIndexJson {
  if (parts.length === 1) return parts[0]!;
  const words = new Map<string, [number, number]>();
  const people = new Map<string, { id: string; name: string; mentions: number; best: number; role: Map<string, number> }>();
  for (const part of parts) {
    if (part.version !== ENTITY_INDEX_VERSION) throw new Error(`entities: version ${part.version}, expected ${ENTITY_INDEX_VERSION}`);
    for (const [w, cap, lower] of part.words) {
      const entry = words.get(w);
      if (entry) {
        entry[0] += cap;
        entry[1] += lower;
      } else words.set(w, [cap, lower]);
    }
    for (const p of part.people) {
      const sum = people.get(p.id) ?? { id: p.id, name: p.name, mentions: 0, best: 0, role: new Map<string, number>() };
      sum.mentions += p.mentions;
      if (p.mentions > sum.best) [sum.best, sum.name] = [p.mentions, p.name];
      for (const [r, n] of p.role) sum.role.set(r, (sum.role.get(r) ?? 0) + n);
      people.set(p.id, sum);
    }
  }
  return {
    version: ENTITY_INDEX_VERSION,
    words: [...words].map(([w, [c, l]]) => [w, c, l]),
    people: [...people.values()].map((p) => ({ id: p.id, name: p.name, mentions: p.mentions, role: [...p.role] })),
  };
}
