// What the entity layer needs from the knowledge base, indexed once per process (the people's
// indexes on first use: see Knowledge).
import { agenciesByInitials } from './abbreviations.js';
import { readBareNames, type BareName } from '../kb/bare-names.js';
import { Gazetteer } from './gazetteer.js';
import { readUsTowns } from './us-towns.js';
import { readGenderWords, type GenderWords } from './gender.js';
import type { Alias, KnowledgeBase, Person, RoleWord } from '../kb/types.js';

export interface RoleName {
  readonly text: string;
  readonly role: RoleWord;
}

export interface EntityKnowledge {
  /** Every alias of every country, organisation and person. */
  readonly names: Gazetteer<Alias>;
  /** Role words and their plurals ("official", "foreign ministry", "troops"). */
  readonly roles: Gazetteer<RoleName>;
  readonly people: ReadonlyMap<string, Person>;
  /** Persons of our own lists (not imported) by the lower-cased first and last word of each of their names, for misspelt names. */
  readonly byNameWord: ReadonlyMap<string, readonly Person[]>;
  /** First words of known people's full names ("Jeb", "Hunter"): a given name even at a sentence start. */
  readonly givenNames: ReadonlySet<string>;
  /** News agencies by the initials they share with a party ("PTI"). */
  readonly agencies: ReadonlyMap<string, Alias>;
  /** US towns whose police and courts are named by the town ("Columbus police"): places coded USA. */
  readonly usTowns: ReadonlyMap<string, Alias>;
  /** Bodies named without their country ("Congress", "the Navy"), read for the document's country. */
  readonly bareNames: ReadonlyMap<string, BareName>;
  /** Codes of every country, present and historic. */
  readonly countries: ReadonlySet<string>;
  /** Titles and given names that tell a person's gender (kb/genders.tsv). */
  readonly genderWords: GenderWords;
}

export function entityKnowledge(kb: KnowledgeBase): EntityKnowledge {
  return new Knowledge(kb);
}

/**
 * What every document looks names up in is built at once; the indexes of people that only some
 * documents ask for (a misspelt name, a given name at a sentence start) on first use, so that a run's
 * start-up does not pay for those its documents never need. They are built from the knowledge base in
 * memory alone, so when they are built changes nothing they hold.
 */
class Knowledge implements EntityKnowledge {
  readonly names: Gazetteer<Alias>;
  readonly roles: Gazetteer<RoleName>;
  readonly agencies: ReadonlyMap<string, Alias>;
  readonly usTowns: ReadonlyMap<string, Alias>;
  readonly bareNames: ReadonlyMap<string, BareName>;
  readonly countries: ReadonlySet<string>;
  readonly genderWords: GenderWords;
  #people: ReadonlyMap<string, Person> | null = null;
  #byNameWord: ReadonlyMap<string, readonly Person[]> | null = null;
  #givenNames: ReadonlySet<string> | null = null;

  constructor(private readonly kb: KnowledgeBase) {
    const roleNames: RoleName[] = [];
    for (const role of kb.roles) {
      roleNames.push({ text: role.word, role });
      if (role.plural) roleNames.push({ text: role.plural, role });
    }
    this.names = new Gazetteer(kb.aliases);
    this.roles = new Gazetteer(roleNames);
    this.agencies = agenciesByInitials(kb.aliases);
    // files of the folder are read now: one that cannot be read fails the start, not a document
    this.usTowns = readUsTowns(kb.dir);
    this.bareNames = readBareNames(kb.dir);
    this.countries = new Set(kb.countries.map((c) => c.code));
    this.genderWords = readGenderWords(kb.dir);
  }

  get people(): ReadonlyMap<string, Person> {
    return (this.#people ??= new Map(this.kb.people.map((p) => [p.name, p])));
  }

  get byNameWord(): ReadonlyMap<string, readonly Person[]> {
    return (this.#byNameWord ??= peopleByNameWord(this.kb.people));
  }

  get givenNames(): ReadonlySet<string> {
    return (this.#givenNames ??= givenNames(this.kb.people));
  }
}

/**
 * Misspellings are looked for among the people of our own lists: among thousands of imported
 * officials, a real name one letter from another is another person ("Michael Brown", "Michael Browne").
 */
function peopleByNameWord(people: readonly Person[]): Map<string, Person[]> {
  const byNameWord = new Map<string, Person[]>();
  for (const person of people.filter((p) => p.origin !== 'imported')) {
    for (const word of new Set([person.name, ...person.aliases].flatMap(edgeWords))) {
      const list = byNameWord.get(word);
      if (list) list.push(person);
      else byNameWord.set(word, [person]);
    }
  }
  return byNameWord;
}

/** The first word of every name of several words, in one pass: the chain of array copies it replaced took 35 ms of start-up over 20,000 people. */
function givenNames(people: readonly Person[]): Set<string> {
  const first = new Set<string>();
  const add = (name: string) => {
    const space = name.indexOf(' ');
    if (space >= 0) first.add(name.slice(0, space));
  };
  for (const p of people) {
    add(p.name);
    p.aliases.forEach(add);
  }
  return first;
}

/** The first and last word of a name, lower case: a misspelling rarely hits both. */
export function edgeWords(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/);
  return words.length > 1 ? [words[0]!, words[words.length - 1]!] : [];
}
