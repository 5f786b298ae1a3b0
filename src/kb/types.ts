// The built-in knowledge base as typed structures. Every entry keeps the file (relative to the kb
// folder) and line it was read from, so a coded fact can always point back at its source.
import type { Issue } from '../types.js';

export interface Source {
  /** Path relative to the knowledge-base folder ("actors/countries.tsv"). */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
}

/** An inclusive day range; null ends are open. Dates are YYYY-MM-DD. */
export interface DateRange {
  readonly from: string | null;
  readonly to: string | null;
}

export type Quad = 1 | 2 | 3 | 4;

export interface CameoCode extends Source {
  readonly code: string;
  readonly name: string;
  readonly goldstein: number;
  readonly quad: Quad;
  /** Two-digit root ("05"). */
  readonly root: string;
  /** PLOVER 2021 event type, null for roots 01 and 02 which PLOVER drops. */
  readonly plover: string | null;
}

/**
 * Where an entry comes from, which decides what it may do. `core` (actors/, people/) holds the names
 * the tagger's gazetteer was trained with; `curated` is hand-written beyond them (institutions/,
 * officeholders/); `template` is expanded from institutions/templates.tsv over the UN members;
 * `imported` is converted from outside data (imported/phoenix). Curated and core entries take
 * precedence over template and imported ones.
 */
export type KbOrigin = 'core' | 'curated' | 'template' | 'imported';

/** How a text names an actor: the kinds of line in kb/actors/*.tsv and kb/people. */
export type AliasKind =
  | 'country' // ISO name (generated) or a historic state
  | 'name' // another name of a country, region or organisation
  | 'adj' // adjective or demonym
  | 'capital' // a capital standing for the government
  | 'seat' // a building or place standing for a branch of government
  | 'region'
  | 'igo'
  | 'ngo'
  | 'body' // a named state institution (CIA -> USASPY, Knesset -> ISRLEG)
  | 'armed'
  | 'agency'
  | 'party'
  | 'company' // a business, coded country + BUS whoever owns it
  | 'place' // a place inside a country that is no actor (a US state): named, never coded
  | 'person';

/** One name that resolves to one actor code during a date range. */
export interface Alias extends Source, DateRange {
  readonly text: string;
  readonly code: string;
  readonly kind: AliasKind;
  /** The canonical name of the thing the alias names. */
  readonly canonical: string;
  readonly origin: KbOrigin;
  /** Present, and true, only when `to` is a person's source horizon, not the end of the office (PersonRole.horizon). */
  readonly horizon?: boolean;
}

export interface Country extends Source, DateRange {
  /** CAMEO country code (mostly ISO alpha-3). */
  readonly code: string;
  readonly iso2: string | null;
  readonly iso3: string | null;
  readonly name: string;
  readonly historic: boolean;
}

/** A named actor from one line of regions/organisations/armed-groups/agencies. */
export interface Organisation extends Source, DateRange {
  readonly code: string;
  readonly kind: AliasKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly origin: KbOrigin;
}

export interface PersonRole extends Source, DateRange {
  readonly code: string;
  /** The office in words ("president", "foreign minister"). */
  readonly title: string;
  /**
   * False for an office written in the file; true for a time out of office that the loader derived
   * from the office before it (`<country>ELI`, "former president"), whose source is that office's line.
   */
  readonly derived: boolean;
  /**
   * True when `to` is only the last day the source speaks for (a `horizon` line: the Phoenix
   * dictionaries' 2015-12-31), not the day the office ended: after it the person's office is unknown,
   * so no former elite is derived from it and the name is not coded.
   */
  readonly horizon: boolean;
}

export interface Person extends Source {
  readonly name: string;
  readonly aliases: readonly string[];
  /** Offices as written, then the derived times out of office. */
  readonly roles: readonly PersonRole[];
  /** Day of death (the `died` line), or null when alive or not recorded. */
  readonly died: string | null;
  readonly origin: KbOrigin;
}

/** An agent noun ("official", "troops") and the CAMEO role code it adds. */
export interface RoleWord extends Source {
  readonly code: string;
  readonly word: string;
  readonly plural: string | null;
  /** True when it combines with a country or organisation as a suffix (Russian official -> RUSGOV). */
  readonly suffix: boolean;
}

/** One parsed element of a verb pattern (docs/verb-patterns.md). */
export type PatternElement =
  | { readonly kind: 'trigger'; readonly words: readonly string[] }
  | { readonly kind: 'source' }
  | { readonly kind: 'target' }
  /** `%`: a unit of two or more actors; before the trigger they act among themselves, after it they are the targets. */
  | { readonly kind: 'compound' }
  | { readonly kind: 'word'; readonly words: readonly string[]; readonly optional: boolean }
  | { readonly kind: 'gap' }
  | { readonly kind: 'set'; readonly name: string };

export interface VerbPattern extends Source {
  /** The CAMEO code the source does to the target ("051"); null for a no-event pattern (`---`). */
  readonly code: string | null;
  /** For paired codes ("042:043"): what the target does to the source. */
  readonly reverseCode: string | null;
  /** The pattern as written. */
  readonly text: string;
  readonly elements: readonly PatternElement[];
  /** Lemma of the trigger; a phrasal trigger keeps its underscores ("call_for"). */
  readonly trigger: string;
  /** The explicit override or the code's PLOVER type. */
  readonly plover: string | null;
  readonly ploverOverride: boolean;
  readonly note: string | null;
}

export interface WordSet extends Source {
  readonly name: string;
  readonly words: readonly string[];
}

export interface Discard extends Source {
  /** story: drop the whole story; sentence: drop the sentence. */
  readonly scope: 'story' | 'sentence';
  readonly phrase: string;
}

export interface KnowledgeBase {
  /** Absolute path of the folder it was loaded from. */
  readonly dir: string;
  readonly cameo: readonly CameoCode[];
  readonly countries: readonly Country[];
  /** Regions, organisations, armed groups and news agencies, one per line. */
  readonly organisations: readonly Organisation[];
  readonly people: readonly Person[];
  readonly roles: readonly RoleWord[];
  readonly patterns: readonly VerbPattern[];
  readonly sets: readonly WordSet[];
  readonly discards: readonly Discard[];
  /** Every name of every actor (countries, organisations, people), with its dates. */
  readonly aliases: readonly Alias[];
}

export interface LoadResult {
  readonly kb: KnowledgeBase;
  /** Malformed lines: errors. */
  readonly issues: readonly Issue[];
  /**
   * Imported or template entries set aside because a curated entry names the same thing differently
   * (the curated one is used): listed by `dyad kb check`, not errors.
   */
  readonly warnings: readonly Issue[];
}
