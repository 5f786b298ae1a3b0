// The pipeline: the article stage, then the registered stages in order. Each stage is a typed
// function from Document to Document that fills its own fields and reads only what earlier stages
// filled. The order is the dependency order:
//
//   article    raw input -> clean text; everything after points into article.text, so it comes first
//   language   sentences, tokens, POS, lemmas: the units every later stage works on
//   times      date expressions: event dates and the background ("in 1950") test need them
//   entities   names, actors and references: quotes need speakers, events need actors
//   quotes     who said what; before events so that a reported event can later carry its source
//   events     the coder over sentences and resolved actors, then each event placed in time and space
//
// Resources (knowledge base, recogniser weights, dictionaries) are loaded once when the pipeline is
// made, so a bad dictionary folder fails before the first article. A stage that throws has met a
// programmer error; the runner turns it into an error record for that document and the batch goes on.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from './article/article-stage.js';
import { loadHtmlExtractor } from './article/html-article.js';
import { codeDocument } from './coder/code.js';
import { builtinComments, commentEvents } from './coder/comments.js';
import { builtinModality } from './coder/modality.js';
import { builtinSenses } from './coder/senses.js';
import { builtinInstitutions } from './coder/institutions.js';
import type { CodeTable } from './coder/code-table.js';
import { builtinDictionaries } from './dictionary/builtin.js';
import type { CompiledDictionaries } from './dictionary/model.js';
import { dictionaryActors } from './dictionary/mention-actors.js';
import { loadPetrarchDictionaries } from './dictionary/petrarch/load.js';
import { findEntities, type EntityResources } from './entities/entity-stage.js';
import { entityKnowledge } from './entities/knowledge.js';
import { locateEvents } from './events/locate.js';
import { placeInTime } from './events/place-in-time.js';
import { cameoTable, loadKnowledgeBase } from './kb/index.js';
import { analyze } from './language/analyze.js';
import { wink } from './language/wink.js';
import { NOT_ENGLISH } from './language/not-english.js';
import { foreignLanguage, languageName } from './language/which-language.js';
import { loadNerModel, recognize, standardGazetteer } from './ner/recognize.js';
import { extractQuotes, splitStances, withQuotedFirstPerson, withQuotedThirdPerson } from './quotes/index.js';
import { findTimes } from './time/find-times.js';
import { defaultKbDir } from './kb/paths.js';
import { checkKnowledgeFolders } from './knowledge-folders.js';
import type { RecordVersions } from './output/record-types.js';
import type { CodedEvent, Document, Issue, RawDocument } from './types.js';
import { dyadVersion, foldersDigest, knowledgeVersion } from './versions.js';

export interface Stage {
  readonly name: string;
  run(doc: Document): Document;
}

export interface PipelineOptions {
  /** A folder of PETRARCH dictionaries. */
  readonly dictionaries?: string;
  /** `replace` (default): the dictionaries replace the built-in knowledge base; `add`: they extend it. */
  readonly dictionariesMode?: 'add' | 'replace';
  /** The user's knowledge-base folders (the kb/ layout), read on top of the built-in one. */
  readonly kb?: readonly string[];
  /** Events whose confidence is below this (0..1) are left out: recall traded for precision. */
  readonly minConfidence?: number;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** The dyad version and the knowledge base's fingerprint, stamped on every record. */
  readonly versions: RecordVersions;
  /** Problems found in the knowledge base or dictionaries while loading them. */
  readonly issues: readonly Issue[];
  process(raw: RawDocument): Promise<Document>;
}

