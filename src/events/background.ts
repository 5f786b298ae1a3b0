// Words that put a sentence in the past of the story rather than in its news: wars and eras that are
// over, "decades ago", "at the time". Data, not code: each marker names the rule it stands for.

export interface BackgroundMarker {
  readonly id: string;
  readonly pattern: RegExp;
}

const ERAS = [
  'cold war',
  'korean war',
  'vietnam war',
  'gulf war',
  'first gulf war',
  'iran-iraq war',
  'six-day war',
  'yom kippur war',
  'first world war',
  'second world war',
  'world war i',
  'world war ii',
  'world war one',
  'world war two',
  'great war',
  'soviet era',
  'soviet times',
  'colonial era',
  'colonial rule',
  'apartheid era',
  'cultural revolution',
  'great depression',
  'ottoman empire',
  'soviet union',
  'balkan wars',
  'bosnian war',
  'falklands war',
  'war of independence',
  'civil war of the 1990s',
].join('|');

export const BACKGROUND_MARKERS: readonly BackgroundMarker[] = [
  { id: 'background/era', pattern: new RegExp(`\\b(?:during|throughout|in|since|after|before|until|at the end of|at the height of|in the wake of)\\s+the\\s+(?:\\d{4}(?:[-–]\\d{2,4})?\\s+)?(?:${ERAS})\\b`, 'i') },
  { id: 'background/ago', pattern: /\b(?:decades|centuries|generations|many years|\d+ years)\s+(?:ago|earlier|before)\b/i },
  { id: 'background/at-the-time', pattern: /\b(?:at the time|in those days|back then|in the past|historically|in earlier decades)\b/i },
  { id: 'background/former-era', pattern: /\b(?:the former|then-)\s*(?:soviet union|yugoslavia|czechoslovakia|east germany)\b/i },
];

/** The first marker found in the text, or null. */
export function backgroundMarker(text: string): BackgroundMarker | null {
  return BACKGROUND_MARKERS.find((m) => m.pattern.test(text)) ?? null;
}
