import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import './offers.table.js';
import { registerOffersApi } from './api/offers.api.js';
import { registerOffersBackoffice } from './backoffice/backoffice.route.js';
import { registerOffersIngestion } from './ingestion/ingestion.plugin.js';
import { registerOffersPages } from './pages/pages.route.js';

export { seedOffersDemo } from './demo/seed.js';

/**
 * Job offers: aggregated from the agency and partner job boards (imports), searched by people
 * (/offres), served to developers by the "Offres d'emploi v2" compatible API, edited by staff.
 */
export const offersPlugin = fp(
  async (app: FastifyInstance) => {
    registerOffersIngestion(app);
    registerOffersPages(app);
    registerOffersApi(app);
    registerOffersBackoffice(app);
  },
  { name: 'offers', dependencies: ['html', 'access', 'csrf', 'accounts', 'catalogue', 'developer'] },
);
