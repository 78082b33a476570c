import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { auditActorOf } from '../../../platform/audit/audit.repository.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import type { Role } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { AdminCertificatePage, AdminCertificatesPage } from './admin-certificates.page.js';
import { normaliseCertificateNumber } from './certificate-number.js';
import { findCertificateById, searchCertificates } from './certificates.repository.js';
import { restoreCertificate, revokeCertificate, validateRevocationReason } from './certificates.service.js';

/** Moderators and administrators, as for the rest of the back-office (every action is audited). */
export const CERTIFICATE_STAFF: readonly Role[] = ['moderateur', 'administrateur'];

interface OneRoute {
  Params: { id: number };
  Querystring: { revoque?: string; retabli?: string };
  Body: FormBody<'reason'>;
}

const params = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1, maximum: 2147483647 } } } as const;
const notices = { type: 'object', properties: { revoque: { type: 'string', maxLength: 10 }, retabli: { type: 'string', maxLength: 10 } } } as const;

/** Staff pages: search certificates, revoke one with a reason, or cancel a revocation. */
export function registerAdminCertificateRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { q?: string } }>(
    '/administration/certificats',
    { config: { access: CERTIFICATE_STAFF }, schema: { hide: true, querystring: { type: 'object', properties: { q: { type: 'string', maxLength: 200 } } } } },
    async (request, reply) => {
      const query = (request.query.q ?? '').replaceAll('\u0000', '').trim();
      const number = query ? normaliseCertificateNumber(query) : null;
      const certificates = await searchCertificates(app.db, number ? { number } : { name: query });
      return reply.header('cache-control', 'no-store').page({ title: 'Certificats — Administration' }, h(AdminCertificatesPage, { query, certificates, searched: Boolean(query) }));
    },
  );

  const render = async (request: FastifyRequest<OneRoute>, reply: FastifyReply, form: { reason?: string; errors?: FieldErrors } = {}) => {
    const certificate = await findCertificateById(app.db, request.params.id);
    if (!certificate) throw new AppError('CERTIFICATE_NOT_FOUND');
    const revokedBy = certificate.revoked_by ? await app.db.selectFrom('accounts').select(['display_name', 'email']).where('id', '=', certificate.revoked_by).executeTakeFirst() : undefined;
    const notice = request.query.revoque !== undefined ? 'Le certificat est révoqué.' : request.query.retabli !== undefined ? 'La révocation est annulée : le certificat est de nouveau valide.' : undefined;
    const failed = Object.keys(form.errors ?? {}).length > 0;
    return reply.header('cache-control', 'no-store').page(
      { title: `${failed ? 'Erreur — ' : ''}Certificat ${certificate.number} — Administration` },
      h(AdminCertificatePage, { certificate, revokedByName: revokedBy ? revokedBy.display_name.trim() || revokedBy.email : null, csrfToken: reply.generateCsrf(), reason: form.reason, errors: form.errors, notice }),
    );
  };

  app.get<OneRoute>('/administration/certificats/:id', { config: { access: CERTIFICATE_STAFF }, schema: { hide: true, params, querystring: notices } }, (request, reply) => render(request, reply));

  app.post<OneRoute>(
    '/administration/certificats/:id/revocation',
    { config: { access: CERTIFICATE_STAFF }, schema: { hide: true, params, body: formBodySchema(['reason']) } },
    async (request, reply) => {
      if (!(await findCertificateById(app.db, request.params.id))) throw new AppError('CERTIFICATE_NOT_FOUND');
      const { reason, errors } = validateRevocationReason(request.body?.reason);
      if (Object.keys(errors).length) return render(request, reply.status(400), { reason: request.body?.reason ?? '', errors });
      await revokeCertificate(app.db, request.params.id, reason, auditActorOf(request.viewer!));
      return reply.redirect(`/administration/certificats/${request.params.id}?revoque=1`, 303);
    },
  );

  app.post<OneRoute>(
    '/administration/certificats/:id/annulation-revocation',
    { config: { access: CERTIFICATE_STAFF }, schema: { hide: true, params, body: formBodySchema([]) } },
    async (request, reply) => {
      await restoreCertificate(app.db, request.params.id, auditActorOf(request.viewer!));
      return reply.redirect(`/administration/certificats/${request.params.id}?retabli=1`, 303);
    },
  );
}
