import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { type MultipartBody, multipartBodySchema, uploadedFile } from '../../../platform/http/multipart.js';
import { type ProcessedImage, processImage, uploadErrorMessage } from '../../../platform/media/index.js';
import { EXPIRED_FORM, isCsrfError } from '../reviews/pages/form-errors.js';
import { requireMembership } from './membership.js';
import { findOrganisationBySlug } from './organisation-profile.repository.js';
import { isStaff, type OrganisationInput, replaceLogo, updateOrganisationProfile } from './organisation-profile.service.js';
import { partnerSpaceHref } from './partner-space-layout.js';
import { infoQuery, inputOf, orgParams } from './partner-space.route.js';
import { ProfilePage } from './profile.page.js';

type ProfileBody = FormBody<'name' | 'kind' | 'siret' | 'website' | 'description'>;
interface ProfileRoute {
  Params: { org: string };
  Querystring: { info?: string };
  Body: ProfileBody;
}

const NOTICES: Record<string, string> = {
  enregistre: 'Le profil de l’organisation est enregistré.',
  logo: 'Le logo de l’organisation est enregistré.',
  'logo-retire': 'Le logo de l’organisation est retiré.',
};

interface RenderOptions {
  values?: OrganisationInput;
  errors?: FieldErrors;
  formError?: string;
  logoError?: string;
}

async function render(request: FastifyRequest<ProfileRoute>, reply: FastifyReply, { values, errors = {}, formError, logoError }: RenderOptions = {}) {
  const membership = await requireMembership(request.server.db, request.params.org, request.viewer, 'proprietaire');
  const organisation = await findOrganisationBySlug(request.server.db, membership.organisation.slug);
  if (!organisation) throw new AppError('ORGANISATION_NOT_FOUND');
  const kept = values ?? { name: organisation.name, kind: organisation.kind, siret: organisation.siret ?? '', website: organisation.website ?? '', description: organisation.description };
  const title = `${Object.keys(errors).length || formError || logoError ? 'Erreur — ' : ''}Profil — ${organisation.name}`;
  return reply.header('cache-control', 'no-store').page(
    { title },
    h(ProfilePage, {
      membership,
      csrfToken: reply.generateCsrf(),
      values: kept,
      errors,
      currentKind: organisation.kind,
      staff: isStaff(request.viewer!),
      formError,
      notice: NOTICES[request.query?.info ?? ''],
      logoPath: organisation.logo_path,
      logoError,
    }),
  );
}

/** The organisation's profile: owners (and administrators, audited) edit it. */
export function registerProfileRoutes(app: FastifyInstance): void {
  app.get<ProfileRoute>('/espace-partenaire/:org/profil', { config: { access: 'verified' }, schema: { hide: true, params: orgParams, querystring: infoQuery } }, async (request, reply) =>
    render(request, reply),
  );

  app.post<ProfileRoute>(
    '/espace-partenaire/:org/profil',
    {
      config: { access: 'verified' },
      schema: { hide: true, params: orgParams, body: formBodySchema(['name', 'kind', 'siret', 'website', 'description']) },
      errorHandler: async (error, request, reply) => {
        if (!isCsrfError(error) || !request.viewer?.emailVerified) throw error;
        return render(request as FastifyRequest<ProfileRoute>, reply.status(403), { values: inputOf(request.body as ProfileBody), formError: EXPIRED_FORM });
      },
    },
    async (request, reply) => {
      const membership = await requireMembership(app.db, request.params.org, request.viewer, 'proprietaire');
      const organisation = await findOrganisationBySlug(app.db, membership.organisation.slug);
      if (!organisation) throw new AppError('ORGANISATION_NOT_FOUND');
      const values = inputOf(request.body);
      const result = await updateOrganisationProfile(app.db, request.viewer!, organisation, membership.asStaff, values);
      if (!result.ok) return render(request, reply.status(400), { values, errors: result.errors });
      return reply.redirect(`${partnerSpaceHref(organisation.slug, 'profil')}?info=enregistre`, 303);
    },
  );

  app.post<{ Params: { org: string }; Querystring: { info?: string }; Body: MultipartBody<never, 'logo'> }>(
    '/espace-partenaire/:org/profil/logo',
    {
      config: { access: 'verified', multipart: true },
      schema: { hide: true, params: orgParams, body: multipartBodySchema([], ['logo']) },
      errorHandler: async (error, request, reply) => {
        if (!isCsrfError(error) || !request.viewer?.emailVerified) throw error;
        return render(request as FastifyRequest<ProfileRoute>, reply.status(403), { logoError: EXPIRED_FORM });
      },
    },
    async (request, reply) => {
      const membership = await requireMembership(app.db, request.params.org, request.viewer, 'proprietaire');
      const file = uploadedFile(request.body?.logo);
      const again = (status: number, logoError: string) => render(request as unknown as FastifyRequest<ProfileRoute>, reply.status(status), { logoError });
      if (!file) return again(400, 'Choisissez une image PNG, JPEG ou WebP.');
      let image: ProcessedImage;
      try {
        image = await processImage(file, 'logo');
      } catch (error) {
        const message = uploadErrorMessage(error);
        if (!message) throw error;
        return again((error as AppError).status, message);
      }
      await replaceLogo(app.db, request.viewer!, membership, image);
      return reply.redirect(`${partnerSpaceHref(membership.organisation.slug, 'profil')}?info=logo`, 303);
    },
  );

  app.post<{ Params: { org: string } }>(
    '/espace-partenaire/:org/profil/logo/retirer',
    { config: { access: 'verified' }, schema: { hide: true, params: orgParams, body: formBodySchema([]) } },
    async (request, reply) => {
      const membership = await requireMembership(app.db, request.params.org, request.viewer, 'proprietaire');
      await replaceLogo(app.db, request.viewer!, membership, null);
      return reply.redirect(`${partnerSpaceHref(membership.organisation.slug, 'profil')}?info=logo-retire`, 303);
    },
  );
}
