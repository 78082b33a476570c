import type { FastifyInstance } from 'fastify';
import type { DeveloperApi } from '../apis.registry.js';
import { apiDocument } from '../partner-apis/openapi.documents.js';
import { operationsOf, type OperationView } from './api-reference.service.js';

export interface ApiReference {
  document: unknown;
  operations: OperationView[];
}

// Routes are fixed once the app is ready: each API's reference is read once per app.
const cache = new WeakMap<FastifyInstance, Map<string, ApiReference>>();

/** The OpenAPI document of an API (from the partner APIs' documents) and its operations. */
export function referenceOf(app: FastifyInstance, api: DeveloperApi): ApiReference {
  let byApi = cache.get(app);
  if (!byApi) cache.set(app, (byApi = new Map()));
  const known = byApi.get(api.slug);
  if (known) return known;
  const document: unknown = apiDocument(app, api);
  const reference = { document, operations: operationsOf(api, document) };
  byApi.set(api.slug, reference);
  return reference;
}
