import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Db } from '../../../platform/db/database.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema, safeReturnPath } from '../../../platform/http/form-body.js';
import { THEMES } from '../../catalogue/index.js';
import { CommentsSection, loadComments } from '../comments/index.js';
import type { IdeaStatus } from '../ideas.table.js';
import { IDEA_SORTS, IDEA_STATUSES, type IdeaSort } from '../ideas.vocabulary.js';
import { reportSubject } from '../moderation/index.js';
import { isStaff, loadPledges, loadStaffPanel, PledgesSection, StaffPanel } from '../staff/index.js';
import { findIdea, findIdeaTitle, findRealisedService, findSimilarIdeas, type IdeaDetail, listIdeas, listIdeasOfAccount, listStatusChanges, setFollow, type SimilarIdea } from './ideas.repository.js';
import { changeSupport, checkEditable, editIdea, type IdeaFormValues, proposeIdea } from './ideas.service.js';
import { IdeaFormPage, SIMILAR_IDEAS_SCRIPT } from './pages/idea-form.page.js';
import { IdeaPage } from './pages/idea.page.js';
import { IdeasListPage, type IdeasListQuery } from './pages/ideas-list.page.js';
import { MyIdeasPage } from './pages/my-ideas.page.js';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 40 } } } as const;
const FORM_FIELDS = ['title', 'description', 'theme', 'audience', 'confirm'] as const;
type IdRoute<B extends string = never> = { Params: { id: string }; Body: FormBody<B> };

/** An idea id from a URL: anything but a positive integer is an unknown idea. */
export function parseIdeaId(value: string): number {
  if (!/^[1-9][0-9]{0,8}$/.test(value)) throw new AppError('IDEA_NOT_FOUND');
  return Number(value);
}

/** The idea as this viewer may see it: hidden ones only for moderators, else 404. */
async function visibleIdea(db: Db, id: number, viewer: Viewer | null): Promise<IdeaDetail> {
  const idea = await findIdea(db, id, viewer?.accountId ?? null);
  if (!idea || (idea.visibility !== 'publie' && !isStaff(viewer))) throw new AppError('IDEA_NOT_FOUND');
  return idea;
}

const formValues = (body: FormBody<(typeof FORM_FIELDS)[number]> | undefined): IdeaFormValues => ({
  title: body?.title ?? '',
  description: body?.description ?? '',
  theme: body?.theme ?? '',
  audience: body?.audience ?? '',
});

function renderForm(reply: FastifyReply, props: { mode: 'proposer' | 'modifier'; ideaId?: number; values: IdeaFormValues; errors?: FieldErrors; formError?: string; similar?: SimilarIdea[] }) {
  const failed = Object.keys(props.errors ?? {}).length > 0 || !!props.formError;
  const title = `${failed ? 'Erreur — ' : ''}${props.mode === 'proposer' ? 'Proposer une idée' : 'Modifier mon idée'}`;
  const head = props.mode === 'proposer' ? h('script', { type: 'module', src: SIMILAR_IDEAS_SCRIPT }) : undefined;
  return reply.header('cache-control', 'no-store').page({ title, head }, h(IdeaFormPage, { ...props, errors: props.errors ?? {}, csrfToken: reply.generateCsrf() }));
}

const NOTICES: Record<string, string> = {
  publiee: 'Votre idée est publiée. Vous la suivez : vous serez prévenu de ses réponses.',
  modifiee: 'Votre idée a été modifiée.',
  suivie: 'Vous suivez cette idée.',
  'non-suivie': 'Vous ne suivez plus cette idée.',
  signalee: 'Merci : votre signalement a été transmis à l’équipe de modération.',
  'deja-signalee': 'Vous avez déjà signalé cette idée.',
  masquee: 'Merci : l’idée signalée est masquée en attendant la décision de l’équipe de modération.',
};

