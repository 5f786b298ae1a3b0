// Credits, bylines and photo lines name who made the story or the picture, never an actor in it:
// "Photo: Reuters/Hugo Chavez", "AP Photo/Evan Vucci", "(Getty Images)", "Reporting by Ana Ruiz;
// Editing by Tom Park", a "By Jane Doe" line, an agency in parentheses after a dateline ("(PTI)").
// The names inside keep their type and canonical name but lose their actor code.
import { matchByline } from '../article/byline.js';
import type { Span } from '../types.js';

/** Agencies and picture services that sign photos with a slash: "AP Photo/Evan Vucci", "AFP/Getty Images". */
const PICTURE_SERVICES = String.raw`AP(?: Photo)?|AFP|EPA(?:-EFE)?|Reuters|Getty Images|Getty|Xinhua|UPI|Bloomberg|Pool|File|NurPhoto|SIPA|Sipa|ZUMA(?: Press)?|Anadolu|Shutterstock|iStock|NYT|Redux|Polaris|Imago|dpa|DPA|Kyodo|Yonhap|TASS|ANI|PTI|IANS`;

/** Where a credit may start: a line's start, after an opening bracket or a separator, or after a sentence. */
const LEAD = String.raw`(?<=^[ \t]*|[(\[|•;][ \t]*|[.!?"”][ \t]+)`;
const NAMES = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|al|bin|del|di|la|le)){0,5}`;

const CREDITS: readonly RegExp[] = [
  // "Photo: ...", "Photo by ...", "Image credit: ...", "FILE PHOTO: ..." to the end of the line
  new RegExp(String.raw`${LEAD}(?:(?:file|afp|ap|reuters|staff|getty)\s+)?(?:(?:photos?|images?|pictures?|photographs?|videos?|illustrations?|graphics?|photo credit|credits?)\s*(?:by\b|credit\b:?|:)|courtesy of\b)[^\n()]{1,100}`, 'gimu'),
  // "AP Photo/Evan Vucci", "Reuters/Hugo Chavez", "AFP/Getty Images"
  new RegExp(String.raw`\b(?:${PICTURE_SERVICES})[ \t]*\/[ \t]*${NAMES}`, 'gu'),
  // "(Getty Images)", "(AP Photo/Evan Vucci)", "(Photo by ...)"
  new RegExp(String.raw`\((?:${PICTURE_SERVICES}|photo|image|credit)\b[^()\n]{0,80}\)`, 'giu'),
  // the staff lines under a wire story: "Reporting by ...; Editing by ..."
  new RegExp(String.raw`${LEAD}(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|research|translation|translated|produced|contributing|contributions|graphics)(?:\s+by\b|:)[^\n;()]{1,100}`, 'gimu'),
];

/** Spans of the text that are credits, bylines or photo lines. */
export function creditSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of CREDITS) {
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // a line of its own that is a byline ("By Jane Doe and Tom Park")
  for (const line of text.matchAll(/^[^\n]+$/gm)) {
    if (/^\s*by\s/i.test(line[0]) && matchByline(line[0])) spans.push({ start: line.index, end: line.index + line[0].length });
  }
  return spans;
}

/** True when [start, end) lies inside a credit, or is an agency named alone in parentheses ("(PTI)"). */
export function inCredit(text: string, credits: readonly Span[], start: number, end: number, agency: boolean): boolean {
  if (credits.some((c) => c.start <= start && end <= c.end)) return true;
  return agency && text[start - 1] === '(' && text[end] === ')';
}
