import type { FastifyInstance } from 'fastify';
import { problem } from '../../../platform/api/problem.schema.js';
import { communeLabel, findCommunes } from '../search/commune.resolver.js';

export const MAX_COMMUNE_SUGGESTIONS = 10;

const communeSchema = {
  type: 'object',
  required: ['code', 'nom', 'codePostal', 'departement', 'libelle'],
  properties: {
    code: { type: 'string', description: 'Code INSEE de la commune, par exemple 69123.' },
    nom: { type: 'string', description: 'Nom de la commune.' },
    codePostal: { type: ['string', 'null'], description: 'Code postal (le premier de la commune, ou celui saisi).' },
    departement: { type: 'string', description: 'Code du département.' },
    libelle: { type: 'string', description: 'Nom et code postal, tels que le champ commune de /offres les comprend : « Lyon (69001) ».' },
  },
} as const;

/** GET /api/v1/communes?q=lyo — communes by the start of their name or postal code, for the autocomplete of /offres. */
export function registerCommunesApi(app: FastifyInstance): void {
  app.get<{ Querystring: { q: string; limite: number } }>(
    '/api/v1/communes',
    {
      config: { access: 'public' },
      schema: {
        tags: ['référentiels'],
        summary: 'Autocomplétion des communes',
        description: 'Communes dont le nom commence par la saisie (accents, majuscules et tirets ignorés) ou dont le code postal commence par les chiffres saisis (2 au moins). Moins de 2 caractères : liste vide.',
        querystring: {
          type: 'object',
          required: ['q'],
          properties: {
            q: { type: 'string', maxLength: 100, description: 'Texte saisi, par exemple « lyo » ou « 6900 ».' },
            limite: { type: 'integer', minimum: 1, maximum: MAX_COMMUNE_SUGGESTIONS, default: MAX_COMMUNE_SUGGESTIONS },
          },
        },
        response: {
          200: {
            description: 'Communes correspondantes, les noms exacts d’abord',
            type: 'object',
            required: ['communes'],
            properties: { communes: { type: 'array', maxItems: MAX_COMMUNE_SUGGESTIONS, items: communeSchema } },
          },
          400: problem('Paramètre incorrect'),
        },
      },
    },
    async (request, reply) => {
      const rows = await findCommunes(app.db, request.query.q, request.query.limite);
      reply.header('cache-control', 'public, max-age=300');
      return { communes: rows.map((row) => ({ code: row.code, nom: row.name, codePostal: row.postalCode, departement: row.departmentCode, libelle: communeLabel(row) })) };
    },
  );
}
