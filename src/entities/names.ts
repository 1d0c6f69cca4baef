/**
 * Name spellings. Outlets transliterate Ukrainian and Russian names differently (Zelensky / Zelenskyy / Zelenskiy,
 * Andriy / Andrii / Andrei, Hnatov / Gnatov, Dmitriev / Dmitriyev, Kyslytsya / Kislitsa) and misspell English ones
 * (Keir / Kier). Two spellings are one name when their consonant skeletons agree — the vowels and y/i/j are where
 * transliteration systems differ, and Ukrainian h is Russian g — or when they differ by one swap of neighbours.
 * Short skeletons are not trusted (Iran / Iraq, Putin / Patton), and nothing here ever equates two different names
 * that merely mean similar things: that is what word vectors do, and why they are not used for names.
 */

/** Lower case, accents removed, apostrophes and hyphens dropped: "Zelens'kyi" → "zelenskyi". */
export function foldName(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ`-]/g, "");
}

/**
 * The consonant skeleton with its first letter: "zelenskyy" → "zlnsk", "andriy" → "andr", "hnatov" → "gntv".
 * Letters that transliteration systems render differently are unified first.
 */
export function nameSkeleton(word: string): string {
  const w = foldName(word)
    .replace(/x/g, "ks")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/q/g, "k")
    .replace(/c(?!h)/g, "k")
    .replace(/h/g, "g")
    .replace(/(?<=[szcgkt])g/g, "") // zh, sh, kh, ch, th: the h marks a sound, it is not a Ukrainian g
    .replace(/j/g, "y");
  if (w.length === 0) return "";
  const rest = w.slice(1).replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
  return w[0] + rest;
}

/** Skeletons shorter than this are too common to identify a name by. */
const MIN_SKELETON = 4;

/** True when `a` and `b` are spellings of one name (see the module comment). Both are single words. */
export function sameName(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return true;
  if (fa.length < 4 || fb.length < 4) return false;
  const sa = nameSkeleton(fa);
  if (sa.length >= MIN_SKELETON && sa === nameSkeleton(fb) && firstSound(fa) === firstSound(fb)) return true;
  return isOneSwap(fa, fb);
}

/** Skeletons already computed, by word; bounded like the stems' memo (src/text/terms.ts), starting over when full. */
const NAME_KEYS = new Map<string, string>();
const MAX_NAME_KEYS = 200_000;

/** The key under which spellings of one name meet (undefined when the word is too short to identify a name). */
export function nameKey(word: string): string | undefined {
  // Memoised: every capitalised word of every sentence ranked asks, and a skeleton is a dozen regular expressions.
  let s = NAME_KEYS.get(word);
  if (s === undefined) {
    s = nameSkeleton(word);
    if (NAME_KEYS.size >= MAX_NAME_KEYS) NAME_KEYS.clear();
    NAME_KEYS.set(word, s);
  }
  return s.length >= MIN_SKELETON ? s : undefined;
}

function firstSound(w: string): string {
  const c = w[0]!;
  if ("aeiou".includes(c)) return "vowel";
  if (c === "h" || c === "g") return "g";
  if (c === "c" || c === "k") return "k";
  if (c === "y" || c === "j" || c === "i") return "y";
  return c;
}

/** Same letters with one pair of neighbours swapped ("keir" / "kier"). */
function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i >= a.length - 1) return false;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
