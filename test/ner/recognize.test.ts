// Sentences we wrote ourselves, with the names the recognizer must find (exact text and type) and, beside
// them, words it must not take for names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/language/analyze.js';
import { gazetteerFromEntries } from '../../src/ner/gazetteer.js';
import { loadNerModel, recognize, type EntitySpan } from '../../src/ner/recognize.js';
import type { EntityType } from '../../src/types.js';

const model = loadNerModel();

function entities(text: string, gazetteer?: Parameters<typeof recognize>[3]): { text: string; type: EntityType; span: EntitySpan }[] {
  return recognize(text, analyze(text), model, gazetteer).map((span) => ({ text: text.slice(span.start, span.end), type: span.type, span }));
}

// [text, expected names as "words/TYPE"]; GPE stands for GPE or LOC (the scorer treats them alike)
const FOUND: readonly [string, readonly string[]][] = [
  ['SEOUL, Jan. 9 (Yonhap) -- North Korean leader Kim Jong Un met envoys from the South.', ['SEOUL/GPE', 'Yonhap/ORG', 'Kim Jong Un/PERSON']],
  ['Envoys sent by South Korean President Moon Jae-in reached Pyongyang on Monday.', ['Moon Jae-in/PERSON', 'Pyongyang/GPE']],
  ['The Korean Central News Agency said the leader had written to Vladimir Putin.', ['Korean Central News Agency/ORG', 'Vladimir Putin/PERSON']],
  ['A Russian diplomat, Andrei Kulik, said Moscow was ready for talks. Kulik added that more meetings would follow.', ['Russian/NORP', 'Andrei Kulik/PERSON', 'Moscow/GPE', 'Kulik/PERSON']],
  ["Germany's chancellor Angela Merkel flew to Paris.", ['Germany/GPE', 'Angela Merkel/PERSON', 'Paris/GPE']],
  ['Protesters gathered outside the offices of Goldman Sachs in New York, police said.', ['Goldman Sachs/ORG', 'New York/GPE']],
  ['NORTH KOREA FIRES MISSILE INTO SEA OF JAPAN, SEOUL SAYS', ['NORTH KOREA/GPE', 'SEA OF JAPAN/LOC', 'SEOUL/GPE']],
  ['WASHINGTON (Reuters) - Senator John McCain criticized the Pentagon on Monday.', ['WASHINGTON/GPE', 'Reuters/ORG', 'John McCain/PERSON', 'Pentagon/ORG']],
  ['The United Nations Security Council met in Geneva after Iran rejected the plan.', ['Iran/GPE', 'Geneva/GPE']],
  ['Officials in Tokyo and Beijing welcomed the agreement reached by Japan and China.', ['Tokyo/GPE', 'Beijing/GPE', 'Japan/GPE', 'China/GPE']],
];

// [text, words that no entity may be or contain]
const NOT_FOUND: readonly [string, readonly string[]][] = [
  ['Advertisement', ['Advertisement']],
  ['However, officials said the talks would resume in March.', ['However', 'March']],
  ['Officials said on Tuesday that the President would travel abroad.', ['Officials', 'Tuesday', 'President']],
  ['The minister, a former general, resigned in December after weeks of protests.', ['December']],
  ['Meanwhile, the prime minister told reporters the economy was growing.', ['Meanwhile']],
];

const sameType = (want: string, got: EntityType) => want === got || (want === 'GPE' && got === 'LOC') || (want === 'LOC' && got === 'GPE');

for (const [text, expected] of FOUND) {
  test(`finds names in: ${text}`, () => {
    const got = entities(text);
    for (const item of expected) {
      const [words, type] = item.split('/') as [string, string];
      assert.ok(
        got.some((e) => e.text === words && sameType(type, e.type)),
        `${item} not found; got ${got.map((e) => `${e.text}/${e.type}`).join(', ')}`,
      );
    }
  });
}

for (const [text, words] of NOT_FOUND) {
  test(`finds no name in: ${text}`, () => {
    const got = entities(text);
    for (const w of words) assert.ok(!got.some((e) => e.text.includes(w)), `${w} taken for a name: ${got.map((e) => `${e.text}/${e.type}`).join(', ')}`);
  });
}

test('boundaries leave out possessives, trailing punctuation and titles', () => {
  const text = "Moscow's envoy met President Xi Jinping in Beijing. Then he left for Hanoi.";
  const got = entities(text).map((e) => e.text);
  assert.ok(got.includes('Moscow'), got.join(', '));
  assert.ok(got.includes('Xi Jinping'), got.join(', '));
  assert.ok(got.includes('Hanoi'), got.join(', '));
  assert.ok(!got.some((g) => /'s$|[,.]$/.test(g)), got.join(', '));
});

test('spans carry confidence and rule', () => {
  for (const { span } of entities('Kim Jong Un met Vladimir Putin in Vladivostok.')) {
    assert.ok(span.confidence > 0 && span.confidence <= 1, String(span.confidence));
    assert.match(span.rule, /^ner\//);
  }
});

test("a caller's gazetteer types names the tagger does not know", () => {
  const gazetteer = gazetteerFromEntries([['Ri Son Gwon', 'PERSON']]);
  const got = entities('The talks were led by Ri Son Gwon for the North.', gazetteer);
  assert.ok(
    got.some((e) => e.text === 'Ri Son Gwon' && e.type === 'PERSON'),
    got.map((e) => `${e.text}/${e.type}`).join(', '),
  );
});
