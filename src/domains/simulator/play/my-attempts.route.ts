import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { AppError } from '../../../platform/http/errors.js';
import { formBodySchema } from '../../../platform/http/form-body.js';
import { newToken, type PersonalDataProvider, tokenHash } from '../../accounts/index.js';
import { listAttemptsOfAccount, renewAttemptToken } from '../storage/attempts.repository.js';
import { attemptHref } from './home.route.js';
import { MyAttemptsPage } from './pages/my-attempts.page.js';
import { simulatorHead } from '../simulator-head.js';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 20 } } } as const;

/**
 * The account's attempts (RGPD right of access): job, scenario, answers and debrief, and the scenario
 * versions it wrote. Attempts go with the account (ON DELETE CASCADE); versions stay, under the
 * author's name, as the organisation's work.
 */
export const attemptsPersonalData: PersonalDataProvider = {
  name: 'simulationsEntretien',
  async export(db, accountId) {
    const versions = await db
      .selectFrom('simulator_scenario_versions as v')
      .innerJoin('simulator_scenarios as s', 's.id', 'v.scenario_id')
      .select(['s.title as scenario', 'v.number as version', 'v.author_name as auteur', 'v.created_at as enregistreeLe'])
      .where('v.author_account_id', '=', accountId)
      .orderBy('v.created_at')
      .execute();
    const attempts = await db
      .selectFrom('simulator_attempts as a')
      .innerJoin('simulator_scenarios as s', 's.id', 'a.scenario_id')
      .innerJoin('simulator_scenario_versions as v', 'v.id', 'a.version_id')
      .select(['a.id', 's.title as scenario', 'v.number as versionDuScenario', 'a.job_label as metier', 'a.rome_code as codeRome', 'a.interview_kind as typeEntretien', 'a.started_at as commenceeLe', 'a.finished_at as termineeLe', 'a.state as etat', 'a.debrief as bilan'])
      .where('a.account_id', '=', accountId)
      .orderBy('a.started_at')
      .execute();
    return { parties: attempts, versionsDeScenariosEcrites: versions };
  },
};

/** « Mes simulations d'entretien » in « Mon espace »: list, and reopening an attempt. */
export function registerMyAttemptsRoutes(app: FastifyInstance): void {
  app.get('/mon-espace/simulations', { config: { access: 'account' }, schema: { hide: true } }, async (request, reply) =>
    reply.header('cache-control', 'no-store').page({ title: 'Mes simulations d’entretien', head: simulatorHead() }, h(MyAttemptsPage, { attempts: await listAttemptsOfAccount(app.db, request.viewer!.accountId), csrfToken: reply.generateCsrf() })),
  );

  // The address of an attempt holds a token that is stored only hashed: reopening gives it a new one.
  app.post<{ Params: { id: string } }>('/mon-espace/simulations/:id/ouvrir', { config: { access: 'account' }, schema: { hide: true, params: idParams, body: formBodySchema([]) } }, async (request, reply) => {
    const id = /^[1-9][0-9]{0,8}$/.test(request.params.id) ? Number(request.params.id) : null;
    const token = newToken();
    if (id === null || !(await renewAttemptToken(app.db, id, request.viewer!.accountId, tokenHash(token)))) throw new AppError('SIMULATOR_ATTEMPT_NOT_FOUND');
    return reply.header('cache-control', 'no-store').redirect(attemptHref(token), 303);
  });
}
