// The PostgreSQL schema: the DuckDB store's tables and columns (duckdb/schema.ts), as forward
// migrations with a version in `dyad_meta`. Text that is sorted or compared carries the "C" collation,
// so that PostgreSQL orders strings byte by byte as DuckDB does, whatever the database's locale: the
// representative of an event (its earliest article) and the export order depend on it. JSON is kept
// as text, written and read exactly as the DuckDB store writes and reads it.

import { EVENT_STATE_TABLES } from './events-sql.js';

export const STORE_FORMAT = 'dyad-store';

/** Text compared byte by byte. */
const T = 'text collate "C"';

export const MIGRATIONS: readonly string[] = [
  `
  create table dyad_meta (key text primary key, value text not null);

  create table documents (
    url ${T} primary key,
    content_hash text not null,
    id ${T} not null,
    origin text not null,
    site ${T} not null,
    title text, byline text, published text, date ${T}, dateline_place text, language text,
    tone double precision not null, tone_positive double precision not null, tone_negative double precision not null,
    tone_polarity double precision not null, tone_activity double precision not null, tone_self_group double precision not null,
    word_count integer not null,
    length integer not null,
    text text not null,
    issues text not null,
    added_at ${T} not null
  );
  create index documents_id on documents (id);

  create table errors (
    url ${T} not null,
    content_hash text not null,
    id text not null,
    origin text not null,
    code text not null,
    reason text not null,
    added_at text not null,
    primary key (url, content_hash)
  );

  create table entities (
    url ${T} not null, seq integer not null,
    start_offset integer not null, end_offset integer not null, text text not null,
    type text not null, entity integer not null, actor ${T}, name ${T} not null, form text not null,
    rule text not null, confidence double precision not null,
    primary key (url, seq)
  );

  create table quotes (
    url ${T} not null, seq integer not null,
    start_offset integer not null, end_offset integer not null, text text not null,
    direct boolean not null, cue text not null,
    speaker_text text, speaker_start integer, speaker_end integer, speaker_name ${T}, speaker_actor ${T},
    via text not null,
    rule text not null, confidence double precision not null,
    primary key (url, seq)
  );
  create index quotes_speaker_name on quotes (speaker_name);
  create index quotes_speaker_actor on quotes (speaker_actor);

  create table mentions (
    url ${T} not null, seq integer not null,
    event_id bigint, day ${T}, code ${T} not null,
    source ${T} not null, source_text text not null, source_start integer, source_end integer, source_geo text,
    target ${T} not null, target_text text, target_start integer, target_end integer, target_geo text,
    place ${T} not null, place_name text, action_geo text,
    goldstein double precision, quad integer, plover text,
    date text, historical boolean not null,
    sentence integer not null, in_lead boolean not null,
    verb_start integer not null, verb_end integer not null,
    rule text not null, entry text, entry_text text, confidence double precision not null,
    primary key (url, seq)
  );
  create index mentions_event on mentions (event_id);

  -- computed from the mentions (events-sql.ts), never written otherwise
  create table events (
    id bigint primary key,
    day ${T} not null, source ${T} not null, target ${T} not null, code ${T} not null, place ${T} not null,
    source_name text, target_name text,
    is_root boolean not null, background boolean not null,
    goldstein double precision, quad integer,
    num_mentions integer not null, num_sources integer not null, num_articles integer not null,
    avg_tone double precision not null,
    source_geo text, target_geo text, action_geo text,
    date_added text not null, source_url text not null
  );
  create index events_dyad on events (source, target, day);
  create index events_target on events (target);
  create index events_day on events (day);

  create view actors as
    select actor as code, mode() within group (order by name) as name, count(*) as mentions, count(distinct url) as documents
    from entities where actor is not null group by actor;

  create table sources (url ${T} primary key, etag text, last_modified text, checked_at text not null);
  `,
  `
  -- versions of a URL that a later one replaced: read again (a re-run, a resume), one is skipped
  create table superseded (url ${T} not null, content_hash text not null, replaced_at text not null, primary key (url, content_hash));
  `,
  // what a batch needs to update an event from its own mentions (events-sql.ts), for the events there are
  EVENT_STATE_TABLES,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
