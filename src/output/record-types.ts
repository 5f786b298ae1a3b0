// The output record: one JSON object per input document, as `dyad code --format jsonl` writes it and
// `toRecord` returns it. These types are the source of the published JSON Schema
// (schema/record.schema.json, made by `npm run schema`), so the types, the output and the schema
// cannot drift apart. The fields ../shared/CONTRACT.md lists keep their names; docs/output.md
// describes every field.

/**
 * A calendar day, YYYY-MM-DD.
 * @pattern ^\d{4}-\d{2}-\d{2}$
 */
export type Day = string;

/** The versions that produced a record, so a dataset can say what coded it. */
export interface RecordVersions {
  /** The dyad package version. */
  dyad: string;
  /** The knowledge the coder used ("builtin", "builtin+user" with --kb, "dictionaries", "builtin+dictionaries"), then a hash of its files. */
  kb: string;
}

/** Why a document could not be read or coded (the record still carries what could be filled). */
export interface RecordError {
  code: string;
  message: string;
}

export interface RecordDateline {
  place: string;
  date: Day | null;
  agency: string | null;
}

/** A piece of the raw input that is not body text, and the rule that took it out. */
export interface RecordRemoval {
  text: string;
  rule: string;
  kind: 'junk' | 'caption' | 'title' | 'byline' | 'dateline' | 'duplicate' | 'metadata';
}

export interface RecordArticle {
  title: string | null;
  byline: string | null;
  authors: string[];
  /** The publication date the article itself gives (page metadata), never the date given with it. */
  published: Day | null;
  dateline: RecordDateline | null;
  /** The clean body text: every offset of the record points into it (UTF-16 code units, end exclusive). */
  text: string;
  captions: string[];
  /** The language the page declares (its lang attribute or metadata). */
  language: string | null;
  /** The site's name, as the page gives it. */
  site: string | null;
  url: string | null;
  removed: RecordRemoval[];
}

export interface RecordSentence {
  start: number;
  end: number;
  paragraph: number;
}

export interface RecordTime {
  text: string;
  start: number;
  end: number;
  date: Day | null;
  year: number | null;
  grain: 'day' | 'month' | 'year' | 'range';
}

export type RecordEntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC';

/** A name in the text. */
export interface RecordEntity {
  text: string;
  start: number;
  end: number;
  type: RecordEntityType;
  /** CAMEO actor code valid at the document's date, or null. */
  actor: string | null;
  /** Canonical name. */
  name: string;
  /** Cluster id shared by every mention (names and references) of one entity in the document. */
  entity: number;
  form: 'name';
  rule: string;
  confidence: number;
}

/** A pronoun, description or title that refers to a named entity. */
export interface RecordReference {
  text: string;
  start: number;
  end: number;
  form: 'pronoun' | 'description' | 'title';
  type: RecordEntityType;
  actor: string | null;
  name: string;
  entity: number;
  rule: string;
}

export interface RecordSpeaker {
  text: string;
  start: number;
  end: number;
  name: string;
  actor: string | null;
}

export interface RecordQuote {
  text: string;
  start: number;
  end: number;
  /** The quoted pieces when the cue interrupts the quote; one piece otherwise. */
  parts: { start: number; end: number }[];
  direct: boolean;
  /** Lemma of the reporting verb or noun ("say", "according to"). */
  cue: string;
  /** What the cue reports: speech, writing, thought or intention (quotes); a vote or a list line (stances). */
  class: 'speech' | 'writing' | 'thought' | 'intention' | 'vote' | 'list';
  speaker: RecordSpeaker | null;
  /** The chain of sources the words came through ("according to TASS"). */
  via: RecordSpeaker[];
  rule: string;
  confidence: number;
}

export interface RecordEventActor {
  /** The actor code, or null for a new actor known only by its words. */
  code: string | null;
  text: string;
  start?: number;
  end?: number;
}

/** A dictionary entry behind a fact: the pattern text, its file and line. */
export interface RecordEntry {
  text: string;
  file: string;
  line: number;
}

export interface RecordProvenance {
  rule: string;
  confidence: number;
  entry?: RecordEntry;
}

export interface RecordLocation extends RecordProvenance {
  name: string;
  country: string | null;
  start: number;
  end: number;
  text: string;
}

/** Why the coder made the event: the verb, the pattern and the entries that gave each actor. */
export interface RecordEvidence extends RecordProvenance {
  verb: { start: number; end: number; text: string };
  source: RecordProvenance;
  target?: RecordProvenance;
}

export interface RecordEvent {
  /** CAMEO code with its leading zero ("051"), or whatever the loaded dictionaries give. */
  code: string;
  source: RecordEventActor;
  target: RecordEventActor | null;
  goldstein: number | null;
  /** GDELT QuadClass: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
  quad: 1 | 2 | 3 | 4 | null;
  /** PLOVER event type; null for CAMEO roots 01 and 02, which PLOVER has no type for. */
  plover: string | null;
  date: Day | null;
  /** A background event the article tells of, not news of the day. */
  historical: boolean;
  /** How far the event may be trusted (0..1); `dyad code --min-confidence` leaves out those below. */
  confidence: number;
  location: RecordLocation | null;
  /** Index of the sentence in `sentences`. */
  sentence: number;
  evidence: RecordEvidence;
}

export interface RecordIssue {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

/** One output record (one JSON line of `dyad code --format jsonl`). */
export interface OutputRecord {
  id: string;
  error: RecordError | null;
  /** The day that codes the document: the dateline's, else the published date, else the reference date. */
  date: Day | null;
  /** The date given with the document (its record's "date", its file name's, or --date). */
  referenceDate: Day | null;
  /** The language the text was found to be in (ISO 639-1, "und" when it cannot be named); only "en" is coded. Null when no article was read. */
  language: string | null;
  versions: RecordVersions;
  article: RecordArticle | null;
  sentences: RecordSentence[];
  times: RecordTime[];
  entities: RecordEntity[];
  references: RecordReference[];
  quotes: RecordQuote[];
  /** Attributed votes, decisions and list lines ("Name: charges ..."): positions, not speech. */
  stances: RecordQuote[];
  events: RecordEvent[];
  issues: RecordIssue[];
}
