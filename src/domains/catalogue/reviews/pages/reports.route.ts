import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../../platform/html/forms.js';
import { AppError } from '../../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../../platform/http/form-body.js';
import { canReply, replyToReview, reportReview } from '../reports.service.js';
import { findReviewWithService, type ReviewWithService } from '../reviews.repository.js';
import { EXPIRED_FORM, idParams, isCsrfError, parseId } from './form-errors.js';
import { ReviewTargetPage, type ReviewTargetPageProps, targetTitle } from './review-target.page.js';

interface IdRoute {
  Params: { id: string };
  Body: FormBody<'reason' | 'body'>;
}
type Mode = ReviewTargetPageProps['mode'];

/** A published review; hidden or unknown ones are « not found » (they are not shown to anyone but their author). */
async function reviewOf(request: FastifyRequest<IdRoute>): Promise<ReviewWithService> {
  const id = parseId(request.params.id);
  const review = id ? await findReviewWithService(request.server.db, id) : undefined;
  if (!review || review.status !== 'publie') throw new AppError('REVIEW_NOT_FOUND');
  return review;
}

/** Replies are for the members of the service's provider, and administrators. */
async function checkCanReply(request: FastifyRequest<IdRoute>, review: ReviewWithService): Promise<void> {
  if (!(await canReply(request.server.db, request.viewer, review.service.provider_id))) {
    throw new AppError('FORBIDDEN', `Seuls les membres de l'organisation ${review.service.provider_name}, qui propose ce service, peuvent répondre à ses avis.`);
  }
}

async function render(mode: Mode, request: FastifyRequest<IdRoute>, reply: FastifyReply, values?: { reason: string; body: string }, errors: FieldErrors = {}, formError?: string) {
  const review = await reviewOf(request);
  if (mode === 'reponse') await checkCanReply(request, review);
  const kept = values ?? { reason: '', body: review.reply_body ?? '' };
  const title = `${Object.keys(errors).length || formError ? 'Erreur — ' : ''}${targetTitle(mode, review)}`;
  return reply.header('cache-control', 'no-store').page({ title }, h(ReviewTargetPage, { mode, review, csrfToken: reply.generateCsrf(), values: kept, errors, formError }));
}

const keepOnExpiredForm = (mode: Mode) => async (error: Error, request: FastifyRequest, reply: FastifyReply) => {
  if (!isCsrfError(error) || !request.viewer) throw error;
  const body = (request.body ?? {}) as IdRoute['Body'];
  return render(mode, request as FastifyRequest<IdRoute>, reply.status(403), { reason: body.reason ?? '', body: body.body ?? '' }, {}, EXPIRED_FORM);
};

/** Reporting a review (verified accounts) and the provider's reply (its members, administrators). */
export function registerReportRoutes(app: FastifyInstance): void {
  const body = formBodySchema(['reason', 'body']);

  app.get<IdRoute>('/avis/:id/signaler', { config: { access: 'verified' }, schema: { params: idParams } }, async (request, reply) => render('signaler', request, reply));

  app.post<IdRoute>('/avis/:id/signaler', { config: { access: 'verified' }, schema: { params: idParams, body }, errorHandler: keepOnExpiredForm('signaler') }, async (request, reply) => {
    const id = parseId(request.params.id);
    const review = id ? await findReviewWithService(app.db, id) : undefined;
    if (!review) throw new AppError('REVIEW_NOT_FOUND');
    const values = { reason: request.body?.reason ?? '', body: '' };
    const result = await reportReview(app.db, review.id, request.viewer!.accountId, values.reason);
    if (!result.ok) {
      if (result.limited) throw new AppError('REPORT_RATE_LIMITED', result.limited.message);
      return render('signaler', request, reply.status(400), values, result.errors);
    }
    if (result.value === 'not-found') throw new AppError('REVIEW_NOT_FOUND');
    if (result.value === 'own') throw new AppError('FORBIDDEN', 'Vous ne pouvez pas signaler votre propre avis : modifiez-le ou supprimez-le.');
    const notice = result.value === 'already' ? 'deja-signale' : result.value === 'already-hidden' ? 'deja-masque' : 'signale';
    return reply.redirect(`/services/${review.service.slug}?avis=${notice}#avis`, 303);
  });

  app.get<IdRoute>('/avis/:id/reponse', { config: { access: 'account' }, schema: { params: idParams } }, async (request, reply) => render('reponse', request, reply));

  app.post<IdRoute>('/avis/:id/reponse', { config: { access: 'account' }, schema: { params: idParams, body }, errorHandler: keepOnExpiredForm('reponse') }, async (request, reply) => {
    const review = await reviewOf(request);
    await checkCanReply(request, review);
    const values = { reason: '', body: request.body?.body ?? '' };
    const result = await replyToReview(app.db, { id: review.id, providerId: review.service.provider_id }, request.viewer!.accountId, values.body);
    if (!result.ok) {
      if (result.limited) reply.status(429).header('retry-after', String(result.limited.retryAfter));
      else reply.status(400);
      return render('reponse', request, reply, values, result.errors, result.limited?.message);
    }
    return reply.redirect(`/services/${review.service.slug}?avis=reponse#avis`, 303);
  });
}
