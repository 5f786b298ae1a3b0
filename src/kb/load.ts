// Loads the knowledge base folder (default <repo>/kb) into typed structures. Malformed lines become
// Issues with file and line; everything else still loads. Built once, the result is cached on disk
// (cache.ts) and read back while no file of the folder and no module of the loader has changed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Issue } from '../types.js';
import { canonicalise, emptyActorData, ISO_FILE, parseActorFile, parseIsoCountries } from './actors.js';
import { cachedBuild, type CacheOptions } from './cache.js';
import { CAMEO_FILE, makeCameoTable, parseCameoTable } from './cameo.js';
import { parseDiscards } from './discards.js';
import { issue } from './lines.js';
import { defaultKbDir } from './paths.js';
import { parsePeopleFile, personAliases } from './people.js';
import { admitImported } from './precedence.js';
import { parseRoles } from './roles.js';
import { expandTemplates, MEMBERS_FILE, normalName, parseMembers, parseStates, parseTemplates, STATES_FILE, TEMPLATE_FILE } from './templates.js';
import type { Alias, LoadResult, Person, VerbPattern, WordSet } from './types.js';
import { parseSets, parseVerbFile, SETS_FILE, VERB_FILE } from './verbs.js';

function filesIn(dir: string, ext: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort() : [];
}

function foldersIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory()).sort() : [];
}

/** The knowledge base of `dir`, from the cache when it is current (see cache.ts). */
export function loadKnowledgeBase(dir: string = defaultKbDir(), options: CacheOptions = {}): LoadResult {
  return cachedBuild(resolve(dir), buildKnowledgeBase, options);
}

/** Reads and builds every file of the folder, without the cache. */
export function buildKnowledgeBase(dir: string = defaultKbDir()): LoadResult {
  const root = resolve(dir);
  const label = (rel: string): string => `${basename(root)}/${rel}`;
  const issues: Issue[] = [];
  const warnings: Issue[] = [];

  const cameoPath = join(root, CAMEO_FILE);
  const cameo = existsSync(cameoPath) ? parseCameoTable(cameoPath, label(CAMEO_FILE), issues) : [];
  if (!existsSync(cameoPath)) issues.push(issue('kb/missing-file', 'the CAMEO code table is missing', { file: label(CAMEO_FILE), line: 0 }));
  const table = makeCameoTable(cameo);

  // core (actors/, people/) and curated (institutions/, officeholders/) entries first: they take precedence
  const actors = emptyActorData();
  const actorDir = join(root, 'actors');
  const actorFiles = filesIn(actorDir, '.tsv');
  if (actorFiles.includes(ISO_FILE)) parseIsoCountries(join(actorDir, ISO_FILE), label(`actors/${ISO_FILE}`), actors, issues);
  for (const f of actorFiles.filter((f) => f !== ISO_FILE)) parseActorFile(join(actorDir, f), label(`actors/${f}`), actors, issues);
  const institutionDir = join(root, 'institutions');
  const institutionFiles = filesIn(institutionDir, '.tsv');
  for (const f of institutionFiles.filter((f) => f !== TEMPLATE_FILE && f !== MEMBERS_FILE)) {
    parseActorFile(join(institutionDir, f), label(`institutions/${f}`), actors, issues, 'curated');
  }

  const people: Person[] = [];
  for (const f of filesIn(join(root, 'people'), '.txt')) parsePeopleFile(join(root, 'people', f), label(`people/${f}`), people, actors.aliases, issues);
  for (const f of filesIn(join(root, 'officeholders'), '.txt')) {
    parsePeopleFile(join(root, 'officeholders', f), label(`officeholders/${f}`), people, actors.aliases, issues, 'curated');
  }

  if (institutionFiles.includes(TEMPLATE_FILE)) {
    const members = institutionFiles.includes(MEMBERS_FILE) ? parseMembers(join(institutionDir, MEMBERS_FILE), label(`institutions/${MEMBERS_FILE}`), issues) : [];
    const statesPath = join(root, 'geo', STATES_FILE);
    const states = existsSync(statesPath) ? parseStates(statesPath, label(`geo/${STATES_FILE}`), issues) : [];
    const templates = parseTemplates(join(institutionDir, TEMPLATE_FILE), label(`institutions/${TEMPLATE_FILE}`), issues);
    expandTemplates(templates, { '{country}': members, '{state}': states }, new Set(actors.aliases.map((a) => normalName(a.text))), actors);
  }

  // imported people last, each folder of imported/ one source: what the curated entries name is theirs
  const imported: Person[] = [];
  const scratch: Alias[] = [];
  for (const source of foldersIn(join(root, 'imported'))) {
    for (const f of filesIn(join(root, 'imported', source), '.txt')) {
      parsePeopleFile(join(root, 'imported', source, f), label(`imported/${source}/${f}`), imported, scratch, issues, 'imported');
    }
  }
  const admitted = admitImported(imported, actors.aliases, people, warnings);
  for (const p of admitted.people) {
    people.push(p);
    actors.aliases.push(...personAliases(p));
  }

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
    warnings,
  };
}
