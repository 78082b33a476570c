import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { countPublishedServices, countThemeServices, listServices, listThemes } from '../services.repository.js';
import { HomePage } from './home.page.js';
import { ThemesPage } from './themes.page.js';

export function registerHomeRoutes(app: FastifyInstance): void {
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    const [themes, themeCounts, featured, newest, serviceCount] = [
      await listThemes(app.db),
      await countThemeServices(app.db),
      await listServices(app.db, 'featured', 6),
      await listServices(app.db, 'newest', 6),
      await countPublishedServices(app.db),
    ];
    return reply.page(
      { title: 'Emploi Store', description: "Tous les services numériques pour l'emploi et la formation : MOOC, e-learning, jeux sérieux, simulateurs, applications." },
      h(HomePage, { operatorName: app.config.operatorName, themes, themeCounts, featured, newest, serviceCount }),
    );
  });

  app.get('/thematiques', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    const themes = await listThemes(app.db);
    const counts = await countThemeServices(app.db);
    return reply.page({ title: 'Thématiques', description: 'Les six thématiques du parcours vers l’emploi.' }, h(ThemesPage, { themes, counts }));
  });
}
