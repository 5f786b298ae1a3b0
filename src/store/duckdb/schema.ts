// The DuckDB schema as forward migrations: migration i takes a store from version i to i + 1, in one
// transaction with the version bump, so a store is always at exactly one version. `dyad_meta` marks a
// file as a dyad store; a file without it that already has tables is someone else's and is refused.

import { EVENT_STATE_TABLES } from './events-sql.js';

export const STORE_FORMAT = 'dyad-store';

export const MIGRATIONS: readonly string[] = [
  `
  create table dyad_meta (key varchar primary key, value varchar not null);

  -- one version per URL; the clean text is kept so every span below can be read back
  create table documents (
    url varchar primary key,
    content_hash varchar not null,
    id varchar not null,
    origin varchar not null,
    site varchar not null,
    title varchar, byline varchar, published varchar, date varchar, dateline_place varchar, language varchar,
    tone double not null, tone_positive double not null, tone_negative double not null,
    tone_polarity double not null, tone_activity double not null, tone_self_group double not null,
    word_count integer not null,
    length integer not null,
    text varchar not null,
    issues json not null,
    added_at varchar not null
  );

  create table errors (
    url varchar not null,
    content_hash varchar not null,
    id varchar not null,
    origin varchar not null,
    code varchar not null,
    reason varchar not null,
    added_at varchar not null,
    primary key (url, content_hash)
  );

  create table entities (
    url varchar not null, seq integer not null,
    start_offset integer not null, end_offset integer not null, text varchar not null,
    type varchar not null, entity integer not null, actor varchar, name varchar not null, form varchar not null,
    rule varchar not null, confidence double not null
  );

  create table quotes (
    url varchar not null, seq integer not null,
    start_offset integer not null, end_offset integer not null, text varchar not null,
    direct boolean not null, cue varchar not null,
    speaker_text varchar, speaker_start integer, speaker_end integer, speaker_name varchar, speaker_actor varchar,
    via json not null,
    rule varchar not null, confidence double not null
  );

  -- event mentions: one coded event in one document, with its words, rule and confidence
  create table mentions (
    url varchar not null, seq integer not null,
    event_id bigint, day varchar, code varchar not null,
    source varchar not null, source_text varchar not null, source_start integer, source_end integer, source_geo json,
    target varchar not null, target_text varchar, target_start integer, target_end integer, target_geo json,
    place varchar not null, place_name varchar, action_geo json,
    goldstein double, quad integer, plover varchar,
    date varchar, historical boolean not null,
    sentence integer not null, in_lead boolean not null,
    verb_start integer not null, verb_end integer not null,
    rule varchar not null, entry varchar, entry_text varchar, confidence double not null
  );

  -- events are computed from the mentions (see events.ts) and never written otherwise
  create table events (
    id bigint not null,
    day varchar not null, source varchar not null, target varchar not null, code varchar not null, place varchar not null,
    source_name varchar, target_name varchar,
    is_root boolean not null, background boolean not null,
    goldstein double, quad integer,
    num_mentions integer not null, num_sources integer not null, num_articles integer not null,
    avg_tone double not null,
    source_geo json, target_geo json, action_geo json,
    date_added varchar not null, source_url varchar not null
  );

  create view actors as
    select actor as code, mode(name) as name, count(*) as mentions, count(distinct url) as documents
    from entities where actor is not null group by actor;
  `,
  `
  -- what each web source answered last time (follow mode's conditional GETs)
  create table sources (url varchar primary key, etag varchar, last_modified varchar, checked_at varchar not null);
  `,
  `
  -- versions of a URL that a later one replaced: reading one again (a re-run, a resume after a kill)
  -- must not write it back over the version that replaced it
  create table superseded (url varchar not null, content_hash varchar not null, replaced_at varchar not null, primary key (url, content_hash));
  `,
  // what a batch needs to update an event from its own mentions (events-sql.ts), for the events there are
  EVENT_STATE_TABLES,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
