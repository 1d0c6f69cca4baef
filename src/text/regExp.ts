/** `s` with every character a regular expression reads specially escaped, to match it literally inside one. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
