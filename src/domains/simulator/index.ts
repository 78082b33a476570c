import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { declareScheduledJob } from '../../platform/jobs/index.js';
import { pointServiceAt } from '../catalogue/index.js';
import { authorScope, mayAuthor } from './authoring/authoring-access.js';
import { registerAuthoringRoutes } from './authoring/authoring.route.js';
import { registerImportRoutes } from './authoring/import.route.js';
import { registerStepRoutes } from './authoring/steps.route.js';
import { SIMULATOR_SERVICE_SLUG } from './demo/seed.js';
import { anonymousAttemptsCleanupJob } from './play/anonymous-cleanup.job.js';
import { registerAttemptRoutes } from './play/attempt.route.js';
import { registerHomeRoutes } from './play/home.route.js';
import { attemptsPersonalData, registerMyAttemptsRoutes } from './play/my-attempts.route.js';
import './simulator.table.js';

export { seedSimulatorDemo } from './demo/seed.js';

/**
 * The interview simulator and serious games: the player's pages (/simulateur, /jeux-serieux, an
 * attempt's steps, feedback and debrief, the PDF report), « Mes simulations d'entretien », and the
 * scenario editor for staff and partners (/simulateur/edition). The engine (engine/, analysis/) is
 * pure; this plugin stores scenarios, versions and attempts.
 */
export const simulatorPlugin = fp(
  async (app: FastifyInstance) => {
    registerHomeRoutes(app);
    registerAttemptRoutes(app);
    registerMyAttemptsRoutes(app);
    registerAuthoringRoutes(app);
    registerStepRoutes(app);
    registerImportRoutes(app);
    declareScheduledJob(app, anonymousAttemptsCleanupJob);
    app.personalData.push(attemptsPersonalData);
    app.mySpaceSections.push(
      { title: 'Mes simulations d’entretien', description: 'Vos entretiens d’entraînement : reprendre une partie, relire un bilan.', href: '/mon-espace/simulations' },
      {
        title: 'Scénarios du simulateur',
        description: 'Écrire et publier des scénarios d’entretien et des jeux sérieux.',
        href: '/simulateur/edition',
        visible: async (db, viewer) => mayAuthor(await authorScope(db, viewer)),
      },
    );
    // The simulator's page in the Store links straight to it.
    app.serviceLinks.push(async (_db, service) => (service.slug === SIMULATOR_SERVICE_SLUG ? { label: 'Commencer un entretien d’entraînement', href: '/simulateur' } : null));
    // The Store's entry of the simulator points at this portal, whatever its public address.
    app.addHook('onReady', async () => {
      await pointServiceAt(app.db, SIMULATOR_SERVICE_SLUG, `${app.config.publicUrl}/simulateur`);
    });
  },
  { name: 'simulator', dependencies: ['html', 'access', 'csrf', 'accounts', 'catalogue'] },
);
