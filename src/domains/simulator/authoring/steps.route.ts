import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { AppError } from '../../../platform/http/errors.js';
import { formBodySchema } from '../../../platform/http/form-body.js';
import type { StepKind } from '../engine/scenario.types.js';
import type { ScenarioRow } from '../simulator.table.js';
import { access, editorBody, type SlugRoute, slugParams } from './authoring.route.js';
import { requireEditableScenario } from './authoring-access.js';
import { draftOf, mutateDraft } from './authoring.service.js';
import { findStep, moveStep, putStep, removeStep, setStart } from './draft.js';
import { editorHref } from './pages/editor-frame.js';
import { StepFormPage } from './pages/step-form.page.js';
import { parseStepForm } from './step-form.js';
import { emptyStepForm, isStepKind, type StepFormValues, stepToForm } from './step-form-values.js';
import { simulatorHead } from '../simulator-head.js';

const stepParams = { type: 'object', required: ['slug', 'stepId'], properties: { slug: { type: 'string', maxLength: 100 }, stepId: { type: 'string', maxLength: 100 } } } as const;
type StepRoute = { Params: { slug: string; stepId: string }; Body: StepFormValues };
const STEP_ACTIONS = ['monter', 'descendre', 'debut', 'supprimer'] as const;

function renderStepForm(reply: FastifyReply, scenario: ScenarioRow, kind: StepKind, values: StepFormValues, options: { stepId?: string; errors?: Record<string, string> }) {
  const draft = draftOf(scenario);
  const errors = options.errors ?? {};
  const base = editorHref(scenario.slug);
  const title = `${Object.keys(errors).length ? 'Erreur — ' : ''}${options.stepId ? `Étape « ${options.stepId} »` : 'Nouvelle étape'} — ${scenario.title}`;
  return reply.header('cache-control', 'no-store').page(
    { title, head: simulatorHead() },
    h(StepFormPage, {
      scenario: { slug: scenario.slug, title: scenario.title },
      kind,
      stepId: options.stepId,
      values,
      errors,
      stepIds: draft.steps.map((step) => step.id),
      competencies: draft.competencies,
      action: options.stepId ? `${base}/etapes/${options.stepId}` : `${base}/etapes/nouvelle`,
      csrfToken: reply.generateCsrf(),
    }),
  );
}

/** The steps of a scenario in the editor: add, edit, move, make the start, delete (each saved in the draft). */
export function registerStepRoutes(app: FastifyInstance): void {
  app.get<{ Params: { slug: string }; Querystring: { type?: string } }>(
    '/simulateur/edition/:slug/etapes/nouvelle',
    { config: access, schema: { hide: true, params: slugParams, querystring: { type: 'object', properties: { type: { type: 'string', maxLength: 20 } } } } },
    async (request, reply) => {
      const { scenario } = await requireEditableScenario(app.db, request.viewer!, request.params.slug);
      const kind = request.query.type ?? '';
      if (!isStepKind(kind)) throw new AppError('INVALID_PARAMETER', 'Choisissez le type de la nouvelle étape : scène, question à choix, réponse écrite ou fin.');
      return renderStepForm(reply, scenario, kind, emptyStepForm(kind), {});
    },
  );

  app.post<SlugRoute>('/simulateur/edition/:slug/etapes/nouvelle', { config: access, schema: { hide: true, params: slugParams, body: editorBody } }, async (request, reply) => {
    const { scenario } = await requireEditableScenario(app.db, request.viewer!, request.params.slug);
    const values = request.body ?? {};
    const kind = String(values.type ?? '');
    if (!isStepKind(kind)) throw new AppError('INVALID_PARAMETER', 'Le type de l’étape est inconnu : rechargez la page.');
    const draft = draftOf(scenario);
    const parsed = parseStepForm(kind, values, { competencies: draft.competencies, otherIds: draft.steps.map((step) => step.id) });
    if (!parsed.ok) return renderStepForm(reply.status(400), scenario, kind, values, { errors: parsed.errors });
    await mutateDraft(app.db, scenario.id, (current) => (findStep(current, parsed.step.id) ? current : putStep(current, parsed.step)));
    return reply.redirect(`${editorHref(scenario.slug)}?info=etape#etape-${parsed.step.id}`, 303);
  });

  app.get<StepRoute>('/simulateur/edition/:slug/etapes/:stepId', { config: access, schema: { hide: true, params: stepParams } }, async (request, reply) => {
    const { scenario } = await requireEditableScenario(app.db, request.viewer!, request.params.slug);
    const step = findStep(draftOf(scenario), request.params.stepId);
    if (!step) throw new AppError('NOT_FOUND', "Cette étape n'existe pas dans le brouillon.");
    return renderStepForm(reply, scenario, step.kind, stepToForm(step), { stepId: step.id });
  });

  app.post<StepRoute>('/simulateur/edition/:slug/etapes/:stepId', { config: access, schema: { hide: true, params: stepParams, body: editorBody } }, async (request, reply) => {
    const { scenario } = await requireEditableScenario(app.db, request.viewer!, request.params.slug);
    const draft = draftOf(scenario);
    const step = findStep(draft, request.params.stepId);
    if (!step) throw new AppError('NOT_FOUND', "Cette étape n'existe pas dans le brouillon.");
    const values = request.body ?? {};
    const parsed = parseStepForm(step.kind, values, { competencies: draft.competencies, otherIds: draft.steps.filter((other) => other.id !== step.id).map((other) => other.id), currentId: step.id });
    if (!parsed.ok) return renderStepForm(reply.status(400), scenario, step.kind, values, { stepId: step.id, errors: parsed.errors });
    await mutateDraft(app.db, scenario.id, (current) => putStep(current, parsed.step, step.id));
    return reply.redirect(`${editorHref(scenario.slug)}?info=etape#etape-${step.id}`, 303);
  });

  for (const action of STEP_ACTIONS) {
    app.post<StepRoute>(`/simulateur/edition/:slug/etapes/:stepId/${action}`, { config: access, schema: { hide: true, params: stepParams, body: formBodySchema([]) } }, async (request, reply) => {
      const { scenario } = await requireEditableScenario(app.db, request.viewer!, request.params.slug);
      const { stepId } = request.params;
      if (!findStep(draftOf(scenario), stepId)) throw new AppError('NOT_FOUND', "Cette étape n'existe pas dans le brouillon.");
      await mutateDraft(app.db, scenario.id, (draft) =>
        action === 'supprimer' ? removeStep(draft, stepId) : action === 'debut' ? setStart(draft, stepId) : moveStep(draft, stepId, action === 'monter' ? 'up' : 'down'),
      );
      const info = { supprimer: 'etape-supprimee', debut: 'debut', monter: 'ordre', descendre: 'ordre' }[action];
      return reply.redirect(`${editorHref(scenario.slug)}?info=${info}${action === 'supprimer' ? '' : `#etape-${stepId}`}`, 303);
    });
  }
}
