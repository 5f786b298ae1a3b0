// Loads the knowledge base folder (default <repo>/kb) into typed structures. Malformed lines become
// Issues with file and line; everything else still loads.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Issue } from '../types.js';
import { canonicalise, emptyActorData, ISO_FILE, parseActorFile, parseIsoCountries } from './actors.js';
import { CAMEO_FILE, makeCameoTable, parseCameoTable } from './cameo.js';
import { parseDiscards } from './discards.js';
import { issue } from './lines.js';
import { defaultKbDir } from './paths.js';
import { parsePeopleFile } from './people.js';
import { parseRoles } from './roles.js';
import type { LoadResult, Person, VerbPattern, WordSet } from './types.js';
import { parseSets, parseVerbFile, SETS_FILE, VERB_FILE } from './verbs.js';

function filesIn(dir: string, ext: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort() : [];
}

/**
 * `extra` folders (a user's --kb) are read after `dir`, in the same layout: their actors, people,
 * roles, verb patterns, word sets and discards are added to the base's. The CAMEO table is the base's.
 */
export function loadKnowledgeBase(dir: string = defaultKbDir(), extra: readonly string[] = []): LoadResult {
  const root = resolve(dir);
  const label = (rel: string): string => `${basename(root)}/${rel}`;
  const issues: Issue[] = [];
  const roots = [root, ...extra.map((d) => resolve(d))];
  /** [path, label] of the files named `ext` in a sub-folder of every root, the base's first. */
  const each = (sub: string, ext: string): [string, string][] =>
    roots.flatMap((r) => filesIn(join(r, sub), ext).map((f): [string, string] => [join(r, sub, f), `${basename(r)}/${sub}/${f}`]));
  const eachFile = (name: string): [string, string][] =>
    roots.filter((r) => existsSync(join(r, name))).map((r): [string, string] => [join(r, name), `${basename(r)}/${name}`]);

  const cameoPath = join(root, CAMEO_FILE);
  const cameo = existsSync(cameoPath) ? parseCameoTable(cameoPath, label(CAMEO_FILE), issues) : [];
  if (!existsSync(cameoPath)) issues.push(issue('kb/missing-file', 'the CAMEO code table is missing', { file: label(CAMEO_FILE), line: 0 }));
  const table = makeCameoTable(cameo);

  const actors = emptyActorData();
  const actorFiles = each('actors', '.tsv');
  for (const [path, name] of actorFiles) if (basename(path) === ISO_FILE) parseIsoCountries(path, name, actors, issues);
  for (const [path, name] of actorFiles) if (basename(path) !== ISO_FILE) parseActorFile(path, name, actors, issues);

  const people: Person[] = [];
  for (const [path, name] of each('people', '.txt')) parsePeopleFile(path, name, people, actors.aliases, issues);

  const roles = eachFile('roles.tsv').flatMap(([path, name]) => parseRoles(path, name, issues));

  const sets: WordSet[] = [];
  const patterns: VerbPattern[] = [];
  for (const [path, name] of each('verbs', '.txt')) {
    const f = basename(path);
    if (f === SETS_FILE) sets.push(...parseSets(path, name, issues));
    else if (VERB_FILE.test(f)) patterns.push(...parseVerbFile(path, name, table, issues));
    else issues.push(issue('kb/verb-file', `"${f}" is not named NN-<root-name>.txt; not loaded`, { file: name, line: 0 }));
  }

  const discards = eachFile('discards.txt').flatMap(([path, name]) => parseDiscards(path, name, issues));

  return {
    kb: {
      dir: root,
      cameo,
      countries: actors.countries,
      organisations: actors.organisations,
      people,
      roles,
      patterns,
      sets,
      discards,
      aliases: canonicalise(actors),
    },
    issues,
  };
}
