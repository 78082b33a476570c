import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { AppError } from '../../../platform/http/errors.js';
import { type SearchQuery, searchQuerySchema } from '../search.schemas.js';
import { type CatalogueSearch, toCriteria } from '../search.service.js';
import { findTheme } from '../services.repository.js';
import { SearchPage } from './search.page.js';
import { ThemePage } from './theme.page.js';

export function registerSearchRoutes(app: FastifyInstance, search: CatalogueSearch): void {
  app.get<{ Querystring: SearchQuery }>('/recherche', { config: { access: 'public' }, schema: { querystring: searchQuerySchema, hide: true } }, async (request, reply) => {
    const result = await search.search(toCriteria(request.query));
    const title = result.criteria.q ? `Recherche « ${result.criteria.q} »` : 'Tous les services';
    return reply.page(
      { title: result.criteria.page > 1 ? `${title} — page ${result.criteria.page}` : title, query: result.criteria.q, head: h('meta', { name: 'robots', content: 'noindex, follow' }) },
      h(SearchPage, { result }),
    );
  });

  app.get<{ Params: { slug: string }; Querystring: SearchQuery }>(
    '/thematiques/:slug',
    {
      config: { access: 'public' },
      schema: {
        hide: true,
        params: { type: 'object', properties: { slug: { type: 'string', maxLength: 100 } }, required: ['slug'] },
        querystring: searchQuerySchema,
      },
    },
    async (request, reply) => {
      const theme = await findTheme(app.db, request.params.slug);
      if (!theme) throw new AppError('THEME_NOT_FOUND');
      const result = await search.search(toCriteria({ ...request.query, theme: [theme.slug] }));
      return reply.page(
        { title: result.criteria.page > 1 ? `${theme.name} — page ${result.criteria.page}` : theme.name, description: theme.summary },
        h(ThemePage, { theme, result }),
      );
    },
  );
}
