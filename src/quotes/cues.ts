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

export interface CueEntry {
  readonly lemma: string;
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
export const FIRST_ROW_LINE = 43;

// prettier-ignore
const TABLE = `
say           cqp     0.90
tell          cqph    0.85
add           cqp     0.85
write         cqp     0.80
note          cqp     0.90
report        cqp     0.65
argue         cqp     0.85
announce      cnp     0.70
suggest       cqp     0.75
explain       cqp     0.80
claim         cqp     0.80
insist        cqp     0.85
warn          cqphi   0.85
declare       cqp     0.70
state         cqp     0.65
tweet         cqp     0.80
post          cq      0.45
admit         cqp     0.60
deny          cpn     0.60
reply         cqp     0.80
respond       cqp     0.60
answer        qp      0.60
recall        cqp     0.75
predict       cqp     0.70
conclude      cqp     0.70
indicate      c       0.65
reveal        cn      0.60
confirm       cn      0.55
emphasize     cqp     0.70
stress        cqp     0.70
complain      cqp     0.70
assure        hc      0.60
remind        hc      0.50
vow           ci      0.85
pledge        ci      0.50
urge          hi      0.70
ask           hcqpi   0.45
continue      qp      0.60
joke          cqp     0.80
quip          cqp     0.80
boast         cqp     0.80
scoff         cqp     0.80
exclaim       cqp     0.80
shout         qp      0.70
yell          qp      0.70
contend       cqp     0.85
maintain      cqp     0.60
assert        cqp     0.85
allege        cqp     0.80
counter       cqp     0.80
retort        cqp     0.80
observe       cqp     0.60
remark        cqp     0.70
comment       qp      0.50
concede       cqp     0.80
caution       cqp     0.70
hint          c       0.60
testify       cqp     0.70
reiterate     cqpn    0.80
repeat        qpn     0.50
agree         ck      0.45
believe       k       0.55
think         k       0.45
hope          ki      0.45
fear          k       0.50
worry         k       0.50
find          kn      0.45
show          kn      0.45
decline       i       0.70
refuse        i       0.65
threaten      i       0.45
criticize     n       0.65
criticise     n       0.65
praise        n       0.75
accuse        n       0.70
blame         n       0.55
denounce      n       0.70
condemn       n       0.70
slam          n       0.80
defend        n       0.50
endorse       n       0.50
describe      n       0.65
cite          nv      0.80
quote         nv      0.60
mention       cn      0.60
discuss       n       0.50
question      n       0.55
reject        n       0.55
dismiss       n       0.65
tout          n       0.85
portray       n       0.60
echo          nqp     0.60
highlight     n       0.45
mock          n       0.60
hail          n       0.60
welcome       n       0.45
call          n       0.50
call_for      n       0.70
call_on       n       0.70
refer_to      n       0.60
point_out     cqpn    0.85
point_to      n       0.60
lash_out_at   n       0.80
warn_of       n       1.00
push_back_on  n       0.60
support       n       1.00
oppose        n       1.00
back          n       1.00
favor         n       1.00
want          ni      1.00
see           n       1.00
know          k       1.00
seek          ni      1.00
offer         n       1.00
vote_for      n       1.00
vote_against  n       1.00
express       n       1.00
attack        n       1.00
propose       nci     1.00
plan          i       1.00
consider      n       1.00
decide        ci      1.00
view          n       1.00
read          qp      1.00
address       n       1.00
expect        c       1.00
feel          k       1.00
talk_about    n       1.00
speak_about   n       1.00
focus_on      n       1.00
push_for      n       1.00
lay_out       n       1.00
outline       n       1.00
unveil        n       1.00
challenge     n       1.00
promote       n       1.00
encourage     hi      1.00
recognize     cn      1.00
decry         n       1.00
lament        cqpn    1.00
rail_against  n       1.00
voice         n       1.00
applaud       n       1.00
list          n       1.00
congratulate  n       1.00
speculate     cqp     1.00
assail        n       1.00
chant         qp      1.00
imply         c       1.00
prefer        ni      1.00
convince      hci     1.00
persuade      hi      1.00
wonder        cqp     1.00
recommend     nc      1.00
order         hi      1.00
thank         n       1.00
dispute       nc      1.00
doubt         cn      1.00
rule_out      n       1.00
brand         n       1.00
label         n       1.00
dub           n       1.00
compare       n       1.00
liken         n       1.00
characterize  n       1.00
paint         n       1.00
credit        n       1.00
fault         n       1.00
press         hi      1.00
reaffirm      cn      1.00
stand_by      n       1.00
agree_with    n       1.00
agree_to      n       1.00
disagree_with n       1.00
object_to     n       1.00
care_about    n       1.00
complain_about n      1.00
apologize_for n       1.00
regret        n       1.00
estimate      c       1.00
project       c       1.00
forecast      c       1.00
determine     c       1.00
rule          c       1.00
reckon        cqp     1.00
assume        c       1.00
suspect       c       1.00
guess         cqp     1.00
figure        c       1.00
realize       c       1.00
understand    c       1.00
learn         c       1.00
hear          c       1.00
remember      cn      1.00
blast         n       0.90
disclose      cn      1.00
admit_to      n       1.00
plead         cqp     1.00
demand        cni     0.60
promise       cih     0.60
acknowledge   cqpn    0.75
make_clear    c       1.00
make_the_case cn      1.00
make_the_point c      1.00
take_issue_with n     1.00
take_aim_at   n       1.00
take_credit_for n     1.00
eager         ia      1.00
hopeful       ca      1.00
confident     ca      1.00
convinced     ca      1.00
optimistic    ca      1.00
aware         ca      1.00
adamant       ca      1.00
critical_of   na      1.00
supportive_of na      1.00
skeptical_of  na      1.00
wary_of       na      1.00
proud_of      na      1.00
concerned_about na    1.00
worried_about na      1.00
angry_about   na      1.00
upbeat_about  na      1.00
opposed_to    na      1.00
name          cni     0.55
signal        cni     0.55
like          ni      0.60
aim           cni     0.65
recount       cni     0.70
release       n       0.65
issue         n       0.60
invoke        n       0.80
email         cqpn    0.65
share         n       0.60
sign          n       0.70
identify      n       0.60
rebut         cn      0.90
knock         n       0.90
frame         n       0.90
rebuke        n       0.90
bemoan        cn      0.90
retweet       n       0.80
distance      n       0.80
protest       cn      0.70
demonstrate   cn      0.65
request       cni     0.70
attempt       i       0.55
ignore        n       0.55
file          n       0.45
expose        cn      0.50
reference     n       0.60
appoint       n       0.55
intend        i       0.45
accept        cn      0.45
avoid         n       0.50
nominate      n       0.50
introduce     n       0.45
devote        n       0.40
underscore    cn      0.40
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
charge        cqpn    0.45
resist        n       0.45
present       n       0.45
adopt         n       0.40
lend          n       0.50
embrace       n       0.40
hammer        n       0.40
unleash       n       0.40
according_to  -       0.90
`;

const FRAME_LETTERS = new Set('cqphnikva-');

function parseRow(row: string, index: number): CueEntry {
  const [phrase = '', frames = '', weight = ''] = row.trim().split(/\s+/);
  for (const letter of frames) if (!FRAME_LETTERS.has(letter)) throw new Error(`dyad: bad frame letter "${letter}" in ${FILE} row ${index + 1}`);
  const [lemma = '', ...particles] = phrase.split('_');
  return {
    lemma,
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
  'message', 'statement', 'letter', 'tweet', 'post', 'email', 'e-mail', 'release', 'remarks', 'comment',
  'speech', 'note', 'memo', 'editorial', 'column', 'op-ed', 'blog', 'report', 'interview', 'announcement',
]);
