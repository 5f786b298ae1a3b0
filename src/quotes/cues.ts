// Reporting verbs, phrases and nouns: the words that attribute content to a source.
//
// One row per cue, read once at load. Columns (whitespace separated):
//   lemma     the verb lemma; a phrasal cue joins its words with `_` ("point_out", "according_to")
//   frames    letters for the constructions the cue takes:
//               c  a content clause after it ("said (that) Russia hails ...")
//               q  a quotation after it ("said, \"...\"", "said: \"...\"")
//               p  postposed after its content ("\"...,\" he said." / "Russia is ready, he said.")
//               h  a hearer object before the content ("told reporters that ...")
//               n  an object noun phrase as content ("criticized the plan")
//               i  an infinitive as content ("vowed to fight")
//               k  a clause, but no quotation or postposed use: belief and finding verbs
//               v  as a participle, names the channel of the clause it hangs on ("..., citing officials")
//               a  an adjective after a form of "be", or a participle that reads as one ("is critical of",
//                  "was worried about"): the subject holds the view, it is no passive
//   weight    how often the cue heads an attribution when it stands as a verb with a subject
//             (rounded from counts on the PolNeAR training split, then hand-checked)
// Rows are data: add a verb here, not a branch in the rules.
import type { DictionaryRef } from '../types.js';

/**
 * What a cue reports: speech ("said"), writing ("tweeted"), a thought ("believes"), an intention
 * ("wants", "seeks", "decided"), a vote or decision ("approved", "voted for"), or a list line ("Name:
 * charges ..."). Votes and list lines are stances, kept apart from the quotes. Thoughts and
 * intentions stay among the quotes, each marked with its class, because the PolNeAR yardstick counts
 * beliefs and intentions as attributions: moving them too lifts quote precision from 0.91 to 0.93 but
 * drops recall from 0.65 to 0.58 (content F1 0.757 -> 0.718, under the floor of 0.76).
 */
export type CueClass = 'speech' | 'writing' | 'thought' | 'intention' | 'vote' | 'list';
export const QUOTE_CLASSES: ReadonlySet<CueClass> = new Set(['speech', 'writing', 'thought', 'intention']);

export interface CueEntry {
  readonly lemma: string;
  readonly cls: CueClass;
  /** Following words of a phrasal cue ("out" in point_out). */
  readonly particles: readonly string[];
  readonly clause: boolean;
  readonly quote: boolean;
  readonly postposed: boolean;
  readonly hearer: boolean;
  readonly object: boolean;
  readonly infinitive: boolean;
  readonly channel: boolean;
  readonly stative: boolean;
  readonly weight: number;
  readonly ref: DictionaryRef;
}

const FILE = 'src/quotes/cues.ts';
/** The line of this file on which the table's first row stands (checked by test/quotes/cues.test.ts). */
export const FIRST_ROW_LINE = 55;

