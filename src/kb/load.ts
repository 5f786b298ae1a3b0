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

export function loadKnowledgeBase(dir: string = defaultKbDir()): LoadResult {
  const root = resolve(dir);
  const label = (rel: string): string => `${basename(root)}/${rel}`;
  const issues: Issue[] = [];

  const cameoPath = join(root, CAMEO_FILE);
  const cameo = existsSync(cameoPath) ? parseCameoTable(cameoPath, label(CAMEO_FILE), issues) : [];
  if (!existsSync(cameoPath)) issues.push(issue('kb/missing-file', 'the CAMEO code table is missing', { file: label(CAMEO_FILE), line: 0 }));
  const table = makeCameoTable(cameo);

  const actors = emptyActorData();
  const actorDir = join(root, 'actors');
  const actorFiles = filesIn(actorDir, '.tsv');
  if (actorFiles.includes(ISO_FILE)) parseIsoCountries(join(actorDir, ISO_FILE), label(`actors/${ISO_FILE}`), actors, issues);
  for (const f of actorFiles.filter((f) => f !== ISO_FILE)) parseActorFile(join(actorDir, f), label(`actors/${f}`), actors, issues);

  const people: Person[] = [];
  for (const f of filesIn(join(root, 'people'), '.txt')) parsePeopleFile(join(root, 'people', f), label(`people/${f}`), people, actors.aliases, issues);

  const rolesPath = join(root, 'roles.tsv');
  const roles = existsSync(rolesPath) ? parseRoles(rolesPath, label('roles.tsv'), issues) : [];

  const verbDir = join(root, 'verbs');
  let sets: WordSet[] = [];
  const patterns: VerbPattern[] = [];
  for (const f of filesIn(verbDir, '.txt')) {
    if (f === SETS_FILE) sets = parseSets(join(verbDir, f), label(`verbs/${f}`), issues);
    else if (VERB_FILE.test(f)) patterns.push(...parseVerbFile(join(verbDir, f), label(`verbs/${f}`), table, issues));
    else issues.push(issue('kb/verb-file', `"${f}" is not named NN-<root-name>.txt; not loaded`, { file: label(`verbs/${f}`), line: 0 }));
  }

  const discardsPath = join(root, 'discards.txt');
  const discards = existsSync(discardsPath) ? parseDiscards(discardsPath, label('discards.txt'), issues) : [];

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
