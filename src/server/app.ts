// The HTTP API and the web UI over one store, read-only. Routes are declared with their zod schemas
// (schemas.ts); the same declarations validate requests and write /api/openapi.json. Everything a
// request asks of the store goes through the queue (store-queue.ts): one question at a time, each
// with a time limit. Errors leave as JSON with a code and a message, never a stack or SQL.
import { Writable } from 'node:stream';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { stream } from 'hono/streaming';
import { rateLimiter } from 'hono-rate-limiter';
import { exportTo } from '../corpus/export.js';
import type { EventFilter, Store } from '../store/store.js';
import { annotatedBody, eventBody } from './bodies.js';
import { AnnotatedDocumentBody, DocumentParams, DocumentsBody, ErrorBody, EventQuery, EventsBody, ExportQuery, PageQuery, PartnersBody, PartnersQuery, PlacesBody, PlacesQuery, QuotesBody, QuotesQuery, TimelineBody, TimelineQuery } from './schemas.js';
import { loadWebFiles, type StaticFile } from './static-files.js';
import { QueryTimeout, type StoreQueue } from './store-queue.js';

export interface AppOptions {
  readonly store: Store;
  /** Opens another read-only handle on the same store: an export streams on its own connection. */
  readonly openReader: () => Promise<Store>;
  /** Asks `store` one question at a time, each within the time limit (a 503 past it). */
  readonly queue: StoreQueue;
  /** Requests per client per minute. */
  readonly rateLimit?: number;
  readonly webFiles?: Map<string, StaticFile>;
}

/** Longest request URL accepted; longer ones are 414 (every parameter is short by schema anyway). */
const MAX_URL = 8192;
const MAX_EXPORTS = 2;

export class HttpError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 413 | 414 | 429 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const errorJson = (c: Context, status: number, code: string, message: string) => c.json({ error: { code, message } }, status as 400);

/** The CSP allows scripts and styles from this server only (inline style attributes are the charts'). */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

function toFilter(q: z.infer<typeof EventQuery> | z.infer<typeof ExportQuery> | z.infer<typeof PlacesQuery>): EventFilter {
  const filter: Record<string, unknown> = {
    actor: q.actor,
    source: q.actor1,
    target: q.actor2,
    code: q.code,
    root: q.root,
    quad: q.quadclass,
    from: q.from,
    to: q.to,
    place: q.place,
    text: q.q,
    background: q.background,
  };
  for (const key of Object.keys(filter)) if (filter[key] === undefined) delete filter[key];
  return filter as EventFilter;
}

const json200 = (schema: z.ZodType, description: string) => ({ 200: { content: { 'application/json': { schema } }, description } });
const errors = { 400: { content: { 'application/json': { schema: ErrorBody } }, description: 'a parameter is not valid' } };

const routes = {
  events: createRoute({ method: 'get', path: '/api/events', request: { query: EventQuery }, responses: { ...json200(EventsBody, 'events, newest first'), ...errors }, summary: 'events with filters' }),
  places: createRoute({ method: 'get', path: '/api/places', request: { query: PlacesQuery }, responses: { ...json200(PlacesBody, 'places, most events first'), ...errors }, summary: 'where the events took place' }),
  timeline: createRoute({ method: 'get', path: '/api/timeline', request: { query: TimelineQuery }, responses: { ...json200(TimelineBody, 'months'), ...errors }, summary: "a dyad's events per month by QuadClass, with the Goldstein mean" }),
  partners: createRoute({ method: 'get', path: '/api/partners', request: { query: PartnersQuery }, responses: { ...json200(PartnersBody, 'partners'), ...errors }, summary: "an actor's partners" }),
  documents: createRoute({ method: 'get', path: '/api/documents', request: { query: PageQuery }, responses: { ...json200(DocumentsBody, 'documents, newest first'), ...errors }, summary: 'documents' }),
  document: createRoute({
    method: 'get',
    path: '/api/documents/{id}',
    request: { params: DocumentParams },
    responses: { ...json200(AnnotatedDocumentBody, 'the document with its entities, quotes and events'), ...errors, 404: { content: { 'application/json': { schema: ErrorBody } }, description: 'no such document' } },
    summary: 'one document with all its annotations',
  }),
  quotes: createRoute({ method: 'get', path: '/api/quotes', request: { query: QuotesQuery }, responses: { ...json200(QuotesBody, 'quotes'), ...errors }, summary: 'quotes by speaker' }),
  export: createRoute({
    method: 'get',
    path: '/api/export',
    request: { query: ExportQuery },
    responses: { 200: { content: { 'text/plain': { schema: { type: 'string' } } }, description: 'the export, as `dyad export` writes it' }, ...errors },
    summary: 'export download (the formats of dyad export but parquet)',
  }),
};

const EXPORT_TYPES: Record<z.infer<typeof ExportQuery>['format'], [type: string, extension: string]> = {
  'gdelt-events': ['text/tab-separated-values; charset=utf-8', 'export.CSV'],
  'gdelt-mentions': ['text/tab-separated-values; charset=utf-8', 'mentions.CSV'],
  csv: ['text/csv; charset=utf-8', 'events.csv'],
  jsonl: ['application/x-ndjson; charset=utf-8', 'events.jsonl'],
  quotes: ['application/x-ndjson; charset=utf-8', 'quotes.jsonl'],
  entities: ['application/x-ndjson; charset=utf-8', 'entities.jsonl'],
};

