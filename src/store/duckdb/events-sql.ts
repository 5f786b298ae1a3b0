// How events are computed from mentions: one row per event id, every column a pure function of the
// mentions that carry the id and their documents, so the same mentions give the same row whatever the
// order they were written in. Representative values (names, places, SOURCEURL) come from the earliest
// mention by (document date, URL, position), a total order; the tone is summed as a decimal so the sum
// does not depend on the order of the rows either.
//
// A batch of new documents only adds mentions to an event, and every column is then a merge of the
// event as it was with the batch's own mentions: counts add up, min/and/or combine, a representative
// is the batch's when its rank is lower. So an event is updated from the batch alone, with what the
// merge needs kept beside it (event_state: the exact tone sum, the rank of each representative;
// event_sites: the sites that reported it). Reading every earlier mention of each touched event
// again made each batch cost (and hold in memory) in proportion to the whole store: a popular event
// is touched by most batches. Only an event that lost mentions (a document replaced by a new version)
// is computed again from all its mentions.

import { REPRESENTATIVES } from '../representatives.js';

const RANK = `coalesce(d.date, '9999-12-31') || chr(1) || d.url || chr(1) || lpad(m.seq::varchar, 8, '0')`;

/** The ids bound as the one parameter, a list. */
const LISTED = `select unnest($1::bigint[]) as id`;

/** Where the mentions and their documents are read from: the store's tables, or the batch's copies. */
export interface MentionSource {
  readonly mentions: string;
  readonly documents: string;
}

export const STORED: MentionSource = { mentions: 'mentions', documents: 'documents' };
export const BATCH: MentionSource = { mentions: 'batch_mentions', documents: 'batch_documents' };

/**
 * The events, with their merge state, of the mentions in `from` whose event ids are in `where`. Only
 * the columns an event is made of are read, once (materialized), and the per-article figures come from
 * one row per article instead of DISTINCT aggregates over every mention.
 */
const aggregate = (from: MentionSource, where: string) => `
  with m as materialized (
    select m.event_id, m.day, m.source, m.target, m.code, m.place, m.source_text, m.target_text, m.in_lead, m.historical,
      m.goldstein, m.quad, m.source_geo, m.target_geo, m.action_geo, m.url, d.tone, d.added_at, ${RANK} as rank
    from ${from.mentions} m join ${from.documents} d on d.url = m.url
    where m.event_id in (${where})
  ),
  articles as (
    select event_id, count(*) as num_articles, sum(tone::decimal(18, 6)) as tone_sum
    from (select event_id, url, any_value(tone) as tone from m group by event_id, url)
    group by event_id
  )
  select m.event_id as id, min(day) as day, min(source) as source, min(target) as target, min(code) as code, min(place) as place,
    ${REPRESENTATIVES.map(([name, column]) => `arg_min(${column}, rank) as ${name}, min(rank) filter (where ${column} is not null) as ${name}_rank`).join(', ')},
    bool_or(in_lead) as is_root, bool_and(historical) as background,
    min(goldstein) as goldstein, min(quad) as quad,
    count(*) as num_mentions, min(num_articles) as num_articles, min(tone_sum) as tone_sum,
    min(added_at) as date_added
  from m join articles using (event_id)
  group by m.event_id
`;

/** The columns of `recomputed`: an event's own and its merge state. */
const RECOMPUTED_COLUMNS = `
  id bigint, day varchar, source varchar, target varchar, code varchar, place varchar,
  ${REPRESENTATIVES.map(([name]) => `${name} ${name.endsWith('_geo') ? 'json' : 'varchar'}, ${name}_rank varchar`).join(', ')},
  is_root boolean, background boolean, goldstein double, quad integer,
  num_mentions bigint, num_articles bigint, tone_sum decimal(38, 6), date_added varchar
`;

/**
 * The writer's scratch tables, for the life of its connection: the batch's documents and mentions (only
 * what an event is made of), and the events recomputed before they replace the stored ones.
 */
