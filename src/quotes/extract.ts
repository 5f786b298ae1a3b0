// Quote extraction: who said what, to whom, through whom.
//
// Stages, in order: per-document indexes (paragraphs, joined sentences, quotation pieces); the rules,
// one proposal per cue; the refiners (attributions do not nest, quotations run on); speakers resolved
// through the pipeline's mentions. See rules.ts for the rule ids.
import type { Mention, Quote, Sentence, Span, Token } from '../types.js';
import type { Candidate } from './candidate.js';
import { buildContext, type Context } from './context.js';
import { CUES, QUOTE_CLASSES } from './cues.js';
import type { Range } from './phrases.js';
import { continueQuotations, keepUnnested } from './refine.js';
import { accordingTo, cueAt, headlineColon, verbCue } from './rules.js';
import { indexMentions, resolveSpeaker, type MentionIndex } from './speaker.js';
import { isNotCue } from './negatives.js';

export interface QuoteInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}

/** Forms of cue verbs the tagger sometimes takes for nouns ("About 4 in 10 say ..."). */
const VERB_FORMS = new Set([
  'say',
  'says',
  'said',
  'tells',
  'told',
  'adds',
  'added',
  'wrote',
  'writes',
  'asked',
  'asks',
  'noted',
  'notes',
  'argued',
  'show',
  'shows',
  'showed',
  'finds',
  'found',
  'thinks',
  'believes',
  'knows',
  'wants',
  'hopes',
  'urges',
  'warns',
]);

const ACCORDING = CUES.get('according')?.[0] ?? null;

export function extractQuotes(input: QuoteInput): Quote[] {
  const ctx = buildContext(input.text, input.sentences, input.tokens);
  const candidates: Candidate[] = [];
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (ctx.pieceOf[i]! >= 0) continue;
    const t = toks[i]!;
    let c: Candidate | null = null;
    if (t.normal === 'according' && toks[i + 1]?.normal === 'to') c = accordingTo(ctx, i, ACCORDING);
    else if (t.pos === 'VERB' || t.pos === 'ADJ' || VERB_FORMS.has(t.normal)) {
      const entry = cueAt(ctx, i);
      if (entry && (t.pos !== 'ADJ' || entry.stative) && !isNotCue(ctx, i)) c = verbCue(ctx, i, entry, candidates);
    } else if (t.normal === ':') c = headlineColon(ctx, i);
    if (c && c.content.length && (!c.source || wordy(ctx, c.source))) candidates.push(c);
  }
  const kept = keepUnnested(candidates);
  continueQuotations(ctx, kept);
  const mentions = indexMentions(input.mentions);
  return kept.map((c) => toQuote(ctx, c, mentions));
}

/** A source holds a word (markup and stray symbols do not speak). */
function wordy(ctx: Context, r: Range): boolean {
  return /\p{L}/u.test(ctx.text.slice(ctx.tokens[r[0]]!.start, ctx.tokens[r[1] - 1]!.end));
}

function span(ctx: Context, r: Range): Span {
  const glued = ctx.marks.glued;
  return { start: ctx.tokens[r[0]]!.start + (glued[r[0]] === 1 ? 1 : 0), end: ctx.tokens[r[1] - 1]!.end - (glued[r[1] - 1] === 2 ? 1 : 0) };
}

function toQuote(ctx: Context, c: Candidate, mentions: MentionIndex): Quote {
  const parts = c.content.map((r) => span(ctx, r));
  const start = parts[0]!.start;
  const end = parts[parts.length - 1]!.end;
  return {
    start,
    end,
    text: ctx.text.slice(start, end),
    parts,
    direct: c.direct,
    cue: c.cue,
    cueClass: c.cls,
    cueSpan: span(ctx, c.cueRange),
    speaker: c.source ? resolveSpeaker(ctx, c.source, mentions) : null,
    via: c.via.map((r) => resolveSpeaker(ctx, r, mentions)),
    provenance: { rule: c.rule, ...(c.entry ? { entry: c.entry } : {}), confidence: Math.round(c.confidence * 100) / 100 },
  };
}

/** Quotes (speech and writing) apart from stances (thought, intention, vote, list lines). */
export function splitStances(all: readonly Quote[]): { quotes: Quote[]; stances: Quote[] } {
  return { quotes: all.filter((q) => QUOTE_CLASSES.has(q.cueClass)), stances: all.filter((q) => !QUOTE_CLASSES.has(q.cueClass)) };
}
