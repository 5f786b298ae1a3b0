// The one document model that every stage, the CLI and the library share.
//
// The article text is stored once (`Article.text`) and never changed after the article stage; every
// later fact is a span of UTF-16 offsets into it (end exclusive) plus the rule or dictionary entry that
// produced it. Stages never mutate a Document: they return a new one with their own field filled.

/** [start, end) in UTF-16 code units of `Article.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where a fact came from: the rule id or dictionary entry, and how sure we are (0..1). */
export interface Provenance {
  /** A stable rule id ("dateline/agency-paren", "ner/perceptron", "kb/people") */
  readonly rule: string;
  /** The dictionary entry behind it, when there is one: pattern text with its file and line. */
  readonly entry?: DictionaryRef;
  readonly confidence: number;
}

export interface DictionaryRef {
  readonly text: string;
  readonly file: string;
  readonly line: number;
}

/** A problem in the input or the data, never a programmer error (those throw). */
export interface Issue {
  readonly code: string;
  readonly message: string;
  /** Where in the article text, when it points at words. */
  readonly span?: Span;
  /** A file and line in a dictionary or input, when it points at data. */
  readonly file?: string;
  readonly line?: number;
}

// ---------------------------------------------------------------------------------------------------
// Input

export interface CoderOptions {
  readonly require_dyad?: boolean;
  readonly new_actor_length?: number;
  readonly comma_min?: number;
  readonly comma_max?: number;
  readonly comma_bmin?: number;
  readonly comma_bmax?: number;
  readonly comma_emin?: number;
  readonly comma_emax?: number;
}

/** One document as read from a file, a JSON line or standard input, before any analysis. */
export interface RawDocument {
  readonly id: string;
  /** Where it came from: a path, "path:line" for JSON lines, "-:line" for standard input. */
  readonly origin: string;
  readonly text?: string;
  readonly html?: string;
  readonly url?: string;
  /** The reference date (YYYY-MM-DD) given with the document: its record's, else its file name's
   * (--date-from-filename), else --date. Not a date read from the article. */
  readonly date?: string;
  readonly verbatim?: boolean;
  /** A title the source gives (a feed item's), used when the page has none of its own. */
  readonly title?: string;
  readonly options?: CoderOptions;
  /** Set when the document could not be read at all; the record is then an error record. */
  readonly error?: DocumentError;
  readonly issues?: readonly Issue[];
}

export interface DocumentError {
  readonly code: string;
  readonly message: string;
}

// ---------------------------------------------------------------------------------------------------
// Article

export interface Dateline {
  readonly place: string;
  readonly date: string | null;
  readonly agency: string | null;
  /** Where the dateline stood in the raw input (it is not part of Article.text). */
  readonly raw: string;
}

/** A piece of the raw input that is not body text, and the rule that took it out. */
export interface Removal {
  readonly text: string;
  readonly rule: string;
  readonly kind: 'junk' | 'caption' | 'title' | 'byline' | 'dateline' | 'duplicate' | 'metadata';
}

export interface Article {
  readonly title: string | null;
  readonly byline: string | null;
  readonly authors: readonly string[];
  /** Publication date found in the article itself (page metadata), YYYY-MM-DD; never the date the
   * user gave (that is Document.referenceDate). */
  readonly published: string | null;
  readonly dateline: Dateline | null;
  /** The clean body. Every offset in the document points into this string. */
  readonly text: string;
  readonly captions: readonly string[];
  readonly removed: readonly Removal[];
  readonly language?: string | null;
  readonly siteName?: string | null;
  readonly url?: string | null;
}

// ---------------------------------------------------------------------------------------------------
// Language layer

export interface Token extends Span {
  /** Universal POS tag (PROPN, NOUN, VERB, AUX, ADP, PUNCT, ...). */
  readonly pos: string;
  readonly lemma: string;
  /** Lower-cased surface form. */
  readonly normal: string;
  /** True when whitespace precedes the token in the text. */
  readonly spaceBefore: boolean;
}

export interface Sentence extends Span {
  readonly index: number;
  /** Tokens [tokenStart, tokenEnd) of Document.tokens. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Index of the paragraph the sentence stands in (paragraphs are split by blank lines). */
  readonly paragraph: number;
}

