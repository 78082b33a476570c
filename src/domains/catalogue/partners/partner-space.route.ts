import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { EXPIRED_FORM, isCsrfError } from '../reviews/pages/form-errors.js';
import { DashboardPage } from './dashboard.page.js';
import { listMemberships, requireMembership } from './membership.js';
import { countPublishedServices, dashboardCounts } from './organisation-profile.repository.js';
import { createOrganisation, EMPTY_ORGANISATION_INPUT, isStaff, type OrganisationInput } from './organisation-profile.service.js';
import { partnerSpaceHref } from './partner-space-layout.js';
import { PartnerSpacePage } from './partner-space.page.js';

export const orgParams = { type: 'object', required: ['org'], properties: { org: { type: 'string', maxLength: 100 } } } as const;
export const infoQuery = { type: 'object', properties: { info: { type: 'string', maxLength: 40 } } } as const;

const ORGANISATION_FIELDS = ['name', 'kind', 'siret', 'website', 'description'] as const;

export const inputOf = (body: FormBody<(typeof ORGANISATION_FIELDS)[number]> | undefined): OrganisationInput => ({
  name: body?.name ?? '',
  kind: body?.kind ?? '',
  siret: body?.siret ?? '',
  website: body?.website ?? '',
  description: body?.description ?? '',
});

const ENTRY_NOTICES: Record<string, string> = { quitte: 'Vous avez quitté l’organisation.' };
const DASHBOARD_NOTICES: Record<string, string> = {
  cree: 'Votre organisation est créée : vous en êtes propriétaire. Complétez son profil, invitez vos collègues et proposez vos services.',
  rejoint: 'Bienvenue : vous avez rejoint l’organisation.',
};

async function renderEntry(request: FastifyRequest, reply: FastifyReply, values = EMPTY_ORGANISATION_INPUT, errors: FieldErrors = {}, formError?: string, notice?: string) {
  const viewer = request.viewer!;
  const memberships = await listMemberships(request.server.db, viewer.accountId);
  const title = `${Object.keys(errors).length || formError ? 'Erreur — ' : ''}Espace partenaire`;
  return reply
    .header('cache-control', 'no-store')
    .page({ title }, h(PartnerSpacePage, { memberships, csrfToken: reply.generateCsrf(), values, errors, formError, notice, staff: isStaff(viewer) }));
}

/** The partner space's entry (my organisations, creating one) and each organisation's dashboard. */
export function registerPartnerSpaceRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { info?: string } }>('/espace-partenaire', { config: { access: 'verified' }, schema: { hide: true, querystring: infoQuery } }, async (request, reply) =>
    renderEntry(request, reply, undefined, {}, undefined, ENTRY_NOTICES[request.query.info ?? '']),
  );

  app.post<{ Body: FormBody<(typeof ORGANISATION_FIELDS)[number]> }>(
    '/espace-partenaire',
    {
      config: { access: 'verified' },
      schema: { hide: true, body: formBodySchema(ORGANISATION_FIELDS) },
      errorHandler: async (error, request, reply) => {
        if (!isCsrfError(error) || !request.viewer?.emailVerified) throw error;
        return renderEntry(request, reply.status(403), inputOf(request.body as FormBody<(typeof ORGANISATION_FIELDS)[number]>), {}, EXPIRED_FORM);
      },
    },
    async (request, reply) => {
      const values = inputOf(request.body);
      const result = await createOrganisation(app.db, request.viewer!, values);
      if (!result.ok) {
        if (result.status === 429) reply.header('retry-after', '3600');
        return renderEntry(request, reply.status(result.status ?? 400), values, result.errors, result.message);
      }
      return reply.redirect(`${partnerSpaceHref(result.value.slug)}?info=cree`, 303);
    },
  );

  app.get<{ Params: { org: string }; Querystring: { info?: string } }>(
    '/espace-partenaire/:org',
    { config: { access: 'verified' }, schema: { hide: true, params: orgParams, querystring: infoQuery } },
    async (request, reply) => {
      const membership = await requireMembership(app.db, request.params.org, request.viewer, 'editeur');
      const [counts, published] = [await dashboardCounts(app.db, membership.organisation.id), await countPublishedServices(app.db, membership.organisation.id)];
      return reply
        .header('cache-control', 'no-store')
        .page({ title: `${membership.organisation.name} — Espace partenaire` }, h(DashboardPage, { membership, counts, notice: DASHBOARD_NOTICES[request.query.info ?? ''], hasPublicPage: published > 0 }));
    },
  );
}
