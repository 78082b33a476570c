import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { getRomeSheets, JOB_AUTOCOMPLETE_SCRIPT, type JobTitle } from '../../referentiels/index.js';
import { findPublishedScenario, listPublishedScenarios, type PublishedScenario } from '../storage/scenarios.repository.js';
import { startSimulation } from './play.service.js';
import { SeriousGamePage, SeriousGamesPage } from './pages/serious-games.page.js';
import { EMPTY_START_FORM, SimulatorHomePage, type StartForm } from './pages/simulator-home.page.js';
import { checkStartForm, offeredKinds, START_FIELDS, toStartForm } from './start.service.js';
import { simulatorHead } from '../simulator-head.js';

type StartBody = FormBody<(typeof START_FIELDS)[number]>;
const slugParams = { type: 'object', required: ['slug'], properties: { slug: { type: 'string', maxLength: 100 } } } as const;

export const attemptHref = (token: string) => `/simulateur/parties/${token}`;

/** /simulateur (the interview simulator's start) and /jeux-serieux (the other scenarios), with their start forms. */
export function registerHomeRoutes(app: FastifyInstance): void {
  const head = simulatorHead(h('script', { type: 'module', src: JOB_AUTOCOMPLETE_SCRIPT }));

  const renderHome = async (reply: FastifyReply, values: StartForm, errors: Record<string, string> = {}, suggestions: JobTitle[] = []) => {
    const scenarios = await listPublishedScenarios(app.db, 'entretien');
    const title = `${Object.keys(errors).length ? 'Erreur — ' : ''}Simulateur d’entretien d’embauche`;
    return reply.page(
      { title, description: 'Entraînez-vous à l’entretien d’embauche face à un recruteur virtuel, avec un bilan et des conseils.', head },
      h(SimulatorHomePage, { values, errors, suggestions, csrfToken: reply.generateCsrf(), kinds: offeredKinds(scenarios), loggedIn: !!reply.request.viewer }),
    );
  };

  app.get('/simulateur', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => renderHome(reply, EMPTY_START_FORM));

  app.post<{ Body: StartBody }>('/simulateur', { config: { access: 'public' }, schema: { hide: true, body: formBodySchema(START_FIELDS) } }, async (request, reply) => {
    const form = toStartForm(request.body);
    const scenarios = await listPublishedScenarios(app.db, 'entretien');
    const check = await checkStartForm(app.db, form, scenarios, { jobRequired: true });
    if (!check.ok) return renderHome(reply.status(400), check.values, check.errors, check.suggestions);
    const token = await startSimulation(app.db, { scenario: check.scenario, job: check.job, interviewKind: check.interviewKind, company: check.company, accountId: request.viewer?.accountId ?? null });
    return reply.redirect(attemptHref(token), 303);
  });

  app.get('/jeux-serieux', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.page({ title: 'Jeux sérieux', description: 'Des mises en situation pour découvrir un métier et s’entraîner.', head: simulatorHead() }, h(SeriousGamesPage, { games: await listPublishedScenarios(app.db, 'jeu-serieux') })),
  );

  const requireGame = async (slug: string): Promise<PublishedScenario> => {
    const game = await findPublishedScenario(app.db, slug);
    if (!game || game.kind !== 'jeu-serieux') throw new AppError('SIMULATOR_SCENARIO_NOT_FOUND');
    return game;
  };
  const renderGame = (reply: FastifyReply, game: PublishedScenario, values: StartForm, errors: Record<string, string> = {}, suggestions: JobTitle[] = []) =>
    reply.page(
      { title: `${Object.keys(errors).length ? 'Erreur — ' : ''}${game.title}`, description: game.document.summary.slice(0, 160), head },
      h(SeriousGamePage, { game, values: { ...values, typeEntretien: values.typeEntretien || (game.document.interviewKinds.length === 1 ? game.document.interviewKinds[0]! : '') }, errors, suggestions, csrfToken: reply.generateCsrf() }),
    );

  app.get<{ Params: { slug: string } }>('/jeux-serieux/:slug', { config: { access: 'public' }, schema: { hide: true, params: slugParams } }, async (request, reply) =>
    renderGame(reply, await requireGame(request.params.slug), EMPTY_START_FORM),
  );

  app.post<{ Params: { slug: string }; Body: StartBody }>('/jeux-serieux/:slug', { config: { access: 'public' }, schema: { hide: true, params: slugParams, body: formBodySchema(START_FIELDS) } }, async (request, reply) => {
    const game = await requireGame(request.params.slug);
    const form = toStartForm(request.body);
    // Without a job chosen: the job of the game's first ROME code, or « ce métier » in its texts.
    const romeCode = game.document.romeCodes[0] ?? null;
    const sheet = romeCode ? (await getRomeSheets(app.db, [romeCode]))[0] : undefined;
    const check = await checkStartForm(app.db, form, [game], { jobRequired: false, defaultJob: { label: sheet?.label ?? 'ce métier', romeCode: sheet ? romeCode : null } });
    if (!check.ok) return renderGame(reply.status(400), game, check.values, check.errors, check.suggestions);
    const token = await startSimulation(app.db, { scenario: check.scenario, job: check.job, interviewKind: check.interviewKind, company: check.company, accountId: request.viewer?.accountId ?? null });
    return reply.redirect(attemptHref(token), 303);
  });
}
