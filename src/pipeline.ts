// The pipeline: the article stage, then the registered stages in order. Each stage is a typed
// function from Document to Document that fills its own fields and reads only what earlier stages
// filled. The order is the dependency order:
//
//   article    raw input -> clean text; everything after points into article.text, so it comes first
//   language   sentences, tokens, POS, lemmas: the units every later stage works on
//   times      date expressions: event dates and the background ("in 1950") test need them
//
// A stage that throws has met a programmer error; the runner turns it into an error record for that
// document and the batch goes on.
import { readArticle } from './article/article-stage.js';
import { analyze } from './language/analyze.js';
import { findTimes } from './time/find-times.js';
import type { Document, RawDocument } from './types.js';

export interface Stage {
  readonly name: string;
  run(doc: Document): Document;
}

const language: Stage = {
  name: 'language',
  run: (doc) => (doc.article ? { ...doc, ...analyze(doc.article.text) } : doc),
};

const times: Stage = {
  name: 'times',
  run: (doc) => (doc.article ? { ...doc, times: findTimes(doc.article.text, doc.sentences, doc.date) } : doc),
};

export const STAGES: readonly Stage[] = [language, times];

export function processDocument(raw: RawDocument, stages: readonly Stage[] = STAGES): Document {
  let doc: Document | null = null;
  let current = 'article';
  try {
    doc = readArticle(raw);
    for (const stage of stages) {
      if (doc.error) break;
      current = stage.name;
      doc = stage.run(doc);
    }
    return doc;
  } catch (err) {
    const reason = err instanceof Error ? err.stack ?? err.message : String(err);
    const error = { code: 'internal', message: `${raw.origin}: stage ${current} failed: ${reason}` };
    return doc ? { ...doc, error } : { ...readArticleFailed(raw), error };
  }
}

/** The empty document an error record is built from when even the article stage failed. */
function readArticleFailed(raw: RawDocument): Document {
  return readArticle({ id: raw.id, origin: raw.origin, error: { code: 'internal', message: '' } });
}
