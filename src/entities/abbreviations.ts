// Initials shared by a party and a news agency: "PTI" is Pakistan Tehreek-e-Insaf in politics and the
// Press Trust of India in a credit or when it reports ("(PTI)", "PTI reported", "told PTI"). The
// knowledge base gives the party the initials and the agency only its full name; the agency's
// initials are read off that name.
import type { Alias } from '../kb/types.js';
import type { KnownName } from './names.js';

/** The initials of a name's capitalised words: "Press Trust of India" -> "PTI". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Agencies by their initials, for the initials that some party also goes by. */
export function agenciesByInitials(aliases: readonly Alias[]): Map<string, Alias> {
  const partyInitials = new Set(aliases.filter((a) => a.kind === 'party' && /^\p{Lu}{2,5}$/u.test(a.text)).map((a) => a.text));
  const out = new Map<string, Alias>();
  for (const a of aliases) {
    const key = a.kind === 'agency' ? initials(a.text) : '';
    if (partyInitials.has(key) && !out.has(key)) out.set(key, { ...a, text: key });
  }
  return out;
}

/** Words around initials that make them the agency: it reports, is told or quoted, or stands in parentheses. */
const AGENCY_BEFORE = /(?:\(|\b(?:according to|told|telling|quoted by|quoting|reported by|cited by|speaking to|spoke to|interview with)\s+(?:the\s+)?)$/i;
const AGENCY_AFTER = /^(?:\)|\s+(?:news agency|reported|reports|quoted|cites|cited|correspondent|reporter|learnt|learned|has learnt|has learned|photo)\b|\s*\/)/i;

/** The agency a party's initials stand for here, or null when they stand for the party. */
export function agencyReading(text: string, name: KnownName, agencies: ReadonlyMap<string, Alias>): Alias | null {
  if (name.alias.kind !== 'party') return null;
  const agency = agencies.get(text.slice(name.start, name.end));
  if (!agency) return null;
  const before = text.slice(Math.max(0, name.start - 30), name.start);
  const after = text.slice(name.end, name.end + 30);
  return AGENCY_BEFORE.test(before) || AGENCY_AFTER.test(after) ? agency : null;
}
