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
import { BARE_NAMES_FILE } from './bare-names.js';
import { expandTemplates, MEMBERS_FILE, normalName, parseMembers, parseStates, parseTemplates, STATES_FILE, TEMPLATE_FILE } from './templates.js';
import type { Alias, LoadResult, Person, VerbPattern, WordSet } from './types.js';
import { parseSets, parseVerbFile, SETS_FILE, VERB_FILE } from './verbs.js';

function filesIn(dir: string, ext: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort() : [];
}

function foldersIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory()).sort() : [];
}

export interface LoadOptions extends CacheOptions {
  /**
   * A user's folders (--kb), read after `dir` in the same layout: their actors, people, roles, verb
   * patterns, word sets and discards are added to the base's. The CAMEO table is the base's.
   */
  readonly extra?: readonly string[];
}

/** The knowledge base of `dir`, from the cache when it is current (see cache.ts). */
export function loadKnowledgeBase(dir: string = defaultKbDir(), options: LoadOptions = {}): LoadResult {
  const extra = options.extra ?? [];
  // the cache holds built folders as they ship; a user's folders on top are built each run
  if (extra.length) return buildKnowledgeBase(dir, extra);
  return cachedBuild(resolve(dir), (d) => buildKnowledgeBase(d), options);
}

/** Reads and builds every file of the folders, without the cache. */
export function buildKnowledgeBase(dir: string = defaultKbDir(), extra: readonly string[] = []): LoadResult {
  const root = resolve(dir);
  const label = (rel: string): string => `${basename(root)}/${rel}`;
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
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

  // core (actors/, people/) and curated (institutions/, officeholders/) entries first: they take precedence
  const actors = emptyActorData();
  const actorFiles = each('actors', '.tsv');
  for (const [path, name] of actorFiles) if (basename(path) === ISO_FILE) parseIsoCountries(path, name, actors, issues);
  for (const [path, name] of actorFiles) if (basename(path) !== ISO_FILE) parseActorFile(path, name, actors, issues);
  const institutionDir = join(root, 'institutions');
  const institutionFiles = filesIn(institutionDir, '.tsv');
  // bare names are read by the entity layer: they name no one body (src/entities/bare-names.ts)
  for (const f of institutionFiles.filter((f) => f !== TEMPLATE_FILE && f !== MEMBERS_FILE && f !== BARE_NAMES_FILE)) {
    parseActorFile(join(institutionDir, f), label(`institutions/${f}`), actors, issues, 'curated');
  }

  const people: Person[] = [];
  for (const [path, name] of each('people', '.txt')) parsePeopleFile(path, name, people, actors.aliases, issues);
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
    warnings,
  };
}
