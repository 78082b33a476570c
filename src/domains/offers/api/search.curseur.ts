import { createHash } from 'node:crypto';
import { AppError } from '../../../platform/http/errors.js';

/**
 * The `curseur` of the API: opaque (base64url of a small JSON object) around the search's keyset
 * cursor, with the position of the next result (for Content-Range) and a fingerprint of the
 * filters (a cursor only continues the search it was made for).
 */
interface Curseur {
  v: 1;
  /** The keyset cursor of searchOffers. */
  c: string;
  /** 0-based position of the first result it points to. */
  p: number;
  /** Fingerprint of the filters and sort. */
  f: string;
}

export function filtersFingerprint(filters: unknown): string {
  return createHash('sha256').update(JSON.stringify(filters)).digest('base64url').slice(0, 16);
}

export function encodeCurseur(keyset: string, position: number, fingerprint: string): string {
  const body: Curseur = { v: 1, c: keyset, p: position, f: fingerprint };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

const invalid = (message: string) => new AppError('OFFER_CURSOR_INVALID', message, [{ field: 'curseur', message }]);

/** The keyset cursor and position, or a 400 when malformed or made for other filters. */
export function decodeCurseur(text: string, fingerprint: string): { keyset: string; position: number } {
  let body: Partial<Curseur>;
  try {
    body = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Curseur>;
  } catch {
    throw invalid('Le paramètre « curseur » est illisible : reprenez la recherche depuis le début.');
  }
  if (body?.v !== 1 || typeof body.c !== 'string' || !Number.isSafeInteger(body.p) || (body.p ?? -1) < 0 || typeof body.f !== 'string') {
    throw invalid('Le paramètre « curseur » est illisible : reprenez la recherche depuis le début.');
  }
  if (body.f !== fingerprint) {
    throw invalid('Le paramètre « curseur » a été donné par une autre recherche : gardez les mêmes critères et le même tri, ou reprenez depuis le début.');
  }
  return { keyset: body.c, position: body.p as number };
}
