// PETRARCH agent dictionaries.
//
//   !PERSON! = MAN, MEN, WOMAN        a substitution set, used as CONGRESS!PERSON!
//   FOREIGN_MINISTER [~GOVFRM]        a role added after the actor code (GON -> GONGOVFRM)
//   HUMAN_RIGHTS_BODY [NGO~]          a role put before it (NGO + ARN -> NGOARN)
//   POLICE {} [~COP]                  {} : no generated plural; {A B} : these plurals instead
import type { Issue } from '../../types.js';
import { dictionaryLines, lineIssue, phraseWords } from './lines.js';

export interface AgentPhrase {
  readonly words: readonly string[];
  readonly code: string;
  readonly position: 'suffix' | 'prefix';
  readonly line: number;
}

const AGENT = /^(.*?)\s*(?:\{([^}]*)\})?\s*\[\s*(~?)\s*([A-Za-z0-9]+)\s*(~?)\s*\]\s*$/;
const SUBSTITUTION = /^(![A-Za-z0-9]+!)\s*=\s*(.+)$/;

/** Regular English plural of the last word, as PETRARCH generates it. */
export function regularPlural(word: string): string | null {
  if (/MEN$/.test(word) || /[^S]S$/.test(word)) return null;
  if (/MAN$/.test(word)) return word.replace(/MAN$/, 'MEN');
  if (/[^AEIOU]Y$/.test(word)) return word.slice(0, -1) + 'IES';
  if (/(S|X|Z|CH|SH)$/.test(word)) return word + 'ES';
  return word + 'S';
}

/** One agent line gives at most this many phrases (PETRARCH's sets give a few dozen). */
export const MAX_AGENT_VARIANTS = 10_000;
/** Substitutions in one phrase, nested ones included: more is a set that names itself. */
const MAX_SUBSTITUTIONS = 16;

const EXPANSION_ISSUES: Record<Exclude<Expansion, string[]>, readonly [string, string]> = {
  unknown: ['unknown-substitution', 'unknown !SET! in agent phrase'],
  'too-many': ['expansion-too-large', `the !SET!s of the agent phrase give more than ${MAX_AGENT_VARIANTS} phrases`],
  'too-deep': ['expansion-too-deep', `the !SET!s of the agent phrase nest more than ${MAX_SUBSTITUTIONS} deep (a set that names itself?)`],
};

export function readAgents(content: string, file: string): { entries: AgentPhrase[]; issues: Issue[] } {
  const entries: AgentPhrase[] = [];
  const issues: Issue[] = [];
  const sets = new Map<string, string[]>();
  for (const line of dictionaryLines(content, file, issues)) {
    const sub = SUBSTITUTION.exec(line.text);
    if (sub) {
      sets.set(
        sub[1]!.toUpperCase(),
        sub[2]!
          .split(',')
          .map((w) => w.trim().toUpperCase())
          .filter(Boolean),
      );
      continue;
    }
    const m = AGENT.exec(line.text);
    if (!m || (m[3] && m[5]) || (!m[3] && !m[5]) || !m[1]!.trim()) {
      issues.push(lineIssue('malformed-line', 'unreadable agent entry', file, line));
      continue;
    }
    const [, phrase, plurals, pre, code] = m;
    const position = pre ? 'suffix' : 'prefix';
    const variants = expandSubstitutions(phrase!.toUpperCase(), sets);
    if (typeof variants === 'string') {
      const [code, message] = EXPANSION_ISSUES[variants];
      issues.push(lineIssue(code, message, file, line));
      continue;
    }
    for (const variant of variants) {
      const words = phraseWords(variant);
      if (words.length === 0) continue;
      entries.push({ words, code: code!.toUpperCase(), position, line: line.line });
      const forms = plurals === undefined ? [pluralOf(words)] : plurals.trim() ? plurals.trim().split(/\s+/).map(phraseWords) : [];
      for (const form of forms) if (form.length > 0) entries.push({ words: form, code: code!.toUpperCase(), position, line: line.line });
    }
  }
  return { entries, issues };
}

function pluralOf(words: string[]): string[] {
  const plural = regularPlural(words[words.length - 1]!);
  return plural === null ? [] : [...words.slice(0, -1), plural];
}

type Expansion = string[] | 'unknown' | 'too-many' | 'too-deep';

/** Every phrase the !SET!s of a phrase stand for, in PETRARCH's order, or why there is none. */
function expandSubstitutions(phrase: string, sets: Map<string, string[]>): Expansion {
  const out: string[] = [];
  // depth first, members pushed in reverse, so phrases come out in the order of the members
  const stack: { text: string; depth: number }[] = [{ text: phrase, depth: 0 }];
  while (stack.length) {
    const { text, depth } = stack.pop()!;
    const m = /![A-Z0-9]+!/.exec(text);
    if (!m) {
      out.push(text);
      continue;
    }
    const members = sets.get(m[0]);
    if (!members) return 'unknown';
    if (depth >= MAX_SUBSTITUTIONS) return 'too-deep';
    if (out.length + stack.length + members.length > MAX_AGENT_VARIANTS) return 'too-many';
    for (let i = members.length - 1; i >= 0; i--) stack.push({ text: text.slice(0, m.index) + members[i]! + text.slice(m.index + m[0].length), depth: depth + 1 });
  }
  return out;
}
