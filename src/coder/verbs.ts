// Finding dictionary verbs in a clause: the longest verb phrase starting at a word, the single-word
// forms only where the tagger says VERB (or NOUN for our lemma patterns' event nouns, or AUX for
// auxiliaries a dictionary lists, which then code only through a pattern), and a block's base verb
// by lemma for forms the file lacks.
import type { VerbForm, VerbIndex } from '../dictionary/model.js';
import type { ClauseView } from './match.js';

export interface VerbOccurrence {
  /** Sequence positions [start, end) of the verb phrase. */
  readonly start: number;
  readonly end: number;
  /** Position of the inflected word. */
  readonly head: number;
  readonly forms: readonly VerbForm[];
  /** An auxiliary the dictionary lists as a verb ("should"): it codes only through its patterns. */
  readonly patternsOnly: boolean;
}

function formAt(view: ClauseView, verbs: VerbIndex, at: number, form: VerbForm): boolean {
  if (at + form.words.length > view.seq.length) return false;
  for (let k = 0; k < form.words.length; k++) {
    const w = view.words[view.seq[at + k]!]!;
    const want = form.words[k];
    if (verbs.mode === 'lemma' ? w.lemma !== want && w.lower !== want : w.text !== want) return false;
  }
  const head = view.words[view.seq[at + form.head]!]!;
  // our own patterns also trigger on event nouns ("talks", "visit"); auxiliaries only through patterns
  return form.words.length > 1 || head.pos === 'VERB' || head.pos === 'AUX' || (verbs.mode === 'lemma' && head.pos === 'NOUN');
}

/** The longest forms indexed under `key` that stand at position p, or null (no array made for the many words that are no verb). */
function formsAt(view: ClauseView, verbs: VerbIndex, p: number, key: string): VerbForm[] | null {
  const ids = verbs.formIndex.get(key);
  if (ids === undefined) return null;
  let forms: VerbForm[] | null = null;
  for (const id of ids) {
    const f = verbs.forms.get(id);
    if (forms !== null && f.words.length < forms[0]!.words.length) break;
    if (formAt(view, verbs, p, f)) (forms ??= []).push(f);
  }
  return forms;
}

export function findVerbs(view: ClauseView, verbs: VerbIndex): VerbOccurrence[] {
  const out: VerbOccurrence[] = [];
  let p = 0;
  while (p < view.seq.length) {
    const w = view.words[view.seq[p]!]!;
    // by lemma, then as written; PETRARCH's by the upper-case form
    let forms = verbs.mode === 'lemma' ? (formsAt(view, verbs, p, w.lemma) ?? (w.lemma === w.lower ? null : formsAt(view, verbs, p, w.lower))) : formsAt(view, verbs, p, w.text);
    if (forms === null && verbs.mode === 'surface' && w.pos === 'VERB') {
      forms = (verbs.lemmaIndex.get(w.lemma.toUpperCase()) ?? []).map((id) => verbs.forms.get(id));
    }
    if (forms === null || forms.length === 0) {
      p++;
      continue;
    }
    const length = forms[0]!.words.length;
    const head = p + forms[0]!.head;
    out.push({ start: p, end: p + length, head, forms, patternsOnly: length === 1 && view.words[view.seq[head]!]!.pos === 'AUX' });
    p += length;
  }
  return out;
}
