// A person's time out of office, derived from the offices written in kb/people (kb/README.md):
// someone alive who left a state office is a former elite of that country (`<country>ELI`) until
// the next office; someone dead is remembered by the last office they held, whether they died in it
// (Kim Il Sung) or after it (Nelson Mandela). Before the first office the loader adds nothing: the
// resolver then takes the first office. After an office that ends only at its source's horizon
// (PersonRole.horizon) nothing is derived either: whether the person stayed on is not known.
import { addDays } from '../input/dates.js';
import type { PersonRole } from './types.js';

/** Branches of a state whose holders become its former elite on leaving; a party, opposition or armed group's leader stays with it. */
const STATE_BRANCHES = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'SPY', 'COP']);
const FORMER_ELITE = 'ELI';

const isStateOffice = (code: string): boolean => code.length === 6 && STATE_BRANCHES.has(code.slice(3));

/** The derived roles of a person with these offices, in date order; the offices themselves are not repeated. */
export function outOfOffice(offices: readonly PersonRole[], died: string | null): PersonRole[] {
  const sorted = [...offices].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  const out: PersonRole[] = [];
  const former = (office: PersonRole, from: string, to: string | null): void => {
    if (isStateOffice(office.code) && (to === null || from <= to)) {
      out.push({ ...office, code: office.code.slice(0, 3) + FORMER_ELITE, from, to, title: `former ${office.title}`, derived: true, horizon: false });
    }
  };
  // the office that ends last among those begun so far
  let last: PersonRole | null = null;
  for (const r of sorted) {
    if (last !== null && last.to !== null && r.from !== null && addDays(last.to, 1) < r.from) former(last, addDays(last.to, 1), addDays(r.from, -1));
    if (last === null || (last.to !== null && (r.to === null || r.to > last.to))) last = r;
  }
  if (last === null || last.to === null || last.horizon) return out;
  const alive = died === null || died > last.to;
  if (alive) former(last, addDays(last.to, 1), died);
  if (died !== null) out.push({ ...last, from: addDays(died > last.to ? died : last.to, 1), to: null, title: `the late ${last.title}`, derived: true, horizon: false });
  return out;
}
