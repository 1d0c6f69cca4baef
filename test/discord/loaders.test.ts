import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCommands, loadEvents } from "../../src/discord/loaders.js";

describe("loaders", () => {
  it("GIVEN the commands folder THEN loads one command per file by name, each with builder JSON", async () => {
    const commands = await loadCommands();
    expect([...commands.keys()].sort()).toEqual(expect.arrayContaining(["ask", "help", "sources", "whatsnew"]));
    const ask = commands.get("ask")!.data;
    expect(ask.options).toEqual([
      expect.objectContaining({ name: "question", type: 3, required: true, min_length: 1, max_length: 300 }),
      expect.objectContaining({ name: "private", type: 5 }),
      expect.objectContaining({ name: "thread", type: 5 }),
    ]);
    expect(typeof commands.get("sources")!.button).toBe("function");
  });

  it("GIVEN the events folder THEN loads interactionCreate, messageCreate, clientReady and error", async () => {
    const names = (await loadEvents()).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["interactionCreate", "messageCreate", "clientReady", "error"]));
  });

  it("GIVEN a module without a valid default export THEN refuses naming the file", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "commands-"));
    writeFileSync(path.join(dir, "broken.mjs"), "export default { data: {} };\n");
    await expect(loadCommands(dir)).rejects.toThrow(/broken\.mjs has no valid default export/);
  });
});
