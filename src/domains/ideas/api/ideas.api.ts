import type { FastifyInstance } from 'fastify';
import { problem } from '../../../platform/api/problem.schema.js';
import { AppError } from '../../../platform/http/errors.js';
import { THEMES } from '../../catalogue/index.js';
import type { IdeaStatus } from '../ideas.table.js';
import { IDEA_STATUSES, type IdeaSort } from '../ideas.vocabulary.js';
import { findPublishedService, findVisibleIdea, listOfficialAnswers, listVisibleIdeas } from './ideas-api.repository.js';
import { ideaDetailSchema, ideaSortValues, ideaSummarySchema, toIdeaJson, toIdeaSummaryJson } from './ideas.json.js';

export const MAX_IDEAS_PER_PAGE = 50;
const DEFAULT_PER_PAGE = 20;

interface ListQuery {
  tri?: IdeaSort;
  statut?: IdeaStatus;
  theme?: string;
  q?: string;
  page?: number;
  parPage?: number;
}

const listQuerySchema = {
  type: 'object',
  properties: {
    tri: { type: 'string', enum: ideaSortValues, description: 'Ordre : « tendance » (par défaut : soutiens pondérés par l’âge de l’idée), « soutenues », « recentes », « commentees ».' },
    statut: { type: 'string', enum: [...IDEA_STATUSES], description: 'Statut. Sans ce filtre, les doublons (idées regroupées) ne sont pas listés.' },
    theme: { type: 'string', enum: THEMES.map((theme) => theme.slug), description: 'Thématique.' },
    q: { type: 'string', maxLength: 200, description: 'Mots cherchés dans le titre et la description (sans tenir compte des accents ni des majuscules).' },
    page: { type: 'integer', minimum: 1, maximum: 10000, default: 1, description: 'Numéro de page, à partir de 1.' },
    parPage: { type: 'integer', minimum: 1, maximum: MAX_IDEAS_PER_PAGE, default: DEFAULT_PER_PAGE, description: 'Résultats par page.' },
  },
} as const;

/** The public, read-only ideas API (« idées » tag of the OpenAPI document). Hidden ideas are never listed. */
export function registerIdeasApi(app: FastifyInstance): void {
  const publicUrl = app.config.publicUrl;

  app.get<{ Querystring: ListQuery }>(
    '/api/v1/idees',
    {
      config: { access: 'public' },
      schema: {
        tags: ['idées'],
        summary: 'Lister les idées',
        description: 'Les idées proposées sur Emploi Store idées, avec tri, filtres, recherche et pagination.',
        querystring: listQuerySchema,
        response: {
          200: {
            description: 'Une page d’idées',
            type: 'object',
            required: ['total', 'page', 'parPage', 'nombrePages', 'resultats'],
            properties: {
              total: { type: 'integer' },
              page: { type: 'integer' },
              parPage: { type: 'integer' },
              nombrePages: { type: 'integer' },
              resultats: { type: 'array', items: ideaSummarySchema },
            },
          },
          400: problem('Paramètre incorrect (code INVALID_PARAMETER, PAGE_OUT_OF_RANGE ou INVALID_ENCODING)'),
        },
      },
    },
    async (request) => {
      const page = request.query.page ?? 1;
      const perPage = request.query.parPage ?? DEFAULT_PER_PAGE;
      const { total, rows } = await listVisibleIdeas(app.db, { sort: request.query.tri ?? 'tendance', status: request.query.statut, theme: request.query.theme, q: request.query.q, page, perPage });
      const pageCount = Math.ceil(total / perPage);
      if (page > 1 && page > pageCount) throw new AppError('PAGE_OUT_OF_RANGE', `La page ${page} n'existe pas : il y a ${pageCount} page${pageCount > 1 ? 's' : ''} de résultats.`);
      return { total, page, parPage: perPage, nombrePages: pageCount, resultats: rows.map((row) => toIdeaSummaryJson(row, publicUrl)) };
    },
  );

  app.get<{ Params: { id: number } }>(
    '/api/v1/idees/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['idées'],
        summary: 'Détail d’une idée',
        description: 'L’idée, ses réponses officielles et ce qui l’a réalisée.',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1, maximum: 2147483647, description: 'Numéro de l’idée.' } } },
        response: { 200: { description: 'L’idée', ...ideaDetailSchema }, 404: problem('Idée inconnue ou masquée (code IDEA_NOT_FOUND)') },
      },
    },
    async (request) => {
      const idea = await findVisibleIdea(app.db, request.params.id);
      if (!idea) throw new AppError('IDEA_NOT_FOUND');
      const [answers, service] = await Promise.all([listOfficialAnswers(app.db, idea.id), idea.realised_service_id === null ? undefined : findPublishedService(app.db, idea.realised_service_id)]);
      return toIdeaJson(idea, answers, service, publicUrl);
    },
  );
}
