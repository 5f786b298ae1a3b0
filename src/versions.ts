// What produced a record: the package version and a fingerprint of the knowledge the coder used, so a
// dataset built over months can tell which records were coded with which base.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

let packageVersion: string | null = null;

/** The version in dyad's own package.json (read once). */
export function dyadVersion(): string {
  packageVersion ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return packageVersion;
}

function filesBelow(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? filesBelow(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** sha256 (hex) of every file under the folders, by relative path and content, dot files left out. */
export function foldersDigest(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    for (const file of filesBelow(dir))
      hash
        .update(`${relative(dir, file)}\0`)
        .update(readFileSync(file))
        .update('\0');
  }
  return hash.digest('hex');
}

/** "<kind>-<12 hex>": the kind of knowledge and foldersDigest() of its folders (given when the caller has it). */
export function knowledgeVersion(kind: string, dirs: readonly string[], digest = foldersDigest(dirs)): string {
  return `${kind}-${digest.slice(0, 12)}`;
}
