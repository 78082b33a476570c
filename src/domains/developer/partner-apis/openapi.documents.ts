import type { FastifyInstance } from 'fastify';
import { ERRORS } from '../../../platform/http/errors.js';
import { type DeveloperApi, findApi } from '../apis.registry.js';

/** A JSON Schema as it appears in the OpenAPI 3.1 document. */
export type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

export interface OpenApiMediaType {
  schema?: JsonSchema;
  example?: unknown;
  examples?: Record<string, { value: unknown; summary?: string }>;
}

export interface OpenApiHeader {
  description?: string;
  schema?: JsonSchema;
}

export interface OpenApiResponse {
  description: string;
  /** By media type (application/json); absent for answers without a body (204). */
  content?: Record<string, OpenApiMediaType>;
  headers?: Record<string, OpenApiHeader>;
}

export interface OpenApiOperation {
  tags?: string[];
  summary?: string;
  description?: string;
  operationId?: string;
  parameters?: OpenApiParameter[];
  requestBody?: { description?: string; required?: boolean; content: Record<string, OpenApiMediaType> };
  /** OAuth2 requirements, e.g. `[{ oauth2: ['api_romev1'] }]`. */
  security?: Record<string, string[]>[];
  /** By status code ('200', '206', '400', …). */
  responses: Record<string, OpenApiResponse>;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type OpenApiPathItem = Partial<Record<HttpMethod, OpenApiOperation>>;

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string; license?: { name: string; url?: string } };
  servers?: { url: string; description?: string }[];
  tags?: { name: string; description?: string }[];
  security?: Record<string, string[]>[];
  /** Path (OpenAPI style, `{id}`) → method → operation. */
  paths: Record<string, OpenApiPathItem>;
  components?: { schemas?: Record<string, JsonSchema>; securitySchemes?: Record<string, JsonSchema> };
}

/** Every operation of a document, in path order then method order. */
export function operationsOf(document: OpenApiDocument): { path: string; method: HttpMethod; operation: OpenApiOperation }[] {
  return Object.keys(document.paths)
    .sort()
    .flatMap((path) =>
      HTTP_METHODS.flatMap((method) => {
        const operation = document.paths[path]?.[method];
        return operation ? [{ path, method, operation }] : [];
      }),
    );
}

const isUnder = (path: string, basePath: string) => path === basePath || path.startsWith(`${basePath}/`);

const SCHEMA_REF = '#/components/schemas/';

/** The component schemas referenced from `value`, and from those, transitively. */
function referencedSchemas(value: unknown, all: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const found: Record<string, JsonSchema> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(SCHEMA_REF)) {
        const name = child.slice(SCHEMA_REF.length);
        const schema = all[name];
        if (schema && !(name in found)) {
          found[name] = schema;
          visit(schema);
        }
      } else {
        visit(child);
      }
    }
  };
  visit(value);
  return found;
}

/** The version of the API's newest changelog entry (e.g. '1.0.0'), else its major version ('v1'). */
function documentVersion(api: DeveloperApi): string {
  const newest = [...api.changelog].sort((a, b) => b.date.localeCompare(a.date))[0];
  return newest?.version ?? api.version;
}

/**
 * The OpenAPI 3.1 document of one developer API, cut out of the portal's generated document: its
 * paths only (under its base path), its tag, its title, version and description from the registry,
 * the servers, and the OAuth2 client-credentials scheme limited to its scopes.
 */
export function apiDocument(app: FastifyInstance, api: DeveloperApi): OpenApiDocument {
  const whole = app.swagger() as unknown as OpenApiDocument;
  const paths: Record<string, OpenApiPathItem> = {};
  for (const [path, item] of Object.entries(whole.paths ?? {})) {
    if (isUnder(path, api.basePath)) paths[path] = structuredClone(item);
  }
  const oauth2 = structuredClone(whole.components?.securitySchemes?.oauth2 ?? {}) as {
    flows?: { clientCredentials?: { scopes?: Record<string, string> } };
  };
  const credentials = oauth2.flows?.clientCredentials;
  if (credentials) {
    credentials.scopes = Object.fromEntries(api.scopes.map((scope) => [scope, credentials.scopes?.[scope] ?? `${api.name} ${api.version}`]));
  }
  const schemas = structuredClone(referencedSchemas(paths, whole.components?.schemas ?? {}));
  const tag = whole.tags?.find((candidate) => candidate.name === api.tag) ?? { name: api.tag, description: api.summary };
  return {
    openapi: whole.openapi,
    info: {
      title: `${api.name} ${api.version}`,
      version: documentVersion(api),
      description: api.description,
      ...(whole.info.license ? { license: { ...whole.info.license } } : {}),
    },
    servers: structuredClone(whole.servers ?? []),
    tags: [{ ...tag }],
    security: [{ oauth2: [api.scopes[0] ?? ''] }],
    paths,
    components: { ...(Object.keys(schemas).length ? { schemas } : {}), securitySchemes: { oauth2 } },
  };
}

/**
 * GET /developpeurs/api/:slug/openapi.json: the document of one API (for the portal's reference,
 * code generators and API clients); unknown slugs answer a JSON 404.
 */
export function registerApiDocumentRoute(app: FastifyInstance): void {
  const cache = new Map<string, OpenApiDocument>();
  app.get<{ Params: { slug: string } }>(
    '/developpeurs/api/:slug/openapi.json',
    {
      config: { access: 'public' },
      schema: { hide: true, params: { type: 'object', required: ['slug'], properties: { slug: { type: 'string', maxLength: 100 } } } },
    },
    async (request, reply) => {
      const api = findApi(request.params.slug);
      if (!api) {
        return reply
          .code(404)
          .type('application/problem+json; charset=utf-8')
          .send({
            type: 'urn:emploi-store:error:DEVELOPER_API_NOT_FOUND',
            title: ERRORS.DEVELOPER_API_NOT_FOUND.message,
            status: 404,
            code: 'DEVELOPER_API_NOT_FOUND',
            detail: `L’API « ${request.params.slug} » n’existe pas : voyez la liste des API sur /developpeurs.`,
          });
      }
      let document = cache.get(api.slug);
      if (!document) {
        document = apiDocument(app, api);
        cache.set(api.slug, document);
      }
      return reply.header('cache-control', 'public, max-age=300').send(document);
    },
  );
}
