import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { findProfile } from '../../accounts/index.js';
import { guidanceHref, savedAnswers, servicesForMe } from '../guidance/guidance.service.js';
import { countPublishedServices, countThemeServices, listServices, listThemes } from '../services.repository.js';
import { HomePage } from './home.page.js';
import { ThemesPage } from './themes.page.js';

const NOTICES: Record<string, string> = {
  'compte-supprime': 'Votre compte a été supprimé, avec les données qui y étaient liées.',
  deconnecte: 'Vous êtes déconnecté.',
};

/** "Les services faits pour vous", for a logged-in person who saved answers. */
async function forYou(app: FastifyInstance, request: FastifyRequest) {
  if (!request.viewer) return null;
  const answers = savedAnswers(await findProfile(app.db, request.viewer.accountId));
  return answers ? { results: await servicesForMe(app.db, answers, 3), href: guidanceHref(answers) } : null;
}

export function registerHomeRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: Record<string, string> }>('/', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const notice = Object.keys(request.query ?? {}).filter((key) => Object.hasOwn(NOTICES, key)).map((key) => NOTICES[key])[0];
    const [themes, themeCounts, featured, newest, serviceCount] = [
      await listThemes(app.db),
      await countThemeServices(app.db),
      await listServices(app.db, 'featured', 6),
      await listServices(app.db, 'newest', 6),
      await countPublishedServices(app.db),
    ];
    return reply.page(
      { title: 'Emploi Store', description: "Tous les services numériques pour l'emploi et la formation : MOOC, e-learning, jeux sérieux, simulateurs, applications." },
      h(HomePage, { operatorName: app.config.operatorName, themes, themeCounts, featured, newest, serviceCount, forYou: await forYou(app, request), notice }),
    );
  });

  app.get('/thematiques', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    const themes = await listThemes(app.db);
    const counts = await countThemeServices(app.db);
    return reply.page({ title: 'Thématiques', description: 'Les six thématiques du parcours vers l’emploi.' }, h(ThemesPage, { themes, counts }));
  });
}
