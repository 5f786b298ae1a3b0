// A page in another language is not run through the English models: it keeps its article, gets an
// issue naming its language, no entities, quotes or events, and the summary counts it.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { foreignLanguage } from '../../src/language/which-language.js';
import { dyad, tempDir } from './corpus.js';

// written for this test: a Russian news page and a German news text
const RUSSIAN_PAGE = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Переговоры продолжатся</title></head><body><article>
<h1>Переговоры продолжатся на следующей неделе</h1>
<p>Министр иностранных дел заявил в понедельник, что переговоры с соседними странами продолжатся на следующей неделе в столице. По его словам, стороны обсудят торговлю, границы и безопасность.</p>
<p>Представитель министерства обороны сообщил, что учения у границы закончатся в пятницу, а войска вернутся в казармы.</p>
</article></body></html>`;
const GERMAN_TEXT = `Regierung kündigt neue Gespräche an

Die Regierung hat am Montag neue Gespräche mit den Nachbarländern angekündigt. Ein Sprecher des Außenministeriums sagte, man werde die Lage an der Grenze weiter beobachten und sich mit den Partnern in der Europäischen Union abstimmen.

Die Opposition kritisierte den Plan und forderte eine Debatte im Parlament.
`;
const ENGLISH_TEXT = 'Gondor praised Arnor on Monday for its help with the harvest.\n\nThe king of Gondor met the envoys of Arnor in the capital.\n';

test('a Russian page and a German text get the language issue and no events; English is coded', async () => {
  const dir = tempDir('languages');
  writeFileSync(join(dir, 'a-page.html'), RUSSIAN_PAGE);
  writeFileSync(join(dir, 'b-text.txt'), GERMAN_TEXT);
  writeFileSync(join(dir, 'c-english.txt'), ENGLISH_TEXT);
  const r = await dyad(['code', dir, '-f', 'jsonl', '--date', '2024-03-04']);
  assert.equal(r.status, 0, r.stderr);
  const [ru, de, en] = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, any>);
  for (const [record, code, name] of [
    [ru!, 'ru', 'Russian'],
    [de!, 'de', 'German'],
  ] as const) {
    assert.equal(record.language, code);
    const issue = record.issues.find((i: { code: string }) => i.code === 'not-english');
    assert.match(issue.message, new RegExp(`in ${name} \\(${code}\\), not English`));
    assert.deepEqual([record.events, record.entities, record.quotes, record.sentences], [[], [], [], []]);
    // the article is still read, for the user to see
    assert.ok(record.article.text.length > 100);
  }
  assert.equal(en!.language, 'en');
  assert.ok(en!.entities.length > 0);
  assert.match(r.stderr, /3 documents coded in [\d.]+ s: \d+ events, 0 failed, 0 undated, 2 not in English/);
  const ingested = await dyad(['ingest', dir, '--store', join(tempDir('languages-store'), 'store.duckdb'), '--date', '2024-03-04', '--threads', '1']);
  assert.equal(ingested.status, 0, ingested.stderr);
  assert.match(ingested.stderr, /2 of 3 documents are not in English and were not coded/);
  const quiet = await dyad(['ingest', dir, '--store', join(tempDir('languages-quiet'), 'store.duckdb'), '--threads', '1', '--quiet', '--json']);
  assert.equal(quiet.stderr, '');
  assert.equal((JSON.parse(quiet.stdout) as { new: number }).new, 3);
});

const TABLE = `SOCCER - NORTHERN LEAGUE STANDINGS

LONDON 2024-03-02

Northern league standings after Saturday's matches (tabulate under played, won, drawn, lost, goals for, against, points):

Gondor Rovers 4 3 1 0 9 2 10
Arnor United 4 2 2 0 7 3 8
Rohan City 4 1 1 2 4 6 4
Dale Athletic 4 0 0 4 1 10 0
`;

test('short English news and score tables are never taken for another language', () => {
  // texts tinyld alone calls Kirundi, Klingon, Polish or Latin
  for (const text of [TABLE, 'The Egyptian president told reporters on Wednesday that Washington has to be ready to act.', 'Gondor praised Arnor.', 'On Tuesday the PRC demanded that Washington drop its plan to sell missiles to Taiwan.', 'Rohan met Gondor.']) {
    assert.equal(foreignLanguage(text), null, text);
  }
});
