// The default output for a person at a terminal: the article's head, then one line per event,
// quote and entity.
import type { Document } from '../types.js';

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function toReadable(doc: Document): string {
  const lines: string[] = [`== ${doc.id}`];
  if (doc.error) lines.push(`   error ${doc.error.code}: ${doc.error.message}`);
  const a = doc.article;
  if (a) {
    if (a.title) lines.push(`   ${a.title}`);
    const head = [a.byline && `by ${a.byline}`, a.dateline && [a.dateline.place, a.dateline.date, a.dateline.agency].filter(Boolean).join(', '), a.published ? `published ${a.published}` : doc.referenceDate && `dated ${doc.referenceDate}`];
    if (head.some(Boolean)) lines.push(`   ${head.filter(Boolean).join(' | ')}`);
    lines.push(`   ${count(doc.sentences.length, 'sentence')}, ${count(doc.tokens.length, 'token')}, ${count(a.captions.length, 'caption')}`);
  }
  if (doc.events.length) lines.push('events:');
  for (const e of doc.events) {
    const target = e.target ? `${e.target.code ?? `"${e.target.text}"`}` : '---';
    const when = [e.date, e.historical ? 'historical' : null].filter(Boolean).join(' ');
    lines.push(
      `   ${e.code.padEnd(5)} ${(e.source.code ?? `"${e.source.text}"`).padEnd(10)} -> ${target.padEnd(10)} ${when.padEnd(10)} ${e.plover ?? ''} [s${e.sentence}] ${clip(a?.text.slice(e.verbSpan.start, e.verbSpan.end) ?? '', 40)}${e.location ? ` @ ${e.location.name}` : ''}`,
    );
  }
  if (doc.quotes.length) lines.push('quotes:');
  for (const q of doc.quotes) {
    const who = q.speaker ? `${q.speaker.name}${q.speaker.actor ? ` (${q.speaker.actor})` : ''}` : 'unattributed';
    const via = q.via.length ? ` via ${q.via.map((v) => v.name).join(', ')}` : '';
    // the cue as the article words it ("denied"), not its lemma: a reader checks it against the text
    const cue = (q.cueSpan && a?.text.slice(q.cueSpan.start, q.cueSpan.end)) || q.cue;
    lines.push(`   ${who}${via} ${cue}: ${q.direct ? '"' : ''}${clip(q.text)}${q.direct ? '"' : ''}`);
  }
  if (doc.mentions.length) lines.push('entities:');
  for (const m of doc.mentions) {
    lines.push(`   ${m.type.padEnd(6)} ${(m.actor ?? '-').padEnd(10)} ${m.text}${m.name !== m.text ? ` = ${m.name}` : ''}`);
  }
  for (const i of doc.issues) lines.push(`   issue ${i.code}: ${i.message}`);
  return forTerminal(lines.join('\n'));
}

/**
 * Text for a terminal: control characters (escape sequences that would move the cursor, retitle the
 * window or hide text; a carriage return that overwrites the line) and the bidirectional overrides
 * are shown as U+FFFD. Tabs and line breaks stay.
 */
export function forTerminal(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}
