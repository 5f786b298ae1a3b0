// "By Jennie Oh", "By Jennie Oh and Tom Park", "By JENNIE OH, UPI", "By Ana Ruiz | Reuters".
const BYLINE = /^by\s+(?<names>.{2,160}?)\s*$/i;
const NAME = /^(?:[A-Z][\p{L}.'’-]*)(?:\s+(?:[A-Z][\p{L}.'’-]*|de|da|van|von|bin|al|le|la|del|der|di)){1,4}$/u;
const SEPARATOR = /\s*(?:,|;|\||&|\band\b|\bwith\b)\s*/i;

export interface Byline {
  readonly byline: string;
  readonly authors: readonly string[];
}

/** The authors of a "By ..." line; null when the line is not a byline (a sentence that starts with "By"). */
export function matchByline(line: string): Byline | null {
  const names = BYLINE.exec(line.trim())?.groups?.names;
  if (!names) return null;
  const parts = names
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  const authors: string[] = [];
  for (const part of parts) {
    if (NAME.test(part)) authors.push(titleCase(part));
    else if (authors.length === 0)
      return null; // "By the time the talks ended, ..." is a sentence
    else break; // an affiliation ("UPI", "Reuters staff") ends the names
  }
  if (authors.length === 0) return null;
  return { byline: authors.join(' and '), authors };
}

/** "JENNIE OH" -> "Jennie Oh"; mixed-case names stay as written. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