export const SCRATCH_TABLES = `
  create temp table batch_documents (url varchar, date varchar, site varchar, tone double, added_at varchar);
  create temp table batch_mentions as select url, seq, event_id, day, source, target, code, place, source_text, target_text,
    in_lead, historical, goldstein, quad, source_geo, target_geo, action_geo from mentions limit 0;
  create temp table recomputed (${RECOMPUTED_COLUMNS});
`;

export const CLEAR_SCRATCH = `delete from batch_documents; delete from batch_mentions; delete from recomputed;`;

/** The sites of the events listed, from every stored mention: the events' site lists, made again (one statement each). */
export const RESET_SITES = [`delete from event_sites where id in (${LISTED})`, `insert into event_sites select distinct m.event_id, d.site from mentions m join documents d on d.url = m.url where m.event_id in (${LISTED})`];

/** The listed events computed again from all their stored mentions. */
export const FROM_ALL_MENTIONS = `insert into recomputed ${aggregate(STORED, LISTED)}`;

/** The sites the batch's mentions add to the listed events. */
export const ADD_SITES = `
  insert into event_sites
  select distinct m.event_id, d.site from batch_mentions m join batch_documents d on d.url = m.url
  where m.event_id in (${LISTED})
    and not exists (select 1 from event_sites s where s.id = m.event_id and s.site = d.site)
`;

/** The listed events merged from what they were (none, for a new one) and the batch's mentions of them. */
export const MERGE_BATCH = `
  insert into recomputed
  with b as (${aggregate(BATCH, LISTED)})
  select b.id, b.day, b.source, b.target, b.code, b.place,
    ${REPRESENTATIVES.map(
      ([name]) => `case when b.${name}_rank is not null and (s.${name}_rank is null or b.${name}_rank < s.${name}_rank) then b.${name} else e.${name} end,
      least(b.${name}_rank, s.${name}_rank)`,
    ).join(',\n    ')},
    case when e.id is null then b.is_root else e.is_root or b.is_root end,
    case when e.id is null then b.background else e.background and b.background end,
    least(b.goldstein, e.goldstein), least(b.quad, e.quad),
    b.num_mentions + coalesce(e.num_mentions, 0), b.num_articles + coalesce(e.num_articles, 0),
    b.tone_sum + coalesce(s.tone_sum, 0::decimal(38, 6)),
    least(b.date_added, e.date_added)
  from b left join events e on e.id = b.id left join event_state s on s.id = b.id
`;

/** Drops the listed events and their state (one statement each); WRITE_RECOMPUTED writes them again. */
export const DROP_EVENTS = [`delete from events where id in (${LISTED})`, `delete from event_state where id in (${LISTED})`];

/** The recomputed events into the store, with their state; the mean tone over articles as exactly as before. */
export const WRITE_RECOMPUTED = `
  insert into events
  select r.id, r.day, r.source, r.target, r.code, r.place, r.source_name, r.target_name, r.is_root, r.background,
    r.goldstein, r.quad, r.num_mentions, s.num_sources, r.num_articles, (r.tone_sum / r.num_articles)::double,
    r.source_geo, r.target_geo, r.action_geo, r.date_added, r.source_url
  from recomputed r join (select id, count(*) as num_sources from event_sites where id in (select id from recomputed) group by id) s using (id);
  insert into event_state select id, tone_sum, ${REPRESENTATIVES.map(([name]) => `${name}_rank`).join(', ')} from recomputed;
`;

/** The merge state of every event of a store written before it was kept (schema version 4). */
export const EVENT_STATE_TABLES = `
  create table event_state (id bigint not null, tone_sum decimal(38, 6) not null, ${REPRESENTATIVES.map(([name]) => `${name}_rank varchar`).join(', ')});
  create table event_sites (id bigint not null, site varchar not null);
  insert into event_sites select distinct m.event_id, d.site from mentions m join documents d on d.url = m.url where m.event_id is not null;
  insert into event_state select id, tone_sum, ${REPRESENTATIVES.map(([name]) => `${name}_rank`).join(', ')}
    from (${aggregate(STORED, 'select id from events')});
`;

/** Lays the events table out in (source, target, day) order, so that a dyad's rows share few blocks. */
export const SORT_EVENTS = `
  create table events_sorted as select * from events order by source, target, day, id;
  drop table events;
  alter table events_sorted rename to events;
`;
