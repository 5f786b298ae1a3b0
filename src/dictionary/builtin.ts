// The built-in knowledge base as a dictionary set for the coder. Actors are not compiled in: the
// entity stage resolves them (with dates, titles and references) and hands them over as mentions;
// the coder gets our verb patterns and discard phrases.
import type { KnowledgeBase } from '../kb/types.js';
import { NO_EVENT } from '../kb/verbs.js';
import { compileKbVerbPatterns } from './kb-verbs.js';
import type { CompiledDictionaries } from './model.js';
import { verbOnlyDictionaries } from './rows.js';

export function builtinDictionaries(kb: KnowledgeBase): CompiledDictionaries {
  const lines = kb.patterns.map((p) => ({
    code: p.code === null ? NO_EVENT : p.reverseCode ? `${p.code}:${p.reverseCode}` : p.code,
    pattern: p.text,
    plover: p.ploverOverride ? p.plover : null,
    file: p.file,
    line: p.line,
    parsed: p,
  }));
  const sets = new Map(kb.sets.map((s) => [s.name, s.words]));
  const { verbs, issues } = compileKbVerbPatterns(lines, sets);
  const discards = kb.discards.map((d) => ({ words: d.phrase.toUpperCase().split(/\s+/), story: d.scope === 'story', file: d.file, line: d.line }));
  return verbOnlyDictionaries(verbs, issues, discards);
}
