import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import type { Role } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { multipartBodySchema, uploadedFile, uploadedFiles } from '../../../platform/http/multipart.js';
import { processImage, type ProcessedImage, uploadErrorMessage } from '../../../platform/media/index.js';
import { requireMembership } from '../partners/membership.js';
import { EMPTY_CONTENT, findStep, type ServiceContent, STEPS } from './service-content.js';
import { HistoryPage } from './pages/history.page.js';
import { PreviewPage } from './pages/preview.page.js';
import { ServicesListPage } from './pages/services-list.page.js';
import { StaffPreviewPage } from './pages/staff-preview.page.js';
import { StepFormPage } from './pages/step-form.page.js';
import { VisualsPage } from './pages/visuals.page.js';
import { listOrganisationEntries, listRevisionEvents, listRevisions, findRevision, findOrganisationService } from './submissions.repository.js';
import { actorOf, type SaveIntent, type SubmissionsService } from './submissions.service.js';
import { newServiceHref, revisionHref, servicesHref, stepHref } from './submissions.paths.js';

const ORG = { type: 'string', pattern: '^[a-z0-9-]{1,100}$' } as const;
const ID = { type: 'integer', minimum: 1, maximum: 2_147_483_647 } as const;
const EDIT_STEPS = STEPS.filter((step) => step.fields.length && step.slug !== 'visuels').map((step) => step.slug);
const STEP_FIELDS = ['name', 'pitch', 'description', 'type', 'audience', 'romeCodes', 'url', 'priceModel', 'priceText', 'accessibility', 'intent'];
const stepBody = {
  type: 'object',
  properties: {
    ...Object.fromEntries([...STEP_FIELDS, '_csrf'].map((field) => [field, { type: 'string', maxLength: 100_000 }])),
    themes: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 100 } },
    platforms: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 100 } },
    languages: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 100 } },
  },
} as const;
const MODERATORS: readonly Role[] = ['moderateur', 'administrateur'];

type Body = Record<string, unknown> & { intent?: string };
const intentOf = (body: Body): SaveIntent => (body.intent === 'brouillon' ? 'brouillon' : 'continuer');
const NOTICES: Record<string, string> = {
  enregistre: 'Le brouillon est enregistré.',
  cree: 'Le brouillon est créé : continuez la fiche quand vous le souhaitez.',
  soumis: 'La fiche est envoyée à la modération. Vous recevrez un e-mail dès qu’une décision sera prise.',
  retire: 'La fiche est retirée de la modération : vous pouvez la modifier.',
  abandonne: 'Le brouillon est abandonné.',
  depublier: 'Le service est dépublié : il n’apparaît plus dans le Store.',
  republier: 'Le service est de nouveau publié.',
  archiver: 'Le service est archivé.',
};
const noticeQuery = { type: 'object', properties: { info: { type: 'string', maxLength: 20 } } } as const;
const notice = (query: { info?: string }) => (query.info ? NOTICES[query.info] : undefined);

