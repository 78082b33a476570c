import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { MergeForm, PledgeForm, RealisationForm, StatusForm } from './staff-forms.js';
import { PLEDGE_ROLES, STAFF_ROLES } from './staff-panel.js';
import { StaffFormErrorPage } from './staff-error.page.js';
import { findIdea, togglePledge } from './staff.repository.js';
import { changeStatus, MAX_PLEDGE_NOTE, mergeIdea, setRealisation, type StaffContext } from './staff.service.js';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1, maximum: 2147483647 } } } as const;

interface Route<K extends string> {
  Params: { id: number };
  Body: FormBody<K>;
}

/** Staff actions on an idea (status + official answer, merge, realisation) and « je m'en occupe ». */
export function registerIdeasStaffRoutes(app: FastifyInstance): void {
  const context = (log: StaffContext['log']): StaffContext => ({ db: app.db, mailer: app.mailer, log, publicUrl: app.config.publicUrl });

  const refused = async (reply: FastifyReply, ideaId: number, heading: string, errors: FieldErrors, form: (csrfToken: string) => unknown) => {
    const idea = await findIdea(app.db, ideaId);
    if (!idea) throw new AppError('IDEA_NOT_FOUND');
    return reply
      .status(400)
      .header('cache-control', 'no-store')
      .page({ title: `Erreur — ${heading}` }, h(StaffFormErrorPage, { heading, ideaId, ideaTitle: idea.title, errors, children: form(reply.generateCsrf()) as never }));
  };

  app.post<Route<'statut' | 'reponse'>>(
    '/idees/:id/statut',
    { config: { access: STAFF_ROLES }, schema: { hide: true, params: idParams, body: formBodySchema(['statut', 'reponse']) } },
    async (request, reply) => {
      const id = request.params.id;
      const values = { statut: request.body?.statut ?? '', reponse: (request.body?.reponse ?? '').trim() };
      const result = await changeStatus(context(request.log), id, request.viewer!, values);
      if (!result.ok) {
        const idea = await findIdea(app.db, id);
        return refused(reply, id, 'Changer le statut de l’idée', result.errors, (csrfToken) => h(StatusForm, { ideaId: id, csrfToken, values, errors: result.errors, current: idea?.status ?? 'nouvelle' }));
      }
      return reply.redirect(`/idees/${id}`, 303);
    },
  );

  app.post<Route<'cible' | 'reponseFusion'>>(
    '/idees/:id/fusion',
    { config: { access: STAFF_ROLES }, schema: { hide: true, params: idParams, body: formBodySchema(['cible', 'reponseFusion']) } },
    async (request, reply) => {
      const id = request.params.id;
      const values = { cible: (request.body?.cible ?? '').slice(0, 100), reponseFusion: (request.body?.reponseFusion ?? '').trim() };
      const result = await mergeIdea(context(request.log), id, request.viewer!, values);
      if (!result.ok) return refused(reply, id, 'Regrouper un doublon', result.errors, (csrfToken) => h(MergeForm, { ideaId: id, csrfToken, values, errors: result.errors }));
      return reply.redirect(`/idees/${id}`, 303);
    },
  );

  app.post<Route<'service' | 'application'>>(
    '/idees/:id/realisation',
    { config: { access: STAFF_ROLES }, schema: { hide: true, params: idParams, body: formBodySchema(['service', 'application']) } },
    async (request, reply) => {
      const id = request.params.id;
      const values = { service: (request.body?.service ?? '').slice(0, 300), application: request.body?.application ?? '' };
      const result = await setRealisation(context(request.log), id, request.viewer!, values);
      if (!result.ok) return refused(reply, id, 'Lier ce qui a réalisé l’idée', result.errors, (csrfToken) => h(RealisationForm, { ideaId: id, csrfToken, values, errors: result.errors }));
      return reply.redirect(`/idees/${id}`, 303);
    },
  );

  app.post<Route<'note'>>(
    '/idees/:id/je-m-en-occupe',
    { config: { access: PLEDGE_ROLES }, schema: { hide: true, params: idParams, body: formBodySchema(['note']) } },
    async (request, reply) => {
      const viewer = request.viewer!;
      if (!viewer.emailVerified) throw new AppError('EMAIL_NOT_VERIFIED');
      const id = request.params.id;
      const idea = await findIdea(app.db, id);
      if (!idea || idea.visibility !== 'publie') throw new AppError('IDEA_NOT_FOUND');
      const note = (request.body?.note ?? '').trim();
      if (note.length > MAX_PLEDGE_NOTE) {
        const errors = { note: `Le mot sur votre projet doit compter au plus ${MAX_PLEDGE_NOTE} caractères.` };
        return refused(reply, id, 'Je m’en occupe', errors, (csrfToken) => h(PledgeForm, { ideaId: id, csrfToken, pledged: false, values: { note }, errors }));
      }
      if (idea.status === 'doublon') throw new AppError('CONFLICT', `Cette idée est regroupée avec l’idée n° ${idea.merged_into_id} : proposez-vous sur celle-ci.`);
      await togglePledge(app.db, id, viewer.accountId, note);
      return reply.redirect(`/idees/${id}#ils-s-en-occupent`, 303);
    },
  );
}
