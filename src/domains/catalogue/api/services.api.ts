import type { FastifyInstance } from 'fastify';
import { problem } from '../../../platform/api/problem.schema.js';
import { AppError } from '../../../platform/http/errors.js';
import { type SearchQuery, searchQuerySchema } from '../search.schemas.js';
import { type CatalogueSearch, toCriteria } from '../search.service.js';
import { findRatingStats } from '../reviews/index.js';
import { findPublishedServiceBySlug } from '../services.repository.js';
import { serviceDetailSchema, serviceSummarySchema, toServiceJson, toServiceSummaryJson } from './service.json.js';

const facetSchema = {
  type: 'object',
  required: ['nom', 'libelle', 'valeurs'],
  properties: {
    nom: { type: 'string', description: 'Nom du paramètre de filtre (theme, type, public, prix, plateforme, fournisseur).' },
    libelle: { type: 'string' },
    valeurs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['valeur', 'libelle', 'nombre', 'selectionnee'],
        properties: { valeur: { type: 'string' }, libelle: { type: 'string' }, nombre: { type: 'integer' }, selectionnee: { type: 'boolean' } },
      },
    },
  },
} as const;

export function registerServicesApi(app: FastifyInstance, search: CatalogueSearch): void {
  app.get<{ Querystring: SearchQuery }>(
    '/api/v1/services',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalogue'],
        summary: 'Rechercher des services',
        description:
          'Mêmes filtres, tris et pagination que la page de recherche. Les facettes donnent, pour la recherche en cours, le nombre de services par valeur (chaque facette est comptée sans son propre filtre).',
        querystring: searchQuerySchema,
        response: {
          200: {
            description: 'Une page de résultats',
            type: 'object',
            required: ['total', 'page', 'parPage', 'nombrePages', 'resultats', 'facettes', 'suggestion'],
            properties: {
              total: { type: 'integer' },
              page: { type: 'integer' },
              parPage: { type: 'integer' },
              nombrePages: { type: 'integer' },
              resultats: { type: 'array', items: serviceSummarySchema },
              facettes: { type: 'array', items: facetSchema },
              suggestion: { type: ['string', 'null'], description: 'Orthographe proposée quand la recherche ne donne rien.' },
            },
          },
          400: problem('Paramètre incorrect (code INVALID_PARAMETER, INVALID_FILTER, PAGE_OUT_OF_RANGE ou INVALID_ENCODING)'),
        },
      },
    },
    async (request) => {
      const result = await search.search(toCriteria(request.query));
      return {
        total: result.total,
        page: result.criteria.page,
        parPage: result.criteria.perPage,
        nombrePages: result.pageCount,
        resultats: result.services.map((row) => toServiceSummaryJson(row, app.config.publicUrl)),
        facettes: result.facets.map((facet) => ({
          nom: facet.name,
          libelle: facet.label,
          valeurs: facet.options.map((option) => ({ valeur: option.value, libelle: option.label, nombre: option.count, selectionnee: option.selected })),
        })),
        suggestion: result.suggestion,
      };
    },
  );

  app.get<{ Params: { slug: string } }>(
    '/api/v1/services/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalogue'],
        summary: "Fiche d'un service",
        params: { type: 'object', required: ['slug'], properties: { slug: { type: 'string', maxLength: 100, description: 'Identifiant du service.' } } },
        response: { 200: { description: 'Le service', ...serviceDetailSchema }, 404: problem("Service inconnu ou non publié (code SERVICE_NOT_FOUND)") },
      },
    },
    async (request) => {
      const service = await findPublishedServiceBySlug(app.db, request.params.slug);
      if (!service) throw new AppError('SERVICE_NOT_FOUND');
      const rating = await findRatingStats(app.db, service.id);
      return toServiceJson({ ...service, rating_average: rating.average, rating_count: rating.count }, app.config.publicUrl);
    },
  );
}
