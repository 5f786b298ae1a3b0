// The shapes that pass between the store and the GDELT-style dataset: the store clusters mentions into
// events with SQL and hands each event and mention to the formatters of `src/dataset/` as these
// records. Both store backends fill them the same way, so both export the same bytes.

/** A place resolved to coordinates, as GDELT's *Geo_* columns describe it. */
export interface Geo {
  /** 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). */
  readonly type: 1 | 2 | 3 | 4 | 5;
  /** "City, State, Country" as GDELT writes it. */
  readonly fullName: string;
  /** FIPS 10-4 country code (2 letters). */
  readonly countryCode: string;
  /** FIPS country + ADM1 code ("USCA"), or the country code alone when the ADM1 is unknown. */
  readonly adm1Code: string;
  readonly adm2Code: string;
  readonly lat: number;
  readonly long: number;
  /** GeoNames id of a city, or the country/ADM1 code as text for larger places. */
  readonly featureId: string;
}

/** The parts of a document's tone, GDELT's V2Tone in its order. */
export interface DocumentTone {
  /** positive minus negative, -100..100 */
  readonly tone: number;
  readonly positive: number;
  readonly negative: number;
  readonly polarity: number;
  readonly activity: number;
  readonly selfGroup: number;
  readonly wordCount: number;
}

/** What identifies an event across articles: GDELT clusters its mentions on these. */
export interface EventKey {
  /** YYYYMMDD */
  readonly day: string;
  /** Actor codes, '' when the slot is empty. */
  readonly source: string;
  readonly target: string;
  readonly code: string;
  /** The action place's feature id, '' when unknown. */
  readonly place: string;
}

/** One event of the store with its counts over every article, ready to become a row. */
export interface EventAggregate {
  readonly id: number;
  readonly key: EventKey;
  readonly sourceName: string | null;
  readonly targetName: string | null;
  /** Some mention of it stands in its article's lead paragraph. */
  readonly isRoot: boolean;
  readonly numMentions: number;
  readonly numSources: number;
  readonly numArticles: number;
  /** Mean tone of its articles. */
  readonly avgTone: number;
  readonly actor1Geo: Geo | null;
  readonly actor2Geo: Geo | null;
  readonly actionGeo: Geo | null;
  /** YYYYMMDDHHMMSS, UTC: when the store first held it. */
  readonly dateAdded: string;
  /** The URL of its earliest article (by publication date, then URL). */
  readonly sourceUrl: string;
}

/** One coded occurrence of an event in one article. */
export interface MentionRecord {
  readonly eventId: number;
  /** YYYYMMDDHHMMSS: the event's DATEADDED. */
  readonly eventTime: string;
  /** YYYYMMDDHHMMSS: the article's publication (or crawl) time. */
  readonly mentionTime: string;
  /** The article's site ("bbc.co.uk"). */
  readonly sourceName: string;
  /** The article's URL. */
  readonly identifier: string;
  /** 1-based, as GDELT counts. */
  readonly sentence: number;
  /** -1 where the actor has no words in the text. */
  readonly actor1Offset: number;
  readonly actor2Offset: number;
  readonly actionOffset: number;
  /** 0..100 */
  readonly confidence: number;
  readonly docLength: number;
  readonly docTone: number;
}
