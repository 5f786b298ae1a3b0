// The built-in knowledge base as a dictionary set for the coder. Actors are not compiled in: the
// entity stage resolves them (with dates, titles and references) and hands them over as mentions;
// the coder gets our verb patterns and discard phrases.
import type { KnowledgeBase } from '../kb/types.js';
import { NO_EVENT } from '../kb/verbs.js';
import { cacheKey, readCache, writeCache } from './cache.js';
import { compileKbVerbPatterns } from './kb-verbs.js';
import type { CompiledDictionaries } from './model.js';
import { openDictionaries, verbOnlyData } from './rows.js';

export interface BuiltinOptions {
  /**
   * A folder where the compiled patterns are kept, keyed by the parsed patterns, word sets and
   * discards and by the compiler's source (compiling them is a tenth of a second of every start).
   */
  readonly cacheDir?: string;
}

export function builtinDictionaries(kb: KnowledgeBase, options: BuiltinOptions = {}): CompiledDictionaries {
  const lines = kb.patterns.map((p) => ({
    code: p.code === null ? NO_EVENT : p.reverseCode ? `${p.code}:${p.reverseCode}` : p.code,
    pattern: p.text,
    plover: p.ploverOverride ? p.plover : null,
    file: p.file,
    line: p.line,
    parsed: p,
  }));
  const sets = new Map(kb.sets.map((s) => [s.name, s.words]));
  const discards = kb.discards.map((d) => ({ words: d.phrase.toUpperCase().split(/\s+/), story: d.scope === 'story', file: d.file, line: d.line }));
  // the key is what the compiler reads: the lines with their parsed elements, so a change to the
  // pattern parser that keeps the text is a new key too
  const key = options.cacheDir
    ? cacheKey([
        { file: 'builtin/patterns', content: JSON.stringify(lines.map((l) => [l.code, l.pattern, l.plover, l.file, l.line, l.parsed.elements, l.parsed.trigger])) },
        { file: 'builtin/sets', content: JSON.stringify([...sets]) },
        { file: 'builtin/discards', content: JSON.stringify(discards) },
      ])
    : null;
  const cached = options.cacheDir && key ? readCache(options.cacheDir, key) : null;
  if (cached) return openDictionaries(cached);
  const { verbs, issues } = compileKbVerbPatterns(lines, sets);
  const data = verbOnlyData(verbs, issues, discards);
  if (options.cacheDir && key) writeCache(options.cacheDir, key, data);
  return openDictionaries(data);
}
