/**
 * Page furniture that import may have left in an article body: captions and photo credits, bylines, read times,
 * "Read also" links, banners, the headline repeated as the first line. Such lines are never quoted as an answer
 * nor taken as events: the story's own sentences say the same thing better.
 */
const FURNITURE = [
  /^(photo|image|picture|video|caption|file photo|banner|illustration)\s*[:|/-]/i,
  /\b(getty images|afp via getty|ap photo|reuters\/|\/reuters|\(reuters\)|epa-efe|photo:|photograph:|\/ ?afp|via reuters|shutterstock)\b/i,
  // "By Olena Kovalenko", "By Jane Doe, Kyiv · 28 Nov" — a name only, not "By Sunday, the delegation had…".
  /^By (\p{Lu}[\p{L}.'’-]+ ?){1,4}(and (\p{Lu}[\p{L}.'’-]+ ?){1,3})?([,|·–—-][^.]*)?$/u,
  /\b\d+ min(ute)?s? read\b/i,
  /^(read (also|more)|see also|related|more on this|more from|also read|watch|listen|advertisement|sponsored|share|tags?|topics?)\b/i,
  /^(editor's note|editor’s note|updated|last updated|published|first published|copyright|©)/i,
  /\b(sign up|subscribe|newsletter|become a (member|subscriber)|support (our|independent|the)|donate|download (our|the) app|follow us)\b/i,
  /^\(?(reporting by|editing by|writing by|additional reporting)\b/i,
];

/** True when `sentence` is page furniture rather than a sentence of the story titled `title`. */
export function isFurniture(sentence: string, title: string): boolean {
  const s = sentence.trim();
  if (FURNITURE.some((re) => re.test(s))) return true;
  if (normalize(s) === normalize(title)) return true;
  // A line of a few words without a sentence's ending is a label or a heading ("Live updates", "21:15 ET - What
  // happens next"); a story's sentences end with a full stop, a question or an exclamation mark.
  return s.split(/\s+/).length <= 8 && !/[.!?]["”’)]?$/.test(s);
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
