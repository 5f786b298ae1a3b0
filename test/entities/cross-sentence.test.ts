// References whose actor is named outside their own words (issue 15, "source or target coded in the
// document, not in the sentence"), on sentences we wrote: a pronoun after a subject set off by an
// apposition, a pronoun after a person named inside such an apposition, and a pronoun after a name in the
// possessive. Each with the cases it must leave alone.
import { test } from 'node:test';
import { expectMentions, type Want } from './expect.js';

const DATE = '2024-03-05';

const RESOLVED: [string, Want[]][] = [
  // "Ana Lobo, Kenya's foreign minister, met": the name before the apposition is the subject
  ["On Monday, Ana Lobo, Kenya's foreign minister, met the Ugandan envoy Maria Diaz. She accused Uganda of arming the rebels.", [['She', 'KENGOV']]],
  // an apposition with no verb after it makes no subject: "She" is the one who met
  ["Kenya's foreign minister Ana Lobo met Ugandan envoy Maria Diaz, Uganda's top diplomat, on Monday. She accused Somalia of arming the rebels.", [['She', 'KENGOV']]],
  // "her" after a subject's apposition that names another woman is the subject's
  ["On Monday, Ana Lobo, the Ugandan envoy Maria Diaz's Kenyan deputy, said Ugandan police had arrested her.", [['her', 'KENGOV']]],
  // not when the subject is a man: the woman named in the apposition is the nearest who fits
  ["On Monday, Joseph Okello, the Ugandan envoy Maria Diaz's Kenyan deputy, said Ugandan police had arrested her.", [['her', 'UGAGOV']]],
  // not inside the subject's own quote: a speaker says "me", not "her"
  ['On Monday, Ana Lobo, the Ugandan envoy Maria Diaz\'s Kenyan deputy, said, "Ugandan police arrested her."', [['her', 'UGAGOV']]],
  // a name in the possessive is no subject of the word after it, even one the tagger reads as a verb
  ["Ugandan envoy Maria Diaz spoke on Monday after Kenyan lawmaker Ana Lobo's sentencing. She accused Somalia of arming the rebels.", [['She', 'UGAGOV']]],
  ['Ugandan envoy Maria Diaz spoke on Monday after Kenyan lawmaker Ana Lobo was sentenced. She accused Somalia of arming the rebels.', [['She', 'KENLEG']]],
];

for (const [text, wants] of RESOLVED) test(`cross-sentence reference: ${text}`, () => expectMentions(text, DATE, wants));
