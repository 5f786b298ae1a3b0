// A person's gender where the text or kb/genders.tsv says it, so that "he" skips a woman named
// before him and "she" a man. Evidence: a form of address or gendered title right before a name
// ("Mrs. Clinton", "Congresswoman Omar"), the given name that opens a name of two words or more
// ("Hillary Clinton"), and for known people whose given name does not say it, their own line
// ("Kim Jong Un"). A person with no evidence, or with evidence both ways, stays unknown: a pronoun
// may then take them as before.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../types.js';

export type Gender = 'm' | 'f';

export const GENDERS_FILE = 'genders.tsv';

export interface GenderWords {
  /** Forms of address and gendered titles, as written ("Mrs.", "Congresswoman"). */
  readonly titles: ReadonlyMap<string, Gender>;
  /** Given names, as written ("Hillary"). */
  readonly given: ReadonlyMap<string, Gender>;
  /** Known people whose given name does not say it ("Kim Jong Un"), by their canonical name in the knowledge base. */
  readonly people: ReadonlyMap<string, Gender>;
}

export const NO_GENDER_WORDS: GenderWords = { titles: new Map(), given: new Map(), people: new Map() };

/** kb/genders.tsv: `word  gender  kind`, columns separated by a tab or two spaces. */
export function readGenderWords(kbDir: string): GenderWords {
  const path = join(kbDir, GENDERS_FILE);
  if (!existsSync(path)) return NO_GENDER_WORDS;
  const words = { titles: new Map<string, Gender>(), given: new Map<string, Gender>(), people: new Map<string, Gender>() };
  const byKind: Record<string, Map<string, Gender>> = { title: words.titles, given: words.given, person: words.people };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, gender, kind] = line
      .replace(/#.*/, '')
      .trim()
      .split(/\t+| {2,}/);
    if (!word || (gender !== 'm' && gender !== 'f') || !kind) continue;
    byKind[kind]?.set(word, gender);
  }
  return words;
}

/** The word right before `offset`, with a trailing period kept ("Mrs."). */
function wordBefore(text: string, offset: number): string {
  return /([A-Za-z]+\.?)\s+$/.exec(text.slice(Math.max(0, offset - 20), offset))?.[1] ?? '';
}

/** What one name mention says of its person's gender: the known person first, then its title, then its given name. */
function nameGender(text: string, m: Mention, words: GenderWords): Gender | null {
  const known = words.people.get(m.name);
  if (known) return known;
  const title = words.titles.get(wordBefore(text, m.start)) ?? words.titles.get(m.text.split(' ')[0]!);
  if (title) return title;
  for (const name of [m.text, m.name]) {
    const parts = name.split(' ');
    const given = parts.length > 1 ? words.given.get(parts[0]!) : undefined;
    if (given) return given;
  }
  return null;
}

/** Each person entity whose names agree on a gender, by entity number; the others are left out. */
export function entityGenders(text: string, mentions: readonly Mention[], words: GenderWords): Map<number, Gender> {
  return agreed(mentions, (m) => (m.type === 'PERSON' && m.form === 'name' ? nameGender(text, m, words) : null));
}

/** The gender each entity's mentions say, where none of them says the other. */
function agreed(mentions: readonly Mention[], say: (m: Mention) => Gender | null): Map<number, Gender> {
  const seen = new Map<number, Gender | 'both'>();
  for (const m of mentions) {
    const g = say(m);
    if (!g) continue;
    const before = seen.get(m.entity);
    seen.set(m.entity, before === undefined || before === g ? g : 'both');
  }
  const genders = new Map<number, Gender>();
  for (const [entity, g] of seen) if (g !== 'both') genders.set(entity, g);
  return genders;
}

const MASCULINE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMININE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

/** The gender a third-person singular pronoun says, or null for any other word. */
export function pronounGender(word: string): Gender | null {
  const w = word.toLowerCase();
  return MASCULINE_PRONOUNS.has(w) ? 'm' : FEMININE_PRONOUNS.has(w) ? 'f' : null;
}

/**
 * Each entity's gender as the pronouns the entity stage gave it say (that stage already kept them in
 * agreement with titles and given names); entities referred to both ways are left out.
 */
export function gendersByPronoun(mentions: readonly Mention[]): Map<number, Gender> {
  return agreed(mentions, (m) => (m.form === 'pronoun' && m.type === 'PERSON' ? pronounGender(m.text) : null));
}
