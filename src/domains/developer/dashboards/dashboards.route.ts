import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { AppError } from '../../../platform/http/errors.js';
import { declareScheduledJob, type JobDefinition } from '../../../platform/jobs/index.js';
import { parisDay, parsePeriod, PRESETS, type ServiceLinkProvider } from '../../catalogue/index.js';
import { DEVELOPER_APIS } from '../apis.registry.js';
import { DEVELOPERS, idParams, ownApplication } from '../applications/applications.access.js';
import { DashboardPage, type DashboardForm } from './dashboard.page.js';
import { loadDashboard } from './dashboard.service.js';
import { isBuiltWithApis, linkPublishedProposals } from './proposals.repository.js';
import { ProposePage } from './propose.page.js';
import { loadProposal, propose } from './propose.service.js';
import { PublicStatisticsPage } from './public-statistics.page.js';
import { loadPublicStatistics } from './public-statistics.service.js';

const orEmpty = (values: readonly string[]) => ({ anyOf: [{ type: 'string', enum: [...values] }, { type: 'string', maxLength: 0 }] });
const dashboardQuery = { type: 'object', properties: { periode: orEmpty(PRESETS), api: orEmpty(DEVELOPER_APIS.map((api) => api.slug)) } } as const;

/** Published services proposed from an application carry the mention, linking to the portal. */
export const builtWithApisLink: ServiceLinkProvider = async (db, service) =>
  (await isBuiltWithApis(db, service.id)) ? { label: 'Construit avec les API Emploi Store', href: '/developpeurs' } : null;

/** Records on each application the service its proposal became, once published. */
export const proposalsLinkJob: JobDefinition = {
  name: 'developpeurs-services-publies',
  everyMs: 10 * 60_000,
  async run(db) {
    await linkPublishedProposals(db);
  },
};

/**
 * The application's usage dashboard, the public statistics of the APIs, « Proposer mon
 * application dans l'Emploi Store » and the « Construit avec les API Emploi Store » mention.
 */
export function registerDashboardRoutes(app: FastifyInstance): void {
  app.get<{ Params: { id: string }; Querystring: { periode?: string; api?: string } }>(
    '/developpeurs/applications/:id/statistiques',
    { config: { access: DEVELOPERS }, schema: { hide: true, params: idParams, querystring: dashboardQuery } },
    async (request, reply) => {
      const application = await ownApplication(app, request.viewer!.accountId, request.params.id);
      // The last seconds of calls, counted in memory, are written first. If that fails, the counts
      // stay in memory for the next flush and the page shows what is already written.
      await app.developer.flushUsage().catch((error: unknown) => request.log.warn({ err: error }, 'usage flush before the dashboard failed'));
      const form: DashboardForm = { periode: request.query.periode || '30', api: request.query.api || '' };
      const period = parsePeriod({ periode: form.periode }, parisDay(new Date()));
      if (!period.ok) throw new AppError('INVALID_PARAMETER');
      const dashboard = await loadDashboard(app.db, application.id, period.period, form.api || null);
      return reply
        .header('cache-control', 'no-store')
        .page({ title: `Statistiques — ${application.name}` }, h(DashboardPage, { application, form, dashboard }));
    },
  );

  app.get('/developpeurs/statistiques', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    const statistics = await loadPublicStatistics(app.db);
    return reply.page(
      { title: 'Statistiques d’utilisation des API', description: 'Les appels aux API Emploi Store par API et par mois, toutes applications confondues.' },
      h(PublicStatisticsPage, { statistics }),
    );
  });

  app.get<{ Params: { id: string } }>('/developpeurs/applications/:id/proposer', { config: { access: DEVELOPERS }, schema: { hide: true, params: idParams } }, async (request, reply) => {
    const application = await ownApplication(app, request.viewer!.accountId, request.params.id);
    const view = await loadProposal(app.db, request.viewer!, application);
    return reply
      .header('cache-control', 'no-store')
      .page({ title: `Proposer « ${application.name} » dans l’Emploi Store` }, h(ProposePage, { application, view, csrfToken: reply.generateCsrf(), errors: {}, organisation: '' }));
  });

  app.post<{ Params: { id: string }; Body: FormBody<'organisation'> }>(
    '/developpeurs/applications/:id/proposer',
    { config: { access: DEVELOPERS }, schema: { hide: true, params: idParams, body: formBodySchema(['organisation']) } },
    async (request, reply) => {
      const viewer = request.viewer!;
      const application = await ownApplication(app, viewer.accountId, request.params.id);
      const organisation = request.body?.organisation ?? '';
      const result = await propose(app.db, viewer, application.id, organisation);
      if (result.ok) return reply.redirect(result.href, 303);
      const view = await loadProposal(app.db, viewer, application);
      return reply
        .status(400)
        .header('cache-control', 'no-store')
        .page({ title: `Erreur — Proposer « ${application.name} » dans l’Emploi Store` }, h(ProposePage, { application, view, csrfToken: reply.generateCsrf(), errors: result.errors, organisation }));
    },
  );

  app.serviceLinks.push(builtWithApisLink);
  declareScheduledJob(app, proposalsLinkJob);
}
