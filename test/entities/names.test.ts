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
    ["Selenskyj", "Zelenskyy"],
    ["Iermak", "Yermak"],
    ["Jermak", "Yermak"],
    ["Chmyhal", "Shmyhal"],
    ["Schmyhal", "Shmyhal"],
    ["Uschakow", "Ushakov"],
    ["Dmitrijew", "Dmitriev"],
    ["Zełenski", "Zelensky"],
    ["Ławrow", "Lavrov"],
    ["Charkiw", "Kharkiv"],
  ])("GIVEN %s and %s THEN they are one name in two spellings", (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ["Iran", "Iraq"],
    ["Putin", "Patton"],
    ["Poland", "Ukraine"],
    ["Austria", "Australia"],
    ["Merz", "Marz"],
    ["Sybiha", "Zibiha"],
    ["Starmer", "Stammer"],
  ])("GIVEN %s and %s THEN they are different names, however alike", (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });

  it("GIVEN a short name THEN it has no key to be confused by", () => {
    expect(nameKey("Kyiv")).toBeUndefined();
    expect(nameKey("Zelenskyy")).toBe(nameKey("Zelensky"));
  });
});
