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
    ["Oumerov", "Umerov"],
    ["Ouchakov", "Ushakov"],
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

describe("letters Unicode does not decompose", () => {
  it("GIVEN Polish ł, Nordic ø and the like THEN they fold to plain letters, so a chat's spelling meets them", async () => {
    const { foldName, sameName } = await import("../../src/entities/names.js");
    expect(foldName("Ziółkowski")).toBe("ziolkowski");
    expect(foldName("Łukasz")).toBe("lukasz");
    expect(foldName("Søren")).toBe("soren");
    expect(sameName("Ziółkowski", "ziolkowski")).toBe(true);
  });
});

describe("role words", () => {
  it("GIVEN words sharing a role's stem THEN only the role's own forms are roles", async () => {
    const { isRoleWord } = await import("../../src/entities/roles.js");
    for (const w of ["negotiator", "negotiators", "aide", "officials", "analyst", "head", "chair"]) expect(isRoleWord(w), w).toBe(true);
    for (const w of ["negotiations", "negotiating", "aid", "headed", "officially", "research", "diplomatic", "presidency"]) expect(isRoleWord(w), w).toBe(false);
  });
});
