import { describe, expect, it } from "vitest";
import { nameKey, sameName } from "../../src/entities/names.js";

describe("sameName", () => {
  it.each([
    ["Zelensky", "Zelenskyy"],
    ["Zelenskiy", "Zelenskii"],
    ["Andriy", "Andrii"],
    ["Andriy", "Andrei"],
    ["Hnatov", "Gnatov"],
    ["Dmitriev", "Dmitriyev"],
    ["Kyslytsya", "Kislitsa"],
    ["Keir", "Kier"],
    ["Kharkiv", "Kharkov"],
  ])("GIVEN %s and %s THEN they are one name in two spellings", (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ["Iran", "Iraq"],
    ["Putin", "Patton"],
    ["Poland", "Ukraine"],
    ["Austria", "Australia"],
    ["Merz", "Marz"],
  ])("GIVEN %s and %s THEN they are different names, however alike", (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });

  it("GIVEN a short name THEN it has no key to be confused by", () => {
    expect(nameKey("Kyiv")).toBeUndefined();
    expect(nameKey("Zelenskyy")).toBe(nameKey("Zelensky"));
  });
});
