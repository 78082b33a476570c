import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { DEVELOPER_APIS } from '../apis.registry.js';
import { referenceOf } from './api-document.js';
import { baseUrl, buildCodeSamples, tokenUrl } from './code-samples.service.js';
import { knownApi, registerConsoleRoutes } from './console.route.js';
import { healthOf, loadHealth } from './health.service.js';
import { ApiPage } from './pages/api.page.js';
import { ApisListPage } from './pages/apis-list.page.js';
import { LandingPage } from './pages/landing.page.js';

const slugParams = { type: 'object', required: ['slug'], properties: { slug: { type: 'string', maxLength: 100 } } } as const;
const SLUGS = DEVELOPER_APIS.map((api) => api.slug);

/**
 * The public face of Emploi Store Dev: the landing page, the list of APIs, a page per API (what it
 * gives, access and limits, health, authentication, code samples, reference, changelog), and the
 * try-it console. The raw OpenAPI document of an API is served by the partner APIs.
 */
export function registerPortalRoutes(app: FastifyInstance): void {
  app.get('/developpeurs', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const viewer = request.viewer;
    const health = await loadHealth(app.db, SLUGS);
    return reply.page(
      { title: 'Emploi Store Dev : les API de l’emploi et de la formation', description: 'Les API de l’Emploi Store pour les développeurs : catalogue des services, métiers ROME, MOOC. Jetons OAuth2, console et exemples de code.' },
      h(LandingPage, { apis: DEVELOPER_APIS, health, tokenUrl: tokenUrl(app.config.publicUrl), viewer: !viewer ? 'visiteur' : viewer.roles.includes('developpeur') ? 'developpeur' : 'compte' }),
    );
  });

  app.get('/developpeurs/api', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    const health = await loadHealth(app.db, SLUGS);
    return reply.page({ title: 'Les API d’Emploi Store Dev', description: 'Les API ouvertes aux développeurs, leurs limites et leur état.' }, h(ApisListPage, { apis: DEVELOPER_APIS, health }));
  });

  app.get<{ Params: { slug: string } }>('/developpeurs/api/:slug', { config: { access: 'public' }, schema: { hide: true, params: slugParams } }, async (request, reply) => {
    const api = knownApi(request.params.slug);
    const { operations } = referenceOf(app, api);
    const health = (await loadHealth(app.db, [api.slug])).get(api.slug) ?? healthOf(undefined);
    const publicUrl = app.config.publicUrl;
    return reply.page(
      { title: `${api.name} ${api.version} — API`, description: api.summary },
      h(ApiPage, {
        api,
        baseUrl: baseUrl(publicUrl, api),
        tokenUrl: tokenUrl(publicUrl),
        health,
        operations,
        samples: buildCodeSamples(api, operations, publicUrl),
        openApiHref: `/developpeurs/api/${api.slug}/openapi.json`,
      }),
    );
  });

  registerConsoleRoutes(app);
}
