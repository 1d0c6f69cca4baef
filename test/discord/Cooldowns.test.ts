import { describe, expect, it } from "vitest";
import { Cooldowns } from "../../src/discord/Cooldowns.js";

describe("Cooldowns", () => {
  it("GIVEN a 10 s cooldown THEN a second question within it waits the remaining whole seconds; other users are not affected", () => {
    let now = 1_000_000;
    const c = new Cooldowns(10, () => now);
    expect(c.take("u1")).toBe(0);
    now += 2_500;
    expect(c.take("u1")).toBe(8);
    expect(c.take("u2")).toBe(0);
    now += 7_500;
    expect(c.take("u1")).toBe(0);
  });

  it("GIVEN cooldown 0 THEN never waits", () => {
    const c = new Cooldowns(0);
    expect([c.take("u"), c.take("u"), c.take("u")]).toEqual([0, 0, 0]);
  });
});
