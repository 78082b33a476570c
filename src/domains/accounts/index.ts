import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { h } from 'preact';
import type { Mailer } from '../../platform/mail/mailer.js';
import { AccountsService } from './accounts.service.js';
import { registerAuthRoutes } from './pages/auth.route.js';
import { registerOidcRoutes } from './oidc/oidc.route.js';
import { DevMailboxPage } from './pages/dev-mailbox.page.js';
import type { MySpaceSection } from './pages/my-space.page.js';
import type { PersonalDataProvider } from './personal-data.js';
import { registerMySpaceRoutes } from './pages/my-space.route.js';
import { registerProfileRoutes } from './pages/profile.route.js';
import { registerRgpdRoutes } from './pages/rgpd.route.js';
import { loadViewer } from './session.js';
import './accounts.table.js';

export type { MySpaceSection } from './pages/my-space.page.js';
export type { PersonalDataProvider, ReviewsOnDeletion } from './personal-data.js';
export { createAdministrator } from './create-admin.js';
export { emailProblem, newToken, normalizeEmail, tokenHash } from './secure-tokens.js';
export { findProfile, type GuidanceAnswers, type Profile, saveGuidanceAnswers, type SavedGuidance, type TargetJob } from './profile.repository.js';
export { isSituation, type Situation, SITUATION_LABELS, SITUATIONS } from './profile.vocabulary.js';
export { RadioFieldset, type RadioOption, SituationField } from './profile-fields.js';
export { toTargetJob } from './profile.service.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Tiles of "Mon espace" contributed by the domains (favourites, profile…). */
    mySpaceSections: MySpaceSection[];
    /** Each domain's share of personal data, for the export and the deletion of an account. */
    personalData: PersonalDataProvider[];
  }
}

/** Accounts: sessions (the viewer of every request), sign-up, log-in, e-mail and password flows. */
export const accountsPlugin = fp<{ mailer: Mailer }>(
  async (app: FastifyInstance, { mailer }) => {
    app.decorate('mySpaceSections', []);
    app.decorate('personalData', []);
    app.addHook('onRequest', async (request, reply) => {
      request.viewer = await loadViewer(app.db, request, reply);
    });
    const accounts = new AccountsService(app.db, mailer, app.config.publicUrl);
    registerAuthRoutes(app, accounts);
    if (app.config.oidc) registerOidcRoutes(app, app.config.oidc);
    registerMySpaceRoutes(app, accounts, app.mySpaceSections);
    registerProfileRoutes(app);
    registerRgpdRoutes(app, app.personalData);
    app.mySpaceSections.push({ title: 'Mon profil', description: 'Situation, métier recherché, département.', href: '/mon-espace/profil' });
    if (app.config.devMailbox) {
      app.get('/dev/courriels', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
        reply.header('cache-control', 'no-store').page({ title: 'Courriels envoyés' }, h(DevMailboxPage, { mails: await mailer.outbox() })),
      );
    }
  },
  { name: 'accounts', dependencies: ['html', 'access', 'csrf'] },
);
