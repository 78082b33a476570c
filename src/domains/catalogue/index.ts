import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../../platform/db/database.js';
import type { NavigationItem } from '../../platform/html/layout.js';
import { declareScheduledJob } from '../../platform/jobs/index.js';
import { registerReferentielsApi } from '../referentiels/index.js';
import { registerServicesApi } from './api/services.api.js';
import { registerSuggestionsApi } from './api/suggestions.api.js';
import { registerThemesApi } from './api/themes.api.js';
import { provideFavourites } from './favourites/favourites.context.js';
import { exportFavourites } from './favourites/favourites.repository.js';
import { registerFavouriteRoutes } from './favourites/favourites.route.js';
import { registerGuidanceRoutes } from './guidance/guidance.route.js';
import { exportVisits } from './history/history.repository.js';
import { registerHistoryRoutes } from './history/history.route.js';
import { registerHomeRoutes } from './pages/home.route.js';
import { registerPartnerRoutes } from './partners/partners.route.js';
import { registerSearchRoutes } from './pages/search.route.js';
import { registerServiceRoutes } from './pages/service.route.js';
import { registerReportRoutes, registerReviewRoutes, reviewsModerationSource, reviewsPersonalData } from './reviews/index.js';
import { CatalogueSearch } from './search.service.js';
import { mediaCleanupJob } from './submissions/media-cleanup.job.js';
import { submissionsModerationSource } from './submissions/submissions.moderation.js';
import { registerSubmissionRoutes } from './submissions/submissions.route.js';
import { SubmissionsService } from './submissions/submissions.service.js';
import { statisticsAggregationJob } from './statistics/aggregate.job.js';
import { registerStatisticsRoutes } from './statistics/statistics.route.js';
import './catalogue.table.js';
import './personal.table.js';
import './partners/partners.table.js';
import './statistics/statistics.table.js';

export { isCatalogueEmpty, seedCatalogueDemo } from './demo/seed.js';
export { rebuildSearchLexicon } from './search.repository.js';
export { aggregateServiceStatistics } from './statistics/aggregate.job.js';
export { CSV_BOM, csvLine } from './statistics/csv.js';
export { addDays, eachDay, frenchDay, frenchRange, parisDay, parsePeriod, type Day, type Period, PRESETS, shortFrenchDay } from './statistics/period.js';
export { createPrefilledDraft, type DraftOrganisation, findSubmission, organisationsOfMember, type PrefilledContent, type SubmissionRef } from './submissions/prefilled-draft.js';
export { THEMES } from './themes.data.js';
export { findPublishedServiceReferences, type OperatorService, pointServiceAt, type ServiceReference, upsertOperatorService } from './operator-services.js';
export { listMemberships, type Membership, requireMembership } from './partners/membership.js';
export { findPublishedServiceSheet, searchServiceSheets, type ServiceSheetFilters, type ServiceSheetRow } from './api/partner-read.repository.js';
export { AUDIENCE_LABELS, AUDIENCES, PLATFORM_LABELS, PLATFORMS, PRICE_LABELS, PRICE_MODELS, SERVICE_TYPES, THEME_SLUGS, TYPE_LABELS } from './catalogue.vocabulary.js';

/** A link another domain adds to a service page (e.g. a MOOC's course page); null when it has none. */
export interface ServiceLink {
  label: string;
  href: string;
}
export type ServiceLinkProvider = (db: Db, service: { id: number; slug: string }) => Promise<ServiceLink | null>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Consulted by the service page: each provider may add a link (registered by later domains). */
    serviceLinks: ServiceLinkProvider[];
  }
}

export const catalogueNavigation: readonly NavigationItem[] = [
  { label: 'Accueil', href: '/' },
  { label: 'Tous les services', href: '/recherche' },
  { label: 'Thématiques', href: '/thematiques' },
  { label: 'Les services faits pour moi', href: '/services-pour-moi' },
  { label: 'Les MOOC de l’emploi', href: '/moocs' },
  { label: 'Offres d’emploi', href: '/offres' },
  { label: 'Emploi Store idées', href: '/idees' },
  { label: 'Développeurs', href: '/developpeurs' },
];

/** GET pages showing service cards: a logged-in viewer's favourites are loaded once for each. */
const PAGES_WITH_CARDS = new Set(['/', '/recherche', '/thematiques/:slug', '/services/:slug', '/mon-espace/favoris', '/services-pour-moi', '/organisations/:slug']);

/**
 * The Store: home, themes, search with facets, service pages, favourites and history, "Les
 * services faits pour moi", and the catalogue's JSON API.
 */
export const cataloguePlugin = fp(
  async (app: FastifyInstance) => {
    app.decorate('serviceLinks', [] as ServiceLinkProvider[]);
    const search = new CatalogueSearch(app.db, app.config.searchCacheSeconds);
    // A change made through this process shows at once; other processes see it within a second.
    app.addHook('onResponse', async (request) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') search.forgetVersion();
    });
    provideFavourites(app, PAGES_WITH_CARDS);
    registerHomeRoutes(app);
    registerSearchRoutes(app, search);
    registerServiceRoutes(app);
    registerServicesApi(app, search);
    registerThemesApi(app);
    registerSuggestionsApi(app);
    registerReviewRoutes(app);
    registerReportRoutes(app);
    registerFavouriteRoutes(app);
    registerHistoryRoutes(app);
    registerGuidanceRoutes(app);
    registerPartnerRoutes(app);
    registerStatisticsRoutes(app);
    declareScheduledJob(app, statisticsAggregationJob);
    declareScheduledJob(app, mediaCleanupJob);
    // The job-title autocomplete used by the profile and "Les services faits pour moi".
    registerReferentielsApi(app);
    app.personalData.push({ name: 'favoris', export: exportFavourites }, { name: 'historique', export: exportVisits });
    app.mySpaceSections.push(
      { title: 'Mes favoris', description: 'Les services que vous avez gardés.', href: '/mon-espace/favoris' },
      { title: 'Historique', description: 'Les services que vous avez consultés.', href: '/mon-espace/historique' },
      { title: 'Les services faits pour moi', description: 'Votre sélection selon votre situation et votre projet.', href: '/services-pour-moi' },
    );
    app.personalData.push(reviewsPersonalData);
    app.moderationSources.push(reviewsModerationSource);
    const submissions = new SubmissionsService(app.db, app.mailer, app.config.publicUrl);
    registerSubmissionRoutes(app, submissions);
    app.moderationSources.push(submissionsModerationSource(submissions));
  },
  { name: 'catalogue', dependencies: ['html', 'error-handler', 'accounts', 'moderation'] },
);
