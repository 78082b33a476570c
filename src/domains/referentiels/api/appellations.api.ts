import type { FastifyInstance } from 'fastify';
import { problem } from '../../../platform/api/problem.schema.js';
import { MAX_JOB_QUERY_LENGTH, searchJobTitles } from '../appellations.repository.js';

export const MAX_JOB_SUGGESTIONS = 10;

const jobTitleSchema = {
  type: 'object',
  required: ['codeOgr', 'libelle', 'codeRome', 'libelleRome'],
  properties: {
    codeOgr: { type: 'string', description: 'Code OGR de l’appellation, par exemple 11573.' },
    libelle: { type: 'string', description: 'Intitulé du métier, par exemple « Boulanger / Boulangère ».' },
    codeRome: { type: ['string', 'null'], description: 'Code de la fiche ROME, par exemple D1102.' },
    libelleRome: { type: ['string', 'null'], description: 'Intitulé de la fiche ROME.' },
  },
} as const;

/** GET /api/v1/referentiels/appellations?q=boul — job titles for an autocomplete. */
export function registerAppellationsApi(app: FastifyInstance): void {
  app.get<{ Querystring: { q: string; limite: number } }>(
    '/api/v1/referentiels/appellations',
    {
      config: { access: 'public' },
      schema: {
        tags: ['référentiels'],
        summary: 'Autocomplétion des métiers (appellations ROME)',
        description:
          'Intitulés de métiers du référentiel ROME (appellations OGR) correspondant à la saisie : début de l’intitulé, mots en français (« boulangère » trouve « Boulanger »), orthographe approchée ou code ROME. Moins de 2 caractères : liste vide.',
        querystring: {
          type: 'object',
          required: ['q'],
          properties: {
            q: { type: 'string', maxLength: MAX_JOB_QUERY_LENGTH, description: 'Texte saisi, par exemple « boul ».' },
            limite: { type: 'integer', minimum: 1, maximum: MAX_JOB_SUGGESTIONS, default: MAX_JOB_SUGGESTIONS },
          },
        },
        response: {
          200: {
            description: 'Métiers correspondants, les plus proches d’abord',
            type: 'object',
            required: ['appellations'],
            properties: { appellations: { type: 'array', maxItems: MAX_JOB_SUGGESTIONS, items: jobTitleSchema } },
          },
          400: problem('Paramètre incorrect'),
        },
      },
    },
    async (request, reply) => {
      const rows = await searchJobTitles(app.db, request.query.q, request.query.limite);
      reply.header('cache-control', 'public, max-age=300');
      return { appellations: rows.map((row) => ({ codeOgr: row.ogrCode, libelle: row.label, codeRome: row.romeCode, libelleRome: row.romeLabel })) };
    },
  );
}
