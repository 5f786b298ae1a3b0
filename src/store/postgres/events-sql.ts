// How events are computed from mentions in PostgreSQL: the same function of the mentions as
// duckdb/events-sql.ts, written so that it gives the same values to the last bit. Representatives come
// from the earliest mention by (document date, URL, position) compared byte by byte (collation "C");
// DuckDB's arg_min skips nulls, so does the filtered array_agg here. The tone: DuckDB casts each
// document's tone to DECIMAL(18,6) (rounding tone * 10^6 half away from zero), sums exactly, and divides
// as doubles; the sum is kept here as that integer count of millionths, exact in a double, so the same
// steps give the same double.
//
// As in DuckDB (schema 4 there), a batch that only adds mentions to an event merges the event as it
// was with the batch's own mentions, from the state kept beside it (event_state: the tone sum, the rank
// of each representative; event_sites: the sites that reported it), instead of reading every earlier
// mention of the event again: a popular event is touched by most batches, and reading all its mentions
// each time made a batch cost in proportion to the whole store. Only an event that lost mentions (a
// document replaced by a new version) is computed again from all its mentions. The batch's mentions
// are the stored mentions of its documents' URLs: the writer holds those URLs' locks, so no other
// writer's mentions are among them.

import { REPRESENTATIVES } from '../representatives.js';

const RANKS = REPRESENTATIVES.map(([name]) => `${name}_rank`);

/**
 * The events, with their merge state, of the mentions that `where` keeps (over `m`, the mentions, and
 * `d`, their documents). The tone of an article counts once per event, however many mentions it has.
 */
const aggregate = (where: string) => `
  with m as (
    select m.event_id, m.day, m.source, m.target, m.code, m.place, m.source_text, m.target_text, m.in_lead, m.historical,
      m.goldstein, m.quad, m.source_geo, m.target_geo, m.action_geo, m.url, d.tone, d.added_at,
      (coalesce(d.date, '9999-12-31') || chr(1) || d.url || chr(1) || lpad(m.seq::text, 8, '0')) collate "C" as rank
    from mentions m join documents d on d.url = m.url
    where ${where}
  ),
  articles as (
    select event_id, count(*) as num_articles, sum((sign(t) * floor(abs(t) + 0.5))::bigint) as tone_units
    from (select distinct event_id, url, tone * 1000000::float8 as t from m) per_article
    group by event_id
  )
  select m.event_id as id, min(day) as day, min(source) as source, min(target) as target, min(code) as code, min(place) as place,
    ${REPRESENTATIVES.map(([name, column]) => `(array_agg(${column} order by rank) filter (where ${column} is not null))[1] as ${name}, min(rank) filter (where ${column} is not null) as ${name}_rank`).join(',\n    ')},
    bool_or(in_lead) as is_root, bool_and(historical) as background,
    min(goldstein) as goldstein, min(quad) as quad,
    count(*) as num_mentions, min(num_articles) as num_articles, min(tone_units)::bigint as tone_units,
    min(added_at) as date_added
  from m join articles using (event_id)
  group by m.event_id
`;

/** The events table's columns, in its order, from a row of aggregate() (`r`) and its site count (`s`). */
const EVENT_COLUMNS = `r.id, r.day, r.source, r.target, r.code, r.place, r.source_name, r.target_name, r.is_root, r.background,
  r.goldstein, r.quad, r.num_mentions, s.num_sources, r.num_articles, (r.tone_units::float8 / 1000000) / r.num_articles,
  r.source_geo, r.target_geo, r.action_geo, r.date_added, r.source_url`;

const EVENT_NAMES = `id, day, source, target, code, place, source_name, target_name, is_root, background, goldstein, quad,
  num_mentions, num_sources, num_articles, avg_tone, source_geo, target_geo, action_geo, date_added, source_url`;

const STATE_NAMES = ['id', 'tone_units', ...RANKS];

