// Corrections of the tagger where the dictionaries and the words around make the reading clear.
// Each rule looks at the previous two words, the word itself and the next two. A word made a VERB
// also takes the lemma of the dictionary verb it is a form of: the tagger misreads a past tense after
// a name as an adjective or noun and then keeps the whole word as its lemma ("armed", "abducted").
import type { VerbIndex } from '../dictionary/model.js';
import { irregularVerbBase } from '../language/irregular-verbs.js';
import { pastTenseBases, repeatedVerb, verbLemmaOf } from './verb-lemma.js';
import type { Word } from './words.js';

interface Context {
  readonly prev2: Word | undefined;
  readonly prev: Word | undefined;
  readonly self: Word;
  readonly next: Word | undefined;
  readonly next2: Word | undefined;
  /** Whether the word is a single-word verb form of the dictionaries (looked up only when a rule asks). */
  isVerbForm(): boolean;
  /** Whether the word ends in "-ed" and reaches a dictionary verb only through its past-tense ending. */
  isPastForm(): boolean;
  /** The dictionary verb an irregular past form stands for ("shot" -> shoot), or null. */
  irregularPast(): string | null;
  /** The dictionary verb a past tense is of when the next word is its particle ("rounded up" -> round), or null. */
  phrasalPast(): string | null;
  /** Whether the sentence is written in title case, as a headline is ("Russia Attacks Ukraine"). */
  titleCase(): boolean;
  /** The word before the noun phrase that ends right before this word ("that" in "that the United States halt"). */
  beforePhrase(): Word | undefined;
  /** Whether a finite verb follows in the same clause ("Rebels armed with rifles attacked ..."). */
  verbAhead(): boolean;
  /** Whether the word before the noun phrase that ends two words back is a verb ("send" in "send troops and attack"). */
  verbBeforeObject(): boolean;
}

interface RetagRule {
  readonly id: string;
  readonly when: (c: Context) => boolean;
  readonly pos: string;
  /** The lemma the word takes, when the rule says which word it is. */
  readonly lemma?: string;
}

/** Particles of a phrasal verb ("rounded up activists", "shut down the paper"). */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'away', 'back']);
/** A word written with a capital, as a name is. */
const CAPITAL = /^\p{Lu}/u;
/** Words this long or longer are capitalised in a title-case headline ("Rebels Seize Town in North"). */
const TITLE_CASE_LENGTH = 4;

