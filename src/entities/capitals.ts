// A capital stands for its government only where a government can stand: as the one who acts or is
// acted upon ("Moscow said", "Beijing warned", "talks with Beijing"). Before a noun it is the city ("a
// Beijing resident", "Moscow traffic", "a Moscow-based firm"), and after a word of route or vicinity
// a place on the way ("via Moscow", "near Kyiv"), or where reporters stand ("told reporters in
// Brussels"): named, not coded. "Around Paris" stays: farmers who
// block the roads around the capital protest to its government.
import type { Token } from '../types.js';
import type { GazetteerMatch } from './gazetteer.js';
import type { RoleName } from './knowledge.js';

/** Words before a capital that make it a place passed or stood near. */
const ROUTE = new Set(['via', 'through', 'near', 'outside', 'downtown']);
/** Second halves of compounds that make the capital a place: "Moscow-based", "Beijing-born". */
const PLACE_COMPOUND = /^-(?:based|born|bred|raised|area|headquartered|bound)\b/;
/** Word classes that make the word after a capital the head it modifies ("resident", "traffic"). */
const HEADS = new Set(['NOUN']);
/** The role code of reporters and journalists. */
const PRESS = 'MED';
/** Role codes of a state's branches: "Beijing officials", "Moscow's troops" keep the government. */
const STATE_ROLES = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'SPY', 'COP', 'ELI']);
/** A wire dateline after the capital: "NEW DELHI (PTI) -", "MOSCOW, March 3 (Reuters) -". */
const DATELINE_AFTER = /^(?:,[^()\n]{1,30})?\s*\([^()\n]{1,30}\)\s*(?:--|[-–—:])/;

export interface CapitalContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly token: (offset: number) => number;
  /** Role words found in the document ("Beijing government" keeps the government reading). */
  readonly roles: readonly GazetteerMatch<RoleName>[];
}

/** True when the capital at [start, end) is the city, not the government. */
export function capitalAsPlace(ctx: CapitalContext, start: number, end: number): boolean {
  const after = ctx.text.slice(end, end + 50);
  if (PLACE_COMPOUND.test(after)) return true;
  if ((start === 0 || ctx.text[start - 1] === '\n') && DATELINE_AFTER.test(after)) return true;
  const first = ctx.token(start);
  const before = ctx.tokens[first - 1];
  // "through Moscow's mediation" is Moscow acting
  if (before && ROUTE.has(before.normal) && !/^['’]s\b/.test(after)) return true;
  // "told reporters in Brussels": the press is where the story is, and the capital only where they
  // stand ("demonstrators in Baghdad" are still Iraq's, "officials in Beijing" China's)
  if (before?.normal === 'in' && first > 1 && ctx.roles.some((r) => r.end === ctx.tokens[first - 2]!.end && r.entries[0]!.role.code === PRESS)) return true;
  const next = ctx.tokens[ctx.token(end)];
  if (!next || ctx.text.slice(end, next.start) !== ' ' || !HEADS.has(next.pos) || !/^\p{Ll}/u.test(ctx.text.slice(next.start, next.end))) return false;
  return !ctx.roles.some((r) => r.start === next.start && STATE_ROLES.has(r.entries[0]!.role.code));
}