// prettier-ignore
const TABLE = `
say           cqp     0.95
tell          cqph    0.95
add           cqp     0.95
write         cqp     0.95
note          cqp     0.95
report        cqp     0.85
argue         cqp     0.95
announce      cnp     0.95
suggest       cqp     0.95
explain       cqp     0.95
claim         cqp     0.80
insist        cqp     0.95
warn          cqphi   0.90
declare       cqp     0.85
state         cqp     0.85
tweet         cqp     0.90
post          cq      0.70
admit         cqp     0.75
deny          cpn     0.80
reply         cqp     0.80
respond       cqp     0.75
answer        qp      0.60
recall        cqp     0.80
predict       cqp     0.85
conclude      cqp     0.90
indicate      c       0.80
reveal        cn      0.85
confirm       cn      0.80
emphasize     cqp     0.80
stress        cqp     0.80
complain      cqp     0.80
assure        hc      0.80
remind        hc      0.75
vow           ci      0.85
pledge        ci      0.75
urge          hi      0.80
ask           hcqpi   0.95
continue      qp      0.75
joke          cqp     0.80
quip          cqp     0.80
boast         cqp     0.55
scoff         cqp     0.80
exclaim       cqp     0.80
shout         qp      0.80
yell          qp      0.70
contend       cqp     0.85
maintain      cqp     0.45
assert        cqp     0.80
allege        cqp     0.80
counter       cqp     0.80
retort        cqp     0.80
observe       cqp     0.60
remark        cqp     0.80
comment       qp      0.50
concede       cqp     0.75
caution       cqp     0.70
hint          c       0.60
testify       cqp     0.70
reiterate     cqpn    0.80
repeat        qpn     0.70
agree         ck      0.80
believe       k       0.85
think         k       0.85
hope          ki      0.85
fear          k       0.80
worry         k       0.80
find          kn      0.65
show          kn      0.85
decline       i       0.90
refuse        i       0.90
threaten      i       0.70
criticize     n       0.90
criticise     n       0.65
praise        n       0.85
accuse        n       0.90
blame         n       0.90
denounce      n       0.90
condemn       n       0.75
slam          n       0.80
defend        n       0.85
endorse       n       0.75
describe      n       0.85
cite          nv      0.95
quote         nv      0.70
mention       cn      0.85
discuss       n       0.80
question      n       0.90
reject        n       0.80
dismiss       n       0.80
tout          n       0.85
portray       n       0.75
echo          nqp     0.65
highlight     n       0.70
mock          n       0.75
hail          n       0.60
welcome       n       0.65
call          n       0.80
call_for      n       0.90
call_on       n       0.80
refer_to      n       0.80
point_out     cqpn    0.85
point_to      n       0.80
lash_out_at   n       0.80
warn_of       n       0.70
push_back_on  n       0.60
support       n       0.70
oppose        n       0.85
back          n       0.65
favor         n       0.70
want          ni      0.70
see           n       0.65
know          k       0.70
seek          ni      0.70
offer         n       0.70
vote_for      n       0.70
vote_against  n       0.70
express       n       0.90
attack        n       0.75
propose       nci     0.80
plan          i       0.80
consider      n       0.70
decide        ci      0.70
view          n       0.80
read          qp      0.75
address       n       0.65
expect        c       0.75
feel          k       0.65
talk_about    n       0.75
speak_about   n       0.75
focus_on      n       0.55
push_for      n       0.75
lay_out       n       0.75
outline       n       0.75
unveil        n       0.45
challenge     n       0.55
promote       n       0.80
encourage     hi      0.65
recognize     cn      0.70
decry         n       0.80
lament        cqpn    0.80
rail_against  n       0.75
voice         n       0.75
applaud       n       0.80
list          n       0.75
congratulate  n       0.75
speculate     cqp     0.70
assail        n       0.70
chant         qp      0.80
imply         c       0.75
prefer        ni      0.80
convince      hci     0.65
persuade      hi      0.65
wonder        cqp     0.80
recommend     nc      0.70
order         hi      0.75
thank         n       0.85
dispute       nc      0.70
doubt         cn      0.65
rule_out      n       0.60
brand         n       0.60
label         n       0.60
dub           n       0.70
compare       n       0.65
liken         n       0.65
characterize  n       0.70
paint         n       0.55
credit        n       0.70
fault         n       0.65
press         hi      0.55
reaffirm      cn      0.70
stand_by      n       0.75
agree_with    n       0.75
agree_to      n       0.55
disagree_with n       0.60
object_to     n       0.65
care_about    n       0.55
complain_about n      0.65
apologize_for n       0.75
regret        n       0.65
estimate      c       0.70
project       c       0.65
forecast      c       0.65
determine     c       0.55
rule          c       0.65
reckon        cqp     0.60
assume        c       0.65
suspect       c       0.60
guess         cqp     0.60
figure        c       0.55
realize       c       0.75
understand    c       0.65
learn         c       0.80
hear          c       0.65
remember      cn      0.80
blast         n       0.85
disclose      cn      0.70
admit_to      n       0.60
plead         cqp     0.55
demand        cni     0.75
promise       cih     0.80
acknowledge   cqpn    0.90
make_clear    c       0.75
make_the_case cn      0.65
make_the_point c      0.65
take_issue_with n     0.70
take_aim_at   n       0.65
take_credit_for n     0.65
eager         ia      0.75
hopeful       ca      0.70
confident     ca      0.60
convinced     ca      0.60
optimistic    ca      0.65
aware         ca      0.65
adamant       ca      0.70
critical_of   na      0.65
supportive_of na      0.70
skeptical_of  na      0.70
wary_of       na      0.65
proud_of      na      0.65
concerned_about na    0.65
worried_about na      0.60
angry_about   na      0.70
upbeat_about  na      0.65
opposed_to    na      0.60
name          cni     0.65
signal        cni     0.75
like          ni      0.75
aim           cni     0.65
recount       cni     0.70
release       n       0.70
issue         n       0.70
invoke        n       0.65
email         cqpn    0.75
share         n       0.60
sign          n       0.65
identify      n       0.80
rebut         cn      0.90
knock         n       0.90
frame         n       0.90
rebuke        n       0.90
bemoan        cn      0.90
retweet       n       0.80
distance      n       0.80
protest       cn      0.70
demonstrate   cn      0.60
request       cni     0.70
attempt       i       0.70
ignore        n       0.70
file          n       0.70
expose        cn      0.70
reference     n       0.60
appoint       n       0.65
intend        i       0.45
accept        cn      0.65
avoid         n       0.50
nominate      n       0.60
introduce     n       0.50
devote        n       0.60
underscore    cn      0.65
advocate      cni     0.75
approve       n       0.75
hate          n       0.75
trust         cn      0.45
love          ni      0.55
coin          n       0.50
attribute     n       0.75
ban           n       0.45
contrast      n       0.45
retweeted     n       0.80
contemplate   cn      0.50
position      n       0.60
deem          n       0.60
react         cqp     0.40
rip           n       0.40
sue           n       0.60
charge        cqpn    0.60
resist        n       0.45
present       n       0.50
adopt         n       0.50
lend          n       0.50
embrace       n       0.55
hammer        n       0.40
unleash       n       0.50
according_to  -       0.95
`;

