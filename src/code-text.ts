// The library's shortest road: a string in, the output record out, with no id or input record to
// make. The text goes through the same input checks as a JSON line (dates in any accepted form,
// coder options), and pipelines are made once per set of knowledge options and reused.
import { parseRecordLine } from './input/record.js';
import type { OutputRecord } from './output/record-types.js';
import { toRecord } from './output/record.js';
import { createPipeline, type Pipeline, type PipelineOptions } from './pipeline.js';
import type { CoderOptions } from './types.js';

export interface CodeTextOptions {
  /** The date the text was published or crawled: YYYY-MM-DD, an ISO timestamp or "Jan 5, 2024". */
  readonly date?: string;
  /** The text is a web page's HTML rather than plain text. */
  readonly html?: boolean;
  /** The text is the clean article body: no headline, byline, dateline or junk detection. */
  readonly verbatim?: boolean;
  readonly url?: string;
  /** An id for the record (default "text"). */
  readonly id?: string;
  /** Coder settings in PETRARCH's names. */
  readonly coder?: CoderOptions;
  /** A pipeline to code with; else one is made for `knowledge` (once, then reused). */
  readonly pipeline?: Pipeline;
  readonly knowledge?: PipelineOptions;
}

const pipelines = new Map<string, Pipeline>();

function pipelineFor(knowledge: PipelineOptions): Pipeline {
  const key = JSON.stringify(knowledge);
  let pipeline = pipelines.get(key);
  if (!pipeline) {
    pipeline = createPipeline(knowledge);
    pipelines.set(key, pipeline);
  }
  return pipeline;
}

/** Codes one text (or page) and returns its output record, as `dyad code --format jsonl` writes it. */
export async function codeText(text: string, options: CodeTextOptions = {}): Promise<OutputRecord> {
  const id = options.id ?? 'text';
  const line = JSON.stringify({
    id,
    [options.html ? 'html' : 'text']: text,
    ...(options.url ? { url: options.url } : {}),
    ...(options.date ? { date: options.date } : {}),
    verbatim: options.verbatim === true,
    ...(options.coder ? { options: options.coder } : {}),
  });
  const pipeline = options.pipeline ?? pipelineFor(options.knowledge ?? {});
  return toRecord(await pipeline.process(parseRecordLine(line, id, id)), pipeline.versions);
}
