// How events are computed from mentions in PostgreSQL: the same function of the mentions as
// duckdb/events-sql.ts, written so that it gives the same values to the last bit. Representatives come
// from the earliest mention by (document date, URL, position) compared byte by byte (collation "C");
// DuckDB's arg_min skips nulls, so does the filtered array_agg here. The tone: DuckDB casts each
// document's tone to DECIMAL(18,6) (rounding tone * 10^6 half away from zero), sums exactly, and divides
// as doubles; the integers below are exact in a double, so the same steps give the same double.

/** Rebuilds the events whose ids are in the bigint array $1. */
export const RECOMPUTE_EVENTS = `
  with m as (
    select m.*, d.site, d.tone, d.added_at,
      (coalesce(d.date, '9999-12-31') || chr(1) || d.url || chr(1) || lpad(m.seq::text, 8, '0')) collate "C" as rank
    from mentions m join documents d on d.url = m.url
    where m.event_id = any($1::bigint[])
  ),
  tones as (
    select event_id, (sum(sign(t) * floor(abs(t) + 0.5)) / 1000000) / count(*) as avg_tone
    from (select distinct event_id, url, tone * 1000000::float8 as t from m) per_article
    group by event_id
  )
  insert into events
  select m.event_id, min(day), min(source), min(target), min(code), min(place),
    (array_agg(source_text order by rank) filter (where source_text is not null))[1],
    (array_agg(target_text order by rank) filter (where target_text is not null))[1],
    bool_or(in_lead), bool_and(historical),
    min(goldstein), min(quad),
    count(*), count(distinct site), count(distinct url),
    min(tones.avg_tone),
    (array_agg(source_geo order by rank) filter (where source_geo is not null))[1],
    (array_agg(target_geo order by rank) filter (where target_geo is not null))[1],
    (array_agg(action_geo order by rank) filter (where action_geo is not null))[1],
    min(added_at), (array_agg(url order by rank))[1]
  from m join tones using (event_id)
  group by m.event_id
`;
