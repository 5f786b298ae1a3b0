// Verb patterns for real-news wording (kb/verbs/): campaign attacks ("ripped", "went after", "took aim
// at"), calls for resignation, the guide's verbs of asking ("pushed", "pressured ... to"), pleas of
// guilt, closed borders and huddles, talks about a matter, demands named by their noun, criticism of a
// policy; datelines, hypotheticals, alleged means, votes and broadcast events. A rule table of sentences we wrote, and a negative table of the
// same verbs in senses that are no event, through the whole pipeline.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createPipeline, type Pipeline } from '../../src/pipeline.js';

// date, text, the events expected ("SOURCE TARGET CODE")
const RULES: [string, string, string[]][] = [
  ['2019-06-05', 'Senator Elizabeth Warren ripped the Federal Reserve on Tuesday.', ['USALEG USAGOV 111']],
  ['2019-06-05', 'Senator Elizabeth Warren went after Facebook on Tuesday.', ['USALEG USABUS 111']],
  ['2019-06-05', 'Senator Bernie Sanders took aim at the Federal Reserve.', ['USALEG USAGOV 111']],
  ['2019-06-05', 'Senator Elizabeth Warren called for Commerce Secretary Wilbur Ross to resign.', ['USALEG USAGOV 0241']],
  ['2019-06-05', 'The United States pressured Germany to drop the pipeline.', ['USA DEU 020']],
  ['2018-09-15', 'Senator Elizabeth Warren pushed the Federal Reserve to cut rates.', ['USALEG USAGOV 020']],
  ['2019-06-05', 'Jordan closed its border with Syria on Monday.', ['JOR SYR 191']],
  ['2018-09-15', 'Senator Mitch McConnell huddled with Treasury Secretary Steven Mnuchin on Tuesday.', ['USALEG USAGOV 040']],
  // a dateline is where the story was filed, not who acted
  ['2019-11-20', 'MANILA, Philippines (AP) — Defense Secretary Mark Esper of the U.S. on Thursday accused China of bullying its small neighbours.', ['USAGOV CHN 112']],
  ['2019-11-20', 'MOSCOW (Reuters) - Russia condemned the United States on Monday.', ['RUS USA 111']],
  ['2019-11-20', 'NATO - the alliance led by Washington - condemned Russia on Monday.', ['IGOWSTNAT RUS 111']],
  ['2024-05-16', "CANBERRA, May 16 - Japan's prime minister arrived in Canberra on Thursday.", ['JPNGOV AUSGOV 042', 'AUSGOV JPNGOV 043']],
  // an opening phrase holds neither the act nor its doer, and the short main clause after it is kept
  ['2019-11-20', 'In a statement published Friday, Russia accused the United States of lying.', ['RUS USA 112']],
  ['2019-11-20', 'On Tuesday the Russian and Syrian defence ministries accused U.S. forces in eastern Syria of arming gangs.', ['RUSGOV USAMIL 112', 'SYRGOV USAMIL 112']],
  // an "if" after the act is the modality table's (a threat), not a hypothetical
  ['2019-11-20', 'The United States will impose sanctions on Iran if it enriches uranium.', ['USA IRN 1312']],
  ['2019-11-20', 'If Iran attacks, Israel will strike Iranian nuclear sites.', ['ISR IRN 1384']],
  ['2023-11-20', 'French President Emmanuel Macron hosted German Chancellor Olaf Scholz in Paris on Monday.', ['FRAGOV DEUGOV 043']],
  // talking with someone about a matter consults them; a call is told by its medium after the one called
  ['2023-11-20', 'Chancellor Olaf Scholz talked with French President Emmanuel Macron about the budget on Monday.', ['DEUGOV FRAGOV 040']],
  ['2023-11-20', 'Chancellor Olaf Scholz spoke with French President Emmanuel Macron by phone on Monday.', ['DEUGOV FRAGOV 041']],
  // a demand named by its noun, with an infinitive or an end asked for
  ['2019-11-20', "Kenya's demand to scrap the tariffs on its tea was turned down.", ['KEN - 1054']],
  ['2019-11-20', "China's demand for an end to the tariffs was turned down.", ['CHN - 1054']],
  // disapproval of a policy, with no actor on the other side
  ['2019-06-05', 'Senator Elizabeth Warren takes issue with the new oversight board.', ['USALEG - 110']],
  ['2019-06-05', 'Senator Bernie Sanders took aim at a provision of the bill.', ['USALEG - 111']],
  // a warning to someone against an act of theirs threatens them; one against a state of mind is pessimism
  ['2019-11-20', 'Iran warned Israel against invading its airspace.', ['IRN ISR 130']],
  ['2019-11-20', 'Iran warned Israel not to strike its nuclear sites.', ['IRN ISR 130']],
  ['2019-11-20', 'Kenya warned against complacency on Monday.', ['KEN - 012']],
  ['2019-11-20', 'The Kenyan coach warned his players against provoking the referee.', ['KEN - 012']],
  // what is demanded stands before the one it is demanded of
  ['2019-11-20', 'Uganda demanded an apology from the Kenyan government.', ['UGA KENGOV 100']],
  // a swap frees people on both sides
  ['2019-11-20', 'The Taliban swapped two Canadian hostages for three of its commanders held by the Afghan government.', ['AFGREBTAL AFGGOV 0841', 'AFGGOV AFGREBTAL 0841']],
  ['2019-11-20', 'Russia swapped prisoners with Ukraine on Sunday.', ['RUS UKR 0841', 'UKR RUS 0841']],
  // the codebook's verbs of fault, repression, compensation asked and frozen assets
  ['2019-11-20', 'Uganda faulted Kenya for the delays at the border.', ['UGA KEN 111']],
  ['2019-11-20', 'Ugandan police beat Kenyan demonstrators with batons.', ['UGACOP KENOPP 175']],
  ['2019-11-20', 'Uganda demanded that Kenya pay compensation for the raid.', ['UGA KEN 1031']],
  ['2019-11-20', "The United States froze the bank accounts of Iran's central bank.", ['USA IRNGOV 163']],
  ['2023-11-20', 'French President Emmanuel Macron gave a shout out to Chancellor Olaf Scholz.', ['FRAGOV DEUGOV 051']],
  // a threat named by its noun with the act threatened
  ['2019-11-20', "Kenya's threat to cut ties with Uganda alarmed diplomats.", ['KEN UGA 1313']],
  ['2019-11-20', 'Kenya renewed its threat to cut aid to Uganda.', ['KEN UGA 1311']],
  // remarks that belittle someone criticise them; plain remarks are a statement
  ['2019-11-20', 'Le Pen made scathing remarks about the German chancellor.', ['FRAPTY DEUGOV 111']],
  // relief given, the one it is given to first
  ['2019-11-20', 'Japan provided Somalia with food and medicine.', ['JPN SOM 073']],
  // a crackdown ended eases repression; one that must end is demanded
  ['2019-11-20', 'Uganda ended its crackdown on Kenyan traders.', ['UGA KEN 081']],
  ['2019-11-20', 'Kenya said the Ugandan authorities must end the crackdown.', ['KEN UGAGOV 1051']],
  // campaign wording for an attack in words
  ['2016-06-01', 'Senator Ted Cruz called out Donald Trump for his remarks on trade.', ['USALEG USAPTY 111']],
];

