import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../../platform/html/forms.js';
import { AppError } from '../../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../../platform/http/form-body.js';
import { findOwnReview, findReviewedServiceBySlug, type ReviewedService } from '../reviews.repository.js';
import { loadReviewsPage } from '../reviews-section.service.js';
import { removeReview, saveReview } from '../reviews.service.js';
import { AllReviewsPage } from './all-reviews.page.js';
import { EXPIRED_FORM, isCsrfError, slugParams } from './form-errors.js';
import { ReviewFormPage, reviewFormTitle } from './review-form.page.js';

interface SlugRoute {
  Params: { slug: string };
  Body: FormBody<'rating' | 'body'>;
}

async function serviceOf(request: FastifyRequest<SlugRoute>): Promise<ReviewedService> {
  const service = await findReviewedServiceBySlug(request.server.db, request.params.slug);
  if (!service) throw new AppError('SERVICE_NOT_FOUND');
  return service;
}

/** The review form page, for editing, or again with the input kept and what went wrong. */
async function renderForm(request: FastifyRequest<SlugRoute>, reply: FastifyReply, values?: { rating: string; body: string }, errors: FieldErrors = {}, formError?: string) {
  const service = await serviceOf(request);
  const own = (await findOwnReview(request.server.db, service.id, request.viewer!.accountId)) ?? null;
  const kept = values ?? { rating: own ? String(own.rating) : '', body: own?.body ?? '' };
  const title = `${Object.keys(errors).length || formError ? 'Erreur — ' : ''}${reviewFormTitle(own)} — ${service.name}`;
  return reply.header('cache-control', 'no-store').page({ title }, h(ReviewFormPage, { service, own, csrfToken: reply.generateCsrf(), values: kept, errors, formError }));
}

/** Reviews of a service: the list page, the form page, posting (create or edit) and deleting one's own. */
export function registerReviewRoutes(app: FastifyInstance): void {
  app.get<{ Params: { slug: string }; Querystring: { page?: number } }>(
    '/services/:slug/avis',
    { config: { access: 'public' }, schema: { params: slugParams, querystring: { type: 'object', properties: { page: { type: 'integer', minimum: 1, maximum: 10000, default: 1 } } } } },
    async (request, reply) => {
      const page = await loadReviewsPage(app.db, request.params.slug, request.viewer, request.query.page ?? 1);
      const csrfToken = request.viewer ? reply.generateCsrf() : undefined;
      return reply.page({ title: `Avis sur ${page.data.service.name}${page.page > 1 ? ` — page ${page.page}` : ''}` }, h(AllReviewsPage, { ...page, csrfToken }));
    },
  );

  app.get<SlugRoute>('/services/:slug/avis/modifier', { config: { access: 'verified' }, schema: { params: slugParams } }, async (request, reply) => renderForm(request, reply));

  app.post<SlugRoute>(
    '/services/:slug/avis',
    {
      config: { access: 'verified' },
      schema: { params: slugParams, body: formBodySchema(['rating', 'body']) },
      errorHandler: async (error, request, reply) => {
        if (!isCsrfError(error) || !request.viewer?.emailVerified) throw error;
        const body = (request.body ?? {}) as SlugRoute['Body'];
        return renderForm(request as FastifyRequest<SlugRoute>, reply.status(403), { rating: body.rating ?? '', body: body.body ?? '' }, {}, EXPIRED_FORM);
      },
    },
    async (request, reply) => {
      const service = await serviceOf(request);
      const values = { rating: request.body?.rating ?? '', body: request.body?.body ?? '' };
      const result = await saveReview(app.db, service.id, request.viewer!.accountId, values);
      if (!result.ok) {
        if (result.limited) reply.status(429).header('retry-after', String(result.limited.retryAfter));
        else reply.status(400);
        return renderForm(request, reply, values, result.errors, result.limited?.message);
      }
      return reply.redirect(`/services/${service.slug}?avis=${result.value.created ? 'publie' : 'modifie'}#avis`, 303);
    },
  );

  app.post<SlugRoute>('/services/:slug/avis/supprimer', { config: { access: 'verified' }, schema: { params: slugParams, body: formBodySchema([]) } }, async (request, reply) => {
    const service = await serviceOf(request);
    if (!(await removeReview(app.db, service.id, request.viewer!.accountId))) throw new AppError('REVIEW_NOT_FOUND', "Vous n'avez pas d'avis sur ce service : il n'y a rien à supprimer.");
    return reply.redirect(`/services/${service.slug}?avis=supprime#avis`, 303);
  });
}