/** `insert into events` and `into event_state` the rows of the CTE `recomputed`, replacing those there. */
const WRITE = `
  sites as (select id, count(*) as num_sources from event_sites where id in (select id from recomputed) group by id),
  written as (
    insert into events (${EVENT_NAMES}) select ${EVENT_COLUMNS} from recomputed r join sites s using (id)
    on conflict (id) do update set ${EVENT_NAMES.split(',')
      .map((n) => n.trim())
      .filter((n) => n !== 'id')
      .map((n) => `${n} = excluded.${n}`)
      .join(', ')}
  )
  insert into event_state (${STATE_NAMES.join(', ')}) select ${STATE_NAMES.join(', ')} from recomputed
  on conflict (id) do update set ${STATE_NAMES.filter((n) => n !== 'id')
    .map((n) => `${n} = excluded.${n}`)
    .join(', ')}
`;

/** The sites of the events in the bigint array $1, from every stored mention: their site lists, made again (one statement each). */
export const RESET_SITES = [`delete from event_sites where id = any($1::bigint[])`, `insert into event_sites select distinct m.event_id, d.site from mentions m join documents d on d.url = m.url where m.event_id = any($1::bigint[])`];

/** Drops the events in $1 and their state: an event that lost all its mentions is gone; the others FROM_ALL_MENTIONS writes again. */
export const DROP_EVENTS = [`delete from events where id = any($1::bigint[])`, `delete from event_state where id = any($1::bigint[])`];

/** The events in $1 computed again from all their stored mentions. */
export const FROM_ALL_MENTIONS = `with recomputed as (${aggregate('m.event_id = any($1::bigint[])')}), ${WRITE}`;

/** The sites that the mentions of the documents at the URLs in $2 add to the events in $1. */
export const ADD_SITES = `
  insert into event_sites
  select distinct m.event_id, d.site from mentions m join documents d on d.url = m.url
  where m.url = any($2::text[]) and m.event_id = any($1::bigint[])
  on conflict do nothing
`;

/** The events in $1 merged from what they were (none, for a new one) and the mentions of the documents at the URLs in $2. */
export const MERGE_BATCH = `
  with b as (${aggregate('m.url = any($2::text[]) and m.event_id = any($1::bigint[])')}),
  recomputed as (
    select b.id, b.day, b.source, b.target, b.code, b.place,
      ${REPRESENTATIVES.map(
        ([name]) => `case when b.${name}_rank is not null and (s.${name}_rank is null or b.${name}_rank < s.${name}_rank) then b.${name} else e.${name} end as ${name},
      least(b.${name}_rank, s.${name}_rank) as ${name}_rank`,
      ).join(',\n      ')},
      case when e.id is null then b.is_root else e.is_root or b.is_root end as is_root,
      case when e.id is null then b.background else e.background and b.background end as background,
      least(b.goldstein, e.goldstein) as goldstein, least(b.quad, e.quad) as quad,
      b.num_mentions + coalesce(e.num_mentions, 0) as num_mentions, b.num_articles + coalesce(e.num_articles, 0) as num_articles,
      b.tone_units + coalesce(s.tone_units, 0) as tone_units,
      least(b.date_added, e.date_added) as date_added
    from b left join events e on e.id = b.id left join event_state s on s.id = b.id
  ),
  ${WRITE}
`;

/** The merge state of every event of a store written before it was kept (schema version 3). */
export const EVENT_STATE_TABLES = `
  create table event_state (id bigint primary key, tone_units bigint not null, ${RANKS.map((r) => `${r} text collate "C"`).join(', ')});
  create table event_sites (id bigint not null, site text collate "C" not null, primary key (id, site));
  insert into event_sites select distinct m.event_id, d.site from mentions m join documents d on d.url = m.url where m.event_id is not null;
  insert into event_state (${STATE_NAMES.join(', ')}) select ${STATE_NAMES.join(', ')}
    from (${aggregate('m.event_id in (select id from events)')}) recomputed;
`;
