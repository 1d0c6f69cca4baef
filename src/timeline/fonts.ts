/**
 * The font the timeline picture is drawn with: DejaVu Sans from the `@fontsource/dejavu-sans` npm package,
 * registered by path. The canvas has no font of its own and a clean machine may have none installed, in which case
 * text would silently draw as nothing.
 */
import { createRequire } from "node:module";
import type * as Canvas from "@napi-rs/canvas";
import { InternalError } from "../errors.js";

export const FONT_FAMILY = "Timeline Sans";

const FILES = ["dejavu-sans-latin-400-normal.woff2", "dejavu-sans-latin-700-normal.woff2"];
let registered = false;
let canvas: typeof Canvas | undefined;

/**
 * The canvas library, loaded on the first picture: a native addon that a process answering questions never needs,
 * so the bot and the chat start without it.
 */
export function canvasLibrary(): typeof Canvas {
  canvas ??= createRequire(import.meta.url)("@napi-rs/canvas") as typeof Canvas;
  return canvas;
}

export class FontLoadError extends InternalError {
  constructor(readonly file: string) {
    super(`timeline: could not load the font ${file} — run npm install (it comes with @fontsource/dejavu-sans)`);
  }
}

/** Registers the regular and bold faces once per process. */
export function ensureFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const name of FILES) {
    const file = require.resolve(`@fontsource/dejavu-sans/files/${name}`);
    if (!canvasLibrary().GlobalFonts.registerFromPath(file, FONT_FAMILY)) throw new FontLoadError(file);
  }
  registered = true;
}
