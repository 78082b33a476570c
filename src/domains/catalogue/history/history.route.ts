import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { AppError } from '../../../platform/http/errors.js';
import { formBodySchema } from '../../../platform/http/form-body.js';
import { HistoryPage } from './history.page.js';
import { clearVisits, listVisits } from './history.repository.js';

export const HISTORY_PER_PAGE = 20;

const historyQuery = {
  type: 'object',
  properties: { page: { type: 'integer', minimum: 1, maximum: 10_000, default: 1 }, efface: { type: 'string', maxLength: 10 } },
} as const;

/** The services a logged-in person opened, and a button to forget them. */
export function registerHistoryRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { page: number; efface?: string } }>('/mon-espace/historique', { config: { access: 'account' }, schema: { querystring: historyQuery } }, async (request, reply) => {
    const { page } = request.query;
    const { rows, total } = await listVisits(app.db, request.viewer!.accountId, page, HISTORY_PER_PAGE);
    const pageCount = Math.max(1, Math.ceil(total / HISTORY_PER_PAGE));
    if (page > pageCount) throw new AppError('PAGE_OUT_OF_RANGE', `Cette page n’existe pas : votre historique compte ${pageCount} page${pageCount > 1 ? 's' : ''}.`);
    const notice = request.query.efface ? 'Votre historique est effacé.' : undefined;
    return reply.page(
      { title: page > 1 ? `Historique — page ${page}` : 'Historique' },
      h(HistoryPage, { rows, total, page, pageCount, csrfToken: reply.generateCsrf(), notice }),
    );
  });

  app.post('/mon-espace/historique/effacer', { config: { access: 'account' }, schema: { body: formBodySchema([]) } }, async (request, reply) => {
    await clearVisits(app.db, request.viewer!.accountId);
    return reply.redirect('/mon-espace/historique?efface=1', 303);
  });
}
