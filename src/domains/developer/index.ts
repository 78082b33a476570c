import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import './developer.table.js';
import { DEVELOPER_APIS } from './apis.registry.js';
import { registerApplicationRoutes } from './applications/applications.route.js';
import { subscriptionsModerationSource } from './applications/subscriptions.moderation.js';
import { registerDashboardRoutes } from './dashboards/dashboards.route.js';
import { registerOAuth } from './oauth/oauth.plugin.js';
import { registerCatalogueApi } from './partner-apis/catalogue.api.js';
import { registerMoocsPartnerApi } from './partner-apis/moocs.api.js';
import { registerApiDocumentRoute } from './partner-apis/openapi.documents.js';
import { registerRomeApi } from './partner-apis/rome.api.js';
import { registerPortalRoutes } from './portal/portal.route.js';
import './oauth/developer-platform.js';

export { type DeveloperApi, DEVELOPER_APIS, findApi } from './apis.registry.js';
export { commaList, commaListPattern, pageHeaders, partnerErrors, pathParams, protectedRoute } from './partner-apis/partner.schemas.js';
export { seedDeveloperDemo } from './demo/seed.js';
export { rotateSigningKey } from './oauth/signing-keys.js';
export type { DeveloperPlatform, TokenResponse } from './oauth/developer-platform.js';

/** OpenAPI tags and OAuth2 scopes of the developer APIs, for the generated document. */
export const developerOpenApi = {
  extraTags: DEVELOPER_APIS.map((api) => ({ name: api.tag, description: `${api.summary} Portée : ${api.scopes.join(' ')}.` })),
  oauthScopes: Object.fromEntries(DEVELOPER_APIS.flatMap((api) => api.scopes.map((scope) => [scope, `${api.name} ${api.version}`]))),
};

/**
 * Emploi Store Dev: the OAuth2 token endpoint and JWKS, the gate of the developer APIs (bearer
 * token, scope, rate limit, daily quota, usage), the APIs themselves, and the portal: API pages
 * with a try-it console, applications and their credentials, subscriptions, dashboards.
 */
export const developerPlugin = fp(
  async (app: FastifyInstance) => {
    await registerOAuth(app);
    registerCatalogueApi(app);
    registerRomeApi(app);
    registerMoocsPartnerApi(app);
    registerApiDocumentRoute(app);
    registerPortalRoutes(app);
    registerApplicationRoutes(app);
    registerDashboardRoutes(app);
    app.moderationSources.push(subscriptionsModerationSource);
  },
  { name: 'developer', dependencies: ['html', 'access', 'csrf', 'accounts', 'moderation', 'catalogue', 'moocs'] },
);
