// What a rule proposes before the refiners merge, prune and resolve it. Token ranges, not characters.
import type { DictionaryRef } from '../types.js';
import type { CueClass } from './cues.js';
import type { Range } from './phrases.js';

export interface Candidate {
  readonly rule: string;
  readonly confidence: number;
  /** Normalised cue: the verb lemma ("say"), "according to", or a message noun. */
  readonly cue: string;
  /** What the cue reports: only speech and writing make quotes (cues.ts). */
  readonly cls: CueClass;
  readonly cueRange: Range;
  readonly entry: DictionaryRef | null;
  readonly source: Range | null;
  /** The content pieces, in text order. For quotations: the words inside the marks. */
  content: Range[];
  readonly direct: boolean;
  via: Range[];
}
