// Which tokens the tagger scores (quiet runs are O without scoring), and the look-up structures that
// make scoring cheap: the int table, the gazetteer's phrase-key filter, the feature groups.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/language/analyze.js';
import { documentFeatures } from '../../src/ner/features.js';
import { gazetteerFromEntries, phraseKey } from '../../src/ner/gazetteer.js';
import { GROUPS, GROUP_FEATURES, HISTORY } from '../../src/ner/groups.js';
import { IntTable } from '../../src/ner/int-table.js';

function scored(text: string): Set<string> {
  const analysis = analyze(text);
  const doc = documentFeatures(text, analysis, null);
  return new Set(analysis.tokens.filter((_, i) => doc.row[i]! >= 0).map((t) => text.slice(t.start, t.end)));
}

// [text, tokens that must be scored]
const SCORED: readonly [string, readonly string[]][] = [
  ['The minister spoke at the Bank of England on Monday.', ['Bank', 'of', 'England', 'Monday', 'The']],
  ['He met Joost van der Westhuizen in the capital.', ['Joost', 'van', 'der', 'Westhuizen']],
  ['Fighters of al-Qaeda were seen near the Seoul-based office.', ['al', '-', 'Qaeda', 'Seoul', 'based']],
];

// [text, tokens that must not be scored]
const NOT_SCORED: readonly [string, readonly string[]][] = [
  ['The minister said that the talks would resume later this year, officials added.', ['said', 'that', 'talks', 'would', 'resume', 'later', 'year', 'officials', 'added']],
  ['Iran said on Monday that the long talks would go on, and that they would be hard.', ['long', 'talks', 'would', 'go', 'they', 'hard']],
  // a name's neighbours are scored only where they may join it to another name
  ['the talks , said the envoy of Iran , went well', ['envoy', 'of', 'went']],
];

for (const [text, words] of SCORED) {
  test(`scores the tokens that may be in a name: ${text}`, () => {
    const got = scored(text);
    for (const w of words) assert.ok(got.has(w), `${w} not scored; scored: ${[...got].join(' ')}`);
  });
}

for (const [text, words] of NOT_SCORED) {
  test(`leaves quiet runs unscored: ${text}`, () => {
    const got = scored(text);
    for (const w of words) assert.ok(!got.has(w), `${w} scored`);
  });
}

test('training scores every token', () => {
  const text = 'the talks would resume later this year';
  const doc = documentFeatures(text, analyze(text), null, { everyToken: true });
  assert.ok([...doc.row].every((r) => r >= 0));
});

test('the int table finds what it was given, and nothing after a reset', () => {
  const table = new IntTable(2);
  table.reset(4);
  const keys = [0, 1, -7, 17, 33, 1 << 30]; // 1, 17 and 33 share low bits: probing
  for (const [k, key] of keys.entries()) table.values[table.add(key) * 2 + 1] = k + 1;
  for (const [k, key] of keys.entries()) assert.equal(table.values[table.find(key) * 2 + 1], k + 1);
  assert.equal(table.find(2), -1);
  table.reset(4);
  assert.equal(table.find(17), -1);
});

test("the gazetteer's key filter never turns away a phrase it holds", () => {
  const g = gazetteerFromEntries([
    ['Korean Central News Agency', 'ORG'],
    ['N’Djamena', 'GPE'],
    ['Σάμος', 'GPE'],
    ['WHO', 'ORG'],
  ]);
  for (const text of ['KOREAN CENTRAL  NEWS\nAGENCY', "N'Djamena", 'ΣΆΜΟΣ', 'WHO', 'korean central news agency']) {
    const key = phraseKey(text, 0, text.length) | 0;
    if (g.lookup(text)) assert.ok(g.mayHave!(key), text);
  }
  assert.equal(g.lookup('KOREAN CENTRAL  NEWS\nAGENCY'), 'ORG');
  assert.ok(!g.mayHave!(phraseKey('Busan', 0, 5) | 0));
});

test('each index of a feature group stands for its own features, at most GROUP_FEATURES of them', () => {
  const out = new Int32Array(GROUP_FEATURES);
  for (const [g, group] of [...GROUPS, HISTORY].entries()) {
    const seen = new Map<string, number>();
    for (let i = 0; i < group.size; i++) {
      const n = group.features(i, out, 0);
      assert.ok(n <= GROUP_FEATURES);
      if (n === 0) continue; // "none" (a token in no capitalised run)
      const key = [...out.subarray(0, n)].sort().join();
      assert.ok(!seen.has(key), `group ${g}: indices ${seen.get(key)} and ${i} give the same features`);
      seen.set(key, i);
    }
  }
});
