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
import { fileURLToPath } from 'node:url';
import { readArticle } from './article/article-stage.js';
import { loadHtmlExtractor } from './article/html-article.js';
import { codeDocument } from './coder/code.js';
import { builtinModality } from './coder/modality.js';
import { builtinSenses } from './coder/senses.js';
import type { CodeTable } from './coder/code-table.js';
import { builtinDictionaries } from './dictionary/builtin.js';
import type { CompiledDictionaries } from './dictionary/model.js';
import { loadPetrarchDictionaries } from './dictionary/petrarch/load.js';
import { findEntities, type EntityResources } from './entities/entity-stage.js';
import { entityKnowledge } from './entities/knowledge.js';
import { locateEvents } from './events/locate.js';
import { placeInTime } from './events/place-in-time.js';
import { cameoTable, loadKnowledgeBase } from './kb/index.js';
import { analyze } from './language/analyze.js';
import { loadNerModel, recognize, standardGazetteer } from './ner/recognize.js';
import { extractQuotes, splitStances } from './quotes/index.js';
import { findTimes } from './time/find-times.js';
import type { Document, Issue, RawDocument } from './types.js';

export interface Stage {
  readonly name: string;
  run(doc: Document): Document;
}

export interface PipelineOptions {
  /** PETRARCH dictionaries replacing the built-in knowledge base. */
  readonly dictionaries?: string;
  /** Events whose confidence is below this (0..1) are left out: recall traded for precision. */
  readonly minConfidence?: number;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Problems found in the knowledge base or dictionaries while loading them. */
  readonly issues: readonly Issue[];
  process(raw: RawDocument): Promise<Document>;
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const issues: Issue[] = [];
  let knowledge = null;
  let dictionaries: CompiledDictionaries;
  if (options.dictionaries) {
    dictionaries = loadPetrarchDictionaries(options.dictionaries, { cacheDir: CACHE_DIR }).dictionaries;
  } else {
    const loaded = loadKnowledgeBase();
    issues.push(...loaded.issues);
    // the recogniser's gazetteer is built from the same base, not from a second load of it
    standardGazetteer(loaded.kb);
    knowledge = entityKnowledge(loaded.kb);
    dictionaries = builtinDictionaries(loaded.kb);
    issues.push(...builtinModality().issues, ...builtinSenses().issues);
  }
  issues.push(...dictionaries.issues);
  const codes: CodeTable = cameoTable();
  const model = loadNerModel();
  const entities: EntityResources = { knowledge, recognise: (text, analysis) => recognize(text, analysis, model) };
  const stages: Stage[] = [
    { name: 'language', run: (doc) => ({ ...doc, ...analyze(doc.article!.text) }) },
    { name: 'times', run: (doc) => ({ ...doc, times: findTimes(doc.article!.text, doc.sentences, doc.date) }) },
    { name: 'entities', run: (doc) => ({ ...doc, mentions: findEntities(doc, entities) }) },
    { name: 'quotes', run: (doc) => ({ ...doc, ...splitStances(extractQuotes({ ...doc, text: doc.article!.text })) }) },
    { name: 'events', run: (doc) => codeEvents(doc, dictionaries, codes, options.minConfidence ?? 0) },
  ];
  return {
    stages,
    issues,
    process: async (raw) => {
      if (raw.html !== undefined) await loadHtmlExtractor();
      return runStages(raw, stages);
    },
  };
}

/** Compiled dictionaries are cached beside the package, not wherever the user runs dyad from. */
const CACHE_DIR = fileURLToPath(new URL('../.cache/dictionaries', import.meta.url));

function codeEvents(doc: Document, dictionaries: CompiledDictionaries, codes: CodeTable, minConfidence: number): Document {
  const input = { text: doc.article!.text, sentences: doc.sentences, tokens: doc.tokens, date: doc.date, options: doc.options, mentions: doc.mentions };
  const { events, issues } = codeDocument(input, dictionaries, codes);
  const kept = minConfidence > 0 ? events.filter((e) => e.provenance.confidence >= minConfidence) : events;
  return { ...doc, events: locateEvents(placeInTime(kept, doc), doc), issues: [...doc.issues, ...issues] };
}

function runStages(raw: RawDocument, stages: readonly Stage[]): Document {
  let doc: Document | null = null;
  let current = 'article';
  try {
    doc = readArticle(raw);
    for (const stage of stages) {
      if (doc.error || !doc.article) break;
      current = stage.name;
      doc = stage.run(doc);
    }
    return doc;
  } catch (err) {
    const reason = err instanceof Error ? err.stack ?? err.message : String(err);
    const error = { code: 'internal', message: `${raw.origin}: stage ${current} failed: ${reason}` };
    return { ...(doc ?? readArticle({ id: raw.id, origin: raw.origin, error })), error };
  }
}