/** Throws on folders that hold no knowledge (the command line checks them first, as usage errors). */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const problem = checkKnowledgeFolders(options);
  if (problem) throw new Error(problem);
  const issues: Issue[] = [];
  let knowledge = null;
  // the coder's dictionaries in order: an event the first codes is not coded again by the next
  const dictionaries: CompiledDictionaries[] = [];
  const builtin = !options.dictionaries || options.dictionariesMode === 'add';
  const user = options.kb ?? [];
  const folders = [...(builtin ? [defaultKbDir(), ...user] : []), ...(options.dictionaries ? [options.dictionaries] : [])];
  // the built-in folder alone is hashed once, for the records' version and the cache's key
  const digest = builtin && folders.length === 1 ? foldersDigest(folders) : undefined;
  const versions: RecordVersions = {
    dyad: dyadVersion(),
    kb: knowledgeVersion([builtin && 'builtin', user.length && 'user', options.dictionaries && 'dictionaries'].filter(Boolean).join('+'), folders, digest),
  };
  if (builtin) {
    const loaded = loadKnowledgeBase(defaultKbDir(), { extra: user, ...(digest ? { digest } : {}) });
    issues.push(...loaded.issues);
    // the recogniser's gazetteer is built from the same base, not from a second load of it
    standardGazetteer(loaded.kb);
    knowledge = entityKnowledge(loaded.kb);
    dictionaries.push(builtinDictionaries(loaded.kb, { cacheDir: join(CACHE_DIR, 'builtin') }));
    issues.push(...builtinModality().issues, ...builtinSenses().issues, ...builtinComments().issues, ...builtinInstitutions().issues);
  }
  const petrarch = options.dictionaries ? loadPetrarchDictionaries(options.dictionaries, { cacheDir: CACHE_DIR }).dictionaries : null;
  if (petrarch) dictionaries.push(petrarch);
  for (const d of dictionaries) issues.push(...d.issues);
  const codes: CodeTable = cameoTable();
  const model = loadNerModel();
  // the tagger's model too: the first document's time budget is for the document
  wink();
  const entities: EntityResources = { knowledge, recognise: (text, analysis) => recognize(text, analysis, model) };
  const stages: Stage[] = [
    { name: 'language', run: (doc) => ({ ...doc, ...analyze(doc.article!.text) }) },
    { name: 'times', run: (doc) => ({ ...doc, times: findTimes(doc.article!.text, doc.sentences, doc.date) }) },
    { name: 'entities', run: (doc) => ({ ...doc, ...findEntities(doc, entities) }) },
    { name: 'quotes', run: (doc) => speakersAsFirstPerson({ ...doc, ...splitStances(extractQuotes({ ...doc, text: doc.article!.text })) }) },
    { name: 'events', run: (doc) => codeEvents(doc, dictionaries, codes, options.minConfidence ?? 0) },
    ...(petrarch ? [{ name: 'dictionary actors', run: (doc: Document) => dictionaryActors(doc, petrarch) }] : []),
  ];
  return {
    stages,
    versions,
    issues,
    process: async (raw) => {
      if (raw.html !== undefined) await loadHtmlExtractor();
      return runStages(raw, stages);
    },
  };
}

/** "I" and "we" in a direct quote are mentions of its speaker (quotes/first-person.ts); "he" and "she" are not (quotes/third-person.ts). */
function speakersAsFirstPerson(doc: Document): Document {
  const input = { text: doc.article!.text, tokens: doc.tokens, quotes: doc.quotes };
  return { ...doc, mentions: withQuotedFirstPerson({ ...input, mentions: withQuotedThirdPerson({ ...input, mentions: doc.mentions }) }) };
}

/** Compiled dictionaries are cached beside the package, not wherever the user runs dyad from. */
const CACHE_DIR = fileURLToPath(new URL('../.cache/dictionaries', import.meta.url));

function codeEvents(doc: Document, dictionaries: readonly CompiledDictionaries[], codes: CodeTable, minConfidence: number): Document {
  const input = { text: doc.article!.text, sentences: doc.sentences, tokens: doc.tokens, date: doc.date, options: doc.options, mentions: doc.mentions, quotes: doc.quotes, home: doc.home ?? null };
  const events: CodedEvent[] = [];
  const issues: Issue[] = [];
  for (const d of dictionaries) {
    const coded = codeDocument(input, d, codes);
    const verbs = new Set(events.map((e) => `${e.sentence}:${e.verbSpan.start}`));
    events.push(...coded.events.filter((e) => !verbs.has(`${e.sentence}:${e.verbSpan.start}`)));
    issues.push(...coded.issues);
  }
  if (dictionaries.length && dictionaries[0]!.verbs.mode === 'lemma') events.push(...commentEvents(input, events, codes));
  const kept = minConfidence > 0 ? events.filter((e) => e.provenance.confidence >= minConfidence) : events;
  return { ...doc, events: locateEvents(placeInTime(kept, doc), doc), issues: [...doc.issues, ...issues] };
}

export { NOT_ENGLISH } from './language/not-english.js';

/** English, or the language that keeps the document from the English models, with an issue saying so. */
function withLanguage(doc: Document, text: string): Document {
  const foreign = foreignLanguage(text);
  if (!foreign) return { ...doc, language: 'en' };
  const message = `${doc.origin}: the text is in ${languageName(foreign.code)} (${foreign.code}), not English; dyad codes English news only, so it found no entities, quotes or events in it`;
  return { ...doc, language: foreign.code, issues: [...doc.issues, { code: NOT_ENGLISH, message }] };
}

function runStages(raw: RawDocument, stages: readonly Stage[]): Document {
  let doc: Document | null = null;
  let current = 'article';
  try {
    doc = readArticle(raw);
    if (!doc.error && doc.article) doc = withLanguage(doc, doc.article.text);
    for (const stage of stages) {
      if (doc.error || !doc.article || doc.language !== 'en') break;
      current = stage.name;
      doc = stage.run(doc);
    }
    return doc;
  } catch (err) {
    const reason = err instanceof Error ? (err.stack ?? err.message) : String(err);
    const error = { code: 'internal', message: `${raw.origin}: stage ${current} failed: ${reason}` };
    return { ...(doc ?? readArticle({ id: raw.id, origin: raw.origin, error })), error };
  }
}
