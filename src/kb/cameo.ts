// The CAMEO event code table (kb/cameo-codes.tsv) and the look-ups the event coder needs.
import { join } from 'node:path';
import type { Issue } from '../types.js';
import { columns, issue, readLines } from './lines.js';
import type { CameoCode, Quad } from './types.js';
import { defaultKbDir } from './paths.js';

export const CAMEO_FILE = 'cameo-codes.tsv';

const CODE = /^\d{2,4}$/;

/** PLOVER 2021 event types (draft 0.8); the table and pattern overrides must use these. */
export const PLOVER_TYPES: ReadonlySet<string> = new Set([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);

export function parseCameoTable(path: string, file: string, issues: Issue[]): CameoCode[] {
  const out: CameoCode[] = [];
  for (const l of readLines(path, file)) {
    const cells = columns(l.text);
    if (cells[0] === 'code') continue; // header row
    const [code = '', name = '', g = '', q = '', root = '', plover = ''] = cells;
    const goldstein = Number(g);
    const quad = Number(q);
    if (cells.length !== 6 || !CODE.test(code) || name === '' || !Number.isFinite(goldstein) || g === '') {
      issues.push(issue('kb/cameo-row', `expected code, name, goldstein, quadclass, root, plover: "${l.text.trim()}"`, l));
      continue;
    }
    if (![1, 2, 3, 4].includes(quad) || root !== code.slice(0, 2) || goldstein < -10 || goldstein > 10) {
      issues.push(issue('kb/cameo-row', `bad quadclass, root or goldstein for ${code}`, l));
      continue;
    }
    if (plover !== '-' && !PLOVER_TYPES.has(plover)) {
      issues.push(issue('kb/cameo-plover', `unknown PLOVER type "${plover}" for ${code}`, l));
      continue;
    }
    out.push({ code, name, goldstein, quad: quad as Quad, root, plover: plover === '-' ? null : plover, file: l.file, line: l.line });
  }
  return out;
}

export interface CameoTable {
  readonly codes: ReadonlyMap<string, CameoCode>;
  isCameoCode(code: string): boolean;
  goldstein(code: string): number | null;
  quadClass(code: string): Quad | null;
  plover(code: string): string | null;
  name(code: string): string | null;
}

/** Look-ups over a parsed table. Codes are matched as written, leading zero included ("051"). */
export function makeCameoTable(rows: readonly CameoCode[]): CameoTable {
  const codes = new Map(rows.map((r) => [r.code, r]));
  return {
    codes,
    isCameoCode: (code) => codes.has(code),
    goldstein: (code) => codes.get(code)?.goldstein ?? null,
    quadClass: (code) => codes.get(code)?.quad ?? null,
    plover: (code) => codes.get(code)?.plover ?? null,
    name: (code) => codes.get(code)?.name ?? null,
  };
}

let cached: CameoTable | null = null;

/** The built-in table, read once on first use (the coder calls this without loading the whole kb). */
export function cameoTable(): CameoTable {
  if (cached === null) {
    const issues: Issue[] = [];
    const rows = parseCameoTable(join(defaultKbDir(), CAMEO_FILE), `kb/${CAMEO_FILE}`, issues);
    if (issues.length > 0) throw new Error(`built-in CAMEO table is broken: ${issues[0]?.message}`);
    cached = makeCameoTable(rows);
  }
  return cached;
}
