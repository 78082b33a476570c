import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { STAFF } from './backoffice.access.js';
import { registerFeaturedRoutes } from './featured/featured.route.js';
import { registerHubRoutes } from './hub/hub.route.js';
import { registerJournalRoutes } from './journal/journal.route.js';
import { registerThemeRoutes } from './themes/themes.route.js';

export { MAX_FEATURED } from './featured/featured.service.js';

/**
 * The staff back-office (`/administration`): the audit log of every staff action, the themes'
 * texts and the services featured on the home page. Moderation keeps its own pages (`/moderation`).
 * Register it after the catalogue (its changes bump the catalogue version, read by its caches).
 */
export const backofficePlugin = fp(
  async (app: FastifyInstance) => {
    registerHubRoutes(app);
    registerJournalRoutes(app);
    registerThemeRoutes(app);
    registerFeaturedRoutes(app);
    app.mySpaceSections.push({
      title: 'Administration',
      description: 'Journal des actions de l’équipe, textes des thématiques, services à la une.',
      href: '/administration',
      roles: STAFF,
    });
  },
  { name: 'backoffice', dependencies: ['html', 'access', 'csrf', 'accounts', 'moderation'] },
);
