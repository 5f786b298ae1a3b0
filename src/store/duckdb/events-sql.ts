// How events are computed from mentions: one row per event id, every column a pure function of the
// mentions that carry the id and their documents, so the same mentions give the same row whatever the
// order they were written in. Representative values (names, places, SOURCEURL) come from the earliest
// mention by (document date, URL, position), a total order; the tone is summed as a decimal so the sum
// does not depend on the order of the rows either.

const RANK = `coalesce(d.date, '9999-12-31') || chr(1) || d.url || chr(1) || lpad(m.seq::varchar, 8, '0')`;

/** The events a batch touched: the ids it binds as its one parameter, a list. */
const TOUCHED = `select unnest($1::bigint[]) as id`;

/** Drops the events the batch touched; RECOMPUTE_EVENTS writes them again. */
export const DROP_EVENTS = `delete from events where id in (${TOUCHED})`;

/**
 * Rebuilds the events the batch touched from all their mentions. Only the columns an event is made of
 * are read, once (materialized), and the per-article figures (NumArticles, NumSources, AvgTone) come
 * from one row per article instead of DISTINCT aggregates over every mention.
 */
export const RECOMPUTE_EVENTS = `
  insert into events
  with m as materialized (
    select m.event_id, m.day, m.source, m.target, m.code, m.place, m.source_text, m.target_text, m.in_lead, m.historical,
      m.goldstein, m.quad, m.source_geo, m.target_geo, m.action_geo, m.url, d.site, d.tone, d.added_at, ${RANK} as rank
    from mentions m join documents d on d.url = m.url
    where m.event_id in (${TOUCHED})
  ),
  articles as (
    select event_id, count(*) as num_articles, count(distinct site) as num_sources, (sum(tone::decimal(18, 6)) / count(*))::double as avg_tone
    from (select event_id, url, any_value(site) as site, any_value(tone) as tone from m group by event_id, url)
    group by event_id
  )
  select m.event_id, min(day), min(source), min(target), min(code), min(place),
    arg_min(source_text, rank), arg_min(target_text, rank),
    bool_or(in_lead), bool_and(historical),
    min(goldstein), min(quad),
    count(*), min(num_sources), min(num_articles),
    min(avg_tone),
    arg_min(source_geo, rank), arg_min(target_geo, rank), arg_min(action_geo, rank),
    min(added_at), arg_min(url, rank)
  from m join articles using (event_id)
  group by m.event_id
`;

/** Lays the events table out in (source, target, day) order, so that a dyad's rows share few blocks. */
export const SORT_EVENTS = `
  create table events_sorted as select * from events order by source, target, day, id;
  drop table events;
  alter table events_sorted rename to events;
`;
