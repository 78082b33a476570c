import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { markdownToText, renderMarkdown } from '../../../platform/html/markdown.js';
import { AppError } from '../../../platform/http/errors.js';
import { searchServices } from '../search.repository.js';
import { findOrganisationBySlug, listPublicOrganisations } from './organisation-profile.repository.js';
import { OrganisationPage, OrganisationsPage } from './organisations.page.js';

export const SERVICES_PER_PAGE = 24;

const slugParams = { type: 'object', required: ['slug'], properties: { slug: { type: 'string', maxLength: 100 } } } as const;
const pageQuery = { type: 'object', properties: { page: { type: 'integer', minimum: 1, maximum: 10000, default: 1 } } } as const;

/** Public pages: the list of organisations and each organisation's page with its published services. */
export function registerOrganisationRoutes(app: FastifyInstance): void {
  app.get('/organisations', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.page(
      { title: 'Les organisations', description: 'Les organisations qui proposent des services dans l’Emploi Store : l’opérateur et ses partenaires.' },
      h(OrganisationsPage, { organisations: await listPublicOrganisations(app.db) }),
    ),
  );

  app.get<{ Params: { slug: string }; Querystring: { page?: number } }>(
    '/organisations/:slug',
    { config: { access: 'public' }, schema: { hide: true, params: slugParams, querystring: pageQuery } },
    async (request, reply) => {
      const organisation = await findOrganisationBySlug(app.db, request.params.slug);
      if (!organisation) throw new AppError('ORGANISATION_NOT_FOUND');
      const page = request.query.page ?? 1;
      const filters = { themes: [], types: [], audiences: [], prices: [], platforms: [], providerIds: [organisation.id] };
      const { total, rows } = await searchServices(app.db, null, filters, 'a-z', SERVICES_PER_PAGE, (page - 1) * SERVICES_PER_PAGE);
      // Only organisations that publish something have a public page (as in the list).
      if (total === 0) throw new AppError('ORGANISATION_NOT_FOUND');
      const pageCount = Math.max(1, Math.ceil(total / SERVICES_PER_PAGE));
      if (page > pageCount) {
        const message = `La page ${page} n'existe pas : cette organisation a ${pageCount} page${pageCount > 1 ? 's' : ''} de services.`;
        throw new AppError('PAGE_OUT_OF_RANGE', message, [{ field: 'page', message }]);
      }
      const description = markdownToText(organisation.description).slice(0, 200) || `Les services proposés par ${organisation.name} dans l’Emploi Store.`;
      return reply.page(
        { title: page > 1 ? `${organisation.name} — page ${page}` : organisation.name, description, canonical: `${app.config.publicUrl}/organisations/${organisation.slug}` },
        h(OrganisationPage, { organisation, descriptionHtml: renderMarkdown(organisation.description), services: rows, total, page, pageCount }),
      );
    },
  );
}
