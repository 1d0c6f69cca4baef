/**
 * A story's stamp at the start of its first sentence: where and when it was filed, not what happened. The timeline
 * dates the sentence after it; an answer to "when" does not take the filing day for the day of the event.
 */

/** "GENEVA, Nov 23 (Agency) - ", "20:40 GMT\n", "WASHINGTON — ": a story's stamp, not what happened. */
const DATELINE = /^(?:\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?\s*\n\s*|[A-Z][A-Z .'’/-]{2,30}(?:,\s+[^-–—()\n]{1,25}?)?(?:\s+\([^)\n]{1,30}\))?\s+[-–—]\s+)/u;

/** The length of the story's stamp at the start of `text` ("LONDON, Dec 22 — "), 0 when there is none. */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/** An agency's dateline split off as a sentence of its own: "GENEVA, 18 February.", "MOSCOW, Dec. 2. /Agency/." */
const DATELINE_ALONE = /^[A-Z][A-Z .'-]{1,40}(?:\/[A-Z][A-Z .'-]{1,40})?,\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})\.?(?:\s*\/[^/]{2,24}\/\.?)?$/;

/** Whether the sentence is only a dateline (the story it stamps goes on in the next sentence). */
export function isDatelineAlone(sentence: string): boolean {
  return DATELINE_ALONE.test(sentence.trim());
}

export function withoutDateline(text: string): string {
  const cut = text.slice(datelineLength(text));
  return cut === text || cut.length < 20 ? text : cut.charAt(0).toUpperCase() + cut.slice(1);
}