/** A date or time expression found in the text and resolved against the reference date. */
export interface TimeExpression extends Span {
  readonly text: string;
  /** YYYY-MM-DD when the day is known. */
  readonly date: string | null;
  /** Precision of `date`. */
  readonly grain: 'day' | 'month' | 'year' | 'range';
  /** The year for background references ("in 1950"), also when no day is known. */
  readonly year: number | null;
  readonly provenance: Provenance;
}

// ---------------------------------------------------------------------------------------------------
// Entities and actors

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC';

/** A mention of an entity in the text. Mentions of one entity share `entity` (a cluster id). */
export interface Mention extends Span {
  readonly text: string;
  readonly type: EntityType;
  /** Cluster id: every mention of the same real-world entity in the document carries the same number. */
  readonly entity: number;
  /** CAMEO actor code valid at the document date, or null. */
  readonly actor: string | null;
  /** Canonical name of the entity. */
  readonly name: string;
  /** Pronoun, description or name. */
  readonly form: 'name' | 'pronoun' | 'description' | 'title';
  readonly provenance: Provenance;
}

// ---------------------------------------------------------------------------------------------------
// Quotes

export interface QuoteSpeaker extends Span {
  readonly text: string;
  readonly name: string;
  readonly actor: string | null;
  readonly entity: number | null;
}

export interface Quote extends Span {
  readonly text: string;
  /** The quoted pieces when a cue interrupts the quote; one piece otherwise. */
  readonly parts: readonly Span[];
  readonly direct: boolean;
  /** Lemma of the reporting verb or noun ("say", "according to", "message"). */
  readonly cue: string;
  /** What the cue reports (src/quotes/cues.ts): votes and list lines are stances, the rest quotes. */
  readonly cueClass: 'speech' | 'writing' | 'thought' | 'intention' | 'vote' | 'list';
  readonly cueSpan: Span | null;
  readonly speaker: QuoteSpeaker | null;
  /** The chain of sources the speaker's words came through ("according to TASS"). */
  readonly via: readonly QuoteSpeaker[];
  readonly provenance: Provenance;
}

// ---------------------------------------------------------------------------------------------------
// Events

export interface EventActor {
  /** The actor code, or null for a new actor known only by its words. */
  readonly code: string | null;
  readonly text: string;
  readonly span: Span | null;
  readonly provenance: Provenance;
}

export interface CodedEvent {
  /** CAMEO code with its leading zero ("051"), or whatever the loaded dictionaries give. */
  readonly code: string;
  readonly source: EventActor;
  readonly target: EventActor | null;
  readonly goldstein: number | null;
  readonly quad: 1 | 2 | 3 | 4 | null;
  readonly plover: string | null;
  readonly date: string | null;
  readonly historical: boolean;
  readonly sentence: number;
  /** The verb phrase or event noun that carried the event. */
  readonly verbSpan: Span;
  /** The pattern and dictionary entries that produced the event. */
  readonly provenance: Provenance;
  /** Where the event happened, when its sentence says. */
  readonly location: EventLocation | null;
}

export interface EventLocation {
  /** Canonical name of the place ("Nairobi", "South China Sea"). */
  readonly name: string;
  /** The place as written in the sentence. */
  readonly span: Span;
  /** CAMEO country code of the place when it is known ("KEN" for Nairobi). */
  readonly country: string | null;
  readonly provenance: Provenance;
}

// ---------------------------------------------------------------------------------------------------
// The document as it moves through the pipeline

export interface Document {
  readonly id: string;
  readonly origin: string;
  /** The day the story was written (YYYY-MM-DD), which codes it: the dateline's day, else the
   * published date, else the reference date; null when none is known (the document has a no-date issue). */
  readonly date: string | null;
  /** The date given with the document (RawDocument.date), not read from it. */
  readonly referenceDate: string | null;
  /** The language the text was found to be in (ISO 639-1); only "en" is coded. Null before the article is read. */
  readonly language: string | null;
  readonly options: CoderOptions;
  readonly article: Article | null;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly times: readonly TimeExpression[];
  readonly mentions: readonly Mention[];
  /** The country the story is about (entities/home-country.ts): police and courts the text names without a country are its own. */
  readonly home?: string | null;
  readonly quotes: readonly Quote[];
  /** What a source approved or voted for, and list lines ("Name: charges ..."): attributed, but no speech. */
  readonly stances?: readonly Quote[];
  readonly events: readonly CodedEvent[];
  readonly issues: readonly Issue[];
  readonly error: DocumentError | null;
}
