import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { EXPIRED_FORM, isCsrfError, parseId } from '../reviews/pages/form-errors.js';
import { cancelInvitation, listPendingInvitations } from './invitations.repository.js';
import { inviteMember } from './invitations.service.js';
import { requireMembership } from './membership.js';
import { listMembers } from './members.repository.js';
import { changeMemberRole, isMemberRole, removeMember } from './members.service.js';
import { LeavePage, MembersPage } from './members.page.js';
import { partnerSpaceHref } from './partner-space-layout.js';
import { infoQuery } from './partner-space.route.js';

interface MembersRoute {
  Params: { org: string };
  Querystring: { info?: string };
  Body: FormBody<'email' | 'role'>;
}
interface MemberRoute {
  Params: { org: string; id: string };
  Body: FormBody<'role'>;
}

const orgParams = { type: 'object', required: ['org'], properties: { org: { type: 'string', maxLength: 100 } } } as const;
const memberParams = { type: 'object', required: ['org', 'id'], properties: { org: { type: 'string', maxLength: 100 }, id: { type: 'string', maxLength: 40 } } } as const;

const NOTICES: Record<string, string> = {
  invitation: 'L’invitation est envoyée.',
  'invitation-annulee': 'L’invitation est annulée.',
  role: 'Le rôle est modifié.',
  retire: 'Cette personne ne fait plus partie de l’organisation.',
};

const membersHref = (slug: string, info: string) => `${partnerSpaceHref(slug, 'membres')}?info=${info}`;

interface RenderOptions {
  values?: { email: string; role: string };
  errors?: FieldErrors;
  formError?: string;
  /** A refused action on a member (last owner), shown at the top. */
  actionError?: string;
}

async function render(request: FastifyRequest<MembersRoute>, reply: FastifyReply, { values = { email: '', role: 'editeur' }, errors = {}, formError, actionError }: RenderOptions = {}) {
  const db = request.server.db;
  const membership = await requireMembership(db, request.params.org, request.viewer, 'editeur');
  const owner = membership.role === 'proprietaire';
  const [members, invitations] = [await listMembers(db, membership.organisation.id), owner ? await listPendingInvitations(db, membership.organisation.id) : []];
  const notice = NOTICES[request.query?.info ?? ''];
  const title = `${Object.keys(errors).length || formError || actionError ? 'Erreur — ' : ''}Membres — ${membership.organisation.name}`;
  return reply.header('cache-control', 'no-store').page(
    { title },
    h(MembersPage, { membership, viewerId: request.viewer!.accountId, members, invitations, csrfToken: reply.generateCsrf(), values, errors, formError, actionError, notice, now: new Date() }),
  );
}

/** Runs a change of a member; a LAST_OWNER refusal becomes its message (the list is shown again with it). */
async function lastOwnerRefusal(change: () => Promise<unknown>): Promise<string | null> {
  try {
    await change();
    return null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'LAST_OWNER') return error.message;
    throw error;
  }
}

/** A member id from a URL: anything but a positive integer is nobody. */
function memberId(value: string): number {
  const id = parseId(value);
  if (!id) throw new AppError('NOT_FOUND', "Cette personne n'est pas membre de l'organisation.");
  return id;
}

