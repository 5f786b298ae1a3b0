// Records we write for the formatter and checker tests: one event with all three places, one mention.
import type { EventAggregate, Geo, MentionRecord } from '../../src/dataset/types.js';

export const paris: Geo = {
  type: 4,
  fullName: 'Paris, Ile-de-France, France',
  countryCode: 'FR',
  adm1Code: 'FR11',
  adm2Code: '',
  lat: 48.85341,
  long: 2.3488,
  featureId: '2988507',
};
export const california: Geo = {
  type: 2,
  fullName: 'California, United States',
  countryCode: 'US',
  adm1Code: 'USCA',
  adm2Code: '',
  lat: 36.17,
  long: -119.7462,
  featureId: 'USCA',
};
export const germany: Geo = {
  type: 1,
  fullName: 'Germany',
  countryCode: 'GM',
  adm1Code: 'GM',
  adm2Code: '',
  lat: 51,
  long: 9,
  featureId: 'GM',
};

export const event: EventAggregate = {
  id: 4503599627370495,
  key: { day: '20240229', source: 'USAGOV', target: 'IGOUNO', code: '0231', place: '2988507' },
  sourceName: 'United States',
  targetName: 'United Nations',
  isRoot: true,
  numMentions: 5,
  numSources: 2,
  numArticles: 3,
  avgTone: -2.3456789,
  actor1Geo: california,
  actor2Geo: germany,
  actionGeo: paris,
  dateAdded: '20240301121500',
  sourceUrl: 'https://news.example.org/2024/02/29/aid',
};

export const bareEvent: EventAggregate = {
  ...event,
  key: { day: '20231231', source: '', target: 'PRKMIL', code: '190', place: '' },
  sourceName: null,
  targetName: 'North Korean army',
  isRoot: false,
  numMentions: 1,
  numSources: 1,
  numArticles: 1,
  avgTone: 0,
  actor1Geo: null,
  actor2Geo: null,
  actionGeo: null,
};

export const mention: MentionRecord = {
  eventId: event.id,
  eventTime: '20240301121500',
  mentionTime: '20240229183000',
  sourceName: 'example.org',
  identifier: 'https://news.example.org/2024/02/29/aid',
  sentence: 2,
  actor1Offset: 120,
  actor2Offset: -1,
  actionOffset: 134,
  confidence: 70,
  docLength: 2048,
  docTone: 1.25,
};