export function registerSubmissionRoutes(app: FastifyInstance, submissions: SubmissionsService): void {
  const membership = (request: FastifyRequest<{ Params: { org: string } }>) => requireMembership(app.db, request.params.org, request.viewer);
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

  app.get<{ Params: { org: string }; Querystring: { info?: string } }>(
    '/espace-partenaire/:org/services',
    { config: { access: 'verified' }, schema: { hide: true, params: { type: 'object', required: ['org'], properties: { org: ORG } }, querystring: noticeQuery } },
    async (request, reply) => {
      const m = await membership(request);
      const entries = await listOrganisationEntries(app.db, m.organisation.id);
      return noStore(reply).page(
        { title: `Services — ${m.organisation.name}` },
        h(ServicesListPage, { membership: m, actor: actorOf(m), entries, csrfToken: reply.generateCsrf(), notice: notice(request.query) }),
      );
    },
  );

  // The first step of a new service: the draft exists once this step is saved.
  const renderNew = async (request: FastifyRequest<{ Params: { org: string } }>, reply: FastifyReply, content: ServiceContent | null, errors: FieldErrors = {}) => {
    const m = await membership(request);
    return noStore(reply)
      .code(Object.keys(errors).length ? 400 : 200)
      .page(
        { title: `${Object.keys(errors).length ? 'Erreur — ' : ''}Proposer un nouveau service` },
        h(StepFormPage, { membership: m, revisionId: null, step: STEPS[0]!, content: content ?? EMPTY_CONTENT, errors, csrfToken: reply.generateCsrf(), action: newServiceHref(m.organisation.slug), isUpdate: false }),
      );
  };
  app.get<{ Params: { org: string } }>(
    '/espace-partenaire/:org/services/nouveau',
    { config: { access: 'verified' }, schema: { hide: true, params: { type: 'object', required: ['org'], properties: { org: ORG } } } },
    async (request, reply) => renderNew(request, reply, null),
  );
  app.post<{ Params: { org: string }; Body: Body }>(
    '/espace-partenaire/:org/services/nouveau',
    { config: { access: 'verified' }, schema: { hide: true, params: { type: 'object', required: ['org'], properties: { org: ORG } }, body: stepBody } },
    async (request, reply) => {
      const m = await membership(request);
      const intent = intentOf(request.body);
      const result = await submissions.create(m, request.viewer!, request.body, intent);
      if (!result.ok) return renderNew(request, reply, result.content, result.errors);
      return reply.redirect(intent === 'brouillon' ? `${stepHref(m.organisation.slug, result.revision.id, STEPS[0]!.slug)}?info=cree` : stepHref(m.organisation.slug, result.revision.id, STEPS[1]!.slug), 303);
    },
  );

  const revisionParams = { type: 'object', required: ['org', 'id'], properties: { org: ORG, id: ID } } as const;
  const stepParams = { type: 'object', required: ['org', 'id', 'step'], properties: { org: ORG, id: ID, step: { type: 'string', enum: STEPS.map((step) => step.slug) } } } as const;

  app.get<{ Params: { org: string; id: number } }>(
    '/espace-partenaire/:org/fiches/:id',
    { config: { access: 'verified' }, schema: { hide: true, params: revisionParams } },
    async (request, reply) => {
      const m = await membership(request);
      const revision = await submissions.revision(m, request.params.id);
      const target = revision.status === 'brouillon' || revision.status === 'modifications-demandees' ? STEPS[0]! : STEPS[STEPS.length - 1]!;
      return reply.redirect(stepHref(m.organisation.slug, revision.id, target.slug), 303);
    },
  );

  type StepRoute = { Params: { org: string; id: number; step: string }; Querystring: { info?: string } };
  type RevisionRoute = { Params: { org: string; id: number }; Querystring: { info?: string } };
  const renderStep = async (request: FastifyRequest<RevisionRoute>, reply: FastifyReply, stepSlug: string, override?: { content: ServiceContent; errors: FieldErrors }) => {
    const m = await membership(request);
    const revision = await submissions.revision(m, request.params.id);
    const step = findStep(stepSlug)!;
    const status = override && Object.keys(override.errors).length ? 400 : 200;
    const common = { membership: m, csrfToken: reply.generateCsrf(), notice: notice(request.query), isUpdate: revision.baseContent !== null };
    const title = `${status === 400 ? 'Erreur — ' : ''}${step.title} — ${revision.content.name || 'Nouvelle fiche'}`;
    if (step.slug === 'apercu') {
      const invalid = await submissions.invalidStepsOf(revision.content);
      return noStore(reply).page({ title }, h(PreviewPage, { ...common, actor: m.role, revision, invalid }));
    }
    // A fiche under moderation is read-only: its steps show the preview.
    if (revision.status !== 'brouillon' && revision.status !== 'modifications-demandees') {
      return reply.redirect(stepHref(m.organisation.slug, revision.id, 'apercu'), 303);
    }
    const content = override?.content ?? revision.content;
    const errors = override?.errors ?? {};
    if (step.slug === 'visuels') {
      return noStore(reply).code(status).page({ title }, h(VisualsPage, { ...common, revisionId: revision.id, step, content, errors }));
    }
    return noStore(reply)
      .code(status)
      .page(
        { title },
        h(StepFormPage, {
          ...common,
          revisionId: revision.id,
          step,
          content,
          errors,
          action: stepHref(m.organisation.slug, revision.id, step.slug),
          moderatorComment: revision.status === 'modifications-demandees' ? revision.moderatorComment : null,
        }),
      );
  };
  app.get<StepRoute>(
    '/espace-partenaire/:org/fiches/:id/etapes/:step',
    { config: { access: 'verified' }, schema: { hide: true, params: stepParams, querystring: noticeQuery } },
    async (request, reply) => renderStep(request, reply, request.params.step),
  );

  const afterSave = (org: string, id: number, stepSlug: string, intent: SaveIntent) => {
    if (intent === 'brouillon') return `${stepHref(org, id, stepSlug)}?info=enregistre`;
    const index = STEPS.findIndex((step) => step.slug === stepSlug);
    return stepHref(org, id, STEPS[Math.min(index + 1, STEPS.length - 1)]!.slug);
  };

  app.post<StepRoute & { Body: Body }>(
    '/espace-partenaire/:org/fiches/:id/etapes/:step',
    {
      config: { access: 'verified' },
      schema: { hide: true, params: { ...stepParams, properties: { ...stepParams.properties, step: { type: 'string', enum: EDIT_STEPS } } }, querystring: noticeQuery, body: stepBody },
    },
    async (request, reply) => {
      const m = await membership(request);
      const step = findStep(request.params.step)!;
      const intent = intentOf(request.body);
      const result = await submissions.saveStep(m, request.viewer!, request.params.id, step, request.body, intent);
      if (!result.ok) return renderStep(request, reply, step.slug, result);
      return reply.redirect(afterSave(m.organisation.slug, request.params.id, step.slug, intent), 303);
    },
  );

  // Logo and screenshots: a multipart form; each file is checked, re-encoded and stored.
  app.post<{ Params: { org: string; id: number }; Querystring: { info?: string }; Body: Body }>(
    '/espace-partenaire/:org/fiches/:id/etapes/visuels',
    {
      config: { access: 'verified', multipart: true },
      schema: {
        hide: true,
        params: revisionParams,
        querystring: noticeQuery,
        body: {
          ...multipartBodySchema(['intent', 'removeLogo'], ['logoPath', 'screenshots']),
          properties: { ...multipartBodySchema(['intent', 'removeLogo'], ['logoPath', 'screenshots']).properties, removeScreenshots: { anyOf: [{ type: 'string', maxLength: 500 }, { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 500 } }] } },
        },
      },
    },
    async (request, reply) => {
      const m = await membership(request);
      const revision = await submissions.revision(m, request.params.id);
      const errors: FieldErrors = {};
      const logoFile = uploadedFile(request.body.logoPath);
      const screenshotFiles = uploadedFiles(request.body.screenshots);
      // Every file is checked and re-encoded before anything is stored.
      const screenshots: ProcessedImage[] = [];
      let logo: ProcessedImage | null = null;
      for (const file of screenshotFiles) {
        try {
          screenshots.push(await processImage(file, 'screenshot'));
        } catch (error) {
          const message = uploadErrorMessage(error);
          if (!message) throw error;
          errors.screenshots = `« ${file.filename} » : ${message}`;
          break;
        }
      }
      if (logoFile) {
        try {
          logo = await processImage(logoFile, 'logo');
        } catch (error) {
          const message = uploadErrorMessage(error);
          if (!message) throw error;
          errors.logoPath = message;
        }
      }
      if (Object.keys(errors).length) return renderStep(request, reply, 'visuels', { content: revision.content, errors });
      const result = await submissions.saveImages(m, request.viewer!, revision.id, {
        removeLogo: request.body.removeLogo === 'oui',
        removedScreenshots: new Set([request.body.removeScreenshots ?? []].flat() as string[]),
        logo,
        screenshots,
      });
      if (!result.ok) return renderStep(request, reply, 'visuels', result);
      return reply.redirect(afterSave(m.organisation.slug, revision.id, 'visuels', intentOf(request.body)), 303);
    },
  );

  const REVISION_ACTIONS = ['soumettre', 'retirer', 'abandonner'] as const;
  app.post<{ Params: { org: string; id: number; action: (typeof REVISION_ACTIONS)[number] } }>(
    '/espace-partenaire/:org/fiches/:id/:action',
    {
      config: { access: 'verified' },
      schema: { hide: true, params: { type: 'object', required: ['org', 'id', 'action'], properties: { org: ORG, id: ID, action: { type: 'string', enum: REVISION_ACTIONS } } }, body: { type: 'object', properties: { _csrf: { type: 'string', maxLength: 200 } } } },
    },
    async (request, reply) => {
      const m = await membership(request);
      const { id, action } = request.params;
      const result = await submissions.act(m, request.viewer!, id, action);
      const org = m.organisation.slug;
      if (!result.ok) {
        const revision = await submissions.revision(m, id);
        return noStore(reply)
          .code(400)
          .page({ title: 'Erreur — Aperçu et envoi' }, h(PreviewPage, { membership: m, actor: m.role, revision, invalid: result.invalid, csrfToken: reply.generateCsrf() }));
      }
      const info = { soumettre: 'soumis', retirer: 'retire', abandonner: 'abandonne' }[action];
      return reply.redirect(action === 'abandonner' || action === 'soumettre' ? `${servicesHref(org)}?info=${info}` : `${stepHref(org, id, STEPS[0]!.slug)}?info=${info}`, 303);
    },
  );

  const serviceParams = (actions: readonly string[]) =>
    ({ type: 'object', required: ['org', 'serviceId', 'action'], properties: { org: ORG, serviceId: ID, action: { type: 'string', enum: actions } } }) as const;

  app.post<{ Params: { org: string; serviceId: number; action: 'modifier' | 'depublier' | 'republier' | 'archiver' } }>(
    '/espace-partenaire/:org/services/:serviceId/:action',
    { config: { access: 'verified' }, schema: { hide: true, params: serviceParams(['modifier', 'depublier', 'republier', 'archiver']), body: { type: 'object', properties: { _csrf: { type: 'string', maxLength: 200 } } } } },
    async (request, reply) => {
      const m = await membership(request);
      const { serviceId, action } = request.params;
      if (action === 'modifier') {
        const revision = await submissions.edit(m, request.viewer!, serviceId);
        return reply.redirect(revisionHref(m.organisation.slug, revision.id), 303);
      }
      await submissions.serviceAction(m, request.viewer!, serviceId, action);
      return reply.redirect(`${servicesHref(m.organisation.slug)}?info=${action}`, 303);
    },
  );

  app.get<{ Params: { org: string; serviceId: number } }>(
    '/espace-partenaire/:org/services/:serviceId/historique',
    { config: { access: 'verified' }, schema: { hide: true, params: { type: 'object', required: ['org', 'serviceId'], properties: { org: ORG, serviceId: ID } } } },
    async (request, reply) => {
      const m = await membership(request);
      const service = await findOrganisationService(app.db, m.organisation.id, request.params.serviceId);
      if (!service) throw new AppError('SUBMISSION_NOT_FOUND');
      const revisions = await listRevisions(app.db, m.organisation.id, { serviceId: service.id });
      const events = await listRevisionEvents(app.db, revisions.map((revision) => revision.id));
      return noStore(reply).page({ title: `Historique : ${service.name}` }, h(HistoryPage, { membership: m, title: service.name, revisions, events }));
    },
  );

  app.get<{ Params: { org: string; id: number } }>(
    '/espace-partenaire/:org/fiches/:id/historique',
    { config: { access: 'verified' }, schema: { hide: true, params: revisionParams } },
    async (request, reply) => {
      const m = await membership(request);
      const revision = await submissions.revision(m, request.params.id);
      const revisions = revision.serviceId ? await listRevisions(app.db, m.organisation.id, { serviceId: revision.serviceId }) : [revision];
      const events = await listRevisionEvents(app.db, revisions.map((item) => item.id));
      const title = revision.baseContent?.name ?? (revision.content.name || 'Nouvelle fiche');
      return noStore(reply).page({ title: `Historique : ${title}` }, h(HistoryPage, { membership: m, title, revisions, events }));
    },
  );

  // What moderators read before deciding (linked from the moderation queue).
  app.get<{ Params: { id: number } }>(
    '/administration/fiches/:id',
    { config: { access: MODERATORS }, schema: { hide: true, params: { type: 'object', required: ['id'], properties: { id: ID } } } },
    async (request, reply) => {
      const revision = await findRevision(app.db, null, request.params.id);
      if (!revision) throw new AppError('SUBMISSION_NOT_FOUND');
      const organisation = await app.db.selectFrom('organisations').select('name').where('id', '=', revision.organisationId).executeTakeFirstOrThrow();
      return noStore(reply).page({ title: `Fiche à modérer : ${revision.content.name}` }, h(StaffPreviewPage, { revision, organisationName: organisation.name }));
    },
  );
}
