// Lemmas the tagger's lemmatiser gets wrong for verbs the event vocabulary needs: it strips "-ed"
// or "-es" one letter too far or not far enough ("staged" -> "stag", "annexes" -> "annexe").
// Data, keyed by the lower-cased word as written.
export const LEMMA_FIXES: ReadonlyMap<string, string> = new Map([
  ['staged', 'stage'],
  ['staging', 'stage'],
  ['waged', 'wage'],
  ['waging', 'wage'],
  ['fined', 'fine'],
  ['raped', 'rape'],
  ['sniped', 'snipe'],
  ['lambasted', 'lambaste'],
  ['lambasts', 'lambaste'],
  ['annexes', 'annex'],
  ['annexed', 'annex'],
  ['masses', 'mass'],
  ['massed', 'mass'],
  ['shelled', 'shell'],
  ['axed', 'axe'],
]);