/** Members of an organisation: everyone sees them; owners change roles, remove and invite; anyone leaves. */
export function registerMembersRoutes(app: FastifyInstance): void {
  const verified = { access: 'verified' } as const;

  app.get<MembersRoute>('/espace-partenaire/:org/membres', { config: verified, schema: { hide: true, params: orgParams, querystring: infoQuery } }, async (request, reply) =>
    render(request, reply),
  );

  app.post<MembersRoute>(
    '/espace-partenaire/:org/membres/invitations',
    {
      config: verified,
      schema: { hide: true, params: orgParams, body: formBodySchema(['email', 'role']) },
      errorHandler: async (error, request, reply) => {
        if (!isCsrfError(error) || !request.viewer?.emailVerified) throw error;
        const body = (request.body ?? {}) as MembersRoute['Body'];
        return render(request as FastifyRequest<MembersRoute>, reply.status(403), { values: { email: body.email ?? '', role: body.role ?? '' }, formError: EXPIRED_FORM });
      },
    },
    async (request, reply) => {
      const membership = await requireMembership(app.db, request.params.org, request.viewer, 'proprietaire');
      const values = { email: request.body?.email ?? '', role: request.body?.role ?? '' };
      const result = await inviteMember(app.db, app.mailer, app.config.publicUrl, request.viewer!, membership, values);
      if (!result.ok) {
        if (result.status === 429) reply.header('retry-after', '3600');
        return render(request, reply.status(result.status), { values, errors: result.errors, formError: result.message });
      }
      return reply.redirect(membersHref(membership.organisation.slug, 'invitation'), 303);
    },
  );

  app.post<MemberRoute>('/espace-partenaire/:org/membres/invitations/:id/annuler', { config: verified, schema: { hide: true, params: memberParams, body: formBodySchema([]) } }, async (request, reply) => {
    const membership = await requireMembership(app.db, request.params.org, request.viewer, 'proprietaire');
    const id = parseId(request.params.id);
    const cancelled = id ? await cancelInvitation(app.db, membership.organisation.id, id) : undefined;
    if (!cancelled) throw new AppError('INVITATION_INVALID', "Cette invitation n'existe pas ou n'est plus en attente.");
    return reply.redirect(membersHref(membership.organisation.slug, 'invitation-annulee'), 303);
  });

  app.post<MemberRoute>(
    '/espace-partenaire/:org/membres/:id/role',
    { config: verified, schema: { hide: true, params: memberParams, body: formBodySchema(['role']) } },
    async (request, reply) => {
      const membership = await requireMembership(app.db, request.params.org, request.viewer, 'proprietaire');
      const id = memberId(request.params.id);
      const role = request.body?.role ?? '';
      if (!isMemberRole(role)) throw new AppError('BAD_REQUEST', 'Le rôle doit être « propriétaire » ou « éditeur ».', [{ field: 'role', message: 'Le rôle doit être « propriétaire » ou « éditeur ».' }]);
      const refused = await lastOwnerRefusal(() => changeMemberRole(app.db, request.viewer!, membership, id, role));
      if (refused) return render(request as unknown as FastifyRequest<MembersRoute>, reply.status(409), { actionError: refused });
      // An owner who made themselves an editor still sees the list, without the owners' tools.
      return reply.redirect(membersHref(membership.organisation.slug, 'role'), 303);
    },
  );

  app.post<MemberRoute>('/espace-partenaire/:org/membres/:id/retirer', { config: verified, schema: { hide: true, params: memberParams, body: formBodySchema([]) } }, async (request, reply) => {
    const membership = await requireMembership(app.db, request.params.org, request.viewer, 'proprietaire');
    const id = memberId(request.params.id);
    const refused = await lastOwnerRefusal(() => removeMember(app.db, request.viewer!, membership, id));
    if (refused) return render(request as unknown as FastifyRequest<MembersRoute>, reply.status(409), { actionError: refused });
    if (id === request.viewer!.accountId) return reply.redirect('/espace-partenaire?info=quitte', 303);
    return reply.redirect(membersHref(membership.organisation.slug, 'retire'), 303);
  });

  app.get<{ Params: { org: string } }>('/espace-partenaire/:org/membres/quitter', { config: verified, schema: { hide: true, params: orgParams } }, async (request, reply) => {
    const membership = await requireMembership(app.db, request.params.org, request.viewer, 'editeur');
    if (membership.asStaff) throw new AppError('NOT_ORGANISATION_MEMBER');
    return reply.header('cache-control', 'no-store').page({ title: `Quitter ${membership.organisation.name}` }, h(LeavePage, { membership, csrfToken: reply.generateCsrf() }));
  });

  app.post<{ Params: { org: string } }>('/espace-partenaire/:org/membres/quitter', { config: verified, schema: { hide: true, params: orgParams, body: formBodySchema([]) } }, async (request, reply) => {
    const membership = await requireMembership(app.db, request.params.org, request.viewer, 'editeur');
    if (membership.asStaff) throw new AppError('NOT_ORGANISATION_MEMBER');
    const refused = await lastOwnerRefusal(() => removeMember(app.db, request.viewer!, membership, request.viewer!.accountId));
    if (refused) return render(request as unknown as FastifyRequest<MembersRoute>, reply.status(409), { actionError: refused });
    return reply.redirect('/espace-partenaire?info=quitte', 303);
  });
}
