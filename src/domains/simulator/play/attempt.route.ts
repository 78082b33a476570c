import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { fillPlaceholders } from '../engine/placeholders.js';
import { currentStep } from '../engine/runner.js';
import type { AnswerInput } from '../engine/scenario.types.js';
import { resolveRecommendations } from '../resources/resource-links.js';
import { claimAttempt } from '../storage/attempts.repository.js';
import { attemptHref } from './home.route.js';
import { answerSimulation, openAttempt } from './play.service.js';
import { AttemptPage, type AttemptViewer } from './pages/attempt.page.js';
import { renderReportPdf, reportFileName } from './report-pdf.js';
import { simulatorHead } from '../simulator-head.js';

const tokenParams = { type: 'object', required: ['token'], properties: { token: { type: 'string', maxLength: 100 } } } as const;
const ANSWER_FIELDS = ['etape', 'type', 'reponse'] as const;
type TokenRoute<B extends string = never> = { Params: { token: string }; Body: FormBody<B> };

/** The address is the key of an anonymous attempt: never cached, never sent on as a referrer, never indexed. */
const privateHeaders = (reply: FastifyReply) => reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex');

/** The page of an attempt: feedback and current step, or the debrief. */
async function renderAttempt(app: FastifyInstance, request: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply, refused?: { error: string; text?: string }) {
  const attempt = await openAttempt(app.db, request.params.token, request.viewer);
  const state = attempt.parsed;
  const action = attemptHref(request.params.token);
  const viewer: AttemptViewer = attempt.accountId !== null ? 'proprietaire' : request.viewer ? 'peut-garder' : 'visiteur';
  const last = state.history.at(-1);
  const interview = attempt.scenarioKind === 'entretien';
  const debrief = state.finished && attempt.debrief ? attempt.debrief : null;
  const fill = (value: string) => fillPlaceholders(value, { metier: state.options.jobTitle, entreprise: state.options.company });
  const persona = { ...attempt.document.persona, name: fill(attempt.document.persona.name), role: fill(attempt.document.persona.role), description: fill(attempt.document.persona.description) };
  const title = `${refused ? 'Erreur — ' : ''}${fill(attempt.document.title)}`;
  return privateHeaders(reply).page(
    { title, head: simulatorHead(h('meta', { name: 'robots', content: 'noindex, nofollow' })) },
    h(AttemptPage, {
      title: fill(attempt.document.title),
      jobLabel: attempt.jobLabel,
      interviewKind: attempt.interviewKind,
      persona,
      company: state.options.company,
      action,
      csrfToken: reply.generateCsrf(),
      viewer,
      feedback: attempt.lastFeedback,
      previousText: last?.type === 'text' ? last.text : undefined,
      step: state.finished ? null : currentStep(attempt.document, state),
      debrief: debrief
        ? { debrief, resources: await resolveRecommendations(app.db, debrief.recommendations), reportHref: `${action}/rapport.pdf`, againHref: interview ? '/simulateur' : `/jeux-serieux/${attempt.scenarioSlug}` }
        : null,
      answerError: refused?.error,
      answerText: refused?.text,
      crumb: interview ? { label: 'Simulateur d’entretien', href: '/simulateur' } : { label: 'Jeux sérieux', href: '/jeux-serieux' },
    }),
  );
}

/** The answer a form sent, or the message of what is missing. */
export function answerInput(body: FormBody<(typeof ANSWER_FIELDS)[number]> | undefined): AnswerInput | { error: string; text?: string } {
  const stepId = body?.etape ?? '';
  const answer = body?.reponse ?? '';
  switch (body?.type) {
    case 'continue':
      return { stepId, type: 'continue' };
    case 'choice':
      return answer ? { stepId, type: 'choice', choiceId: answer } : { error: 'Choisissez une réponse parmi celles proposées.' };
    case 'text':
      return answer.trim() ? { stepId, type: 'text', text: answer } : { error: 'Écrivez votre réponse avant de l’envoyer.', text: answer };
    default:
      return { error: 'Cette réponse ne convient pas à la question posée : rechargez la page.' };
  }
}

/** Playing an attempt: its page, answers (post/redirect/get), keeping it in one's space, the PDF report. */
export function registerAttemptRoutes(app: FastifyInstance): void {
  app.get<{ Params: { token: string } }>('/simulateur/parties/:token', { config: { access: 'public' }, schema: { hide: true, params: tokenParams } }, async (request, reply) =>
    renderAttempt(app, request, reply),
  );

  app.post<TokenRoute<(typeof ANSWER_FIELDS)[number]>>(
    '/simulateur/parties/:token',
    { config: { access: 'public' }, schema: { hide: true, params: tokenParams, body: formBodySchema(ANSWER_FIELDS) } },
    async (request, reply) => {
      const input = answerInput(request.body);
      if ('error' in input) return renderAttempt(app, request, reply.status(400), input);
      const outcome = await answerSimulation(app.db, request.params.token, request.viewer, input);
      if (outcome.kind === 'invalid') return renderAttempt(app, request, reply.status(400), { error: outcome.message, text: input.type === 'text' ? input.text : undefined });
      // What the player reads first (the anchor takes the focus): the feedback of this answer, the next step after a scene, or the debrief.
      const anchor = outcome.kind !== 'answered' ? '' : outcome.finished ? '#bilan' : input.type === 'continue' ? '#etape-titre' : '#retour';
      return privateHeaders(reply).redirect(`${attemptHref(request.params.token)}${anchor}`, 303);
    },
  );

  app.post<TokenRoute>('/simulateur/parties/:token/garder', { config: { access: 'account' }, schema: { hide: true, params: tokenParams, body: formBodySchema([]) } }, async (request, reply) => {
    const attempt = await openAttempt(app.db, request.params.token, request.viewer);
    if (attempt.accountId === null) await claimAttempt(app.db, attempt.id, request.viewer!.accountId);
    return privateHeaders(reply).redirect(attemptHref(request.params.token), 303);
  });

  app.get<{ Params: { token: string } }>('/simulateur/parties/:token/rapport.pdf', { config: { access: 'public' }, schema: { hide: true, params: tokenParams } }, async (request, reply) => {
    const attempt = await openAttempt(app.db, request.params.token, request.viewer);
    if (!attempt.parsed.finished || !attempt.debrief) throw new AppError('SIMULATOR_ATTEMPT_NOT_FOUND', 'Le rapport sera prêt à la fin de la partie.');
    const resources = await resolveRecommendations(app.db, attempt.debrief.recommendations);
    const pdf = await renderReportPdf({ debrief: attempt.debrief, jobLabel: attempt.jobLabel, finishedAt: attempt.finishedAt ?? new Date(), resources }, { operatorName: app.config.operatorName, publicUrl: app.config.publicUrl });
    return privateHeaders(reply)
      .header('content-disposition', `attachment; filename="${reportFileName(attempt.debrief, attempt.finishedAt ?? new Date())}"`)
      .type('application/pdf')
      .send(pdf);
  });
}
