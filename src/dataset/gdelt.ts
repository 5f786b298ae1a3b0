// GDELT 2.0 Events (61 columns) and Mentions (16 columns) rows from the store's records. Every number
// is written with a fixed number of decimals, so the same records always give the same bytes.
import { cameoTable } from '../kb/cameo.js';
import { splitActorCode } from './actor-code.js';
import type { EventAggregate, Geo, MentionRecord } from './types.js';

const ACTOR_COLUMNS = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO_COLUMNS = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

/** The Event codebook's columns in order, as BigQuery's `gdeltv2.events` names them. */
export const GDELT_EVENT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR_COLUMNS.map((c) => `Actor1${c}`),
  ...ACTOR_COLUMNS.map((c) => `Actor2${c}`),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO_COLUMNS.map((c) => `Actor1Geo_${c}`),
  ...GEO_COLUMNS.map((c) => `Actor2Geo_${c}`),
  ...GEO_COLUMNS.map((c) => `ActionGeo_${c}`),
  'DATEADDED',
  'SOURCEURL',
];

/** The Mentions codebook's columns in order, as BigQuery's `gdeltv2.eventmentions` names them. */
export const GDELT_MENTION_COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'EventTimeDate',
  'MentionTimeDate',
  'MentionType',
  'MentionSourceName',
  'MentionIdentifier',
  'SentenceID',
  'Actor1CharOffset',
  'Actor2CharOffset',
  'ActionCharOffset',
  'InRawText',
  'Confidence',
  'MentionDocLen',
  'MentionDocTone',
  'MentionDocTranslationInfo',
  'Extras',
];

/** Decimals of each kind of number: tones to 1e-6, coordinates to ~10 m, FractionDate as GDELT. */
export const TONE_DECIMALS = 6;
export const COORDINATE_DECIMALS = 4;
export const GOLDSTEIN_DECIMALS = 1;
export const FRACTION_DECIMALS = 4;

/** `n` to `decimals` places, never "-0.000". */
export function fixed(n: number, decimals: number): string {
  const text = n.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/**
 * GDELT's FractionDate, YYYY.FFFF with FFFF = (months elapsed * 30 + day) / 365. The codebook writes
 * MONTH*30+DAY; its files count the month from zero (19790101 is 1979.0027), and so do we.
 */
export function fractionDate(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(4, 6));
  const date = Number(day.slice(6, 8));
  return fixed(year + ((month - 1) * 30 + date) / 365, FRACTION_DECIMALS);
}

function actorCells(code: string, name: string | null): string[] {
  const p = splitActorCode(code);
  return [code, (name ?? '').toUpperCase(), p.countryCode, p.knownGroupCode, p.ethnicCode, p.religion1Code, p.religion2Code, p.type1Code, p.type2Code, p.type3Code];
}

function geoCells(g: Geo | null): string[] {
  if (g === null) return GEO_COLUMNS.map(() => '');
  return [String(g.type), g.fullName, g.countryCode, g.adm1Code, g.adm2Code, fixed(g.lat, COORDINATE_DECIMALS), fixed(g.long, COORDINATE_DECIMALS), g.featureId];
}

/** The 61 cells of one event. QuadClass and GoldsteinScale are empty for a code the CAMEO table lacks. */
export function gdeltEventRow(e: EventAggregate): string[] {
  const { day, code } = e.key;
  const cameo = cameoTable();
  const goldstein = cameo.goldstein(code);
  return [
    String(e.id),
    day,
    day.slice(0, 6),
    day.slice(0, 4),
    fractionDate(day),
    ...actorCells(e.key.source, e.sourceName),
    ...actorCells(e.key.target, e.targetName),
    e.isRoot ? '1' : '0',
    code,
    code.slice(0, 3),
    code.slice(0, 2),
    String(cameo.quadClass(code) ?? ''),
    goldstein === null ? '' : fixed(goldstein, GOLDSTEIN_DECIMALS),
    String(e.numMentions),
    String(e.numSources),
    String(e.numArticles),
    fixed(e.avgTone, TONE_DECIMALS),
    ...geoCells(e.actor1Geo),
    ...geoCells(e.actor2Geo),
    ...geoCells(e.actionGeo),
    e.dateAdded,
    e.sourceUrl,
  ];
}

/** MentionType: 1 WEB for a web address, 2 CITATIONONLY for anything else (a local file). */
function mentionType(identifier: string): string {
  return /^https?:\/\//i.test(identifier) ? '1' : '2';
}

/**
 * The 16 cells of one mention. InRawText is 1: dyad codes the text as written (a pronoun's actor is
 * found through its antecedent, but the mention's offsets are those of the words in the text).
 * Translation info is blank: dyad reads English only.
 */
export function gdeltMentionRow(m: MentionRecord): string[] {
  return [
    String(m.eventId),
    m.eventTime,
    m.mentionTime,
    mentionType(m.identifier),
    m.sourceName,
    m.identifier,
    String(m.sentence),
    String(m.actor1Offset),
    String(m.actor2Offset),
    String(m.actionOffset),
    '1',
    String(Math.round(m.confidence)),
    String(m.docLength),
    fixed(m.docTone, TONE_DECIMALS),
    '',
    '',
  ];
}
