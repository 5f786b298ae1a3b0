// The API as the UI calls it: typed answers, and the server's JSON error shown as it is.
import type { z } from '@hono/zod-openapi';
import type { AnnotatedDocumentBody, DocumentsBody, EventBody, PartnersBody, PlacesBody, QuotesBody, TimelineBody } from '../../src/server/schemas.js';

// the answers' types are the server's own schemas (types only: nothing of the server is bundled)
type Answer<T extends z.ZodType> = z.output<T>;
export type ApiEvent = Answer<typeof EventBody>;
export type Month = Answer<typeof TimelineBody>['months'][number];
export type Partner = Answer<typeof PartnersBody>['partners'][number];
export type PlaceCount = Answer<typeof PlacesBody>['places'][number];
export type DocumentSummary = Answer<typeof DocumentsBody>['documents'][number];
export type AnnotatedDocument = Answer<typeof AnnotatedDocumentBody>;
export type Mention = AnnotatedDocument['events'][number];
export type Quote = Answer<typeof QuotesBody>['quotes'][number];

export class ApiError extends Error {}

export async function api<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const qs = query.toString();
  const res = await fetch(qs ? `${path}?${qs}` : path, { headers: { accept: 'application/json' } });
  const body = (await res.json()) as T & { error?: { message: string } };
  if (!res.ok) throw new ApiError(body.error?.message ?? `${res.status} ${res.statusText}`);
  return body;
}

export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'] as const;
export const QUAD_COLOURS = ['#4caf50', '#1b5e20', '#ff9800', '#c62828'] as const;

/** "20180321" -> "2018-03-21"; "201803" -> "2018-03". */
export const dashed = (day: string) => (day.length === 8 ? `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}` : `${day.slice(0, 4)}-${day.slice(4, 6)}`);
