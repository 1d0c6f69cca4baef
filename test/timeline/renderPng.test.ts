import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { renderTimelinePng } from "../../src/timeline/renderPng.js";
import { timeline } from "../../src/timeline/timeline.js";
import { seedArticle, snapshotOf } from "./snapshot.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Inked pixels of the PNG inside the rectangle (x0, y0)–(x1, y1): text and marks, not the white background. */
async function inkedPixels(png: Buffer, x0: number, y0: number, x1: number, y1: number): Promise<number> {
  const img = await loadImage(png);
  const g = createCanvas(img.width, img.height).getContext("2d");
  g.drawImage(img, 0, 0);
  const d = g.getImageData(x0, y0, x1 - x0, y1 - y0).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! < 600) n++;
  return n;
}

describe("renderTimelinePng", () => {
  it("GIVEN the seed timeline THEN a PNG with its title, an axis and a label per event", async () => {
    const png = renderTimelinePng(timeline(snapshotOf([seedArticle()])));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    const img = await loadImage(png);
    expect(img.width).toBe(1200);
    // 11 events of at least two lines each.
    expect(img.height).toBeGreaterThan(11 * 40);
    expect(await inkedPixels(png, 30, 20, 400, 60)).toBeGreaterThan(500); // the title
    expect(await inkedPixels(png, 230, 100, 1170, img.height - 20)).toBeGreaterThan(20_000); // the labels
  });

  it("GIVEN more events than the picture holds THEN it draws the first ones and says how many more", async () => {
    const t = timeline(snapshotOf([seedArticle()]));
    const small = renderTimelinePng(t, { maxEvents: 5 });
    const full = renderTimelinePng(t);
    expect((await loadImage(small)).height).toBeLessThan((await loadImage(full)).height);
  });

  it("GIVEN no events THEN a small picture that says so, not an error", async () => {
    const png = renderTimelinePng(timeline(snapshotOf([seedArticle()]), { topic: "bananas" }));
    expect((await loadImage(png)).height).toBe(160);
  });
});

/** Font folders a clean machine would not have; hidden with a private mount, as root, where the kernel allows it. */
const FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts"].filter((d) => existsSync(d));
const canHideFonts =
  process.platform === "linux" &&
  process.getuid?.() === 0 &&
  spawnSync("unshare", ["-m", "true"], { stdio: "ignore" }).status === 0;

describe("renderTimelinePng on a machine without system fonts", () => {
  it.runIf(canHideFonts)("GIVEN no font installed THEN the packaged font still draws the text", () => {
    const child = `
      import { createCanvas } from "@napi-rs/canvas";
      import { renderTimelinePng } from "./src/timeline/renderPng.ts";
      const probe = createCanvas(200, 40).getContext("2d");
      probe.font = "20px sans-serif";
      const systemFont = probe.measureText("Sun 30 Nov").width;
      const png = renderTimelinePng({ events: [{ date: "2025-11-30", end: "2025-11-30", label: "Sun 30 Nov 2025",
        text: "Talks in Miami made progress", quotes: [{ text: "t", articleId: "a", title: "T", source: "Axios",
        published: "2025-11-30T20:00:00-05:00", start: 0, end: 1 }], expressions: ["on Sunday"] }],
        groups: [], articles: 1 });
      console.log(JSON.stringify({ systemFont, png: png.toString("base64") }));`;
    const mounts = FONT_DIRS.map((d) => `mount -t tmpfs none ${d}`).join(" && ");
    const out = execFileSync(
      "unshare",
      ["-m", "sh", "-c", `${mounts || "true"} && exec node --import tsx --input-type=module -e '${child}'`],
      { cwd: root, encoding: "utf8" },
    );
    const { systemFont, png } = JSON.parse(out) as { systemFont: number; png: string };
    expect(systemFont).toBe(0); // really no font from the system
    return inkedPixels(Buffer.from(png, "base64"), 230, 90, 900, 200).then((n) => expect(n).toBeGreaterThan(800));
  });
});
