import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const PUBLIC_API_PREFIX = '/api/v1/';
/** The developer APIs compatible with the agency's (OAuth2 bearer tokens). */
export const PARTNER_API_PREFIX = '/partenaire/';

export interface OpenApiOptions {
  publicUrl: string;
  /** Tags of the developer APIs, after the open API's. */
  extraTags?: { name: string; description: string }[];
  /** OAuth2 client-credentials scopes of the developer APIs, by name. */
  oauthScopes?: Record<string, string>;
}

/**
 * The public API's OpenAPI 3.1 document, generated from the route schemas (only routes under
 * /api/v1 are listed), at /api/openapi.json, with a reference UI at /api/docs.
 */
export const openApiPlugin = fp<OpenApiOptions>(
  async (app: FastifyInstance, { publicUrl, extraTags = [], oauthScopes = {} }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'API Emploi Store',
          version: '1.0.0',
          description:
            "API publique et en lecture seule du catalogue Emploi Store : services numériques pour l'emploi et la formation, thématiques. Les erreurs suivent le format application/problem+json avec un code stable.",
          license: { name: 'Licence Ouverte / Etalab 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' },
        },
        servers: [{ url: publicUrl }],
        tags: [
          { name: 'catalogue', description: 'Services du catalogue et thématiques' },
          { name: 'référentiels', description: 'Référentiels officiels (métiers ROME et appellations)' },
          { name: 'moocs', description: 'Les MOOC de l’emploi : cours, programme et sessions' },
          { name: 'idées', description: 'Emploi Store idées : idées proposées, soutiens, statuts et réponses officielles' },
          ...extraTags,
        ],
        components: {
          securitySchemes: {
            oauth2: {
              type: 'oauth2',
              description: 'Jeton d’accès obtenu avec les identifiants de votre application (client credentials), envoyé dans l’en-tête Authorization: Bearer.',
              flows: { clientCredentials: { tokenUrl: `${publicUrl}/connexion/oauth2/access_token?realm=/partenaire`, scopes: oauthScopes } },
            },
          },
        },
      },
      transform: ({ schema, url, route }) => {
        const listed = (url.startsWith(PUBLIC_API_PREFIX) || url.startsWith(PARTNER_API_PREFIX)) && route.method !== 'HEAD';
        return { schema: listed ? schema : { ...schema, hide: true }, url };
      },
    });
    app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
    await app.register(swaggerUi, {
      routePrefix: '/api/docs',
      staticCSP: true,
      uiConfig: { docExpansion: 'list', deepLinking: true },
    });
  },
  { name: 'openapi' },
);
