/**
 * The corpus writer: puts one article file into the corpus folder atomically. Every import (a file, a link, a
 * feed) ends here.
 */
import { randomBytes } from "node:crypto";
import { link, open, readdir, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { InternalError } from "../errors.js";
import { fsProblem } from "../fsProblem.js";
import type { Article } from "../types.js";
import { parseArticle, type ArticleFields } from "./article.js";
import { articleFileName, formatArticle } from "./formatArticle.js";

/**
 * Writes an article under a new name (`articleFileName`), never replacing an existing file; with `replace` set to
 * the path of an existing article, that file is replaced instead (atomically, by rename). Returns the parsed
 * article as the loader will read it.
 */
export async function writeArticle(
  dir: string,
  fields: ArticleFields,
  body: string,
  options: { replace?: string } = {},
): Promise<{ file: string; article: Article }> {
  const root = path.resolve(dir);
  const text = formatArticle(fields, body);
  const { file } = options.replace
    ? await replaceFile(root, options.replace, text)
    : await writeNewFile(root, (taken) => articleFileName(fields, taken), text);
  const parsed = parseArticle(file, text);
  if (!parsed.ok) throw new InternalError(`add-article: wrote a file that does not parse: ${parsed.problem.message}`);
  return { file, article: parsed.article };
}

async function writeTemp(dir: string, text: string): Promise<string> {
  const tmp = path.join(dir, `.add-article-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await open(tmp, "wx");
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (err) {
    // A full disk fails the write after the file exists: it must not stay in the corpus.
    await unlink(tmp).catch(() => undefined);
    throw fsProblem("add-article", err, dir, "nothing was added") ?? err;
  }
  return tmp;
}

async function replaceFile(dir: string, file: string, text: string): Promise<{ file: string }> {
  const tmp = await writeTemp(dir, text);
  try {
    await rename(tmp, file);
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
  return { file };
}

/**
 * Writes `text` to a temporary dotfile (ignored by the loader), flushes it, then links it under the chosen name:
 * `link` fails instead of replacing a file that appeared meanwhile, and then the next free name is chosen.
 */
async function writeNewFile(
  dir: string,
  chooseName: (taken: string[]) => string,
  text: string,
): Promise<{ file: string }> {
  const tmp = await writeTemp(dir, text);
  try {
    const taken = await readdir(dir);
    for (let attempt = 0; attempt < 100; attempt++) {
      const file = path.join(dir, chooseName(taken));
      try {
        await link(tmp, file);
        return { file };
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === "EEXIST") {
          taken.push(path.basename(file));
          continue;
        }
        if (code === "EPERM" || code === "ENOTSUP" || code === "EXDEV") {
          // File systems without hard links: rename is still atomic, the name was free a moment ago.
          await rename(tmp, file);
          return { file };
        }
        throw fsProblem("add-article", err, dir, "nothing was added") ?? err;
      }
    }
    throw new InternalError(`add-article: no free file name in ${dir}`);
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}
