// Which language a document is written in, so that a page in another language is not run through
// English models (which would find garbage names and events in it). tinyld is unreliable on a
// sentence or two and on score tables (it calls them Latin, Kirundi or Klingon), so its answer
// needs backing: most letters in a non-Latin script, or, in Latin script, the detector sure and the
// function words of the main Latin-script languages of the news (German, French, Spanish, Italian,
// Portuguese, Dutch, Polish, Turkish, Indonesian) outnumbering English ones. Anything else is read as
// English, as before: a text in another Latin-script language may still be coded.
// tinyld is required on first use: its model costs ~100 ms and some megabytes, and an English text
// is told by its function words before the detector is asked.
import { createRequire } from 'node:module';
import type { detectAll as DetectAll } from 'tinyld';

const require = createRequire(import.meta.url);
let detector: typeof DetectAll | null = null;
const detectAll: typeof DetectAll = (text) => (detector ??= (require('tinyld') as { detectAll: typeof DetectAll }).detectAll)(text);

/** How much of the text the detector reads: a news lead is plenty. */
const SAMPLE_CHARS = 3000;
/** tinyld's accuracy above which its answer is taken (short English texts score well under 0.1). */
const SURE = 0.3;
/** Function words: over a tenth of the words of any English text, a few in texts of other languages. */
const ENGLISH = new Set('the of and to a in is was that for on with as by at from said it he she his her they has have had will would be been are were not an this which who but or its their than after over'.split(' '));
const ENGLISH_SHARE = 0.12;
/** Their function words that are no English words; in a text of those languages, near a tenth of the words. */
const FOREIGN = new Set(
  (
    'der die das und ist nicht mit den dem des ein eine einen zu von auf für sich auch wird wurde sind ' +
    'le la les et est des du une pour dans que qui sur avec pas au aux ont été ' +
    'el los las y en del por con para una es lo su al como más pero fue ' +
    'il di che della per non gli sono nel alla anche ha stato ' +
    'o os da em não um uma com para foi são ' +
    'het een van zijn niet dat op voor ook wordt werd ' +
    'się nie że jest na dla oraz przez ' +
    've bir bu için ile olarak ' +
    'yang dan di ini itu dengan untuk dari'
  ).split(' '),
);
const FOREIGN_SHARE = 0.08;
const NON_LATIN = /[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Armenian}\p{Script=Georgian}]/gu;

export interface LanguageGuess {
  /** ISO 639-1 code, or "und" when the script is foreign but the language cannot be told. */
  readonly code: string;
  readonly confidence: number;
}

/** The document's language when it is surely not English, else null (code it as English). */
export function foreignLanguage(text: string): LanguageGuess | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  // no words is no letters: the letters are counted one by one only for a text that is not plainly English
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.length) return null;
  let english = 0;
  for (const w of words) if (ENGLISH.has(w)) english++;
  if (english >= ENGLISH_SHARE * words.length) return null;
  const top = detectAll(sample)[0];
  if (top?.lang === 'en') return null;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const foreignScript = (sample.match(NON_LATIN)?.length ?? 0) / letters > 0.5;
  const foreignWords = words.filter((w) => FOREIGN.has(w)).length;
  const latinForeign = top !== undefined && top.accuracy >= SURE && foreignWords >= FOREIGN_SHARE * words.length && foreignWords > english;
  if (top && (foreignScript || latinForeign)) return { code: top.lang, confidence: Math.min(1, top.accuracy) };
  return foreignScript ? { code: 'und', confidence: 0.5 } : null;
}

// made on first use: ICU's display names cost ~40 ms, paid only by a run that meets a foreign text
let names: Intl.DisplayNames | null = null;

export function languageName(code: string): string {
  if (code === 'und') return 'a language dyad cannot name';
  try {
    return (names ??= new Intl.DisplayNames(['en'], { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}
