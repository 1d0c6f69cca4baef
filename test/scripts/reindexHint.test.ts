import { describe, expect, it } from "vitest";
import { scriptConfig, withFolderFlags } from "../../scripts/lib/cli.js";

describe("reindex hints name the folders used", () => {
  it("GIVEN --corpus and --index THEN the hint carries them, after its own flags", () => {
    scriptConfig({ corpus: "/tmp/news", index: "/tmp/news-index" });
    expect(withFolderFlags("index: no index in /tmp/news-index — run npm run reindex")).toBe(
      'index: no index in /tmp/news-index — run npm run reindex -- --corpus "/tmp/news" --index "/tmp/news-index"',
    );
    expect(withFolderFlags("index: /x is damaged — run npm run reindex -- --full")).toBe(
      'index: /x is damaged — run npm run reindex -- --full --corpus "/tmp/news" --index "/tmp/news-index"',
    );
  });

  it("GIVEN the configured folders THEN the hint is unchanged", () => {
    scriptConfig({});
    expect(withFolderFlags("index: no index — run npm run reindex")).toBe("index: no index — run npm run reindex");
  });
});
