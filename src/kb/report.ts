// Plain-text rendering of a KbReport for `dyad kb check`.
import type { Issue } from '../types.js';
import type { KbCounts, KbReport } from './check.js';

const COUNT_LABELS: ReadonlyArray<readonly [keyof KbCounts, string]> = [
  ['cameoCodes', 'CAMEO codes'],
  ['countries', 'countries and territories'],
  ['historicStates', 'historic states'],
  ['regions', 'regions'],
  ['organisations', 'organisations'],
  ['bodies', 'named state bodies'],
  ['templateBodies', 'state bodies from templates'],
  ['armedGroups', 'armed groups'],
  ['agencies', 'news agencies and media'],
  ['parties', 'parties'],
  ['people', 'people'],
  ['importedPeople', 'people imported'],
  ['datedPeople', 'people with dated offices'],
  ['personRoles', 'dated roles of people'],
  ['deaths', 'people with a day of death'],
  ['outOfOffice', 'derived times out of office'],
  ['horizonOffices', 'offices known only to a source horizon'],
  ['roles', 'role words'],
  ['aliases', 'names (aliases)'],
  ['patterns', 'verb patterns'],
  ['sets', 'word sets'],
  ['discards', 'discard phrases'],
  ['codesCovered', 'CAMEO codes with patterns'],
  ['rootsCovered', 'CAMEO roots with patterns'],
];

const SECTIONS: ReadonlyArray<readonly [keyof KbReport, string]> = [
  ['load', 'malformed lines'],
  ['duplicates', 'aliases naming two actors at once'],
  ['overlaps', 'overlapping roles with different codes'],
  ['deaths', 'offices after their holder\'s death'],
  ['unknownCodes', 'unknown codes'],
  ['patternErrors', 'pattern errors'],
  ['duplicatePatterns', 'duplicate patterns'],
];

function where(i: Issue): string {
  return i.file === undefined ? '' : `${i.file}:${i.line ?? 0}: `;
}

/** At most `limit` lines per section, so a broken file does not flood the terminal. */
export function formatKbReport(report: KbReport, limit = 50): string {
  const out: string[] = ['Knowledge base'];
  const width = Math.max(...COUNT_LABELS.map(([, l]) => l.length));
  for (const [key, label] of COUNT_LABELS) out.push(`  ${label.padEnd(width)}  ${report.counts[key]}`);
  let problems = 0;
  for (const [key, label] of SECTIONS) {
    const issues = report[key] as readonly Issue[];
    problems += issues.length;
    out.push('', `${label}: ${issues.length}`);
    for (const i of issues.slice(0, limit)) out.push(`  ${where(i)}${i.message} [${i.code}]`);
    if (issues.length > limit) out.push(`  ... and ${issues.length - limit} more`);
  }
  const uncovered = report.uncoveredCodes;
  out.push('', `CAMEO codes without patterns: ${uncovered.length}${uncovered.length ? ` (${uncovered.join(' ')})` : ''}`);
  out.push('', `warnings (imported entries the curated ones override): ${report.warnings.length}`);
  for (const i of report.warnings.slice(0, limit)) out.push(`  ${where(i)}${i.message} [${i.code}]`);
  if (report.warnings.length > limit) out.push(`  ... and ${report.warnings.length - limit} more`);
  out.push('', problems === 0 ? 'OK: no problems found' : `${problems} problem(s) found`);
  return out.join('\n');
}

/** True when the report has anything but counts and coverage (for the command's exit code). */
export function hasProblems(report: KbReport): boolean {
  return SECTIONS.some(([key]) => (report[key] as readonly Issue[]).length > 0);
}
