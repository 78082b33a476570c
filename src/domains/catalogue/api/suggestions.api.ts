import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { problem } from '../../../platform/api/problem.schema.js';
import type { Db } from '../../../platform/db/database.js';
import { TYPE_LABELS, type ServiceType } from '../catalogue.vocabulary.js';
import { MAX_QUERY_LENGTH } from '../search.schemas.js';

/** Services whose name starts with or contains the typed text, then the closest by trigrams. */
export async function suggestServices(db: Db, text: string, limit: number) {
  const q = text.replace(/\s+/g, ' ').trim();
  if (q.length < 2) return [];
  const { rows } = await sql<{ slug: string; name: string; type: string }>`
    WITH input AS (SELECT fold(${q}) AS folded)
    SELECT s.slug, s.name, s.type
    FROM services s, input
    WHERE s.status = 'publie' AND (s.name_folded LIKE '%' || input.folded || '%' OR input.folded <% s.name_folded)
    ORDER BY (s.name_folded LIKE input.folded || '%') DESC, (s.name_folded LIKE '%' || input.folded || '%') DESC,
      word_similarity(input.folded, s.name_folded) DESC, s.name_folded
    LIMIT ${limit}`.execute(db);
  return rows;
}

export function registerSuggestionsApi(app: FastifyInstance): void {
  app.get<{ Querystring: { q: string; limite: number } }>(
    '/api/v1/suggestions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalogue'],
        summary: 'Autocomplétion de la recherche',
        description: 'Services dont le nom correspond au début de la saisie (au moins 2 caractères), pour compléter le champ de recherche.',
        querystring: {
          type: 'object',
          required: ['q'],
          properties: {
            q: { type: 'string', maxLength: MAX_QUERY_LENGTH },
            limite: { type: 'integer', minimum: 1, maximum: 20, default: 8 },
          },
        },
        response: {
          200: {
            description: 'Suggestions',
            type: 'object',
            required: ['suggestions'],
            properties: {
              suggestions: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['slug', 'nom', 'type', 'libelleType', 'lien'],
                  properties: { slug: { type: 'string' }, nom: { type: 'string' }, type: { type: 'string' }, libelleType: { type: 'string' }, lien: { type: 'string' } },
                },
              },
            },
          },
          400: problem('Paramètre incorrect'),
        },
      },
    },
    async (request) => {
      const rows = await suggestServices(app.db, request.query.q, request.query.limite);
      return {
        suggestions: rows.map((row) => ({ slug: row.slug, nom: row.name, type: row.type, libelleType: TYPE_LABELS[row.type as ServiceType] ?? row.type, lien: `/services/${row.slug}` })),
      };
    },
  );
}
