// How events are computed from mentions: one row per event id, every column a pure function of the
// mentions that carry the id and their documents, so the same mentions give the same row whatever the
// order they were written in. Representative values (names, places, SOURCEURL) come from the earliest
// mention by (document date, URL, position), a total order; the tone is summed as a decimal so the sum
// does not depend on the order of the rows either.

const RANK = `coalesce(d.date, '9999-12-31') || chr(1) || d.url || chr(1) || lpad(m.seq::varchar, 8, '0')`;

/** Rebuilds the events whose ids `touched` (a temporary table of ids) lists. */
export const RECOMPUTE_EVENTS = `
  delete from events where id in (select id from touched);
  insert into events
  with m as (
    select m.*, d.site, d.tone, d.added_at, ${RANK} as rank
    from mentions m join documents d on d.url = m.url
    where m.event_id in (select id from touched)
  ),
  tones as (
    select event_id, sum(tone::decimal(18, 6)) / count(*) as avg_tone
    from (select distinct event_id, url, tone from m) group by event_id
  )
  select m.event_id, min(day), min(source), min(target), min(code), min(place),
    arg_min(source_text, rank), arg_min(target_text, rank),
    bool_or(in_lead), bool_and(historical),
    min(goldstein), min(quad),
    count(*), count(distinct site), count(distinct url),
    min(tones.avg_tone)::double,
    arg_min(source_geo, rank), arg_min(target_geo, rank), arg_min(action_geo, rank),
    min(added_at), arg_min(url, rank)
  from m join tones using (event_id)
  group by m.event_id;
`;

/** Lays the events table out in (source, target, day) order, so that a dyad's rows share few blocks. */
export const SORT_EVENTS = `
  create table events_sorted as select * from events order by source, target, day, id;
  drop table events;
  alter table events_sorted rename to events;
`;
