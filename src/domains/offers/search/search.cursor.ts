import { AppError } from '../../../platform/http/errors.js';
import type { OfferSort } from './search.criteria.js';

/** The sort key of the last offer of a page, and the time the relevance recency was computed at. */
export interface OfferCursor {
  sort: OfferSort;
  /** ISO time of the first page (the relevance score's recency is computed from it). */
  asOf: string;
  key: { k_score: number | null; k_created: string; k_distance: number | null; id: unknown };
}

interface Encoded {
  v: 1;
  s: OfferSort;
  a: string;
  c: string;
  i: string;
  r?: number;
  d?: number;
}

/** Opaque, URL-safe: base64url of a small JSON object. */
export function encodeCursor(cursor: OfferCursor): string {
  const body: Encoded = { v: 1, s: cursor.sort, a: cursor.asOf, c: cursor.key.k_created, i: String(cursor.key.id) };
  if (cursor.key.k_score !== null) body.r = Number(cursor.key.k_score);
  if (cursor.key.k_distance !== null) body.d = Number(cursor.key.k_distance);
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

export interface DecodedCursor {
  sort: OfferSort;
  asOf: string;
  created: string;
  id: string;
  score: number | null;
  distance: number | null;
}

/** PostgreSQL's timestamptz text ('2026-11-27 10:00:00.123456+00') or an ISO time. */
const TIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

const invalid = () => new AppError('OFFER_CURSOR_INVALID', undefined, [{ field: 'curseur', message: 'Curseur de pagination invalide.' }]);

/** Throws OFFER_CURSOR_INVALID (400) when the cursor is malformed or was made for another sort. */
export function decodeCursor(text: string, sort: OfferSort): DecodedCursor {
  if (text.length > 500 || !/^[A-Za-z0-9_-]+$/.test(text)) throw invalid();
  let body: Partial<Encoded>;
  try {
    body = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Encoded>;
  } catch {
    throw invalid();
  }
  const isTime = (value: unknown): value is string => typeof value === 'string' && TIME.test(value);
  if (body.v !== 1 || body.s !== sort || !isTime(body.a) || !isTime(body.c) || typeof body.i !== 'string' || !/^[0-9A-Z]{1,20}$/.test(body.i)) throw invalid();
  const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
  const score = finite(body.r);
  const distance = finite(body.d);
  if (sort === 'relevance' && body.r !== undefined && score === null) throw invalid();
  if (sort === 'distance' && body.d !== undefined && distance === null) throw invalid();
  return { sort, asOf: body.a, created: body.c, id: body.i, score, distance };
}
