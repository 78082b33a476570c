import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { auditActorOf } from '../../../../platform/audit/audit.repository.js';
import type { FieldErrors } from '../../../../platform/html/forms.js';
import type { Role } from '../../../../platform/http/access.plugin.js';
import { AppError } from '../../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../../platform/http/form-body.js';
import { idParams } from '../applications.access.js';
import { applicationRevokedMail } from '../applications.mails.js';
import { type AdminApplicationRow, findAdminApplication, parseApplicationId, searchApplications } from '../applications.repository.js';
import { REVOCATION_REASON_MAX, revokeApplication } from '../applications.service.js';
import { listSubscriptions } from '../subscriptions.repository.js';
import { AdminApplicationPage, AdminApplicationsPage, ADMIN_APPLICATIONS_HREF } from './admin-applications.page.js';

const STAFF: readonly Role[] = ['administrateur', 'moderateur'];
const ADMINISTRATORS: readonly Role[] = ['administrateur'];
export const PAGE_SIZE = 20;

/** Staff: every application, searchable; administrators may revoke one (audited, owner told by e-mail). */
export function registerApplicationsBackoffice(app: FastifyInstance): void {
  app.get<{ Querystring: { q?: string; page?: number } }>(
    ADMIN_APPLICATIONS_HREF,
    {
      config: { access: STAFF },
      schema: { hide: true, querystring: { type: 'object', properties: { q: { type: 'string', maxLength: 200 }, page: { type: 'integer', minimum: 1, maximum: 10000 } } } },
    },
    async (request, reply) => {
      const q = request.query.q?.trim() ?? '';
      const page = request.query.page ?? 1;
      const { total, rows } = await searchApplications(app.db, q, PAGE_SIZE, (page - 1) * PAGE_SIZE);
      const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
      return reply.header('cache-control', 'no-store').page({ title: `Applications des développeurs${page > 1 ? ` — page ${page}` : ''}` }, h(AdminApplicationsPage, { q, page, pageCount, total, rows }));
    },
  );

  const load = async (rawId: string): Promise<AdminApplicationRow> => {
    const id = parseApplicationId(rawId);
    const application = id ? await findAdminApplication(app.db, id) : undefined;
    if (!application) throw new AppError('APPLICATION_NOT_FOUND');
    return application;
  };

  const render = async (reply: FastifyReply, application: AdminApplicationRow, canRevoke: boolean, options: { reason?: string; errors?: FieldErrors; notice?: string } = {}) => {
    const errors = options.errors ?? {};
    return reply.header('cache-control', 'no-store').page(
      { title: `${Object.keys(errors).length ? 'Erreur — ' : ''}Application ${application.name}` },
      h(AdminApplicationPage, {
        application,
        subscriptions: await listSubscriptions(app.db, application.id),
        canRevoke,
        reason: options.reason ?? '',
        errors,
        notice: options.notice,
        csrfToken: reply.generateCsrf(),
      }),
    );
  };

  app.get<{ Params: { id: string }; Querystring: { info?: string } }>(
    `${ADMIN_APPLICATIONS_HREF}/:id`,
    { config: { access: STAFF }, schema: { hide: true, params: idParams, querystring: { type: 'object', properties: { info: { type: 'string', maxLength: 40 } } } } },
    async (request, reply) => {
      const application = await load(request.params.id);
      const notice = request.query.info === 'revoquee' ? 'L’application est révoquée ; son propriétaire est prévenu par courriel.' : undefined;
      return render(reply, application, !!request.viewer?.roles.includes('administrateur'), { notice });
    },
  );

  app.post<{ Params: { id: string }; Body: FormBody<'reason'> }>(
    `${ADMIN_APPLICATIONS_HREF}/:id/revoquer`,
    { config: { access: ADMINISTRATORS }, schema: { hide: true, params: idParams, body: formBodySchema(['reason']) } },
    async (request, reply) => {
      const application = await load(request.params.id);
      if (application.status !== 'active') throw new AppError('APPLICATION_REVOKED');
      const reason = (request.body?.reason ?? '').replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();
      const length = [...reason].length;
      let error: string | undefined;
      if (!reason) error = 'Indiquez le motif de la révocation : il est envoyé au propriétaire et conservé au journal.';
      else if (length > REVOCATION_REASON_MAX) error = `Le motif ne doit pas dépasser ${REVOCATION_REASON_MAX} caractères (il en compte ${length}).`;
      if (error) return render(reply.status(400), application, true, { reason, errors: { reason: error } });
      await revokeApplication(app.db, application.id, { administrator: auditActorOf(request.viewer!) }, reason);
      app.developer.forgetApplication(application.client_id);
      // The revocation is committed: a mail that fails is logged, not shown as a failed revocation.
      const mail = applicationRevokedMail(application.owner_email, application.name, application.client_id, reason, `${app.config.publicUrl}/developpeurs/applications/${application.id}`);
      await app.mailer.send(mail).catch((mailError: unknown) => request.log.error({ err: mailError }, 'application revocation mail failed'));
      return reply.redirect(`${ADMIN_APPLICATIONS_HREF}/${application.id}?info=revoquee`, 303);
    },
  );
}
