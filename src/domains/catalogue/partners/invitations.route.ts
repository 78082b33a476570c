import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { AppError } from '../../../platform/http/errors.js';
import { formBodySchema } from '../../../platform/http/form-body.js';
import { type InvitationAction, InvitationPage } from './invitation.page.js';
import { acceptInvitation, emailMatches, findInvitation, invitationState } from './invitations.service.js';
import { findMember } from './members.repository.js';
import { partnerSpaceHref } from './partner-space-layout.js';

const tokenParams = { type: 'object', required: ['token'], properties: { token: { type: 'string', maxLength: 200 } } } as const;

/** The link of an invitation e-mail: the invitation, and joining the organisation. */
export function registerInvitationRoutes(app: FastifyInstance): void {
  app.get<{ Params: { token: string } }>('/invitations/:token', { config: { access: 'public' }, schema: { hide: true, params: tokenParams } }, async (request, reply) => {
    const { token } = request.params;
    const invitation = await findInvitation(app.db, token);
    const viewer = request.viewer;
    const state = invitationState(invitation, viewer);
    if (state === 'acceptee-par-vous') return reply.redirect(partnerSpaceHref(invitation.organisation_slug), 303);
    if (state === 'perimee') throw new AppError('INVITATION_EXPIRED');
    let action: InvitationAction;
    let status = 200;
    if (!viewer) action = { kind: 'log-in', returnPath: `/invitations/${token}` };
    else if (!emailMatches(invitation, viewer)) {
      action = { kind: 'email-mismatch', email: viewer.email };
      status = 403;
    } else if (await findMember(app.db, invitation.organisation_id, viewer.accountId)) action = { kind: 'already-member' };
    else if (!viewer.emailVerified) action = { kind: 'verify-email', email: viewer.email };
    else action = { kind: 'join', csrfToken: reply.generateCsrf() };
    // The link is a secret: not kept by caches, not sent to other sites.
    return reply
      .status(status)
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .page({ title: `Invitation à rejoindre ${invitation.organisation_name}`, head: h('meta', { name: 'robots', content: 'noindex' }) }, h(InvitationPage, { invitation, action, token }));
  });

  app.post<{ Params: { token: string } }>('/invitations/:token', { config: { access: 'verified' }, schema: { hide: true, params: tokenParams, body: formBodySchema([]) } }, async (request, reply) => {
    const organisation = await acceptInvitation(app.db, app.mailer, app.config.publicUrl, request.viewer!, request.params.token, (error) =>
      request.log.error({ err: error }, 'member-joined notice not sent'),
    );
    return reply.redirect(`${partnerSpaceHref(organisation.slug)}?info=rejoint`, 303);
  });
}
