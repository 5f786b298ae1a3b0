// The API's parameters and answers as zod schemas: the same objects validate each request and write
// the OpenAPI description (GET /api/openapi.json), so the two cannot drift apart. Every parameter is
// bounded in shape and length; a value outside them is a 400 before anything reaches the store.
import { z } from '@hono/zod-openapi';

/** Page sizes are capped so that one request reads a bounded number of rows. */
export const MAX_PAGE = 500;
/** Deep offsets cost a scan of everything before them; past this, narrow the filter instead. */
export const MAX_OFFSET = 10_000;

const isRealDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** Actor codes as the coder writes them: CAMEO letters and digits, "---GOV" for an agent without country. */
export const ActorCode = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,40}$/, 'an actor code: letters, digits or "-", at most 40')
  .transform((s) => s.toUpperCase())
  .openapi({ example: 'PRKGOV' });

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD')
  .refine(isRealDay, 'not a calendar day')
  .openapi({ example: '2018-03-21' });

const Limit = (fallback: number) => z.coerce.number().int().min(1).max(MAX_PAGE).default(fallback).openapi({ type: 'integer', minimum: 1, maximum: MAX_PAGE });
const Offset = z.coerce.number().int().min(0).max(MAX_OFFSET).default(0).openapi({ type: 'integer', minimum: 0, maximum: MAX_OFFSET });

export const PageQuery = z.object({ limit: Limit(100), offset: Offset });

export const EventQuery = z.object({
  actor: ActorCode.optional().openapi({ description: 'actor code or prefix, as source or target' }),
  actor1: ActorCode.optional().openapi({ description: 'source actor code or prefix' }),
  actor2: ActorCode.optional().openapi({ description: 'target actor code or prefix' }),
  code: z
    .string()
    .regex(/^[0-9A-Za-z]{2,6}$/, 'an event code (051, 174K)')
    .optional()
    .openapi({ description: 'event code, exactly' }),
  root: z
    .string()
    .regex(/^[0-9]{2}$/, 'a two-digit CAMEO root')
    .optional()
    .openapi({ description: 'CAMEO root: every code under it' }),
  quadclass: z
    .enum(['1', '2', '3', '4'])
    .transform(Number)
    .optional()
    .openapi({ description: 'QuadClass 1..4', type: 'string', enum: ['1', '2', '3', '4'] }),
  from: Day.optional().openapi({ description: 'first day, inclusive' }),
  to: Day.optional().openapi({ description: 'last day, inclusive' }),
  place: z.string().min(1).max(100).optional().openapi({ description: 'action place: FIPS country code or part of its name' }),
  q: z.string().min(1).max(200).optional().openapi({ description: "words in the actors' names or in an article's title or text" }),
  background: z
    .enum(['true', 'false'])
    .transform((s) => s === 'true')
    .optional()
    .openapi({ description: 'include background events', type: 'string', enum: ['true', 'false'] }),
  limit: Limit(100),
  offset: Offset,
});

export const PlacesQuery = EventQuery.omit({ limit: true, offset: true }).extend({
  limit: z.coerce.number().int().min(1).max(2000).default(500).openapi({ type: 'integer', minimum: 1, maximum: 2000 }),
});

export const TimelineQuery = z.object({
  source: ActorCode,
  target: ActorCode.optional().openapi({ description: 'omitted: the source against all, either way' }),
});

export const PartnersQuery = z.object({
  actor: ActorCode,
  limit: z.coerce.number().int().min(1).max(100).default(25).openapi({ type: 'integer', minimum: 1, maximum: 100 }),
});

export const QuotesQuery = z.object({
  speaker: z.string().min(1).max(200).openapi({ description: "speaker's canonical name or actor code", example: 'Kim Jong Un' }),
  limit: Limit(50),
  offset: Offset,
});

export const DocumentParams = z.object({
  id: z
    .string()
    .min(1)
    .max(2048)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'the id as given, or the URL; URL-encoded' }),
});

/** Export formats that stream (Parquet is written to a file by `dyad export`, not over HTTP). */
export const HTTP_EXPORT_FORMATS = ['gdelt-events', 'gdelt-mentions', 'csv', 'jsonl', 'quotes', 'entities'] as const;
export const ExportQuery = EventQuery.omit({ limit: true, offset: true }).extend({ format: z.enum(HTTP_EXPORT_FORMATS) });