/** The core of Emploi Store idées: list, proposal (with similar ideas), idea page, edit, support, follow, report, « Mes idées ». */
export function registerIdeaRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { tri?: IdeaSort; statut?: IdeaStatus; theme?: string; q?: string; page?: number; info?: string } }>(
    '/idees',
    {
      config: { access: 'public' },
      schema: {
        hide: true,
        querystring: {
          type: 'object',
          properties: {
            tri: { type: 'string', enum: Object.keys(IDEA_SORTS) },
            statut: { anyOf: [{ type: 'string', enum: [...IDEA_STATUSES] }, { type: 'string', maxLength: 0 }] },
            theme: { anyOf: [{ type: 'string', enum: THEMES.map((theme) => theme.slug) }, { type: 'string', maxLength: 0 }] },
            q: { type: 'string', maxLength: 200 },
            page: { type: 'integer', minimum: 1, maximum: 10000 },
            info: { type: 'string', maxLength: 40 },
          },
        },
      },
    },
    async (request, reply) => {
      const query: IdeasListQuery = { tri: request.query.tri ?? 'tendance', statut: request.query.statut || undefined, theme: request.query.theme || undefined, q: request.query.q?.trim() || undefined, page: request.query.page ?? 1 };
      const viewer = request.viewer;
      const { ideas, total } = await listIdeas(app.db, { sort: query.tri, status: query.statut, theme: query.theme, q: query.q, page: query.page }, viewer?.accountId ?? null);
      const verified = !!viewer?.emailVerified;
      return reply.page(
        { title: `Emploi Store idées${query.page > 1 ? ` — page ${query.page}` : ''}`, description: 'Proposez et soutenez des idées pour améliorer les services de l’emploi.' },
        h(IdeasListPage, { query, ideas, total, loggedIn: verified, csrfToken: verified ? reply.generateCsrf() : undefined, notice: NOTICES[request.query.info ?? ''] }),
      );
    },
  );

  app.get<{ Querystring: { titre?: string } }>(
    '/idees/similaires',
    { config: { access: 'public' }, schema: { hide: true, querystring: { type: 'object', properties: { titre: { type: 'string', maxLength: 200 } } } } },
    async (request) => {
      const similar = await findSimilarIdeas(app.db, request.query.titre ?? '');
      return { idees: similar.map((idea) => ({ id: idea.id, titre: idea.title, soutiens: idea.supportsCount, statut: idea.status, lien: `/idees/${idea.id}` })) };
    },
  );

  app.get('/idees/proposer', { config: { access: 'verified' }, schema: { hide: true } }, async (_request, reply) => renderForm(reply, { mode: 'proposer', values: { title: '', description: '', theme: '', audience: '' } }));

  app.post<{ Body: FormBody<(typeof FORM_FIELDS)[number]> }>('/idees/proposer', { config: { access: 'verified' }, schema: { hide: true, body: formBodySchema(FORM_FIELDS) } }, async (request, reply) => {
    const values = formValues(request.body);
    const result = await proposeIdea(app.db, request.viewer!.accountId, values, request.body?.confirm === 'oui');
    switch (result.kind) {
      case 'created':
        return reply.redirect(`/idees/${result.id}?info=publiee`, 303);
      case 'invalid':
        return renderForm(reply.status(400), { mode: 'proposer', values, errors: result.errors });
      case 'limited':
        return renderForm(reply.status(429).header('retry-after', String(result.retryAfter)), { mode: 'proposer', values, formError: result.message });
      case 'similar':
        return renderForm(reply.status(200), { mode: 'proposer', values, similar: result.similar });
    }
  });

  app.get<IdRoute & { Querystring: { info?: string } }>(
    '/idees/:id',
    { config: { access: 'public' }, schema: { hide: true, params: idParams, querystring: { type: 'object', properties: { info: { type: 'string', maxLength: 40 } } } } },
    async (request, reply) => {
      const viewer = request.viewer;
      const idea = await visibleIdea(app.db, parseIdeaId(request.params.id), viewer);
      const csrfToken = viewer ? reply.generateCsrf() : undefined;
      const [merged, realisedService, statusChanges, staff, pledges, comments] = await Promise.all([
        idea.mergedIntoId ? findIdeaTitle(app.db, idea.mergedIntoId) : undefined,
        idea.realisedServiceId ? findRealisedService(app.db, idea.realisedServiceId) : undefined,
        listStatusChanges(app.db, idea.id),
        loadStaffPanel(app.db, { id: idea.id, status: idea.status, merged_into_id: idea.mergedIntoId, realised_service_id: idea.realisedServiceId, realised_application: idea.realisedApplication }, viewer),
        loadPledges(app.db, idea.id, viewer),
        loadComments(app.db, idea.id, viewer),
      ]);
      const editable = !!viewer && viewer.accountId === idea.accountId && idea.supportsCount === 0 && idea.commentsCount === 0 && idea.visibility === 'publie' && idea.status !== 'doublon';
      return reply.header('cache-control', 'no-store').page(
        { title: idea.title, description: idea.description.slice(0, 160) },
        h(IdeaPage, {
          idea,
          mergedInto: merged && (merged.visibility === 'publie' || isStaff(viewer)) ? merged : undefined,
          realisedService,
          statusChanges,
          viewer,
          hiddenNotice: idea.visibility !== 'publie',
          editable,
          csrfToken,
          notice: NOTICES[request.query.info ?? ''],
          staffPanel: staff && csrfToken ? h(StaffPanel, { data: staff, csrfToken }) : null,
          pledges: h(PledgesSection, { data: pledges, csrfToken }),
          comments: h(CommentsSection, { data: comments, csrfToken: csrfToken ?? '', ideaId: idea.id, logInHref: `/connexion?retour=${encodeURIComponent(`/idees/${idea.id}#commentaires`)}` }),
        }),
      );
    },
  );

  app.get<IdRoute>('/idees/:id/modifier', { config: { access: 'verified' }, schema: { hide: true, params: idParams } }, async (request, reply) => {
    const id = parseIdeaId(request.params.id);
    await checkEditable(app.db, id, request.viewer!.accountId);
    const idea = (await findIdea(app.db, id, null))!;
    return renderForm(reply, { mode: 'modifier', ideaId: id, values: { title: idea.title, description: idea.description, theme: idea.theme, audience: idea.audience } });
  });

  app.post<IdRoute<(typeof FORM_FIELDS)[number]>>('/idees/:id/modifier', { config: { access: 'verified' }, schema: { hide: true, params: idParams, body: formBodySchema(FORM_FIELDS) } }, async (request, reply) => {
    const id = parseIdeaId(request.params.id);
    const values = formValues(request.body);
    const result = await editIdea(app.db, id, request.viewer!.accountId, values);
    if (!result.ok) return renderForm(reply.status(400), { mode: 'modifier', ideaId: id, values, errors: result.errors });
    return reply.redirect(`/idees/${id}?info=modifiee`, 303);
  });

  app.post<IdRoute<'action' | 'retour'>>('/idees/:id/soutien', { config: { access: 'verified' }, schema: { hide: true, params: idParams, body: formBodySchema(['action', 'retour']) } }, async (request, reply) => {
    const id = parseIdeaId(request.params.id);
    const action = request.body?.action === 'soutenir' || request.body?.action === 'retirer' ? request.body.action : undefined;
    await changeSupport(app.db, id, request.viewer!.accountId, action);
    return reply.redirect(safeReturnPath(request.body?.retour, `/idees/${id}`), 303);
  });

  app.post<IdRoute<'action'>>('/idees/:id/suivre', { config: { access: 'verified' }, schema: { hide: true, params: idParams, body: formBodySchema(['action']) } }, async (request, reply) => {
    const idea = await visibleIdea(app.db, parseIdeaId(request.params.id), request.viewer);
    const follow = request.body?.action === 'suivre' ? true : request.body?.action === 'ne-plus-suivre' ? false : !idea.followed;
    await setFollow(app.db, idea.id, request.viewer!.accountId, follow);
    return reply.redirect(`/idees/${idea.id}?info=${follow ? 'suivie' : 'non-suivie'}`, 303);
  });

  app.post<IdRoute<'reason'>>('/idees/:id/signaler', { config: { access: 'verified' }, schema: { hide: true, params: idParams, body: formBodySchema(['reason']) } }, async (request: FastifyRequest<IdRoute<'reason'>>, reply) => {
    const id = parseIdeaId(request.params.id);
    const outcome = await reportSubject(app.db, 'idee', id, request.viewer!.accountId, request.body?.reason);
    switch (outcome) {
      case 'not-found':
      case 'already-hidden':
        throw new AppError('IDEA_NOT_FOUND');
      case 'own':
        throw new AppError('FORBIDDEN', 'Vous ne pouvez pas signaler votre propre idée.');
      case 'already':
        return reply.redirect(`/idees/${id}?info=deja-signalee`, 303);
      case 'reported':
        return reply.redirect(`/idees/${id}?info=signalee`, 303);
      case 'hidden':
        return reply.redirect('/idees?info=masquee', 303);
    }
  });

  app.get('/mon-espace/idees', { config: { access: 'account' }, schema: { hide: true } }, async (request, reply) => {
    const viewer = request.viewer!;
    const lists = await listIdeasOfAccount(app.db, viewer.accountId);
    return reply.page({ title: 'Mes idées' }, h(MyIdeasPage, { ...lists, verified: viewer.emailVerified, csrfToken: viewer.emailVerified ? reply.generateCsrf() : undefined }));
  });
}
