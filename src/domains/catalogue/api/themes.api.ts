import type { FastifyInstance } from 'fastify';
import { countThemeServices, listThemes } from '../services.repository.js';

export function registerThemesApi(app: FastifyInstance): void {
  app.get(
    '/api/v1/themes',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalogue'],
        summary: 'Les six thématiques',
        response: {
          200: {
            description: 'Les thématiques, dans leur ordre de présentation',
            type: 'array',
            items: {
              type: 'object',
              required: ['slug', 'nom', 'resume', 'description', 'nombreServices', 'lien'],
              properties: {
                slug: { type: 'string' },
                nom: { type: 'string' },
                resume: { type: 'string' },
                description: { type: 'string' },
                nombreServices: { type: 'integer', description: 'Services publiés de la thématique.' },
                lien: { type: 'string', format: 'uri' },
              },
            },
          },
        },
      },
    },
    async () => {
      const [themes, counts] = [await listThemes(app.db), await countThemeServices(app.db)];
      return themes.map((theme) => ({
        slug: theme.slug,
        nom: theme.name,
        resume: theme.summary,
        description: theme.description,
        nombreServices: counts.get(theme.slug) ?? 0,
        lien: `${app.config.publicUrl}/thematiques/${theme.slug}`,
      }));
    },
  );
}
