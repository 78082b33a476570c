import type { FastifyReply, RouteShorthandOptions } from 'fastify';
import { AppError } from '../../../platform/http/errors.js';
import type { DeveloperApi } from '../apis.registry.js';

/**
 * What every developer API route shares: the error shape of the agency's APIs
 * (`{codeHttp, message, codeErreur}`, rendered by the error handler for /partenaire/ paths), the
 * bearer access rule, the OAuth2 requirement in the OpenAPI document, and paging by `range`.
 */
export const partnerErrorSchema = {
  type: 'object',
  required: ['codeHttp', 'message', 'codeErreur'],
  properties: {
    codeHttp: { type: 'integer', description: 'Le statut HTTP de la réponse.', examples: [400] },
    message: { type: 'string', description: 'Explication en français, qui nomme le paramètre en cause.', examples: ['Le paramètre « range » n\'a pas le bon format.'] },
    codeErreur: { type: 'string', description: 'Code stable, à tester par programme.', examples: ['INVALID_PARAMETER'] },
  },
} as const;

const error = (description: string, headers?: Record<string, { type: string; description: string }>) => ({
  description,
  ...(headers ? { headers } : {}),
  ...partnerErrorSchema,
});

/** The error answers of every route (400, 401, 403, 429), plus 404 when it reads one resource. */
export function partnerErrors(notFound?: string): Record<number, object> {
  const responses: Record<number, object> = {
    400: error('Paramètre incorrect : codeErreur INVALID_PARAMETER (format, bornes), RANGE_INVALID, RANGE_TOO_LARGE ou RANGE_PAST_RESULTS (plage de résultats).'),
    401: error('Jeton d’accès absent, invalide, expiré ou d’une application révoquée : codeErreur TOKEN_MISSING, TOKEN_INVALID, TOKEN_EXPIRED ou TOKEN_REVOKED.', {
      'WWW-Authenticate': { type: 'string', description: 'Bearer realm="/partenaire"' },
    }),
    403: error('Le jeton ne porte pas la portée de cette API (l’application n’y est pas abonnée) : codeErreur SCOPE_MISSING.'),
    429: error('Trop d’appels par seconde (codeErreur RATE_LIMITED) ou quota journalier atteint (QUOTA_EXCEEDED) : réessayez après le délai de l’en-tête Retry-After.', {
      'Retry-After': { type: 'integer', description: 'Secondes à attendre avant de réessayer.' },
    }),
  };
  if (notFound) responses[404] = error(notFound);
  return responses;
}

interface RouteDescription {
  summary: string;
  description: string;
  params?: object;
  querystring?: object;
  response: Record<number, object>;
}

/** Route options of a developer API route: bearer token with the API's main scope, tag, security. */
export function protectedRoute(api: DeveloperApi, route: RouteDescription): RouteShorthandOptions {
  const scope = api.scopes[0];
  if (!scope) throw new Error(`API ${api.slug} has no scope`);
  return {
    config: { access: { bearer: scope } },
    schema: {
      tags: [api.tag],
      summary: route.summary,
      description: route.description,
      security: [{ oauth2: [scope] }],
      ...(route.params ? { params: route.params } : {}),
      ...(route.querystring ? { querystring: route.querystring } : {}),
      response: route.response,
    },
  };
}

/** A code or id in a path, validated by a pattern (a mismatch answers 400 INVALID_PARAMETER). */
export function pathParams(name: string, schema: object) {
  return { type: 'object', required: [name], additionalProperties: false, properties: { [name]: schema } } as const;
}

export const idSchema = { type: 'integer', minimum: 1, maximum: 2_147_483_647 } as const;

// Paging with `range=first-last` (0-based, inclusive), as in the agency's APIs.

export interface PageRange {
  first: number;
  last: number;
}

export interface RangeRule {
  /** Results a call may return at most (the Accept-Range header). */
  max: number;
  /** The range when the parameter is absent, e.g. 0-49. */
  defaultLast: number;
}

export function rangeParameter(rule: RangeRule) {
  return {
    type: 'string',
    pattern: '^[0-9]{1,6}-[0-9]{1,6}$',
    maxLength: 13,
    description: `Plage de résultats « premier-dernier », numérotée à partir de 0, bornes comprises ; par défaut 0-${rule.defaultLast}, au plus ${rule.max} résultats par appel.`,
    examples: [`0-${rule.defaultLast}`],
  } as const;
}

/** The requested range, or a 400 (first after last, or more results than allowed). */
export function parseRange(raw: string | undefined, rule: RangeRule): PageRange {
  if (raw === undefined) return { first: 0, last: rule.defaultLast };
  const [first, last] = raw.split('-').map(Number) as [number, number];
  if (first > last) throw new AppError('RANGE_INVALID', undefined, [{ field: 'range', message: `La plage ${raw} commence après sa fin.` }]);
  if (last - first + 1 > rule.max) {
    const message = `La plage de résultats demandée est trop importante : ${rule.max} résultats au plus par appel.`;
    throw new AppError('RANGE_TOO_LARGE', message, [{ field: 'range', message }]);
  }
  return { first, last };
}

/** JSON Schemas of the headers of a paged answer (200 and 206). */
export function pageHeaders(resource: string, rule: RangeRule) {
  return {
    'Content-Range': { type: 'string', description: `Résultats renvoyés et nombre total, par exemple « ${resource} 0-${rule.defaultLast}/312 ».` },
    'Accept-Range': { type: 'integer', description: `Nombre maximal de résultats par appel (${rule.max}).` },
  };
}

/**
 * Sets the status (200 when the range holds every result, 206 otherwise) and the Content-Range and
 * Accept-Range headers of a page of `count` results out of `total` (> 0); a range starting after
 * the last result is a 400.
 */
export function sendPageHeaders(reply: FastifyReply, resource: string, rule: RangeRule, range: PageRange, count: number, total: number): void {
  if (range.first >= total) {
    const message = `La plage de résultats demandée commence après le dernier résultat : il y en a ${total}, numérotés de 0 à ${total - 1}.`;
    throw new AppError('RANGE_PAST_RESULTS', message, [{ field: 'range', message }]);
  }
  const last = range.first + count - 1;
  reply.code(range.first === 0 && last >= total - 1 ? 200 : 206);
  reply.header('content-range', `${resource} ${range.first}-${last}/${total}`);
  reply.header('accept-range', String(rule.max));
}

/** Splits a comma-separated parameter (already checked by its pattern) into distinct values. */
export function commaList(value: string | undefined): string[] {
  return [...new Set((value ?? '').split(',').map((item) => item.trim()).filter(Boolean))];
}

/** A pattern for a comma-separated list of values taken from a closed vocabulary. */
export function commaListPattern(values: readonly string[]): string {
  const one = `(${values.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
  return `^${one}(,${one})*$`;
}

/** Removes the properties whose value is null or undefined (absent values are omitted, not null). */
export function compact<T extends Record<string, unknown>>(object: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined)) as { [K in keyof T]: Exclude<T[K], null> };
}
