// Dictionaries for the event coder: PETRARCH files, our own verb patterns, the compiled model.
export type * from './model.js';
export { loadPetrarchDictionaries, dictionaryFiles, type LoadOptions, type LoadResult } from './petrarch/load.js';
export { compilePetrarchFiles, kindOfFile, type DictionaryFile, type DictionaryKind } from './petrarch/compile.js';
export { compileKbVerbPatterns, verbOnlyDictionaries, type KbPatternLine } from './kb-verbs.js';
