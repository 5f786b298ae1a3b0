// An event's representatives, for every backend: each column of an event that one mention gives (the
// earliest by rank that has a value), paired with the mention column it comes from. Both backends keep
// the rank of each beside the event, so a batch merges its mentions into the event without reading the
// earlier ones again.
export const REPRESENTATIVES = [
  ['source_name', 'source_text'],
  ['target_name', 'target_text'],
  ['source_geo', 'source_geo'],
  ['target_geo', 'target_geo'],
  ['action_geo', 'action_geo'],
  ['source_url', 'url'],
] as const;
