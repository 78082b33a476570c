import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { renderMarkdown, markdownToText } from '../../../platform/html/markdown.js';
import { jsonForScript } from '../../../platform/html/render.js';
import { isLikelyBot } from '../../../platform/http/bots.js';
import { AppError } from '../../../platform/http/errors.js';
import { getRomeSheets } from '../../referentiels/index.js';
import { currentFavourites } from '../favourites/favourites.context.js';
import { recordVisit } from '../history/history.repository.js';
import { loadReviewsSection } from '../reviews/index.js';
import { serviceJsonLd } from '../service.jsonld.js';
import { findPublishedServiceBySlug, findPublishedServiceUrl, findSimilarServices, recordServiceEvent } from '../services.repository.js';
import { ServicePage } from './service.page.js';

const slugParams = {
  type: 'object',
  properties: { slug: { type: 'string', maxLength: 100 } },
  required: ['slug'],
} as const;

/** The viewer's favourite state for this service (loaded once per request with the page's cards). */
function favouriteOf(serviceId: number) {
  const favourites = currentFavourites();
  return favourites ? { isFavourite: favourites.ids.has(serviceId), csrfToken: favourites.csrfToken } : null;
}

export function registerServiceRoutes(app: FastifyInstance): void {
  app.get<{ Params: { slug: string }; Querystring: Record<string, string> }>(
    '/services/:slug',
    { config: { access: 'public' }, schema: { hide: true, params: slugParams, querystring: { type: 'object', additionalProperties: { type: 'string', maxLength: 50 } } } },
    async (request, reply) => {
    const service = await findPublishedServiceBySlug(app.db, request.params.slug);
    if (!service) throw new AppError('SERVICE_NOT_FOUND');
    if (request.method === 'GET' && !isLikelyBot(request.headers['user-agent'])) {
      await recordServiceEvent(app.db, service.id, 'view');
      if (request.viewer) await recordVisit(app.db, request.viewer.accountId, service.id);
    }
    const [romeSheets, similar] = [await getRomeSheets(app.db, service.rome_codes), await findSimilarServices(app.db, service)];
    const reviews = await loadReviewsSection(app.db, service.id, request.viewer, request.query);
    const links = (await Promise.all(app.serviceLinks.map((provide) => provide(app.db, service)))).filter((link) => link !== null);
    const pageUrl = `${app.config.publicUrl}/services/${service.slug}`;
    const text = markdownToText(service.description);
    const jsonLd = serviceJsonLd(service, pageUrl, app.config.publicUrl, text, reviews.stats);
    return reply.page(
      {
        title: service.name,
        description: service.pitch,
        canonical: pageUrl,
        head: h('script', { type: 'application/ld+json', dangerouslySetInnerHTML: { __html: jsonForScript(jsonLd) } }),
      },
      h(ServicePage, {
        service,
        descriptionHtml: renderMarkdown(service.description),
        romeSheets,
        similar,
        favourite: favouriteOf(service.id),
        reviews,
        links,
        reviewsCsrfToken: request.viewer ? reply.generateCsrf() : undefined,
      }),
    );
    },
  );

  // Counts the link-out and sends the visitor to the service's own stored URL, never elsewhere.
  app.get<{ Params: { slug: string } }>('/services/:slug/acceder', { config: { access: 'public' }, schema: { hide: true, params: slugParams } }, async (request, reply) => {
    const service = await findPublishedServiceUrl(app.db, request.params.slug);
    if (!service) throw new AppError('SERVICE_NOT_FOUND');
    if (request.method === 'GET' && !isLikelyBot(request.headers['user-agent'])) await recordServiceEvent(app.db, service.id, 'link_out');
    return reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').redirect(service.url, 302);
  });
}