const NOUNISH = new Set(['NOUN', 'PROPN']);
const MISREAD = new Set(['ADJ', 'NOUN']);
const ARTICLES = new Set(['A', 'AN', 'THE']);
/** What may stand before a participle that modifies the noun after it ("freed hostages", "the detained men"). */
const AFTER_MODIFIER = new Set(['VERB', 'DET', 'ADP', 'NUM']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Nouns that count what follows, as a number does ("abducted dozens of students"). */
const QUANTITY_NOUNS = new Set(['dozen', 'score', 'hundred', 'thousand', 'million', 'billion', 'ten']);
/** Prepositions a verb takes directly ("mediated between", "clashed with"); not "by" (a passive's agent). */
const VERB_PREPOSITIONS = new Set(['between', 'among', 'with', 'on', 'against', 'over']);
/** Words of a noun phrase, when walking back to what stands before it. */
const PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
/** Where a clause ends, looking ahead for its verb. */
const CLAUSE_BREAK_TAGS = new Set(['PUNCT', 'CCONJ', 'SCONJ']);
const CLAUSE_BREAK_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'to']);
const FINITE_TAGS = new Set(['VERB', 'AUX']);
/** The clitic "'s", possessive or a contracted "is". */
const CLITIC_S = new Set(["'s", '\u2019s']);
/** Words after which an "-ing" noun is no gerund object but a noun ("the shelling", "a suicide bombing"). */
const BEFORE_NOUN_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** How the tagger misreads a "that" that opens a clause. */
const THAT_MISREAD = new Set(['PRON', 'DET']);
/** A day named between a verb of saying and its "that" ("said yesterday that"). */
const DAY_WORDS = new Set(['yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** The next word opens an object: an article or determiner, a possessive, a number or quantity. */
const opensObject = (w: Word | undefined): boolean => w !== undefined && (w.pos === 'DET' || w.pos === 'NUM' || POSSESSIVES.has(w.lower) || (w.pos === 'NOUN' && QUANTITY_NOUNS.has(w.lemma)));

/** A name right after the word that may instead modify the noun after it ("armed Kurdish groups"). */
const nameBeforeNoun = (c: Context): boolean => c.next?.pos === 'PROPN' && c.next2?.pos === 'NOUN';

/**
 * "said lifting sanctions on Cuba was out of the question": a dictionary verb's "-ing" form that takes
 * an object of its own is a gerund, the act's verb, not a noun (also after "said that"). Not after an article, modifier or
 * possessive ("the shelling", "a suicide bombing"), and not before a noun followed by a verb ("said
 * bombing raids killed ...", where the "-ing" word modifies that noun).
 */
const gerundWithObject = (c: Context): boolean =>
  c.self.pos === 'NOUN' &&
  c.self.lower.endsWith('ing') &&
  (!BEFORE_NOUN_TAGS.has(c.prev?.pos ?? '') || c.prev?.lower === 'that') &&
  !POSSESSIVES.has(c.prev?.lower ?? '') &&
  (opensObject(c.next) || (NOUNISH.has(c.next?.pos ?? '') && !FINITE_TAGS.has(c.next2?.pos ?? ''))) &&
  c.isVerbForm();

/**
 * "China's willing to cut tariffs", "Iran's going to retaliate": a clitic "'s" before an adjective or
 * an "-ing" form with no noun after it is "is", so that the modality cues ("be willing to") see it;
 * before a noun it stays a possessive ("Iran's willing partners"). Before "-ed" it may be "has".
 */
const contractedIs = (c: Context): boolean => CLITIC_S.has(c.self.lower) && NOUNISH.has(c.prev?.pos ?? '') && (c.next?.pos === 'ADJ' || (c.next?.pos === 'VERB' && c.next.lower.endsWith('ing'))) && !NOUNISH.has(c.next2?.pos ?? '');

/** A past tense read as a modifier right after the head of a noun phrase (not after an article or adjective). */
const pastAfterHead = (c: Context): boolean => MISREAD.has(c.self.pos) && NOUNISH.has(c.prev?.pos ?? '') && c.isPastForm();

/**
 * "said that removing the sanctions is out of the question": "that" between a verb and a gerund opens
 * what was said; the tagger reads it as a pronoun, the gerund's subject, and the act loses its doer.
 */
const thatBeforeGerund = (c: Context): boolean => c.self.lower === 'that' && THAT_MISREAD.has(c.self.pos) && (c.prev?.pos === 'VERB' || (DAY_WORDS.has(c.prev?.lower ?? '') && c.prev2?.pos === 'VERB')) && c.next?.pos === 'VERB' && c.next.lower.endsWith('ing');

/** A word written as a name is: a capital, then small letters ("Lynch"; not "LYNCH", not "in"). */
const writtenAsName = (w: Word | undefined): boolean => w !== undefined && CAPITAL.test(w.surface) && /\p{Ll}/u.test(w.surface);
/** A capitalised word long enough that a headline's title case shows in it ("Heroin", not "of"). */
const titleWord = (w: Word | undefined): boolean => w !== undefined && w.surface.length >= TITLE_CASE_LENGTH && writtenAsName(w);

/**
 * "Senator Tom Vance spoke", "Attorney General Ann Lynch sits": an uninflected capitalised word
 * between a name and another name or a verb is a name, not a verb ("ted", "lynch"). Not in a headline
 * written in title case, where verbs are capitalised too: a whole sentence ("Kenya Condemns Uganda
 * Over Raid"), or a run of capitalised words ("Chris Miller Address Heroin Epidemic"); not an inflected
 * form ("Rubio Says", "Report Reveals").
 */
const nameReadAsVerb = (c: Context): boolean =>
  c.self.pos === 'VERB' &&
  c.prev?.pos === 'PROPN' &&
  c.self.lemma === c.self.lower &&
  writtenAsName(c.self) &&
  writtenAsName(c.prev) &&
  ((c.next?.pos === 'PROPN' && writtenAsName(c.next) && !titleWord(c.next2)) || FINITE_TAGS.has(c.next?.pos ?? '')) &&
  !c.titleCase();

export const RETAG_RULES: readonly RetagRule[] = [
  { id: 'name-read-as-verb', when: nameReadAsVerb, pos: 'PROPN' },
  { id: 'that-before-gerund', when: thatBeforeGerund, pos: 'SCONJ' },
  { id: 'contracted-is', when: contractedIs, pos: 'AUX', lemma: 'be' },
  { id: 'gerund-with-object', when: gerundWithObject, pos: 'VERB' },
  {
    // "Fornost and Gondor welcome a resumption": a dictionary verb between a noun and an article
    id: 'verb-between-noun-and-article',
    when: (c) => MISREAD.has(c.self.pos) && NOUNISH.has(c.prev?.pos ?? '') && ARTICLES.has(c.next?.text ?? '') && c.isVerbForm(),
    pos: 'VERB',
  },
  {
    // "Moscow armed Cuba", "militants abducted dozens of students", "Russia armed its allies"
    id: 'past-tense-before-object',
    when: (c) => pastAfterHead(c) && (opensObject(c.next) || (c.next?.pos === 'PROPN' && (!nameBeforeNoun(c) || !c.verbAhead()))),
    pos: 'VERB',
  },
  {
    // "Qatar mediated between Israel and Hamas"; not "rebels armed with rifles attacked the town"
    id: 'past-tense-before-preposition',
    when: (c) => pastAfterHead(c) && c.next?.pos === 'ADP' && VERB_PREPOSITIONS.has(c.next.lower) && !c.verbAhead(),
    pos: 'VERB',
  },
  {
    // "a gunman shot two soldiers", "police struck a protester": an irregular past tense after the
    // head of a noun phrase, before an object, read as a noun; not "the shot hit" (after an article)
    id: 'irregular-past-before-object',
    when: (c) => MISREAD.has(c.self.pos) && NOUNISH.has(c.prev?.pos ?? '') && (opensObject(c.next) || (c.next?.pos === 'PROPN' && !nameBeforeNoun(c))) && c.irregularPast() !== null,
    pos: 'VERB',
  },
  {
    // "police rounded up activists", "the army sealed off the town": a past tense and its particle
    // after the subject; not "activists rounded up by police were freed" (the clause's verb is later)
    id: 'past-tense-before-particle',
    when: (c) => MISREAD.has(c.self.pos) && NOUNISH.has(c.prev?.pos ?? '') && c.next !== undefined && PARTICLES.has(c.next.lower) && (opensObject(c.next2) || NOUNISH.has(c.next2?.pos ?? '')) && !c.verbAhead() && c.phrasalPast() !== null,
    pos: 'VERB',
  },
  {
    // "demanded that Israel halt its attacks": the bare verb of a that-clause after its subject
    id: 'bare-verb-after-that-subject',
    when: (c) => MISREAD.has(c.self.pos) && c.self.lemma === c.self.lower && NOUNISH.has(c.prev?.pos ?? '') && c.beforePhrase()?.lower === 'that' && (c.next?.pos === 'DET' || POSSESSIVES.has(c.next?.lower ?? '')) && c.isVerbForm(),
    pos: 'VERB',
  },
  {
    // "will send troops and attack Uganda": a dictionary verb's base form after "and" that joins it to
    // a verb and its object, with an object of its own, is the second verb, not a noun ("the bombing
    // and attack Uganda carried out": a name with its own verb after it is no object)
    id: 'coordinated-verb-before-object',
    when: (c) => c.self.pos === 'NOUN' && c.prev?.pos === 'CCONJ' && c.self.lemma === c.self.lower && ((c.next?.pos === 'PROPN' && !FINITE_TAGS.has(c.next2?.pos ?? '')) || opensObject(c.next)) && c.verbBeforeObject() && c.isVerbForm(),
    pos: 'VERB',
  },
  {
    // "Israel exchanged imprisoned Palestinians": a participle between a verb (or article) and its noun modifies it
    id: 'participle-before-noun',
    when: (c) => c.self.pos === 'VERB' && c.self.lower.endsWith('ed') && AFTER_MODIFIER.has(c.prev?.pos ?? '') && NOUNISH.has(c.next?.pos ?? ''),
    pos: 'ADJ',
  },
  {
    // "Obama's highly criticized press conference", "the widely condemned raid": an adverb between an
    // article or owner and a participle before a noun grades a modifier ("Russia sharply criticized
    // NATO" has no article or owner before the adverb)
    id: 'graded-participle-before-noun',
    when: (c) => c.self.pos === 'VERB' && c.self.lower.endsWith('ed') && c.prev?.pos === 'ADV' && (c.prev2?.pos === 'DET' || CLITIC_S.has(c.prev2?.lower ?? '') || POSSESSIVES.has(c.prev2?.lower ?? '')) && NOUNISH.has(c.next?.pos ?? ''),
    pos: 'ADJ',
  },
  {
    // "awful and cool minister": the second of two coordinated modifiers before a noun
    id: 'coordinated-modifier',
    when: (c) => c.self.pos === 'VERB' && c.prev?.pos === 'CCONJ' && c.prev2?.pos === 'ADJ' && NOUNISH.has(c.next?.pos ?? ''),
    pos: 'ADJ',
  },
];

/** Rules only change words the tagger read as one of these (PART: the clitic "'s"; PRON and DET: "that"). */
const RETAGGED = new Set(['ADJ', 'NOUN', 'VERB', 'PART', 'PRON', 'DET']);

/** One context per sentence, moved from word to word: no closures per word on the hot path. */
class WordContext implements Context {
  i = 0;
  private lemma: string | null | undefined;
  private irregular: string | null | undefined;
  private title: boolean | undefined;
  constructor(
    private readonly words: readonly Word[],
    private readonly verbs: VerbIndex,
  ) {}
  at(i: number): this {
    this.i = i;
    this.lemma = undefined;
    this.irregular = undefined;
    return this;
  }
  get prev2(): Word | undefined {
    return this.words[this.i - 2];
  }
  get prev(): Word | undefined {
    return this.words[this.i - 1];
  }
  get self(): Word {
    return this.words[this.i]!;
  }
  get next(): Word | undefined {
    return this.words[this.i + 1];
  }
  get next2(): Word | undefined {
    return this.words[this.i + 2];
  }
  verbLemma(): string | null {
    if (this.lemma === undefined) this.lemma = verbLemmaOf(this.self, this.verbs);
    return this.lemma;
  }
  isVerbForm(): boolean {
    return this.verbLemma() !== null;
  }
  isPastForm(): boolean {
    const lower = this.self.lower;
    return lower.endsWith('ed') && (this.verbLemma() ?? lower) !== lower;
  }
  irregularPast(): string | null {
    if (this.irregular === undefined) {
      const base = irregularVerbBase(this.self.lower);
      const asBase = base === null ? null : { ...this.self, lemma: base, lower: base, text: base.toUpperCase() };
      this.irregular = asBase !== null && verbLemmaOf(asBase, this.verbs) !== null ? base : null;
    }
    return this.irregular;
  }
  phrasalPast(): string | null {
    const particle = this.next;
    if (particle === undefined) return null;
    const lemmaMode = this.verbs.mode === 'lemma';
    const keys = lemmaMode ? pastTenseBases(this.self.lower) : [this.self.text];
    for (const key of keys) {
      for (const id of this.verbs.formIndex.get(key) ?? []) {
        const form = this.verbs.forms.get(id);
        if (form.words.length >= 2 && form.words[1] === (lemmaMode ? particle.lower : particle.text)) return lemmaMode ? key : this.self.lemma;
      }
    }
    return null;
  }
  titleCase(): boolean {
    if (this.title === undefined) {
      // the first word is capitalised in any sentence; a headline leaves only short words in small letters ("in", "of")
      const content = this.words.slice(1).filter((w) => w.surface.length >= TITLE_CASE_LENGTH && /^\p{L}/u.test(w.surface));
      this.title = content.length > 0 && content.every((w) => CAPITAL.test(w.surface));
    }
    return this.title;
  }
  beforePhrase(): Word | undefined {
    let k = this.i - 1;
    while (k >= 0 && PHRASE_TAGS.has(this.words[k]!.pos)) k--;
    return this.words[k];
  }
  verbBeforeObject(): boolean {
    let k = this.i - 2;
    if (!NOUNISH.has(this.words[k]?.pos ?? '')) return false;
    while (k >= 0 && PHRASE_TAGS.has(this.words[k]!.pos)) k--;
    return this.words[k]?.pos === 'VERB';
  }
  verbAhead(): boolean {
    for (let k = this.i + 1; k < this.words.length; k++) {
      const w = this.words[k]!;
      if (CLAUSE_BREAK_TAGS.has(w.pos) || CLAUSE_BREAK_WORDS.has(w.lower)) return false;
      if (FINITE_TAGS.has(w.pos)) return true;
    }
    return false;
  }
}

export function retag(words: Word[], verbs: VerbIndex): void {
  const c = new WordContext(words, verbs);
  for (let i = 0; i < words.length; i++) {
    const self = words[i]!;
    if (!RETAGGED.has(self.pos)) continue;
    c.at(i);
    for (const rule of RETAG_RULES) {
      if (rule.when(c)) {
        if (rule.pos === 'VERB') self.lemma = c.verbLemma() ?? c.irregularPast() ?? c.phrasalPast() ?? self.lemma;
        if (rule.pos === 'PROPN') self.lemma = self.lower;
        self.lemma = rule.lemma ?? self.lemma;
        self.pos = rule.pos;
        break;
      }
    }
    // "reimposed the blockade" is coded as "imposed" is
    if (self.pos === 'VERB') self.lemma = repeatedVerb(self.lemma, verbs) ?? self.lemma;
  }
}
