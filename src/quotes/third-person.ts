// "He" and "she" inside a direct quote are never its speaker, who says "I": in "'He is supposed to
// be a cheerleader for this country,' Trump said" the one spoken of is the president named before,
// not Trump. The entity stage resolves such a pronoun to the nearest person, who is often the
// speaker named in the sentence before; once the quotes know their speakers, the pronoun is read
// again as the nearest other person named before it, or as no one.
//
// The person spoken of agrees with the pronoun: "she" skips a man whom the entity stage's own
// pronouns (outside these quotes) called "he".
//
// Held back: only direct quotes of speech or writing with a known speaker entity; only a person
// named within a few sentences before the pronoun, so that a quote about someone not named stays
// uncoded rather than wrong.
import type { Mention } from '../types.js';
import { SpanIndex } from '../span-index.js';
import { SPOKEN, type QuotedPronounsInput } from './first-person.js';
import { gendersByPronoun, pronounGender, type Gender } from '../entities/gender.js';

/** How far back, in characters, the person spoken of may be named: about three sentences of news. */
const REACH = 500;

/** The document's mentions with the third-person pronouns its direct quotes' speakers were read as pointed elsewhere, by start. */
export function withQuotedThirdPerson(input: QuotedPronounsInput): Mention[] {
  const spoken = input.quotes.filter((q) => q.direct && SPOKEN.has(q.cueClass) && q.speaker?.entity !== null && q.speaker?.entity !== undefined);
  if (spoken.length === 0) return [...input.mentions];
  const parts = new SpanIndex(spoken.flatMap((q) => q.parts.map((p) => ({ start: p.start, end: p.end, speaker: q.speaker!.entity! }))));
  const misread = new Set(input.mentions.filter((m) => m.form === 'pronoun' && pronounGender(m.text) !== null && parts.covering(m.start, m.end).some((p) => p.speaker === m.entity)));
  // the genders told by the pronouns left as they are, not by those about to be read again
  const genders = gendersByPronoun(input.mentions.filter((m) => !misread.has(m)));
  const out: Mention[] = [];
  for (const m of input.mentions) {
    if (!misread.has(m)) {
      out.push(m);
      continue;
    }
    const other = personBefore(out, m.start, m.entity, pronounGender(m.text), genders);
    if (other) out.push({ ...m, entity: other.entity, actor: other.actor, name: other.name, type: other.type, provenance: { rule: 'reference/quoted-third-person', confidence: m.provenance.confidence } });
  }
  return out;
}

/** The nearest person before `at`, within reach, who is not the speaker and is not known to be of the other gender. */
function personBefore(earlier: readonly Mention[], at: number, speaker: number, gender: Gender | null, genders: ReadonlyMap<number, Gender>): Mention | null {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const m = earlier[k]!;
    if (m.start < at - REACH) return null;
    if (m.type === 'PERSON' && m.entity !== speaker && m.end <= at && (genders.get(m.entity) ?? gender) === gender) return m;
  }
  return null;
}