// the same verbs where they code nothing
const NEGATIVES: [string, string][] = [
  ['2019-06-05', 'The striker ripped a shot past the goalkeeper.'],
  ['2019-06-05', 'The Red Sox went after the Yankees in the ninth inning.'],
  ['2019-06-05', 'Senator Elizabeth Warren did not call for Commerce Secretary Wilbur Ross to resign.'],
  ['2019-06-05', 'The storm closed the border crossing for two days.'],
  // hypotheticals: the act in an "if" or "whether" clause
  ['2019-11-20', 'Analysts say the deal may grow if U.S. President Donald Trump agrees to remove tariffs on Chinese goods.'],
  ['2019-11-20', 'Economists said whether Trump will agree to lift the duties hinges on the vote.'],
  // the means of an alleged act is alleged too
  ['2019-11-20', 'Russia and the Syrian government were accused of causing a famine by stopping aid convoys.'],
  // votes and broadcast events are no events (the news coding guide, 3.6)
  ['2023-11-20', 'Senator Bernie Sanders voted for the bill on Monday.'],
  ['2023-11-20', 'Senator Bernie Sanders voted against the Senate leadership on Monday.'],
  ['2023-11-20', 'Senator Bernie Sanders spoke at the town hall hosted by CNN on Monday.'],
  // talk to the press, demand in the market sense, aim taken with a gun, a call with no actor
  ['2023-11-20', 'The Kenyan players talked to reporters about the game.'],
  ['2019-11-20', 'Rising demand for Kenyan tea lifted prices on Monday.'],
  ['2019-11-20', 'Kenyan exporters saw demand to lift output across the sector.'],
  ['2019-06-05', 'A Kenyan sniper took aim at the crowd.'],
  ['2023-11-20', 'The Kenyan coach spoke with his striker by phone.'],
  ['2019-11-20', 'The Yankees traded two pitchers for a shortstop held by the Red Sox.'],
  ['2019-11-20', 'Kenya beat Uganda 2-1 in the final.'],
  ['2019-11-20', 'The Kenyan player faulted twice in the final set.'],
  ['2019-11-20', 'Kenyan farmers froze their tomatoes.'],
  ['2023-11-20', 'The Kenyan coach gave a shout out to the fans.'],
  ['2019-11-20', 'The threat to Kenyan jobs from imports grew.'],
  ['2019-11-20', 'Kenya faces the threat of sanctions.'],
  ['2019-11-20', 'Le Pen made remarks about the German chancellor.'],
  ['2019-11-20', 'The Kenyan hotel provided the guests with food.'],
  ['2019-11-20', 'The Kenyan football league ended its crackdown on diving.'],
  ['2019-11-20', 'Kenyan police halted their crackdown on corruption.'],
  ['2016-06-01', 'The Texas governor called out the National Guard after the floods.'],
];

describe('real-news verb patterns', () => {
  let pipeline: Pipeline;
  before(() => {
    pipeline = createPipeline();
  });
  const events = async (date: string, text: string) => {
    const doc = await pipeline.process({ id: 't', origin: 'test', text, verbatim: true, date });
    return doc.events.filter((e) => e.code !== '010').map((e) => `${e.source.code} ${e.target?.code ?? '-'} ${e.code}`);
  };
  for (const [date, text, want] of RULES) it(`codes ${want.join(' ; ')}: ${text}`, async () => assert.deepEqual(await events(date, text), want));
  for (const [date, text] of NEGATIVES) it(`codes nothing: ${text}`, async () => assert.deepEqual(await events(date, text), []));
});
