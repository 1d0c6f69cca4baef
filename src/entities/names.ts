/**
 * Name spellings. Outlets transliterate Ukrainian and Russian names differently (Zelensky / Zelenskyy / Zelenskiy,
 * Andriy / Andrii / Andrei, Hnatov / Gnatov, Dmitriev / Dmitriyev, Kyslytsya / Kislitsa) and misspell English ones
 * (Keir / Kier). Two spellings are one name when their consonant skeletons agree — the vowels and y/i/j are where
 * transliteration systems differ, and Ukrainian h is Russian g — or when they differ by one swap of neighbours.
 * German, French and Polish outlets (and English translations of them) spell by their own conventions — Selenskyj,
 * Iermak, Chmyhal, Uschakow, Ławrow — so a name also meets through its English-convention forms (VARIANT_RULES).
 * Short skeletons are not trusted (Iran / Iraq, Putin / Patton), and nothing here ever equates two different names
 * that merely mean similar things: that is what word vectors do, and why they are not used for names.
 */

/**
 * Lower case, accents removed, apostrophes and hyphens dropped: "Zelens'kyi" → "zelenskyi". Letters that are no
 * accented letter to Unicode are folded too ("Ziółkowski", "Łukasz", "Søren"), or a chat's "ziolkowski" would miss.
 * (An index built before this folding keeps its people's ids with the letter; a re-index brings them in line.)
 */
export function foldName(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ`-]/g, "")
    .replace(/[łøđıßæœ]/g, (c) => UNDECOMPOSED[c]!);
}

const UNDECOMPOSED: Record<string, string> = { ł: "l", ø: "o", đ: "d", ı: "i", ß: "ss", æ: "ae", œ: "oe" };

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

/**
 * Other languages' ways of writing the sounds English transliteration writes otherwise, one rule set per convention
 * (each applied whole, since they disagree: French "ch" is English "sh", German "ch" is "kh", Polish "cz" is "ch").
 * Only the word's extra keys come from these: the stored index keeps the keys of nameSkeleton alone.
 */
const VARIANT_RULES: [RegExp, string][][] = [
  // German: Selenskyj, Uschakow, Saporischschja, Charkiw (w and j are unified by the skeleton itself).
  [[/tsch/g, "ch"], [/sch/g, "sh"], [/^s(?=[aeiouy])/, "z"], [/ch/g, "kh"], [/^i(?=[aeou])/, "y"]],
  // French: Chmyhal, Iermak, Tchernihiv, Boudanov, Oumerov (vowels are not in the skeleton, but the first letter is).
  [[/tch/g, "ch§"], [/ch(?!§)/g, "sh"], [/§/g, ""], [/^i(?=[aeou])/, "y"], [/ou/g, "u"]],
  // Polish: Zełenski, Ławrow, Szmyhal, Czernihów.
  [[/ł/g, "l"], [/sz/g, "sh"], [/cz/g, "ch"], [/rz/g, "zh"]],
  // The old French and English "-off" of Russian surnames: Peskoff, Ushakoff, Lavroff.
  [[/off$/, "ov"]],
  // Russian "е" at a word's start, which English writes "ye" and others "e": Ermak, Evgeny (Yermak, Yevgeny).
  [[/^e(?=[bcdfgklmnprstvz])/, "ye"]],
];

/** The word's forms under each convention that differ from it (folded), the word first. */
export function nameForms(word: string): string[] {
  const folded = foldName(word);
  const out = [folded];
  for (const rules of VARIANT_RULES) {
    const v = rules.reduce((w, [re, to]) => w.replace(re, to), folded);
    if (!out.includes(v)) out.push(v);
  }
  return out;
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
  if (isOneSwap(fa, fb)) return true;
  // Another convention's spelling: some form of one is the other, or both share an English-convention form.
  const formsB = nameForms(fb);
  for (const va of nameForms(fa)) {
    const s = nameSkeleton(va);
    if (s.length < MIN_SKELETON) continue;
    for (const vb of formsB) if (s === nameSkeleton(vb) && firstSound(va) === firstSound(vb)) return true;
  }
  return false;
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

/** The keys of the word's forms under every convention (nameForms), its own key first; short ones left out. */
export function nameKeys(word: string): string[] {
  const out: string[] = [];
  for (const f of nameForms(word)) {
    const k = nameKey(f);
    if (k !== undefined && !out.includes(k)) out.push(k);
  }
  return out;
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