// ---- answers

export const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).openapi('Error');

const GeoBody = z.object({ type: z.number().int(), fullName: z.string(), countryCode: z.string(), lat: z.number(), long: z.number() }).nullable().openapi('Place');

export const EventBody = z
  .object({
    id: z.number().int(),
    day: z.string(),
    source: z.string(),
    sourceName: z.string().nullable(),
    target: z.string(),
    targetName: z.string().nullable(),
    code: z.string(),
    goldstein: z.number().nullable(),
    quad: z.number().int().nullable(),
    isRoot: z.boolean(),
    numMentions: z.number().int(),
    numSources: z.number().int(),
    numArticles: z.number().int(),
    avgTone: z.number(),
    place: GeoBody,
    sourceUrl: z.string(),
  })
  .openapi('Event');

export const EventsBody = z.object({ events: z.array(EventBody), limit: z.number().int(), offset: z.number().int(), more: z.boolean() }).openapi('Events');

export const TimelineBody = z
  .object({
    source: z.string(),
    target: z.string().nullable(),
    months: z.array(z.object({ month: z.string(), events: z.number().int(), goldstein: z.number().nullable(), quadShares: z.array(z.number()).length(4) })),
  })
  .openapi('Timeline');

export const PartnersBody = z
  .object({
    actor: z.string(),
    partners: z.array(z.object({ actor: z.string(), asSource: z.number().int(), asTarget: z.number().int(), events: z.number().int(), goldstein: z.number().nullable() })),
  })
  .openapi('Partners');

export const PlacesBody = z
  .object({
    places: z.array(z.object({ name: z.string(), countryCode: z.string(), lat: z.number(), long: z.number(), events: z.number().int(), goldstein: z.number().nullable() })),
  })
  .openapi('Places');

export const DocumentsBody = z
  .object({
    documents: z.array(z.object({ id: z.string(), url: z.string(), site: z.string(), title: z.string().nullable(), date: z.string().nullable(), tone: z.number(), mentions: z.number().int() })),
    limit: z.number().int(),
    offset: z.number().int(),
    more: z.boolean(),
  })
  .openapi('Documents');

const Span = { start: z.number().int(), end: z.number().int(), text: z.string() };
const Speaker = z.object({ text: z.string(), start: z.number().int(), end: z.number().int(), name: z.string(), actor: z.string().nullable() });
const QuoteFields = { ...Span, direct: z.boolean(), cue: z.string(), speaker: Speaker.nullable(), via: z.array(Speaker), rule: z.string(), confidence: z.number() };
const Slot = z.object({ code: z.string(), text: z.string(), start: z.number().int().nullable(), end: z.number().int().nullable() });

export const AnnotatedDocumentBody = z
  .object({
    document: z.object({
      id: z.string(),
      url: z.string(),
      site: z.string(),
      title: z.string().nullable(),
      byline: z.string().nullable(),
      published: z.string().nullable(),
      date: z.string().nullable(),
      datelinePlace: z.string().nullable(),
      tone: z.number(),
      text: z.string(),
    }),
    entities: z.array(z.object({ ...Span, type: z.string(), entity: z.number().int(), actor: z.string().nullable(), name: z.string(), rule: z.string(), confidence: z.number() })),
    quotes: z.array(z.object(QuoteFields)),
    events: z.array(
      z.object({
        eventId: z.number().int().nullable(),
        day: z.string().nullable(),
        code: z.string(),
        source: Slot,
        target: Slot.nullable(),
        placeName: z.string().nullable(),
        goldstein: z.number().nullable(),
        quad: z.number().int().nullable(),
        historical: z.boolean(),
        sentence: z.number().int(),
        verbStart: z.number().int(),
        verbEnd: z.number().int(),
        rule: z.string(),
        entry: z.string().nullable(),
        entryText: z.string().nullable(),
        confidence: z.number(),
      }),
    ),
  })
  .openapi('AnnotatedDocument');

export const QuotesBody = z.object({ quotes: z.array(z.object({ ...QuoteFields, url: z.string(), documentId: z.string() })), limit: z.number().int(), offset: z.number().int(), more: z.boolean() }).openapi('Quotes');