// The cues that report no speech, by class (a phrasal cue joins its words with `_`); every other cue
// reports speech. Rows are data: one class per row, its cues after it.
// prettier-ignore
const CLASS_TABLE = `
writing    write tweet post email retweet retweeted
thought    believe think hope fear worry find show know feel expect realize understand learn hear remember assume suspect guess figure doubt consider view see trust contemplate deem regret love hate like prefer care_about welcome support back favor oppose estimate project forecast determine eager hopeful confident convinced optimistic aware critical_of supportive_of skeptical_of wary_of proud_of concerned_about worried_about angry_about upbeat_about opposed_to
intention  want seek plan intend aim decide attempt avoid
vote       vote_for vote_against approve sign nominate appoint adopt ban file sue introduce
`;

const CLASS_OF: ReadonlyMap<string, CueClass> = new Map(
  CLASS_TABLE.split('\n')
    .filter((l) => l.trim())
    .flatMap((row) => {
      const [cls, ...cues] = row.trim().split(/\s+/);
      return cues.map((cue) => [cue, cls as CueClass] as const);
    }),
);

const FRAME_LETTERS = new Set('cqphnikva-');

function parseRow(row: string, index: number): CueEntry {
  const [phrase = '', frames = '', weight = ''] = row.trim().split(/\s+/);
  for (const letter of frames) if (!FRAME_LETTERS.has(letter)) throw new Error(`dyad: bad frame letter "${letter}" in ${FILE} row ${index + 1}`);
  const [lemma = '', ...particles] = phrase.split('_');
  return {
    lemma,
    cls: CLASS_OF.get(phrase) ?? 'speech',
    particles,
    clause: frames.includes('c') || frames.includes('k'),
    quote: frames.includes('q'),
    postposed: frames.includes('p'),
    hearer: frames.includes('h'),
    object: frames.includes('n'),
    infinitive: frames.includes('i'),
    channel: frames.includes('v'),
    stative: frames.includes('a'),
    weight: Number(weight),
    ref: { text: row.trim(), file: FILE, line: FIRST_ROW_LINE + index },
  };
}

const ENTRIES: readonly CueEntry[] = TABLE.split('\n').slice(1, -1).map(parseRow);

/** Cue entries by first lemma; phrasal cues first so that "point out" wins over a bare "point". */
export const CUES: ReadonlyMap<string, readonly CueEntry[]> = (() => {
  const byLemma = new Map<string, CueEntry[]>();
  for (const entry of ENTRIES) byLemma.set(entry.lemma, [...(byLemma.get(entry.lemma) ?? []), entry]);
  for (const list of byLemma.values()) list.sort((a, b) => b.particles.length - a.particles.length);
  return byLemma;
})();

export const ALL_CUES: readonly CueEntry[] = ENTRIES;

/**
 * Nouns for what a source produces. A speaker phrase headed by one of them ("his message", "a statement
 * from the ministry") stands for its author, and "X's statement: ..." attributes with the noun as cue.
 */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set([
  'message',
  'statement',
  'letter',
  'tweet',
  'post',
  'email',
  'e-mail',
  'release',
  'remarks',
  'comment',
  'speech',
  'note',
  'memo',
  'editorial',
  'column',
  'op-ed',
  'blog',
  'report',
  'interview',
  'announcement',
]);
