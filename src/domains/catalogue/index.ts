import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { NavigationItem } from '../../platform/html/layout.js';
import { registerServicesApi } from './api/services.api.js';
import { registerSuggestionsApi } from './api/suggestions.api.js';
import { registerThemesApi } from './api/themes.api.js';
import { registerHomeRoutes } from './pages/home.route.js';
import { registerSearchRoutes } from './pages/search.route.js';
import { registerServiceRoutes } from './pages/service.route.js';
import { CatalogueSearch } from './search.service.js';
import './catalogue.table.js';
import './personal.table.js';

export { isCatalogueEmpty, seedCatalogueDemo } from './demo/seed.js';
export { rebuildSearchLexicon } from './search.repository.js';
export { THEMES } from './themes.data.js';

export const catalogueNavigation: readonly NavigationItem[] = [
  { label: 'Accueil', href: '/' },
  { label: 'Tous les services', href: '/recherche' },
  { label: 'Thématiques', href: '/thematiques' },
  { label: 'API', href: '/api/docs' },
];

/** The Store: home, themes, search with facets, service pages, and the catalogue's JSON API. */
export const cataloguePlugin = fp(
  async (app: FastifyInstance) => {
    const search = new CatalogueSearch(app.db, app.config.searchCacheSeconds);
    registerHomeRoutes(app);
    registerSearchRoutes(app, search);
    registerServiceRoutes(app);
    registerServicesApi(app, search);
    registerThemesApi(app);
    registerSuggestionsApi(app);
  },
  { name: 'catalogue', dependencies: ['html', 'error-handler'] },
);
