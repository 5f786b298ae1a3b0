// Corrections of the tagger where the dictionaries and the words around make the reading clear.
// Each rule looks at the previous two, the word itself and the next word.
import type { VerbIndex } from '../dictionary/model.js';
import type { Word } from './words.js';

interface Context {
  readonly prev2: Word | undefined;
  readonly prev: Word | undefined;
  readonly self: Word;
  readonly next: Word | undefined;
  /** Whether the word is a single-word verb form of the dictionaries (looked up only when a rule asks). */
  isVerbForm(): boolean;
}

interface RetagRule {
  readonly id: string;
  readonly when: (c: Context) => boolean;
  readonly pos: string;
}

const NOUNISH = new Set(['NOUN', 'PROPN']);
const ARTICLES = new Set(['A', 'AN', 'THE']);

export const RETAG_RULES: readonly RetagRule[] = [
  {
    // "Fornost and Gondor welcome a resumption": a dictionary verb between a noun and an article
    id: 'verb-between-noun-and-article',
    when: (c) => (c.self.pos === 'ADJ' || c.self.pos === 'NOUN') && NOUNISH.has(c.prev?.pos ?? '') && ARTICLES.has(c.next?.text ?? '') && c.isVerbForm(),
    pos: 'VERB',
  },
  {
    // "awful and cool minister": the second of two coordinated modifiers before a noun
    id: 'coordinated-modifier',
    when: (c) => c.self.pos === 'VERB' && c.prev?.pos === 'CCONJ' && c.prev2?.pos === 'ADJ' && NOUNISH.has(c.next?.pos ?? ''),
    pos: 'ADJ',
  },
];

export function retag(words: Word[], verbs: VerbIndex): void {
  for (let i = 0; i < words.length; i++) {
    const self = words[i]!;
    const c: Context = {
      prev2: words[i - 2],
      prev: words[i - 1],
      self,
      next: words[i + 1],
      isVerbForm: () => (verbs.formIndex.get(verbs.mode === 'lemma' ? self.lemma : self.text) ?? []).some((id) => verbs.forms.get(id).words.length === 1),
    };
    for (const rule of RETAG_RULES) {
      if (rule.when(c)) {
        self.pos = rule.pos;
        break;
      }
    }
  }
}
