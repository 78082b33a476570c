import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ModerationService } from './moderation.service.js';
import type { ModerationSource } from './moderation.source.js';
import { registerModerationRoutes } from './pages/moderation.route.js';

export type { DecisionContext, ModerationDecisionOption, ModerationFact, ModerationItem, ModerationSignal, ModerationSource, PendingFilter } from './moderation.source.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The kinds of content that go through the moderation queue; domains register theirs. */
    moderationSources: ModerationSource[];
  }
}

/**
 * Moderation back-office: one queue for everything moderated (reviews now; service submissions,
 * ideas, discussions later), filterable by kind and age, and the history of every decision.
 * Register it before the domains that add sources.
 */
export const moderationPlugin = fp(
  async (app: FastifyInstance) => {
    app.decorate('moderationSources', []);
    registerModerationRoutes(app, new ModerationService(app.db, app.moderationSources));
    app.mySpaceSections.push({
      title: 'Modération',
      description: 'Contenus signalés en attente de décision, historique des décisions.',
      href: '/moderation',
      roles: ['moderateur', 'administrateur'],
    });
  },
  { name: 'moderation', dependencies: ['html', 'access', 'csrf', 'accounts'] },
);
