import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ComponentChildren, h } from 'preact';
import { renderPage, type PageOptions } from '../../../platform/html/html.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { type SearchQuery, searchQuerySchema } from '../search.schemas.js';
import { type CatalogueSearch, toCriteria } from '../search.service.js';
import { findTheme } from '../services.repository.js';
import { SearchPage } from './search.page.js';
import { ThemePage } from './theme.page.js';

type PageQuery = SearchQuery & { fournisseurs?: 'tous' };

/** The search parameters, plus `fournisseurs=tous` to list every provider in the filter. */
const pageQuerySchema = {
  ...searchQuerySchema,
  properties: { ...searchQuerySchema.properties, fournisseurs: { type: 'string', enum: ['tous'] } },
} as const;

export function registerSearchRoutes(app: FastifyInstance, search: CatalogueSearch): void {
  /** Anonymous search pages are the same for everyone: served from the per-version page cache. */
  const send = async (request: FastifyRequest, reply: FastifyReply, render: () => Promise<{ meta: PageOptions; content: ComponentChildren }>) => {
    const build = async () => {
      const { meta, content } = await render();
      return renderPage(reply, app.siteSettings, meta, content);
    };
    const html = request.viewer ? await build() : await search.page(request.url, build);
    return reply.type('text/html; charset=utf-8').send(html);
  };

  app.get<{ Querystring: PageQuery }>('/recherche', { config: { access: 'public' }, schema: { querystring: pageQuerySchema, hide: true } }, async (request, reply) =>
    send(request, reply, async () => {
      const result = await search.search(toCriteria(request.query));
      const title = result.criteria.q ? `Recherche « ${result.criteria.q} »` : 'Tous les services';
      return {
        meta: { title: result.criteria.page > 1 ? `${title} — page ${result.criteria.page}` : title, query: result.criteria.q, head: h('meta', { name: 'robots', content: 'noindex, follow' }) },
        content: h(SearchPage, { result, allProviders: request.query.fournisseurs === 'tous' }),
      };
    }),
  );

  app.get<{ Params: { slug: string }; Querystring: PageQuery }>(
    '/thematiques/:slug',
    {
      config: { access: 'public' },
      schema: {
        hide: true,
        params: { type: 'object', properties: { slug: { type: 'string', maxLength: 100 } }, required: ['slug'] },
        querystring: pageQuerySchema,
      },
    },
    async (request, reply) =>
      send(request, reply, async () => {
        const theme = await findTheme(app.db, request.params.slug);
        if (!theme) throw new AppError('THEME_NOT_FOUND');
        const result = await search.search(toCriteria({ ...request.query, theme: [theme.slug] }));
        return {
          meta: { title: result.criteria.page > 1 ? `${theme.name} — page ${result.criteria.page}` : theme.name, description: theme.summary },
          content: h(ThemePage, { theme, result, allProviders: request.query.fournisseurs === 'tous' }),
        };
      }),
  );
}
