/**
 * A neighbours' bag's stems and keys are the union of its parts' sets, answered from the parts while only `has` is
 * asked (src/answer/extractive.ts, UnionSet), and the union itself once read any other way.
 */
import { describe, expect, it } from "vitest";
import { UnionSet } from "../../src/answer/extractive.js";

const parts = () => [new Set(["talks", "geneva"]), new Set<string>(), new Set(["geneva", "envoy", "yermak"])];

describe("UnionSet", () => {
  it("GIVEN parts THEN has is true exactly for a member of some part", () => {
    const u = new UnionSet(parts());
    for (const x of ["talks", "geneva", "envoy", "yermak"]) expect(u.has(x)).toBe(true);
    for (const x of ["moscow", "", "Talks"]) expect(u.has(x)).toBe(false);
  });

  it("GIVEN parts THEN read whole it is the union, in the parts' order, without repeats", () => {
    expect([...new UnionSet(parts())]).toEqual(["talks", "geneva", "envoy", "yermak"]);
    expect(new UnionSet(parts()).size).toBe(4);
    expect([...new UnionSet(parts()).values()]).toEqual(["talks", "geneva", "envoy", "yermak"]);
    const seen: string[] = [];
    new UnionSet(parts()).forEach((x) => seen.push(x));
    expect(seen).toEqual(["talks", "geneva", "envoy", "yermak"]);
    expect(new Set(new UnionSet(parts()))).toEqual(new Set(["talks", "geneva", "envoy", "yermak"]));
  });

  it("GIVEN a change THEN it applies to the union, and the parts are left as they were", () => {
    const given = parts();
    const u = new UnionSet(given);
    u.add("moscow");
    expect(u.delete("talks")).toBe(true);
    expect([...u]).toEqual(["geneva", "envoy", "yermak", "moscow"]);
    expect(u.has("talks")).toBe(false);
    expect(given[0]).toEqual(new Set(["talks", "geneva"]));
    u.clear();
    expect(u.size).toBe(0);
    expect(u.has("geneva")).toBe(false);
  });
});
