// Dictionaries for the event coder: PETRARCH files, our own verb patterns, the compiled model.
export type * from './model.js';
export { loadPetrarchDictionaries, dictionaryFiles, dictionaryProblem, DictionaryError, type LoadOptions, type LoadResult } from './petrarch/load.js';
export { compilePetrarchData, compilePetrarchFiles, kindOfFile, type DictionaryFile, type DictionaryKind } from './petrarch/compile.js';
export { compileKbVerbPatterns, type KbPatternLine } from './kb-verbs.js';
export { openDictionaries, verbOnlyDictionaries } from './rows.js';
export { builtinDictionaries } from './builtin.js';
