import { DiscordAPIError } from "discord.js";
import { describe, expect, it } from "vitest";
import { discordErrorCode, errorForLog } from "../../src/discord/discordErrors.js";

describe("errorForLog", () => {
  it("GIVEN a REST error on an interaction URL THEN keeps code, status and method and masks the interaction token", () => {
    const token = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTpzZWNyZXQtc2VjcmV0LXNlY3JldA";
    const err = new DiscordAPIError({ code: 10062, message: "Unknown interaction" }, 10062, 404, "POST", `https://discord.com/api/v10/interactions/123456789012345678/${token}/callback`, { body: undefined, files: undefined });
    const logged = errorForLog(err);
    expect(logged).toMatchObject({ code: 10062, status: 404, method: "POST", url: "https://discord.com/api/v10/interactions/123456789012345678/[redacted]/callback" });
    expect(JSON.stringify(logged)).not.toContain(token);
    expect(discordErrorCode(err)).toBe(10062);
  });

  it("GIVEN a non-Discord error THEN has no Discord code", () => {
    expect(discordErrorCode(new Error("x"))).toBeUndefined();
    expect(errorForLog("plain")).toEqual({ value: "plain" });
  });
});
