/**
 * The repository's folder, whether this code runs from its TypeScript sources (src/) or compiled (dist/src/, see
 * scripts/build.mjs): the files the program ships with (config/, corpus/, eval/) are found from here.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export const PROJECT_ROOT = path.basename(path.dirname(here)) === "dist" ? path.resolve(here, "../..") : path.resolve(here, "..");