export function createApp(options: AppOptions): OpenAPIHono {
  const { store, openReader, queue } = options;
  const webFiles = options.webFiles ?? loadWebFiles();
  let exports = 0;

  const ask = <T>(question: () => Promise<T>): Promise<T> =>
    queue.ask(question).catch((err: unknown) => {
      throw err instanceof QueryTimeout ? new HttpError(503, 'timeout', err.message) : err;
    });

  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.join('.') || 'request';
        return errorJson(c, 400, 'bad-parameter', `${where}: ${issue?.message ?? 'not valid'}`);
      }
      return undefined;
    },
  });

  app.use('*', async (c, next) => {
    if (c.req.url.length > MAX_URL) throw new HttpError(414, 'url-too-long', `the request URL is longer than ${MAX_URL} characters`);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') throw new HttpError(405, 'read-only', 'this server only reads: GET and HEAD');
    await next();
    c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
  });
  app.use('*', secureHeaders({ contentSecurityPolicy: CSP, crossOriginEmbedderPolicy: false, referrerPolicy: 'no-referrer' }));
  app.use(
    '*',
    bodyLimit({
      maxSize: 1024,
      onError: () => {
        throw new HttpError(413, 'body-too-large', 'request bodies are not accepted');
      },
    }),
  );
  app.use(
    '/api/*',
    rateLimiter({
      windowMs: 60_000,
      limit: options.rateLimit ?? 600,
      standardHeaders: 'draft-6',
      keyGenerator: (c) => getConnInfo(c).remote.address ?? 'unknown',
      handler: () => {
        throw new HttpError(429, 'rate-limited', 'too many requests; wait a minute');
      },
    }),
  );

  app.openapi(routes.events, async (c) => {
    const q = c.req.valid('query');
    const rows = await ask(() => store.listEvents(toFilter(q), { limit: q.limit + 1, offset: q.offset }));
    return c.json({ events: rows.slice(0, q.limit).map(eventBody), limit: q.limit, offset: q.offset, more: rows.length > q.limit }, 200);
  });

  app.openapi(routes.places, async (c) => {
    const q = c.req.valid('query');
    return c.json({ places: await ask(() => store.places(toFilter(q), q.limit)) }, 200);
  });

  app.openapi(routes.timeline, async (c) => {
    const { source, target } = c.req.valid('query');
    const months = await ask(() => store.timeline(source, target));
    return c.json({ source, target: target ?? null, months: months.map((m) => ({ ...m, quadShares: [...m.quadShares] })) }, 200);
  });

  app.openapi(routes.partners, async (c) => {
    const { actor, limit } = c.req.valid('query');
    return c.json({ actor, partners: await ask(() => store.partners(actor, limit)) }, 200);
  });

  app.openapi(routes.documents, async (c) => {
    const { limit, offset } = c.req.valid('query');
    const rows = await ask(() => store.listDocuments({ limit: limit + 1, offset }));
    return c.json({ documents: rows.slice(0, limit), limit, offset, more: rows.length > limit }, 200);
  });

  app.openapi(routes.document, async (c) => {
    const { id } = c.req.valid('param');
    const found = await ask(() => store.document(id));
    if (!found) return c.json({ error: { code: 'not-found', message: 'no document with this id or URL' } }, 404);
    return c.json(annotatedBody(found), 200);
  });

  app.openapi(routes.quotes, async (c) => {
    const { speaker, limit, offset } = c.req.valid('query');
    const rows = await ask(() => store.quotesBySpeaker(speaker, { limit: limit + 1, offset }));
    return c.json({ quotes: rows.slice(0, limit).map((q) => ({ ...q, via: [...q.via] })), limit, offset, more: rows.length > limit }, 200);
  });

  app.openapi(routes.export, async (c) => {
    const q = c.req.valid('query');
    if (exports >= MAX_EXPORTS) throw new HttpError(503, 'busy', `${MAX_EXPORTS} exports are running; try again when one ends`);
    exports += 1;
    let reader: Store;
    try {
      reader = await openReader();
    } catch (err) {
      exports -= 1;
      throw err;
    }
    const [type, name] = EXPORT_TYPES[q.format];
    c.header('Content-Type', type);
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    return stream(c, async (out) => {
      try {
        const sink = new Writable({
          write(chunk: Buffer, _encoding, done) {
            out.write(chunk).then(() => done(), done);
          },
        });
        await exportTo(reader, q.format, toFilter(q), sink);
      } finally {
        exports -= 1;
        await reader.close();
      }
    }) as never;
  });

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'dyad', version: '1', description: 'Read-only access to a dyad store: events, timelines, partners, documents with their annotations, quotes and exports.' },
  });

  app.all('/api/*', () => {
    throw new HttpError(404, 'not-found', 'no such API route; see /api/openapi.json');
  });

  // the UI: its files, and its two pages for every path a view is shared under
  app.get('*', (c) => {
    const path = c.req.path;
    const file = webFiles.get(path) ?? webFiles.get(path.startsWith('/documents/') ? '/document.html' : path === '/' ? '/index.html' : '');
    if (!file) throw new HttpError(404, 'not-found', 'no such page');
    c.header('Content-Type', file.type);
    c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(file.body as Uint8Array<ArrayBuffer>);
  });

  app.notFound(() => {
    throw new HttpError(404, 'not-found', 'no such page');
  });

  app.onError((err, c) => {
    if (err instanceof HttpError) return errorJson(c, err.status, err.code, err.message);
    // anything else is ours: logged here, and the client learns only that it happened
    process.stderr.write(`dyad serve: ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return errorJson(c, 500, 'internal', 'the server could not answer this request');
  });

  return app;
}
